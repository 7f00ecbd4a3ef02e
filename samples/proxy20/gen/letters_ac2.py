"""Proxy set 20, letters ac09–ac16: "look-alikes" (continued). An invented servicer's 和解 proposal by fax, a law
office's 縦書き 催告 for a 信用金庫, a card-loan company's harmless ご入金のお礼 with its balance and a rate change, a
簡裁 仮執行宣言付支払督促 on one page, a 少額訴訟 呼出状 with its 訴状, an 任意売却 consultancy's advertisement that
cites a 競売 case and example amounts, a real servicer's genuine demand with scam-like features (a mobile number and a
short deadline) by fax, and a card company's mild-looking ご入金のお願い that IS a demand."""

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
    bars,
    era,
    grid,
    kdate,
    kman,
    late,
    qr,
    seal_after,
    truth,
    vsafe,
    wd,
    window,
)
from letters_ac1 import vera

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.45, 0.50)
ORANGE = (0.85, 0.42, 0.05)
PLUM = (0.45, 0.15, 0.40)
LEAF = (0.20, 0.50, 0.20)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def sl(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# ac09 INVENTED servicer ほしあかり債権回収 (第２４９号): 一部免除による和解のご提案, 2-page fax.


def ac09():
    R = 20.0
    issued, due = D(2026, 5, 8), D(2026, 5, 22)
    lastp, acc, assign = D(2023, 12, 26), D(2024, 2, 9), D(2025, 10, 1)
    P, I = 538_900, 22_416
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n, m = 18, 20_000
    S = n * m
    assert S == 360_000 and S < T
    first, last = D(2026, 6, 27), D(2027, 11, 27)
    p = Page(font="sans", size=9.8, top=14)
    p.at(15, 19, "ほしあかり債権回収株式会社", size=13, font="sans-bold")
    p.at(15, 24.5, "法務大臣許可番号　第２４９号", size=9)
    p.at(196, 18, f"送信日　{sl(issued)}", size=9.5, align="r")
    p.at(196, 23, "債権番号　HA-88-10294", size=9.5, align="r")
    p.add(Line(15, 28, 196, 28, 0.6))
    p.y = 31
    p.line("雲雀　智也　様", size=13)
    p.line("（FAX送信のご希望をいただいたため、本書をFAXにてお送りします）", size=8.5, color=GRAY)
    p.gap(3)
    p.title("一部免除による和解のご提案", size=15)
    p.para(f"当社が{sl(assign)}に株式会社こなぎファイナンスから譲り受けました貴殿に対する貸付債権につきまして、先日はお電話で"
           "ご事情をお聞かせいただき、ありがとうございました。")
    p.para("ご収入の状況を踏まえ、下記の条件で和解に応じることといたしましたので、ご検討ください。")
    p.gap(1)
    p.line(f"１．現在のご債務（{sl(issued)}現在）", size=10.3, font="sans-bold")
    rows = [["元本", f"{P:,}円"], ["利息（期限の利益喪失日まで）", f"{I:,}円"],
            [f"損害金（{sl(acc + timedelta(1))}から年20.0％）", f"{L:,}円"], ["ご債務残高合計", f"{T:,}円"]]
    p.table(rows, [105, 50], x=25, aligns="lr", size=9.8, row_h=7.5)
    p.line(f"（最終ご返済日 {sl(lastp)}　期限の利益喪失日 {sl(acc)}　原債権者 株式会社こなぎファイナンス）", x=25, size=8.8)
    p.gap(2)
    p.line("２．和解条件", size=10.3, font="sans-bold")
    for s in (f"（1）和解金額　{S:,}円（上記ご債務残高合計のうち和解金額を超える部分は、（4）を条件に免除いたします）",
              f"（2）お支払方法　{sl(first)}を初回とし、以後毎月27日限り {m:,}円 × {n}回（最終回 {sl(last)}）",
              f"（3）お支払いを2回以上怠り、その額が{2 * m:,}円に達したときは期限の利益を失い、上記ご債務残高合計から既払金を"
              "控除した残額を直ちにお支払いいただきます。",
              "（4）上記（2）のお支払いを遅滞なく完了されたときは、残額の支払義務を免除いたします。"):
        p.para(s, x0=25, x1=192, size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 13, 1.2))
    p.at(30, y + 8.5, "ご回答期限", size=11, font="sans-bold")
    p.at(62, y + 8.7, f"{sl(due)}（{wd(due)}）必着", size=13, font="sans-bold")
    p.y = y + 17
    p.para("ご承諾いただける場合は、2枚目の和解申込書にご署名のうえ、ご回答期限までにFAX又は郵送でご返送ください。期限までに"
           "ご回答がない場合、本提案は撤回されたものとさせていただきます。", size=9.3)
    p.gap(4)
    for s, sz, f in (("ほしあかり債権回収株式会社　債権管理部", 10, "sans-bold"), ("担当　江刺", 9.5, "sans"),
                     ("〒101-0000 東京都千代田区すずらん坂九丁目9番9号", 8.5, "sans"),
                     ("TEL 03-0000-4127　　FAX 03-0000-4128", 9.8, "sans")):
        p.line(s, x=100, size=sz, font=f)
    q = Page(font="sans", size=10, top=16)
    q.line("2/2", size=8.5, align="r", color=GRAY)
    q.line("FAX 03-0000-4128　ほしあかり債権回収株式会社　債権管理部　行", size=10)
    q.gap(6)
    q.title("和　解　申　込　書", size=16)
    q.para(f"私は、貴社からの{sl(issued)}付「一部免除による和解のご提案」記載の条件を承諾し、和解金額 {S:,}円 を、"
           f"{sl(first)}から毎月27日限り {m:,}円ずつ {n}回に分割して支払うことを申し込みます。")
    q.gap(6)
    grid(q, 25, q.y, [40, 120], [["債権番号", "HA-88-10294"], ["ご住所", ""], ["お名前", "　　　　　　　　　　　　　　　　　印"],
                                  ["お電話番号", ""], ["ご記入日", "令和　　年　　月　　日"]], h=12, size=10)
    q.y += 66
    q.para("※お支払い開始後に住所・電話番号が変わった場合は、速やかに当社までご連絡ください。", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="ほしあかり債権回収株式会社", license_number=249,
               phone="03-0000-4127", creditor="ほしあかり債権回収株式会社", status="unverified",
               original="株式会社こなぎファイナンス", debtor="雲雀智也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="HA-88-10294", input_kind="fax_tiff",
               template="proxy20_invented_servicer_partial_waiver_settlement_fax", received=issued)
    return dict(stem="ac09", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{sl(issued)} 14:02 HOSHIAKARI SERVICER 03-0000-4128",
                about="settlement_proposal (invented servicer, 一部免除, 2-page fax)",
                unusual="2-page G4 fax from an INVENTED servicer 「ほしあかり債権回収株式会社」 with 「法務大臣許可番号　第２４９号」 "
                        "in full-width (→ unverified); slash dates everywhere; a 4-row table 元本 / 利息（期限の利益喪失日まで） / "
                        "損害金（…から年20.0％） / ご債務残高合計 with the 喪失, the last payment and the 原債権者 in one bracket "
                        "line below; 和解条件 (1)–(4): 和解金額 360,000 = 20,000 × 18 from 2026/06/27 to 2027/11/27, the "
                        "40,000 default threshold (all distractors); a heavy-framed ご回答期限 …必着 (= payment_due); TEL and "
                        "FAX on one line; p.2 a 和解申込書 with a blank 令和　年　月　日")


