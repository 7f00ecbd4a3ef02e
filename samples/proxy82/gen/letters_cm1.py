"""Proxy set 82, letters cm01–cm08: "who claims the money: servicers, mandates and transfers, round 2". A real
servicer collecting a bank's card loan on commission (the bank stays creditor); a joint notice of a SECOND transfer
(lender → real servicer → invented servicer); a card company's sale to a fund sent together with the real servicer's
受託 notice; a 地裁支部 (ワ) suit of a real servicer that bought a bank loan; a law office's 縦書き letter for a real
servicer; a real servicer whose 原債権者 sits only in a table; a 簡裁 支払督促 for an invented servicer with a lawyer;
the invented servicer of the second transfer demanding payment."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    bars,
    era,
    grid,
    kdate,
    kman,
    late,
    leader,
    truth,
    vcheck,
    vcheck_era,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.02, 0.38, 0.30)
PLUM = (0.42, 0.12, 0.38)
TEAL = (0.0, 0.40, 0.46)
BROWN = (0.45, 0.28, 0.10)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# the 宇津呂 chain (cm02 notice of the second transfer, cm08 the new creditor's demand)
UT_P, UT_I, UT_R = 684_210, 12_480, 20.0
UT_LAST, UT_ACC, UT_A1, UT_A2 = D(2022, 8, 25), D(2022, 11, 8), D(2023, 3, 31), D(2025, 12, 26)
UT_LENDER, UT_MID, UT_NEW = "株式会社ローレルファイナンス", "アルファ債権回収株式会社", "アカンサス債権回収株式会社"


# ---------------------------------------------------------------------------------------------
# cm01 SMBC債権回収 (real) collects the bank's card loan ON COMMISSION (委託): the bank stays creditor.


def cm01():
    R = 19.9
    issued, due = D(2025, 11, 6), D(2025, 11, 20)
    acc, lastp, entr = D(2025, 8, 12), D(2025, 5, 26), D(2025, 10, 1)
    P, I = 1_284_300, 23_118
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=GREEN))
    p.at(15, 6.3, "SMBC債権回収株式会社", size=10.5, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "重要　親展", size=9.5, font="sans-bold", color=WHITE, align="r")
    window(p, 15, 15, "939-0000", ["富山県射水市つばめ通九丁目9番9号"], "薗部　智樹　様", "cm01", w=90, h=34)
    for i, s in enumerate([f"発送日　{era(issued)}", "お客様番号　SC-2511-00873", "", "SMBC債権回収株式会社",
                           "法務大臣許可番号　第10号", "北陸回収センター　担当 輿石",
                           "〒930-0000 富山市かりがね町九丁目9番9号", "TEL 0120-000-610（平日9:00～18:00）"]):
        if s:
            p.at(196, 18 + i * 4.6, s, size=11 if s == "SMBC債権回収株式会社" else 8.8, align="r",
                 font="sans-bold" if "株式会社" in s else "sans")
    p.y = 58
    p.title("ご入金のお願い", size=16)
    p.line("（委託者　株式会社岩燕銀行　岩燕スマートカードローン）", align="c", size=9.5, color=GRAY)
    p.gap(2)
    p.para(f"当社は、株式会社岩燕銀行（以下「委託者」といいます。）から、{era(entr)}付で、貴殿に対する下記債権の管理及び"
           "回収業務の委託を受けております。本債権の債権者は引き続き委託者であり、当社に譲渡されたものではございません。",
           size=9.8)
    p.para(f"貴殿は{era(acc)}をもって期限の利益を喪失されており、委託者から再三ご請求いたしましたがお支払いがございません。"
           "つきましては、下記ご請求金額を下記お支払期限までに一括してお支払いくださいますようお願いいたします。", size=9.8)
    p.gap(2)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["お客様番号", "SC-2511-00873", "委託者", "株式会社岩燕銀行"],
              ["受託日", era(entr), "ご契約", "岩燕スマートカードローン"],
              ["期限の利益喪失日", era(acc), "最終ご入金日", era(lastp)],
              ["委託者お客様番号", "0417-229635", "ご利用限度額", "1,500,000円"]], h=7.2, size=9, lsize=8)
    p.y = y + 5
    p.line(f"ご請求明細（{era(issued)}現在）", size=10.5, font="sans-bold")
    x0, x1 = 24, 186
    leader(p, "残元金", f"{P:,}円", x0, x1, size=10.5)
    leader(p, "未収利息", f"{I:,}円", x0, x1, size=10.5)
    leader(p, f"遅延損害金（年19.9％　{jis(acc + timedelta(1))}～{jis(issued)}）", f"{L:,}円", x0, x1, size=10.5)
    p.add(Line(x0, p.y + 0.6, x1, p.y + 0.6, 0.5))
    p.gap(1.5)
    leader(p, "ご請求金額合計", f"{T:,}円", x0, x1, size=11.5, font="sans-bold")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 15, 0.8, GREEN))
    p.at(20, y + 9.5, "お支払期限", size=11.5, font="sans-bold", color=GREEN)
    p.at(58, y + 10, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(192, y + 10, "※期限内に必着", size=8.5, align="r", color=GREEN)
    p.y = y + 20
    p.line("お振込先（委託者のための収納口座です）", size=9.8, font="sans-bold")
    p.para("つるぎ信託銀行 本店営業部 普通預金 6100873　口座名義 エスエムビーシーサイケンカイシュウ（カ　イワツバメギンコウグチ",
           size=9.3, indent="")
    p.para("※お振込みの際は、お振込人名の前にお客様番号の数字（251100873）をご入力ください。", size=9, indent="")
    p.gap(2)
    p.para("お支払いが難しい場合は、お支払期限までに上記担当までご連絡ください。ご連絡なく期限を経過した場合は、委託者の"
           "判断により法的手続に移行することがあります。", size=9.3, indent="")
    p.para("本状と行き違いにお支払いいただいた場合は、ご容赦ください。委託者（株式会社岩燕銀行）へのお問い合わせは、"
           "ご契約の支店ではなく当社までお願いいたします。", size=9, indent="")
    bars(p, 15, 280, 60, 3.5, "cm01-foot")
    p.seal(201, 30, 10, "square", "SMBC債権回収印", angle=3, seed=82011)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-610", creditor="株式会社岩燕銀行", status="licensed", original="株式会社岩燕銀行",
               debtor="薗部智樹", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="SC-2511-00873",
               input_kind="pdf_text", template="proxy82_servicer_on_commission_for_bank_card_loan",
               received=D(2025, 11, 8))
    return dict(stem="cm01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer collecting ON COMMISSION for a bank)",
                unusual="real servicer ★ SMBC債権回収株式会社 (「法務大臣許可番号　第10号」 in a right-aligned sender column) "
                        "collects a bank card loan under a 委託: 「本債権の債権者は引き続き委託者であり、当社に譲渡されたもの"
                        "ではございません」 (creditor = original = the bank 委託者); a green top band with 重要 親展; window "
                        "address with bars; a shaded 2×4 grid (お客様番号, 委託者, 受託日, ご契約, 喪失日, 最終ご入金日, "
                        "委託者お客様番号, ご利用限度額); dotted-leader amount lines with the window in JIS dates "
                        "(R7.8.13～R7.11.6); the 受託日 is not a 譲渡日; 委託者お客様番号, 限度額 1,500,000円 and the "
                        "digits-only transfer code as distractors")


# ---------------------------------------------------------------------------------------------
# cm02 joint notice of a SECOND transfer: lender → real servicer (アルファ) → invented servicer (アカンサス); chain diagram.


def cm02():
    issued = D(2026, 1, 8)
    P, I, R = UT_P, UT_I, UT_R
    L = late(P, R, UT_ACC + timedelta(1), UT_A2)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.line(era(issued), align="r", size=10)
    p.gap(1)
    p.line("〒036-0000　青森県弘前市もずの町九丁目9番9号", size=10)
    p.line("宇津呂　真帆　様", size=13.5)
    p.gap(2)
    blocks = [("譲渡人", ["〒100-0000 東京都中央区しんかわ河岸九丁目9番9号", UT_MID, "代表取締役　邑上　康成",
                          "法務大臣許可番号　第101号", "電話 03-0000-1014"]),
              ("譲受人", ["〒980-0000 仙台市青葉区あさなぎ通九丁目9番9号", UT_NEW, "代表取締役　鎌仲　孝之",
                          "法務大臣許可番号　第251号", "フリーダイヤル 0120-000-251"])]
    y = 24
    for i, (role, lines) in enumerate(blocks):
        by = y + i * 30
        p.at(118, by, f"（{role}）", size=9, font="serif-bold")
        for k, s in enumerate(lines):
            big = s.endswith("株式会社")
            p.at(134, by + k * 4.8, s, size=10 if big else 7.8, font="serif-bold" if big else "serif")
        p.seal(190, by + 9, 11, "round", lines[1].replace("株式会社", "") + "|代表/取締役", angle=4 - 7 * i,
               seed=82021 + i)
    p.y = y + 58
    p.title("債権譲渡通知書", size=17, font="serif-bold")
    p.line("（再譲渡のご通知）", align="c", size=10)
    p.gap(2)
    p.para(f"貴殿が{UT_LENDER}（原債権者）との間で締結した金銭消費貸借契約に基づく債権は、{era(UT_A1)}付で原債権者から"
           f"譲渡人{UT_MID}に譲渡され、その旨ご通知しておりました。")
    p.para(f"このたび譲渡人は、上記債権（元金、利息、遅延損害金その他付帯する一切の権利を含みます。）を、{era(UT_A2)}付で"
           f"譲受人{UT_NEW}に譲渡いたしましたので、譲渡人及び譲受人の連名をもってご通知申し上げます。今後のお支払い及び"
           "お問い合わせは、すべて譲受人にお願いいたします。")
    p.gap(2)
    y = p.y
    boxes = [("原債権者", UT_LENDER), ("譲渡人", UT_MID), ("譲受人（現債権者）", UT_NEW)]
    for i, (lab, name) in enumerate(boxes):
        bx = 16 + i * 62
        p.add(Box(bx, y, 54, 17, 0.4, None, SHADE if i < 2 else (0.93, 0.88, 0.93)))
        p.add(Box(bx, y, 54, 17, 0.4))
        p.at(bx + 27, y + 6, lab, size=8.5, align="c")
        p.at(bx + 27, y + 12.5, name, size=8.6, font="serif-bold", align="c")
        if i < 2:
            p.add(Line(bx + 55, y + 8.5, bx + 61, y + 8.5, 0.5))
            p.add(Line(bx + 59, y + 7, bx + 61, y + 8.5, 0.5))
            p.add(Line(bx + 59, y + 10, bx + 61, y + 8.5, 0.5))
            p.at(bx + 58, y + 22, f"{era((UT_A1, UT_A2)[i])} 譲渡", size=7.8, align="c")
    p.y = y + 27
    p.line("記", align="c")
    p.kv([("1　原契約", "金銭消費貸借契約（平成31年4月12日付、ご融資額 金800,000円）"),
          ("2　最終ご入金日", era(UT_LAST)), ("3　期限の利益喪失日", era(UT_ACC)),
          ("4　譲渡日", f"{era(UT_A2)}（今回の譲渡）"),
          ("5　お客様番号", "AK-26-01142（譲受人）　旧管理番号 AL-23-77015（譲渡人）")], x=22, label_w=40, size=10)
    p.gap(1)
    p.line(f"6　譲渡債権の額（{era(UT_A2)}現在）", x=22, size=10)
    p.table([["元金", "利息", "遅延損害金（年20％）", "合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 34, 48, 42], x=30, header=True, aligns="rrrr", size=10, row_h=7.8)
    p.gap(1)
    p.para(f"※遅延損害金は元金に対する{era(UT_ACC + timedelta(1))}から譲渡日までの額です。譲渡日の翌日以降も年20％の割合に"
           "よる遅延損害金が生じます。", x0=22, size=8.8, indent="")
    p.para("※お支払方法のご案内は、譲受人から別途お送りいたします。譲渡人及び原債権者へのお支払いはお受けできません。",
           x0=22, size=8.8, indent="")
    p.line("以上", align="r", size=10)
    tr = truth(document_type="assignment_notice", sender=UT_NEW, license_number=251, phone="0120-000-251",
               creditor=UT_NEW, status="unverified", original=UT_LENDER, debtor="宇津呂真帆", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=UT_ACC,
               last_payment=UT_LAST, assignment=UT_A2, reference="AK-26-01142", input_kind="pdf_text",
               template="proxy82_joint_second_transfer_chain_diagram", received=D(2026, 1, 10))
    return dict(stem="cm02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, SECOND transfer: real servicer → invented servicer)",
                unusual="joint 債権譲渡通知書 「（再譲渡のご通知）」 in serif: the claim went lender → real servicer ★ "
                        "アルファ債権回収 (譲渡人, 「第101号」, its 03 phone) → INVENTED 「アカンサス債権回収株式会社」 "
                        "(譲受人, 「第251号」 → unverified); the two notifier blocks stacked TOP-RIGHT beside the addressee; "
                        "a three-box CHAIN DIAGRAM 原債権者 → 譲渡人 → 譲受人（現債権者） with both transfer dates under the "
                        "arrows (令和5年3月31日 is the first transfer, not the field); the 原債権者 is the lender; two reference "
                        "numbers (譲受人 AK-… vs 旧管理番号 AL-…); ご融資額 800,000円 平成31年 as a distractor; informs only")


# ---------------------------------------------------------------------------------------------
# cm03 a card company sells to a FUND (合同会社) and the fund entrusts a real servicer (アウロラ): 譲渡通知 + 受託通知, 2 pages.


def cm03():
    R = 18.0
    issued, assign, entr = D(2026, 2, 16), D(2026, 1, 30), D(2026, 2, 2)
    acc, lastp = D(2025, 7, 3), D(2025, 3, 27)
    Ps, Pc, I = 203_700, 335_200, 14_266
    P = Ps + Pc
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    fund, card, srv = "合同会社リシアンサスキャピタル", "株式会社クレマチスカード", "アウロラ債権回収株式会社"
    p = Page(font="sans", size=10, top=14)
    p.line(f"{slash(issued)}", align="r", size=9.5)
    p.line("〒963-0000　福島県郡山市シラカバ台九丁目9番9号", size=10)
    p.line("萩谷　隆宏　様", size=13.5)
    p.gap(6)
    p.add(Box(15, p.y, 181, 12, color=None, fill=(0.90, 0.92, 0.96)))
    p.at(105.5, p.y + 8.3, "債 権 譲 渡 通 知 書", size=15, font="sans-bold", align="c", color=NAVY)
    p.y += 17
    p.para(f"譲渡人{card}は、貴殿との間のカード会員契約に基づき貴殿に対して有する下記債権を、{wdate(assign)}付で、"
           f"譲受人{fund}に譲渡いたしました。ここに譲渡人及び譲受人連名にてご通知いたします。", size=9.8)
    p.para("なお、譲受人は、本債権の管理及び回収を債権回収会社に委託しております。お支払方法等につきましては、同封の"
           "「債権管理回収業務受託のお知らせ」をご覧ください。", size=9.8)
    p.gap(1)
    p.line("記", align="c")
    p.kv([("ご契約", "クレマチスカード　カード会員契約（会員番号 5218-40＊＊-＊＊＊＊-1163）"),
          ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("譲渡日", wdate(assign))],
         x=22, label_w=34, size=9.8)
    p.gap(1)
    p.line(f"譲渡債権の内容（{wdate(assign)}現在）", x=22, size=10, font="sans-bold")
    p.table([["項目", "金額"], ["ご利用残高（元金）", f"{P:,}円"], ["　（うちショッピング／キャッシング）",
                                                              f"（{Ps:,}円／{Pc:,}円）"],
             ["手数料・利息", f"{I:,}円"], ["遅延損害金（年18.0％）", f"{L:,}円"], ["譲渡債権合計", f"{T:,}円"]],
            [96, 60], x=27, header=True, aligns="lr", size=9.8, row_h=7.6, ruled="rows")
    p.gap(5)
    y = p.y
    for x, role, lines, sd in ((16, "譲渡人", [card, "代表取締役　貫名　正道", "〒330-0000 さいたま市浦和区ポプラ通九丁目9番9号"],
                                82031),
                               (106, "譲受人", [fund, "代表社員　一般社団法人リシアンサス・ホールディングス",
                                                "職務執行者　辻谷　恵", "〒100-0000 東京都千代田区霞浦通九丁目9番9号"], 82032)):
        p.add(Box(x, y, 88, 34, 0.3, GRAY))
        p.at(x + 3, y + 6, f"（{role}）", size=9, font="sans-bold")
        for i, s in enumerate(lines):
            p.at(x + 3, y + 12 + i * 5, s, size=10 if i == 0 else 8, font="sans-bold" if i == 0 else "sans")
        p.seal(x + 78, y + 8, 10, "round", lines[0].replace("株式会社", "").replace("合同会社", "") + "|代表/之印",
               angle=5, seed=sd)
    p.y = y + 38
    p.para("※本通知は民法第467条に基づく通知です。本通知により新たなご請求を行うものではありません。", size=8.5, indent="")
    q = Page(font="sans", size=10, top=14)
    q.at(15, 19, "AURORA", size=15, font="sans-bold", color=TEAL)
    q.at(47, 19, "アウロラ債権回収株式会社", size=10.5, font="sans-bold", color=TEAL)
    q.add(Line(15, 22, 196, 22, 0.5, TEAL))
    q.at(196, 28, f"{slash(issued)}", size=9.5, align="r")
    q.at(196, 33, "お客様番号　AU-0216-3391", size=9.5, align="r")
    q.y = 27
    q.line("萩谷　隆宏　様", size=12.5)
    q.gap(8)
    q.title("債権管理回収業務受託のお知らせ", size=14.5)
    q.para(f"当社は、{fund}（以下「委託者」といいます。）から、同封の債権譲渡通知書記載の債権について、{wdate(entr)}付で"
           "管理及び回収業務の委託を受けました。", size=9.8)
    q.para("本債権の債権者は委託者であり、当社は委託者のために本債権の管理及び回収を行います。今後のお支払い、ご返済方法の"
           "ご相談、お問い合わせは、すべて当社までお願いいたします。委託者及び譲渡人へ直接お支払いいただくことはできません。",
           size=9.8)
    q.gap(2)
    q.kv([("債権者（委託者）", fund), ("原債権者（譲渡人）", card), ("受託日", wdate(entr)),
          ("お振込先", "うしお銀行 本店営業部 普通預金 0216339 アウロラサイケンカイシユウ（カ"),
          ("お問い合わせ", "フリーダイヤル 0120-000-476（平日9:30～18:00）　担当 黍野")], x=20, label_w=40, size=9.8)
    q.gap(3)
    y = q.y
    q.add(Box(15, y, 181, 30, 0.3, TEAL, (0.94, 0.97, 0.97)))
    q.at(20, y + 7, "ご返済方法のご相談について", size=10, font="sans-bold", color=TEAL)
    for i, s in enumerate(["ご家計の状況に応じた分割でのお支払いについてもご相談を承ります。",
                           "お手元にお客様番号をご用意のうえ、上記フリーダイヤルまでお電話ください。",
                           "当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。"]):
        q.at(20, y + 14 + i * 5.2, s, size=8.8)
    q.y = y + 36
    for s, sz, f in ((srv, 10.5, "sans-bold"), ("法務大臣許可番号　第76号", 9, "sans"),
                     ("〒105-0000 東京都港区アカシア台九丁目9番9号", 8.5, "sans")):
        q.line(s, x=110, size=sz, font=f)
    q.seal(186, q.y - 10, 12, "square", "アウロラ債権回収印", angle=-3, seed=82033)
    tr = truth(document_type="assignment_notice", sender=srv, license_number=76, phone="0120-000-476", creditor=fund,
               status="licensed", original=card, debtor="萩谷隆宏", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-0216-3391", input_kind="pdf_text_2page",
               template="proxy82_assignment_to_fund_with_servicer_mandate_notice", received=D(2026, 2, 18))
    return dict(stem="cm03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (card company → FUND, with the real servicer's 受託通知, 2 pages)",
                unusual="two notices in one envelope: p.1 the joint 債権譲渡通知書 of the card company and a FUND 「合同会社"
                        "リシアンサスキャピタル」 (代表社員 一般社団法人… 職務執行者) with slash dates, a rows-ruled 項目/金額 table "
                        "(ご利用残高（元金） with a bracketed うち split, 手数料・利息, 遅延損害金, 譲渡債権合計) and the notifier "
                        "boxes at the bottom; p.2 the real servicer ★ アウロラ債権回収株式会社 (Latin logo 「AURORA」, "
                        "「第76号」) 「債権管理回収業務受託のお知らせ」 with kv lines 債権者（委託者） = the fund and 原債権者"
                        "（譲渡人） = the card company; the 受託日 2/2 is not the 譲渡日 1/30; masked 会員番号 and 民法第467条")


# ---------------------------------------------------------------------------------------------
# cm04 静岡地方裁判所浜松支部 (ワ) 呼出状 + 訴状: plaintiff ニッテレ債権回収 (real) that BOUGHT a bank's loan.


def cm04():
    R = 14.0
    issued, sued, hearing, answer = D(2026, 2, 2), D(2026, 1, 19), D(2026, 3, 11), D(2026, 3, 4)
    acc, lastp, assign = D(2025, 4, 15), D(2025, 1, 27), D(2025, 9, 30)
    P, I = 3_124_500, 48_220
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ワ)第41号"
    p = Page(font="serif", size=11, top=16)
    p.line(f"事件番号　{fw('令和8年（ワ）第41号')}", size=10.5, align="r")
    p.line("貸金等請求事件", size=10.5, align="r")
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.gap(1)
    p.line("被　告　　虎　谷　　洋　平　　殿", size=12, x=24)
    p.gap(3)
    p.para("原告ニッテレ債権回収株式会社から、あなたを被告とする頭書事件の訴状が提出されました。当裁判所に出頭する期日が"
           "下記のとおり定められましたので、同期日に出頭してください。", size=10.5)
    p.para("また、答弁書を作成し、下記期限までに当裁判所に提出してください。", size=10.5)
    p.gap(2)
    y = p.y
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１０分"),
            ("場　　所", "浜松支部　第２号法廷（本館３階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        yy = y + i * 10
        p.add(Box(26, yy, 40, 10, 0.3, None, SHADE))
        p.add(Box(26, yy, 158, 10, 0.3))
        p.at(46, yy + 6.8, a, size=10.5, align="c")
        p.at(70, yy + 6.8, b, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 36
    p.para("注意　期日に出頭せず、答弁書も提出しない場合には、欠席のまま原告の言い分どおりの判決がされることがあります。"
           "答弁書には、訴状に書かれていることについての認否と、あなたの言い分を記載してください。", size=9.8, indent="")
    p.gap(5)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　静岡地方裁判所浜松支部民事係", size=11)
    p.line("　　　　裁判所書記官　迫　田　　亜　矢", size=11)
    p.seal(150, p.y - 5, 14, "square", "静岡地方裁判所浜松支部書記官印", angle=0, seed=82041)
    p.gap(8)
    p.line("〒430-0000　静岡県浜松市中央区渚町九丁目9番9号", size=9.5, x=24)
    p.line("静岡地方裁判所浜松支部　民事係　電話 053-000-4415（内線 312）", size=9.5, x=24)
    p.line("※お問い合わせの際は、事件番号をお知らせください。", size=9.5, x=24)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(fw(era(sued)), align="r", size=10.5)
    q.line("静岡地方裁判所浜松支部　御中", size=10.5)
    q.gap(2)
    q.kv([("原　告", "〒100-0000 東京都千代田区ハルニレ通九丁目9番9号　ニッテレ債権回収株式会社"),
          ("", "代表者代表取締役　遠竹　晃"), ("", "（送達場所・担当）電話 03-0000-0771　ＦＡＸ 03-0000-0772"),
          ("被　告", "〒430-0000 静岡県浜松市中央区かもしか台九丁目9番9号　虎谷　洋平")], x=20, label_w=20, size=9.6)
    q.gap(2)
    q.line("貸金等請求事件", size=10.5)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金21,000円", size=10)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + timedelta(1))}から支払済みまで年14％の割合"
           "による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社舟入銀行（以下「原債権者」という。）は、平成29年5月22日、被告に対し、金4,200,000円を、利息年3.2％、"
              "遅延損害金年14％、毎月26日限り分割弁済の約定で貸し付けた（不動産担保ローン）。",
              f"２　被告は、{era(lastp)}の支払を最後にその後の支払を怠り、{era(acc)}の経過をもって期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、本件貸金債権を原告に譲渡し、同年10月6日到達の内容証明郵便で被告にその旨通知した。",
              "４　原告は、債権管理回収業に関する特別措置法に基づく法務大臣の許可を受けた債権回収会社である。",
              "５　よって、原告は被告に対し、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.table([["残元金", f"{P:,}円"], ["未収利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から{era(sued)}まで年14％）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [122, 40], x=26, aligns="lr", size=9.6, row_h=7.4)
    q.gap(3)
    q.line("証拠方法　甲第１号証（金銭消費貸借契約証書）、甲第２号証（債権譲渡契約書）ほか", size=9.6, x=22)
    tr = truth(document_type="lawsuit", sender="静岡地方裁判所浜松支部", phone="053-000-4415",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社舟入銀行", debtor="虎谷洋平",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy82_district_branch_wa_servicer_bought_bank_loan",
               received=D(2026, 2, 4))
    return dict(stem="cm04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), real servicer that bought a bank loan, 2 pages)",
                unusual="静岡地方裁判所浜松支部 (a 支部 not used before) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), "
                        "digital: the plaintiff ★ ニッテレ債権回収株式会社 (no licence number: court paper → licensed, licence "
                        "null) BOUGHT the 不動産担保ローン of 「株式会社舟入銀行（以下「原債権者」）」; the 期日 / 場所 / "
                        "答弁書提出期限 as a shaded-label box with full-width era dates and weekdays; court phone with 内線; "
                        "the 訴状 date 1/19 ≠ 呼出状 2/2; 訴訟物の価額 and 貼用印紙額 21,000円; 請求の趣旨 「金…及びうち金…」; "
                        "the 通知 到達 「同年10月6日」, the 平成29年 loan 4,200,000円 / 3.2％ and the plaintiff's 担当 phone / "
                        "FAX as distractors")


# ---------------------------------------------------------------------------------------------
# cm05 a law office's 縦書き 通知書 (内容証明) for a REAL servicer that bought a 信販 claim; digital.


def cm05():
    R = 14.6
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    acc, lastp, assign = D(2025, 6, 10), D(2025, 2, 27), D(2025, 9, 30)
    P, I = 416_800, 9_732
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L

    def kyen(n):
        return kman(n)

    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職らは、通知人エー・シー・エス債権管理回収株式会社（法務大臣許可番号第二十七号。以下「通知人」と"
                 "いいます。）の代理人として、貴殿に対し、次のとおり通知いたします。"),
        ("body", f"貴殿がカモミール信販株式会社との間で締結した立替払契約に基づく債権は、{kdate(assign)}、同社から通知人に"
                 "譲渡され、その旨貴殿に通知されております。したがって、現在の債権者は通知人です。"),
        ("body", f"貴殿は{kdate(lastp)}の支払を最後にその後の支払を怠り、{kdate(acc)}の経過をもって期限の利益を喪失しています。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座にお振込みください。期限までにお支払い又はご連絡のない"
                 "ときは、通知人の指示により、訴訟提起その他の法的手続を執ります。"),
        ("indent", "記"),
        ("indent", f"一　立替金残元金　{kyen(P)}"),
        ("indent", f"二　未払手数料　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　しおなぎ銀行　数寄屋橋支店"),
        ("plain", f"　　　　普通預金　口座番号　{kanji_digits('2715031')}"),
        ("plain", "　　　　口座名義　弁護士鵜久森崇預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都中央区汐留坂九丁目九番九号"),
        ("low", "鵜久森・和仁法律事務所"),
        ("low", "右通知人代理人　弁護士　鵜久森　崇"),
        ("low", "同　　　　　　　弁護士　和仁　千尋"),
        ("low", f"電話　{kanji_digits('03')}（〇〇〇〇）{kanji_digits('2715')}"),
        ("low", "（当事務所整理番号　ＵＷ－２５１２０３）"),
        ("blank", ""),
        ("low", "千葉県柏市イチイ通九丁目九番九号"),
        ("low", "袖長　由紀子　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 82051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　鵜久森" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 8, "square", "弁護士鵜久森崇之印", angle=-3,
                         seed=82052))
    tr = truth(document_type="collection_notice", sender="鵜久森・和仁法律事務所", license_number=None,
               phone="03-0000-2715", creditor="エー・シー・エス債権管理回収株式会社", status="not_applicable",
               original="カモミール信販株式会社", debtor="袖長由紀子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="UW-251203", input_kind="vertical_pdf",
               template="proxy82_vertical_law_office_for_servicer", received=D(2025, 12, 8))
    return dict(stem="cm05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a real servicer, 縦書き 内容証明)",
                unusual="縦書き 通知書 (冠省 … 草々) of a two-lawyer office 「右通知人代理人　弁護士」 / 「同　弁護士」 writing for "
                        "the real servicer ★ エー・シー・エス債権管理回収株式会社, whose licence is given in KANJI inside the body "
                        "「法務大臣許可番号第二十七号」 (the client's, not the sender's → sender licence null, status "
                        "not_applicable); 「現在の債権者は通知人です」; the 譲渡 from カモミール信販 in kanji; positional kanji "
                        "amounts 金四一万六八〇〇円 style; 立替金残元金 / 未払手数料 (→ interest); 年十四・六パーセント; "
                        "令和七年十二月十九日限り; 預り金口 account and phone in kanji digits; 整理番号 ＵＷ－２５１２０３")


# ---------------------------------------------------------------------------------------------
# cm06 セゾン債権回収 (real): the body never names the 原債権者 — it sits only in the ご契約内容 table; scanned PDF.


def cm06():
    R = 14.6
    issued, due = D(2025, 12, 12), D(2025, 12, 26)
    acc, lastp, assign = D(2025, 5, 20), D(2025, 1, 31), D(2025, 8, 29)
    P, I = 297_450, 6_912
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "セゾン債権回収株式会社", size=13, font="sans-bold", color=PLUM)
    p.at(15, 24, "法務大臣許可番号　第34号", size=8.5, color=PLUM)
    p.at(196, 18, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 23, "お客様番号　SZ-1212-40917", size=9.5, align="r")
    p.y = 31
    p.line("〒078-0000　北海道旭川市旭ヶ丘九丁目9番9号", size=10)
    p.line("訓覇　直人　様", size=13.5)
    p.gap(5)
    p.add(Box(15, p.y, 181, 12, 0.8, PLUM))
    p.at(105.5, p.y + 8.4, "重要なお知らせ　―　一括ご請求のご案内　―", size=14, font="sans-bold", align="c", color=PLUM)
    p.y += 17
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。", size=9.8)
    p.para("さて、当社が譲り受けました貴殿に対する下記ご契約の債権につきましては、これまでご案内を差し上げておりますが、"
           "現在に至るまでお支払いの確認ができておりません。", size=9.8)
    p.para("つきましては、下記ご請求金額を、お支払期限までに一括してお支払いくださいますようお願い申し上げます。お支払いが"
           "困難な事情がおありの場合は、期限までに必ずご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    p.line("■ ご契約内容", size=10.5, font="sans-bold")
    p.table([["原債権者", "株式会社天満坂クレジット"], ["原契約番号", "TC-88-301945（カードショッピング・リボ）"],
             ["当社譲受日", era(assign)], ["期限の利益喪失日", era(acc)], ["最終ご入金日", era(lastp)]],
            [44, 120], x=24, aligns="ll", size=9.6, row_h=7, shade_col0=True)
    p.gap(3)
    p.line(f"■ ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金", "ご請求金額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 36, 44, 44], x=24, header=True, aligns="rrrr", size=10.5, row_h=8.5)
    p.line(f"※遅延損害金：元金に対し{era(acc + timedelta(1))}から年14.6％（年365日の日割計算）", x=24, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 164, 12, 0.5, None, (0.96, 0.92, 0.96)))
    p.at(28, y + 8, "お支払期限", size=11, font="sans-bold", color=PLUM)
    p.at(70, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 17
    p.para("お振込先　つばさ銀行 池袋東口支店 普通預金 3409170 セゾンサイケンカイシユウ（カ", size=9.3, indent="")
    p.para("※お振込手数料はお客様のご負担となります。※本状と行き違いにご入金の節は、ご容赦ください。", size=8.8, indent="")
    p.gap(4)
    for s, sz in (("セゾン債権回収株式会社　旭川オフィス", 10), ("〒070-0000 北海道旭川市カラマツ通九丁目9番9号", 8.5),
                  ("お問合せ 0120-000-334（平日9:00～18:00）　担当 銘苅", 9.5)):
        p.line(s, x=100, size=sz, font="sans-bold" if sz == 10 else "sans")
    p.seal(186, p.y - 11, 12, "square", "セゾン債権回収印", angle=-2, seed=82061)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-334", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社天満坂クレジット", debtor="訓覇直人", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SZ-1212-40917", input_kind="pdf_scan",
               template="proxy82_servicer_original_creditor_only_in_table", received=D(2025, 12, 15))
    return dict(stem="cm06", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, 原債権者 only in a table)",
                unusual="real servicer ★ セゾン債権回収株式会社 with 「法務大臣許可番号　第34号」 under the name top-LEFT, "
                        "scanned as a one-page image PDF; a vague title 「重要なお知らせ　―　一括ご請求のご案内　―」 in a plum "
                        "frame; the body says only 「当社が譲り受けました貴殿に対する下記ご契約の債権」 — the 原債権者 "
                        "株式会社天満坂クレジット appears ONLY as the first row of a shaded-label ご契約内容 table (with 原契約番号, "
                        "当社譲受日, 喪失日, 最終ご入金日); a 4-column one-row amount table; the 原契約番号 is not the reference")


# ---------------------------------------------------------------------------------------------
# cm07 沖縄簡易裁判所 支払督促 (2 pages, scanned): creditor an INVENTED servicer represented by a lawyer.


def cm07():
    R = 20.0
    issued, filed = D(2026, 2, 20), D(2026, 2, 6)
    acc, lastp, assign = D(2025, 6, 30), D(2025, 3, 25), D(2025, 10, 31)
    P, I, C = 412_600, 7_845, 4_420
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第318号"
    srv = "凪浦債権回収株式会社"
    p = Page(font="serif", size=11, top=18)
    p.line(fw("令和8年（ロ）第318号"), size=10.5)
    p.gap(6)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.gap(2)
    p.kv([("債　権　者", srv), ("債　務　者", "賀来　美沙")], x=40, label_w=30, size=11)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11)
    p.para("債権者の申立てにより、上記のとおり支払を督促する。", size=11)
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　沖縄簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　椋　木　　大　地", size=11)
    p.seal(150, p.y - 6, 14, "square", "沖縄簡易裁判所書記官印", angle=0, seed=82071)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 166, 58, 0.5))
    p.at(27, y + 7, "（注意）", size=10.5, font="serif-bold")
    for i, s in enumerate(["１　この支払督促に不服があるときは、この支払督促の送達を受けた日から２週間以内に、",
                           "　　この裁判所に督促異議の申立てをすることができます。",
                           "２　上記期間内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言が",
                           "　　され、強制執行を受けることがあります。",
                           "３　督促異議申立書の用紙を同封してあります。",
                           "４　沖縄簡易裁判所　民事係（支払督促担当）　電話 098-000-3312（直通）"]):
        p.at(27, y + 15 + i * 7, s, size=10)
    p.y = y + 64
    p.line("これは正本である。", size=10, x=110)
    p.line(f"{fw(era(issued))}　沖縄簡易裁判所　裁判所書記官　椋木　大地", size=9.5, x=60)
    q = Page(font="serif", size=10.5, top=16)
    q.line("当　事　者　目　録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債　権　者", "〒900-0000 沖縄県那覇市鏡町九丁目9番9号"), ("", srv),
          ("", "代表者代表取締役　韮塚　修二"),
          ("債権者代理人", "〒904-0000 沖縄県沖縄市磯辺通九丁目9番9号　此下法律事務所（送達場所）"),
          ("", "弁護士　此下　亮　　電話 098-000-7781　ＦＡＸ 098-000-7782"),
          ("債　務　者", "〒904-0000 沖縄県沖縄市沖見台九丁目9番9号"), ("", "賀　来　　美　沙")],
         x=18, label_w=30, size=9.8)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=12.5, font="serif-bold", align="c")
    q.line("請求の趣旨", size=11, font="serif-bold")
    x0, x1 = 26, 180
    for lab, val in (("１　金", f"{P:,}円（譲受債権の残元金）"), ("２　金", f"{I:,}円（上記１に対する約定利息）"),
                     ("３　金", f"{L:,}円（上記１に対する確定遅延損害金）"), ("４　金", f"{C:,}円（督促手続費用）")):
        q.line(lab + val, x=x0, size=10.3)
    q.add(Line(x0, q.y + 0.5, x1, q.y + 0.5, 0.3))
    q.gap(1.2)
    q.line(f"　　合計　金{T:,}円", x=x0, size=10.5, font="serif-bold")
    q.para(f"５　上記１に対する{fw(era(filed + timedelta(1)))}から完済まで年２０％の割合による遅延損害金", x0=x0, x1=190,
           size=10, indent="")
    q.para(f"（注）３は{era(acc + timedelta(1))}から{era(filed)}（申立日）まで年20％の割合によるもの。", x0=x0, x1=190,
           size=9.3, indent="")
    q.gap(3)
    q.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社宇賀浦ファイナンス（原債権者）は、令和2年9月3日、債務者との間で、極度額50万円、利息年17.8％、"
              "遅延損害金年20％とする金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(lastp)}の支払を最後に支払をせず、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、本件債権を債権者に譲渡し、同年11月14日付で債務者に通知した。",
              "４　債権者は、債権管理回収業に関する特別措置法に基づき債権管理回収業を営む株式会社である。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.y = 280
    q.line(f"申立日　{fw(era(filed))}", size=9.5, align="r")
    tr = truth(document_type="payment_order", sender="沖縄簡易裁判所", phone="098-000-3312", creditor=srv,
               status="unverified", original="株式会社宇賀浦ファイナンス", debtor="賀来美沙", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, assignment=assign, reference=case, input_kind="pdf_scan",
               template="proxy82_payment_order_invented_servicer_with_lawyer", received=D(2026, 2, 24))
    return dict(stem="cm07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, invented servicer creditor with a lawyer, 2 pages)",
                unusual="支払督促 of a court not used before (沖縄簡易裁判所) as a 2-page image PDF; the creditor is an INVENTED "
                        "servicer 「凪浦債権回収株式会社」 (court paper, no licence → unverified) represented by a "
                        "「債権者代理人」 lawyer whose office is the 送達場所 (his 098 phone / FAX are distractors); 請求の趣旨 "
                        "as 「１　金…円（譲受債権の残元金）」 lines with the label AFTER the amount in brackets, a rule and "
                        "「合計　金…円」; running item ５ in full-width; a (注) with the damage window; 請求の原因 with "
                        "原債権者 株式会社宇賀浦ファイナンス, 極度額50万円 / 17.8％ and the 通知 date 11/14 (distractors); "
                        "申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cm08 the invented servicer of the second transfer demands payment (scan): 経緯 table with three creditors.


def cm08():
    issued, due = D(2026, 3, 10), D(2026, 3, 31)
    P, I, R = UT_P, UT_I, UT_R
    L = late(P, R, UT_ACC + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 8, 8, color=None, fill=BROWN))
    p.at(19, 17.8, "A", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(26, 18, "アカンサス債権回収株式会社", size=12.5, font="sans-bold", color=BROWN)
    p.at(196, 16, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 21, "お客様番号：AK-26-01142", size=9.5, align="r")
    p.y = 28
    p.line("〒036-0000　青森県弘前市もずの町九丁目9番9号", size=10)
    p.line("宇津呂　真帆　様", size=13.5)
    p.gap(5)
    p.title("ご　請　求　書", size=16)
    p.para(f"貴殿に対する下記債権は、{era(UT_A2)}付で当社が譲り受け、同年1月8日付の債権譲渡通知書にてお知らせしたとおり、"
           "現在は当社が債権者となっております。", size=9.8)
    p.para(f"つきましては、下記ご請求額を{era(due)}（{wd(due)}）までに一括してお支払いください。期限までにお支払い又はご相談の"
           "ない場合は、法的手続の準備に入らせていただきます。", size=9.8)
    p.gap(1)
    p.line("■ 債権の経緯", size=10.5, font="sans-bold")
    hist = [("平成31年4月12日", "金銭消費貸借契約（ご融資額 800,000円）", UT_LENDER),
            (era(UT_LAST), "最終ご入金", "―"),
            (era(UT_ACC), "期限の利益喪失", "―"),
            (era(UT_A1), "債権譲渡（第1回）", UT_MID),
            (era(UT_A2), "債権譲渡（第2回）", "当社")]
    p.table([["年月日", "内容", "債権者（譲受後）"]] + [list(h) for h in hist], [40, 76, 62], x=16, header=True,
            aligns="lll", size=9.2, row_h=7)
    p.gap(1)
    p.kv([("原債権者", UT_LENDER), ("前債権者", f"{UT_MID}（法務大臣許可番号第101号）")], x=18, label_w=26, size=9.3)
    p.gap(2)
    p.line(f"■ ご請求額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
             [f"遅延損害金（{era(UT_ACC + timedelta(1))}から年20％）", f"{L:,}円"], ["ご請求額", f"{T:,}円"]],
            [110, 50], x=24, aligns="lr", size=10, row_h=7.8, shade_col0=True)
    p.gap(3)
    p.para("お振込先　みちのく杜銀行 仙台駅前支店 普通預金 2510114 アカンサスサイケンカイシユウ（カ", size=9.3, indent="")
    p.para("※ご返済方法（分割等）のご相談は、お支払期限までにお電話ください。", size=9.0, indent="")
    p.gap(3)
    p.add(Line(15, p.y, 196, p.y, 0.3, GRAY))
    p.gap(2)
    p.line("アカンサス債権回収株式会社　管理部　担当 高鍋　〒980-0000 仙台市青葉区あさなぎ通九丁目9番9号", size=8.6)
    p.line("フリーダイヤル 0120-000-251（平日 9:00～17:30）　法務大臣許可　第２５１号", size=8.6)
    p.seal(186, 26, 12, "square", "アカンサス債権回収印", angle=4, seed=82081)
    tr = truth(document_type="collection_notice", sender=UT_NEW, license_number=251, phone="0120-000-251",
               creditor=UT_NEW, status="unverified", original=UT_LENDER, debtor="宇津呂真帆", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=UT_ACC,
               last_payment=UT_LAST, assignment=UT_A2, reference="AK-26-01142", input_kind="scan_png",
               template="proxy82_invented_servicer_demand_after_second_transfer", received=D(2026, 3, 12))
    return dict(stem="cm08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="collection_notice (invented servicer after a second transfer)",
                unusual="scanned demand of the INVENTED servicer 「アカンサス債権回収株式会社」 (one-letter logo 「A」; the "
                        "licence only in the FOOTER line as 「法務大臣許可　第２５１号」 full-width, without 番号 → unverified) "
                        "after the second transfer of cm02: a 債権の経緯 table of FIVE dated rows with a 「債権者（譲受後）」 "
                        "column naming three creditors (the lender, ★ アルファ債権回収 as 前債権者 with 「第101号」, 当社); "
                        "原債権者 / 前債権者 kv lines; both 譲渡 dates (the first, 令和5年3月31日, is a distractor); a shaded-label "
                        "amount table; colon label お客様番号：")


LETTERS = [cm01, cm02, cm03, cm04, cm05, cm06, cm07, cm08]