# ---------------------------------------------------------------------------------------------
# ac10 law office 縦書き 催告書 (内容証明) for a 信用金庫; amounts as 金一〇二万七四六〇円 (digits with 万).


def ac10():
    R = 14.0
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    lastp, acc = D(2025, 9, 30), D(2025, 11, 30)
    P, I = 1_027_460, 8_911
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、みさやま信用金庫（以下「通知人」といいます。）の代理人として、貴殿に対し次のとおり通知いたします。"),
        ("body", "通知人は、貴殿との間で、令和四年三月十日付で金銭消費貸借契約（自動車購入資金、貸付金二百四十万円、毎月十日"
                 f"返済）を締結しましたが、貴殿は{kdate(lastp)}の返済を最後にその後の返済を怠り、同契約の定めにより"
                 f"{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、本書面をもって左記金員を{kdate(due)}限り、左記当職預り金口座にお振込みいただくよう催告"
                 "いたします。"),
        ("body", "右期限までにお支払い又は誠意あるご連絡のない場合は、通知人の指示により、やむなく法的手続に移行いたしますので、"
                 "念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　{kman(P)}"),
        ("indent", f"二　約定利息　　{kman(I)}"),
        ("indent", f"三　遅延損害金　{kman(L)}"),
        ("plain", f"　　　（{kdate(acc + timedelta(1))}から{kdate(issued)}まで年一四％）"),
        ("indent", f"四　合計　　　　{kman(T)}"),
        ("indent", "振込先　ひめしゃら銀行長野支店　普通預金　口座番号三三八〇一七二"),
        ("indent", "口座名義　弁護士桐ヶ谷澄人預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県長野市みずひき台九丁目九番九号"),
        ("low", "桐ヶ谷総合法律事務所"),
        ("low", "通知人代理人　弁護士　桐ヶ谷　澄人"),
        ("low", "電話　〇二六（〇〇〇）三三八〇"),
        ("low", "（当職整理番号　ＫＧ－２６００７）"),
        ("blank", ""),
        ("low", "長野県須坂市すいば町九丁目九番九号"),
        ("low", "箕輪　さやか　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vera(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 20101))
    it = [it for it in pg.items if isinstance(it, VText) and "通知人代理人" in it.s][0]
    pg.items.append(Seal(it.x, seal_after(it, size, 5.5), 10, "square", "弁護士桐ヶ谷澄人之印", angle=-2, seed=20102))
    tr = truth(document_type="collection_notice", sender="桐ヶ谷総合法律事務所", phone="026-000-3380",
               creditor="みさやま信用金庫", status="not_applicable", debtor="箕輪さやか", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="KG-26007", input_kind="vertical_pdf", template="proxy20_vertical_lawyer_shinkin_digits_man",
               received=D(2026, 2, 16))
    return dict(stem="ac10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a 信用金庫, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office for a 信用金庫 (the client is 「通知人」), digital, "
                        "with the 内容証明 stamp; amounts as kanji DIGITS with a 万 unit (金一〇二万七四六〇円 …); rate "
                        "「年一四％」; the 喪失 and the last payment in the prose; 「…限り」 absolute deadline; the 預り金口 "
                        "account number in kanji digits and 貸付金二百四十万円 as distractors; phone in kanji digits; the "
                        "full-width 当職整理番号 ＫＧ－２６００７ in the sender block (→ KG-26007)")


# ---------------------------------------------------------------------------------------------
# ac11 HARMLESS: card-loan company's ご入金確認のお礼 兼 ご利用残高・適用利率変更のお知らせ (claims nothing).


def ac11():
    issued, paid, asof = D(2026, 4, 3), D(2026, 3, 27), D(2026, 3, 31)
    nxt, change = D(2026, 4, 27), D(2026, 5, 1)
    bal, amt, inst, limit = 412_650, 15_000, 12_000, 500_000
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(0, 8, 210, 16, color=None, fill=TEAL))
    p.at(15, 18.5, "つきくさローン", size=15, font="sans-bold", color=WHITE)
    p.at(62, 18.3, "TSUKIKUSA LOAN", size=8, color=WHITE)
    p.at(196, 18.3, "大切なお知らせ・保存用", size=9, color=WHITE, align="r")
    window(p, 15, 30, "530-0000", ["大阪府大阪市北区ささやぶ通九丁目9番9号", "ささやぶハイツ5F"], "栂野　亜紀　様", "ac11",
           w=90, h=36, size=9.5, name_size=13)
    for i, s in enumerate([f"{wdate(issued)}", "会員番号　2240-118-0375", "", "つきくさローン株式会社",
                           "〒541-0000 大阪府大阪市中央区かたばみ通九丁目9番9号", "お客様サービスセンター", "0120-000-935（9:00～19:00）"]):
        if s:
            p.at(196, 34 + i * 4.6, s, size=9 if i not in (3,) else 10, font="sans-bold" if i == 3 else "sans", align="r")
    p.y = 72
    p.title("ご入金確認のお礼　兼　ご利用残高・適用利率変更のお知らせ", size=13.5)
    p.para("平素はつきくさローンをご利用いただき、誠にありがとうございます。")
    p.para(f"{wdate(paid)}に {amt:,}円 のご入金を確認いたしました。期日どおりのご返済、ありがとうございました。あわせて、"
           "現在のご利用状況と、適用利率の変更についてお知らせいたします。")
    p.gap(1)
    p.line(f"■ ご利用状況（{wdate(asof)}現在）", size=10.3, font="sans-bold", color=TEAL)
    y = grid(p, 20, p.y + 1, [36, 50, 36, 48],
             [["ご利用限度額", f"{limit:,}円", "ご利用残高", f"{bal:,}円"],
              ["最終ご入金日", wdate(paid), "ご入金額", f"{amt:,}円"],
              ["次回ご返済日", wdate(nxt), "次回ご返済額", f"{inst:,}円"]], h=8, size=9.5)
    p.y = y + 2
    p.para("※次回ご返済日は、ご登録口座からの自動引落しとなります。前日までに残高のご確認をお願いいたします。", x0=20, size=8.8,
           indent="")
    p.gap(3)
    p.line("■ 適用利率変更のお知らせ", size=10.3, font="sans-bold", color=TEAL)
    p.para(f"ご利用実績に基づく審査の結果、{wdate(change)}以降のご利用残高に適用される貸付利率を、下記のとおり引き下げさせて"
           "いただきます。お客様によるお手続きは不要です。", x0=20)
    p.table([["", "変更前", "変更後"], ["貸付利率（実質年率）", "17.8％", "15.0％"], ["適用開始日", "―", wdate(change)]],
            [60, 45, 50], x=30, header=True, aligns="lcc", size=9.8, row_h=8)
    p.gap(3)
    p.para("変更後の利率により、毎月のご返済額（約定返済額）は変わりません。ご返済期間が短くなる場合がございます。", x0=20,
           size=9.3, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.3, GRAY, (0.95, 0.98, 0.98)))
    for i, s in enumerate(["【ご返済シミュレーションのご案内】",
                           f"例：ご利用残高 {bal:,}円、毎月 {inst:,}円 のご返済の場合、変更前は約46回、変更後は約43回でご完済となる見込みです。",
                           "（実際のご返済回数はご利用状況により異なります。会員専用サイトで試算いただけます。）"]):
        p.at(19, y + 6 + i * 6, s, size=8.8, font="sans-bold" if i == 0 else "sans")
    p.y = y + 30
    p.line("つきくさローン株式会社　貸金業者登録番号　近畿財務局長(3)第01388号　日本貸金業協会会員第006219号", size=7.8,
           color=GRAY)
    qr(p, 176, 262, 18, "ac11qr")
    p.at(174, 277, "会員専用サイト", size=6.5, align="r")
    tr = truth(document_type="other", sender="つきくさローン株式会社", phone="0120-000-935", status="not_applicable",
               debtor="栂野亜紀", lump=False, issued=issued, last_payment=paid, reference="2240-118-0375",
               input_kind="pdf_text", template="proxy20_harmless_payment_thanks_balance_rate_change", received=None)
    return dict(stem="ac11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (card loan: ご入金確認のお礼, 残高 and a rate change; claims nothing)",
                unusual="HARMLESS mail in a lender's dress (teal band, window, 保存用, QR): a THANK-YOU for a payment on "
                        "time, the ご利用状況 grid (ご利用限度額 500,000 / ご利用残高 412,650 / 最終ご入金日 / ご入金額 15,000 / "
                        "次回ご返済日 2026年4月27日 / 次回ご返済額 12,000) and a 利率 CUT 17.8％ → 15.0％ from 5/1 in a "
                        "変更前/変更後 table; nothing is overdue and nothing is demanded: every amount, the rate and "
                        "payment_due are null (the regular next instalment is not a deadline); a 返済シミュレーション "
                        "example; the 貸金業 registration number")


# ---------------------------------------------------------------------------------------------
# ac12 長野簡易裁判所 仮執行宣言付支払督促 on ONE scanned page (real servicer creditor).


def ac12():
    R = 14.6
    issued, order, served, filed = D(2026, 3, 19), D(2026, 2, 4), D(2026, 2, 9), D(2026, 1, 27)
    acc, lastp, assign = D(2025, 9, 12), D(2025, 7, 31), D(2025, 12, 1)
    P, C1, C2 = 623_000, 4_506, 1_294
    L = late(P, R, acc + timedelta(1), filed)
    C = C1 + C2
    T = P + L + C
    case = "令和8年(ロ)第133号"
    p = Page(font="serif", size=10, top=13)
    y = 12
    p.add(Box(15, y, 181, 12, 0.4))
    p.at(18, y + 5, "事件番号", size=8.5)
    p.at(18, y + 10, fw("令和8年（ロ）第133号"), size=10.5)
    p.at(80, y + 5, "事件名", size=8.5)
    p.at(80, y + 10, "譲受債権請求督促事件", size=10.5)
    p.at(140, y + 5, "仮執行宣言申立日", size=8.5)
    p.at(140, y + 10, fw(era(D(2026, 3, 5))), size=10)
    p.add(Line(77, y, 77, y + 12, 0.3))
    p.add(Line(137, y, 137, y + 12, 0.3))
    p.y = 27
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債　権　者", "〒261-0000 千葉県千葉市美浜区かいづか台九丁目9番9号　エー・シー・エス債権管理回収株式会社"),
          ("", "代表者代表取締役　柚木崎　衛　（送達場所　同社長野センター　電話 026-000-7741）"),
          ("債　務　者", "〒380-0000 長野県長野市ほうき町九丁目9番9号　阿久根　創")], x=18, label_w=24, size=9)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10.3)
    p.para(f"上記は、{fw(era(order))}付け支払督促の内容である。この支払督促は{fw(era(served))}債務者に送達されたが、債務者は"
           "督促異議の申立てをしなかった。よって、債権者の申立てにより、仮執行の宣言をする。", size=10.3)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    rows = [["", "金　額"], ["１　譲受債権元金", f"{P:,}円"],
            [f"２　確定遅延損害金（{era(acc + timedelta(1))}～{era(filed)}、年14.6％）", f"{L:,}円"],
            ["３　督促手続費用", f"{C1:,}円"], ["４　仮執行宣言の手続費用", f"{C2:,}円"], ["　　合　　計", f"{T:,}円"]]
    p.table(rows, [128, 40], x=22, header=True, aligns="lr", size=9.6, row_h=7)
    p.gap(1.5)
    p.para(f"５　上記１に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", x0=22, x1=190, size=9.4,
           indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　株式会社つるばみクレジット（原債権者）は、令和4年2月14日、債務者に対し、金800,000円を、利率年15.0％、遅延"
              "損害金年14.6％、毎月末日限り分割弁済の約定で貸し付けた。",
              f"２　債務者は、{era(lastp)}の支払を最後に弁済を怠り、{era(acc)}の経過をもって期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、本件債権を債権者に譲渡し、同月中に債務者へ通知した。"):
        p.para(s, x0=20, x1=192, size=9.2, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　長野簡易裁判所　　裁判所書記官　柾　木　　遥", size=10.5)
    p.seal(148, p.y - 5, 13, "square", "長野簡易裁判所書記官印", angle=0, seed=20121)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 25, 0.6))
    p.add(Box(15, y, 7, 25, color=None, fill=SHADE))
    for i, ch in enumerate("注意"):
        p.at(18.5, y + 10 + i * 6, ch, size=10, font="serif-bold", align="c")
    for i, s in enumerate(["この仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、",
                           "確定判決と同一の効力を生じます。督促異議の申立てをしても、強制執行は当然には停止されません。",
                           "お問合せ　長野簡易裁判所　民事督促係　電話 026-000-5530（平日8:30～17:00）"]):
        p.at(25, y + 7 + i * 7, s, size=9.3)
    p.y = 284
    p.line("これは正本である。　前同日同庁　裁判所書記官　柾木　遥", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="長野簡易裁判所", phone="026-000-5530",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社つるばみクレジット",
               debtor="阿久根創", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy20_enforceable_nagano_one_page_case_grid", received=D(2026, 3, 23))
    return dict(stem="ac12", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="a whole 仮執行宣言付支払督促 of a court not used before (長野簡裁) on ONE scanned page: a 3-cell case "
                        "box at the top (事件番号 / 事件名 / 仮執行宣言申立日 3/5); the creditor ★ エー・シー・エス債権管理回収"
                        "株式会社 (no licence number: court paper) with its 送達場所 phone (distractor); the 支払督促 date 2/4 "
                        "and its 送達 2/9 in one sentence; 請求の趣旨 as a table whose item numbers sit inside the labels, "
                        "with NO interest row and TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) above "
                        "合計, and the running item ５ under it; 800,000円, 年15.0％ in the 請求の原因 as distractors; a 注意 "
                        "box with a shaded vertical label")


# ---------------------------------------------------------------------------------------------
# ac13 那覇簡易裁判所 少額訴訟 (少コ): 呼出状 (p.1) + 訴状 (p.2), real servicer plaintiff.


def ac13():
    R = 18.0
    issued, sued, hearing, answer = D(2026, 5, 13), D(2026, 4, 24), D(2026, 6, 17), D(2026, 6, 10)
    acc, lastp, assign = D(2025, 10, 4), D(2025, 8, 27), D(2026, 1, 30)
    P, I = 384_500, 9_960
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    assert T <= 600_000
    case = "令和8年(少コ)第38号"
    p = Page(font="sans", size=10.3, top=16)
    p.line(f"事件番号　{fw('令和8年（少コ）第38号')}　譲受債権請求事件", size=10)
    p.line("原　　告　アルファ債権回収株式会社", size=10)
    p.line("被　　告　與儀　航平", size=10)
    p.gap(6)
    p.title("少額訴訟　口頭弁論期日呼出状及び答弁書催告状", size=14)
    p.line("與儀　航平　殿", size=12.5, x=24)
    p.gap(2)
    p.para("原告から少額訴訟による審理及び裁判を求める訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められ"
           "ましたので、同期日に出頭してください。")
    p.para("また、訴状を読んで、答弁書を下記期限までに提出してください。少額訴訟では、原則として１回の期日で審理を終え、直ちに"
           "判決が言い渡されますので、証拠書類や証人は期日に必ずお持ちください。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 33, 0.8))
    for i, (a, b) in enumerate((("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
                                ("場　所", "那覇簡易裁判所　３階　少額訴訟審理室"),
                                ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        p.at(26, y + 8 + i * 10, a, size=10.5, font="sans-bold")
        p.at(66, y + 8 + i * 10, b, size=11)
    p.add(Line(62, y, 62, y + 33, 0.3))
    p.y = y + 38
    for s in ("１　被告は、最初の期日において弁論をするまでは、通常の手続に移行させる旨の申述をすることができます。",
              "２　期日に出頭せず答弁書も提出しないときは、原告の主張を認めたものとして、原告の請求どおりの判決が言い渡される"
              "ことがあります。",
              "３　分割払いや支払猶予を希望する場合は、答弁書の該当欄に記載してください。"):
        p.para(s, x0=22, x1=190, size=9.6, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　那覇簡易裁判所　民事第２係　裁判所書記官　大舛　由依", size=10.5)
    p.seal(165, p.y - 5, 13, "square", "那覇簡易裁判所書記官印", angle=0, seed=20131)
    p.gap(4)
    p.line("　　〒900-0000　沖縄県那覇市がじまる坂九丁目9番9号", size=9.5)
    p.line("　　電話　098-000-2245　　ＦＡＸ　098-000-2246", size=9.5)
    q = Page(font="serif", size=10.3, top=16)
    q.title("訴　　　状", size=17, font="serif-bold")
    q.line(f"{fw(era(sued))}", size=10.3, align="r")
    q.line("那覇簡易裁判所　御中", size=10.3)
    q.gap(2)
    q.kv([("原　告", "〒104-0000 東京都中央区みおつくし町九丁目9番9号　アルファ債権回収株式会社"),
          ("", "代表者代表取締役　高良　匡　（担当　債権管理部　電話 03-0000-1010）"),
          ("被　告", "〒901-0000 沖縄県浦添市そてつ台九丁目9番9号　與儀　航平")], x=18, label_w=20, size=9.5)
    q.line("譲受債権請求事件　　訴訟物の価額　金384,500円　　貼用印紙額　金4,000円", size=9.5, x=18)
    q.line("少額訴訟による審理及び裁判を求めます。本年、この裁判所において少額訴訟を求めるのは１回目です。", size=9.5, x=18)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold", x=18)
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + timedelta(1))}から支払済みまで年18％の割合"
           "による金員を支払え。", x0=22, x1=192, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=192, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, x1=192, indent="")
    q.gap(3)
    q.line("第２　請求の原因", size=11, font="serif-bold", x=18)
    for s in ("１　株式会社がじゅまるカード（以下「原債権者」という。）は、令和3年9月1日、被告との間でカード会員契約を締結し、"
              "被告はこれに基づきキャッシングを利用した（利用限度額50万円、利率年18.0％、遅延損害金年18.0％）。",
              f"２　被告は、{era(lastp)}の支払を最後に約定の支払を怠ったため、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、本件債権を原告に譲渡し、同年2月5日到達の内容証明郵便により被告に通知した。",
              f"４　よって、原告は被告に対し、下記合計額及び元金に対する{era(sued + timedelta(1))}以降の遅延損害金の支払を求める。"):
        q.para(s, x0=22, x1=192, size=9.8, indent="")
    q.gap(1)
    q.table([["元　金", "利　息", "確定遅延損害金", "合　計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 40, 44, 44], x=22, header=True, aligns="rrrr", size=10, row_h=8)
    q.line(f"（確定遅延損害金は{era(acc + timedelta(1))}から{era(sued)}まで）", x=22, size=8.8)
    q.gap(3)
    q.line("証拠方法　甲第１号証 カード会員契約書　甲第２号証 取引履歴　甲第３号証 債権譲渡通知書", x=18, size=9.3)
    tr = truth(document_type="lawsuit", sender="那覇簡易裁判所", phone="098-000-2245",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社がじゅまるカード", debtor="與儀航平",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, assignment=assign, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy20_small_claims_naha_summons_and_complaint", received=D(2026, 5, 15))
    return dict(stem="ac13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 少額訴訟 (少コ), real servicer plaintiff, 2 pages)",
                unusual="a 少額訴訟 of a court not used before (那覇簡裁), digital: p.1 the 口頭弁論期日呼出状及び答弁書催告状 with the "
                        "(少コ) number, a ruled box 期日 / 場所 / 答弁書提出期限 (both with weekdays), the 通常移行 note and the "
                        "court's phone with its FAX; p.2 the 訴状 dated 4/24 ≠ the 呼出状 5/13, plaintiff ★ アルファ債権回収"
                        "株式会社 (no licence number) with its 担当 phone (distractor); 訴訟物の価額 384,500 and 貼用印紙額 4,000 "
                        "(not costs); 請求の趣旨 「金…及びうち金…」; a 4-column one-row table 元金 / 利息 / 確定遅延損害金 / "
                        "合計; the notice's 到達 2/5 (not the 譲渡日 1/30); 50万円 and 18.0％ in the 原因")


# ---------------------------------------------------------------------------------------------
# ac14 HARMLESS: 任意売却 consultancy's direct mail after a 競売開始決定 (example amounts, a (ケ) number), HEIC photo.


def ac14():
    issued = D(2026, 2, 20)
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 8, 210, 22, color=None, fill=(1.0, 0.93, 0.80)))
    p.at(15, 18, "株式会社リブート住まい相談室", size=12.5, font="sans-bold", color=ORANGE)
    p.at(15, 25, "任意売却・住宅ローン返済相談の専門窓口", size=9, color=ORANGE)
    p.at(196, 18, wdate(issued), size=9.5, align="r")
    p.at(196, 24, "相談無料・秘密厳守", size=10, font="sans-bold", align="r", color=RED)
    p.y = 36
    p.line("〒310-0000　茨城県水戸市まるばやし台九丁目9番9号", size=10)
    p.line("樽見　亘　様", size=13.5)
    p.gap(4)
    p.line("ご自宅の「競売」でお悩みではありませんか？", size=16, font="sans-bold", align="c", color=RED)
    p.line("開札の前なら、まだ「任意売却」が間に合います", size=12.5, font="sans-bold", align="c")
    p.gap(3)
    p.para("突然のお手紙失礼いたします。裁判所の競売物件情報により、お客様のご自宅について担保不動産競売の手続（水戸地方裁判所 "
           "令和7年(ケ)第219号）が始まっていることを知り、ご案内をお送りしております。")
    p.para("競売で売却されると、市場価格より低い金額で落札されることが多く、多額の残債務が残るおそれがあります。任意売却であれば、"
           "金融機関の同意を得て市場価格に近い金額で売却し、残ったローンも無理のない分割返済を交渉できる場合があります。")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 49, 0.6, ORANGE, (1.0, 0.98, 0.94)))
    p.at(20, y + 7, "【ご相談事例】 40代・会社員のＡ様（茨城県内）", size=10.5, font="sans-bold", color=ORANGE)
    p.y = y + 10
    p.table([["", "競売の場合（予想）", "任意売却の場合"], ["住宅ローン残高", "2,480万円", "2,480万円"],
             ["売却価格", "1,600万円", "2,150万円"], ["売却後の残債務", "880万円", "330万円"],
             ["その後のご返済", "一括請求", "月々1万円で合意"]],
            [55, 55, 55], x=25, header=True, aligns="lcc", size=9.5, row_h=7)
    p.y = y + 53
    p.line("任意売却のメリット", size=11, font="sans-bold", color=ORANGE)
    for s in ("・引越し費用として最大30万円をお手元に残せるよう、債権者と交渉いたします（実績：平均18万円）。",
              "・ご近所に知られずに売却できます。リースバックで住み続ける方法もご提案可能です。",
              "・相談料・仲介手数料のお客様負担は0円です（仲介手数料は売却代金から配分されます）。",
              "・提携の深水法律事務所（弁護士 深水 遼平）による債務整理・自己破産の無料相談もご利用いただけます。"):
        p.para(s, size=9.6, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 20, 1.2, RED))
    p.at(105, y + 8, "無料相談ダイヤル　0120-000-742", size=15, font="sans-bold", align="c", color=RED)
    p.at(105, y + 15, "受付 9:00～21:00（土日祝も受付）　担当 坂梨", size=9.5, align="c")
    p.y = y + 25
    p.para("※本状は公開されている競売物件情報をもとにお送りしております。既に解決済みの場合やご不要の場合は、お手数ですが本状を"
           "破棄してください。当社は裁判所・金融機関とは関係のない民間の不動産会社です。", size=8.5, indent="")
    p.line("宅地建物取引業者免許　茨城県知事(2)第0000742号　〒310-0000 茨城県水戸市やまがら通九丁目9番9号", size=8, color=GRAY)
    qr(p, 15, 262, 18, "ac14qr")
    p.at(36, 272, "LINEでのご相談はこちら", size=8)
    tr = truth(document_type="other", sender="株式会社リブート住まい相談室", phone="0120-000-742", status="not_applicable",
               debtor="樽見亘", lump=False, issued=issued, input_kind="photo_heic",
               template="proxy20_harmless_voluntary_sale_advert_auction_case", received=None)
    return dict(stem="ac14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.4, creases=2, fill=0.84, glare=22, warm=0.2, blur=0.85),
                about="other (任意売却 consultancy's advertisement after a 競売開始決定)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a HARMLESS advertisement of an 任意売却 "
                        "consultancy that read the court's 競売 listing: the auction case 「水戸地方裁判所 令和7年(ケ)第219号」 "
                        "in the prose (not a reference), 「競売」 and 「一括請求」 in large type, an example table (ローン残高 "
                        "2,480万円 / 売却価格 1,600万円 vs 2,150万円 / 残債務 880万円 vs 330万円 / 月々1万円), 引越し費用 最大30万円, "
                        "a partner lawyer for 債務整理, a free-dial in a red box, a 宅建 licence number; it claims nothing "
                        "(every amount, creditor, reference null)")


# ---------------------------------------------------------------------------------------------
# ac15 アウロラ債権回収 (real, 第76号): GENUINE demand with scam-like features (a 080 mobile, a 9-day deadline), fax.


def ac15():
    R = 14.6
    issued, due = D(2026, 4, 21), D(2026, 4, 30)
    acc, lastp, assign = D(2026, 1, 15), D(2025, 11, 27), D(2026, 3, 25)
    P, I = 174_800, 6_342
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "アウロラ債権回収株式会社", size=13.5, font="sans-bold")
    p.at(15, 24.5, "法務大臣許可番号　第76号", size=9)
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.at(196, 23.5, "お客様番号　AU-2604-7731", size=10, align="r")
    p.add(Line(15, 28, 196, 28, 1.0))
    p.y = 32
    p.line("芥田　麻衣　様", size=13.5)
    p.gap(2)
    p.title("ご連絡のお願い（一括請求書）", size=15)
    p.para(f"当社は、{era(assign)}付で株式会社ほうせんかクレジットから貴殿に対する債権を譲り受け、同社と連名で債権譲渡の"
           "ご通知をお送りしております。その後、お電話及び書面でご連絡を差し上げておりますが、現在までご連絡をいただけて"
           "おりません。")
    p.para(f"つきましては、下記金額を{era(due)}（{wd(due)}）までに一括してお支払いいただくか、同日までに必ず担当者まで"
           "ご連絡ください。")
    p.gap(1)
    p.table([["項目", "金額", "備考"], ["割賦元金残高", f"{P:,}円", "個品割賦（家電）"], ["未払手数料", f"{I:,}円", "喪失日まで"],
             ["遅延損害金", f"{L:,}円", f"{era(acc + timedelta(1))}～ 年14.6％"], ["ご請求額", f"{T:,}円", f"{era(issued)}現在"]],
            [50, 45, 70], x=22, header=True, aligns="lrl", size=9.8, row_h=8)
    p.gap(2)
    p.kv([("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("原債権者", "株式会社ほうせんかクレジット"),
          ("お振込先", "かもしか銀行 愛宕支店 普通預金 2604773 アウロラサイケンカイシユウ（カ")], x=22, label_w=36, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 31, 0.6))
    p.add(Box(22, y, 166, 7, color=None, fill=SHADE))
    p.at(26, y + 5, "お問い合わせ先", size=9.5, font="sans-bold")
    for i, s in enumerate(["アウロラ債権回収株式会社　回収第一部　担当　袖山",
                           "TEL 03-0000-7602（代表・平日9:00～18:00）　FAX 03-0000-7603",
                           "担当者携帯 080-0000-7315（土日・夜間もご連絡いただけます）",
                           "〒105-0000 東京都港区ねずもち通九丁目9番9号"]):
        p.at(26, y + 12 + i * 5.2, s, size=9.3)
    p.y = y + 35
    p.para("※当社の社員が現金を直接お預かりすることはございません。お支払いは必ず上記当社名義口座へお願いいたします。", size=8.8,
           indent="")
    p.para("※当社の許可は法務省ホームページの一覧でご確認いただけます。ご不安な場合は一覧記載の代表番号へおかけください。",
           size=8.8, indent="")
    p.seal(98, 21, 12, "square", "アウロラ債権回収印", angle=-1, seed=20151)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76, phone="03-0000-7602",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社ほうせんかクレジット",
               debtor="芥田麻衣", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="AU-2604-7731",
               input_kind="fax_tiff", template="proxy20_real_servicer_genuine_mobile_number_fax", received=issued)
    return dict(stem="ac15", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{sl(issued)} 10:18 AURORA SERVICER 03-0000-7603",
                about="collection_notice (real servicer, genuine demand with scam-like features, fax)",
                unusual="one-page G4 fax of a GENUINE demand that shares features with the scams: real servicer ★ アウロラ"
                        "債権回収株式会社 with 「法務大臣許可番号　第76号」, but a 担当者携帯 080 number 「土日・夜間も」 and a "
                        "9-day deadline 「…までに一括…か、必ず担当者までご連絡」; a 3-column table 項目 / 金額 / 備考 (割賦元金"
                        "残高 / 未払手数料 / 遅延損害金 / ご請求額) with the window and the 現在 date in the 備考 column; "
                        "TEL (代表) and FAX on one line (phone = the TEL); kv lines for last payment, 喪失, 原債権者, お振込先")


# ---------------------------------------------------------------------------------------------
# ac16 card company's mild 「ご入金のお願い」 (arrears of one debit) — it IS a demand although it looks like ac11.


def ac16():
    R = 14.6
    issued, due = D(2026, 4, 10), D(2026, 4, 24)
    missed, lastp = D(2026, 3, 27), D(2026, 2, 27)
    Pm, Fee = 33_120, 2_780
    A = Pm + Fee
    nd = missed + timedelta(1)
    L = late(A, R, nd, issued)
    T = Pm + Fee + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 11, 11, color=None, fill=PLUM))
    p.at(20.5, 18, "N", size=13, font="sans-bold", color=WHITE, align="c")
    p.at(29, 17.5, "なんてんカード", size=14, font="sans-bold", color=PLUM)
    p.at(29, 21.5, "NANTEN CARD", size=6.5, color=PLUM)
    p.at(196, 16, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 21, "お問合せ番号　NT-5082-1193", size=9.5, align="r")
    bars(p, 15, 28, 60, 3, "ac16")
    p.y = 33
    p.line("〒060-0000　北海道札幌市中央区ゆきざさ通九丁目9番9号", size=10)
    p.line("鷹栖　遥香　様", size=13.5)
    p.at(196, 40, "カード番号　****-****-****-4417", size=9, align="r")
    p.gap(6)
    p.title("ご入金のお願い", size=16, color=PLUM)
    p.para("いつもなんてんカードをご利用いただき、ありがとうございます。")
    p.para(f"{wdate(missed)}（{wd(missed)}）のお引落しにつきまして、ご指定の口座から引落しができませんでした。お手数ですが、下記の金額を"
           f"{due.month}月{due.day}日（{wd(due)}）までに、下記のいずれかの方法でお支払いくださいますようお願いいたします。")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 47, 0.5, PLUM, (0.98, 0.95, 0.98)))
    p.at(25, y + 8, "お支払いいただく金額", size=10.5, font="sans-bold", color=PLUM)
    p.at(185, y + 9, f"{T:,}円", size=17, font="sans-bold", align="r")
    for i, (a, b) in enumerate(((f"{missed.month}月{missed.day}日お引落し分のご利用代金", f"{A:,}円"),
                                ("（うち元金）", f"{Pm:,}円"), ("（うち分割・リボ払い手数料）", f"{Fee:,}円"),
                                (f"遅延損害金（{nd.month}/{nd.day}～{issued.month}/{issued.day}　年14.6％）", f"{L:,}円"))):
        p.at(30 if i in (0, 3) else 36, y + 18 + i * 7.2, a, size=9.6)
        p.at(185, y + 18 + i * 7.2, b, size=9.6, align="r")
    p.y = y + 51
    p.line(f"お支払期限　{due.month}月{due.day}日（{wd(due)}）", size=12.5, font="sans-bold", color=RED)
    p.line(f"前回ご入金日　{wdate(lastp)}", size=9.5)
    p.gap(2)
    p.line("お支払方法", size=10.5, font="sans-bold")
    for s in ("① 同封の払込票でコンビニエンスストアからお支払い（手数料無料）",
              "② 下記口座へのお振込み　ほおじろ銀行 本店営業部 普通預金 5082119 ナンテンカード（カ",
              "③ 会員専用アプリの「ご入金」メニューからお支払い"):
        p.line(s, x=24, size=9.5)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 27, 0.3, GRAY))
    for i, s in enumerate(["ご注意",
                           "・お支払いが確認できるまで、カードのご利用を一時停止させていただきます。",
                           "・次回（5月27日）のお引落しは通常どおり行います。5月分のご請求額は別途ご案内いたします。",
                           "・お支払いが遅れますと、期限の利益を喪失し、残高全額を一括してご請求する場合がございます。"]):
        p.at(24, y + 6 + i * 5.5, s, size=9.2, font="sans-bold" if i == 0 else "sans")
    p.y = y + 32
    p.line("なんてんカード株式会社　カスタマーセンター　0120-000-318（9:30～17:30　年中無休）", size=9.5)
    p.line("関東財務局長(2)第00917号　日本貸金業協会会員第006803号　包括信用購入あっせん業者登録番号 関東(包)第0000号",
           size=7.6, color=GRAY)
    tr = truth(document_type="collection_notice", sender="なんてんカード株式会社", phone="0120-000-318",
               creditor="なんてんカード株式会社", status="not_applicable", debtor="鷹栖遥香", total=T, principal=Pm,
               interest=Fee, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="NT-5082-1193", input_kind="photo_jpeg", template="proxy20_card_mild_missed_debit_demand_photo",
               received=D(2026, 4, 13))
    return dict(stem="ac16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=1.3, creases=2, shadow=0.2, shadow_side="right", fill=0.84,
                          warm=0.25),
                about="collection_notice (card company, one missed debit, mild wording)",
                unusual="phone photo on wood with creases and a hand shadow: a card company's friendly 「ご入金のお願い」 in "
                        "plum that looks like ac11's harmless mail but DEMANDS: the total first in a tinted box, then the "
                        "ご利用代金 with （うち元金） / （うち分割・リボ払い手数料） indented and 遅延損害金 with a M/D window; "
                        "the deadline month-day only 「4月24日（金）」 (year from the letter date); 前回ご入金日; arrears only "
                        "(lump false, the 一括 is only threatened); the next debit 5月27日, a masked card number and "
                        "registration numbers as distractors")


LETTERS = [ac09, ac10, ac11, ac12, ac13, ac14, ac15, ac16]
