"""Proxy set 17, letters f01–f08: "an ordinary month at a consumer-debt help desk". A card company's 督促状 for the
arrears only; a real servicer's 受託のお知らせ for a bank card loan; a joint 債権譲渡通知 from a consumer lender to an
invented servicer (2 pages); a 簡裁 (ハ) 呼出状 + 訴状 (2 pages); a 支払督促 (2-page scan); a real servicer's
一括請求 after a 競売 (2-page scan); a guarantee company's 代位弁済通知 (scan); a consumer lender's 催告書 (scan)."""

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
    bars,
    era,
    late,
    leader,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
GREEN = (0.05, 0.42, 0.30)
WINE = (0.50, 0.10, 0.18)
OCHRE = (0.62, 0.42, 0.05)
SLATE = (0.22, 0.30, 0.40)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def dotd(d: D) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# f01 card company 督促状 for the ARREARS only (no acceleration): a window-envelope sheet with a 4-row 内訳 table.


def f01():
    R = 14.6
    issued, due = D(2025, 10, 20), D(2025, 11, 4)
    lastp, missed = D(2025, 8, 27), D(2025, 9, 27)
    P, I = 42_300, 5_870
    L = late(P, R, missed + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.at(196, 18, "こもれびカード", size=15, font="sans-bold", align="r", color=GREEN)
    p.at(196, 23, "KOMOREBI CARD", size=7, align="r", color=GREEN)
    stamp(p, 150, 30, "親展", color=RED, size=11)
    stamp(p, 170, 30, "重要", color=RED, size=11)
    window(p, 16, 24, "861-0000", ["熊本県玉名市つばな町九丁目9番9号", "つばなハイツ203号"], "浪岡　美咲　様", "f01bar",
           code="K25-1020-07")
    p.y = 70
    p.at(196, 68, f"発行日　{wdate(issued)}", size=9, align="r")
    p.at(196, 73, "督促状番号　CB2510-20417", size=9, align="r")
    p.y = 80
    p.title("お支払いが確認できておりません（督促状）", size=14, font="sans-bold")
    p.para(f"いつもこもれびカードをご利用いただき、ありがとうございます。{missed.month}月{missed.day}日のお引落しができず、"
           "その後もご入金が確認できておりません。下記のご延滞額を、お支払期限までに下記口座へお振込みください。")
    p.para("ご入金が確認できるまで、カードのご利用を一時停止させていただいております。期限を過ぎますと、会員規約"
           "第22条により、残りのご利用代金全額を一括してお支払いいただくことがあります。")
    p.gap(3)
    p.table([["ご延滞の内訳", "金額"], ["ご延滞元金（9月27日お引落し分）", f"{P:,}円"],
             ["ご延滞手数料（分割・リボ手数料）", f"{I:,}円"],
             ["延滞損害金（9月28日～10月20日　年14.6％）", f"{L:,}円"],
             ["ご入金いただく金額", f"{T:,}円"]],
            [118, 52], x=20, header=True, aligns="lr", size=10, row_h=8.5)
    y = p.y + 4
    p.add(Box(20, y, 170, 13, 1.0, RED))
    p.at(24, y + 8.6, "お支払期限", size=10, font="sans-bold", color=RED)
    p.at(60, y + 8.8, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.at(186, y + 8.6, "※11月3日は祝日のため翌日", size=8, align="r", color=RED)
    p.y = y + 18
    p.kv([("お振込先", "みずうみ銀行　本店営業部　普通預金　5102417"),
          ("口座名義", "カ）コモレビカード　サイケンカンリカ"),
          ("会員番号", "4980-＊＊＊＊-＊＊＊＊-3126（下4桁のみ表示）"),
          ("ご利用可能枠", "ショッピング 300,000円 ／ キャッシング 0円（ご参考）"),
          ("最終ご入金日", wdate(lastp))], x=22, label_w=30, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.3, GRAY, (0.95, 0.97, 0.95)))
    p.at(24, y + 6, "次回のご請求について（ご参考）", size=9, font="sans-bold", color=GREEN)
    p.at(24, y + 12, "11月27日（木）お引落し予定額　18,640円（本状の金額は含まれておりません）", size=9)
    p.at(24, y + 18, "本状と行き違いにお振込みいただいた場合は、何とぞご容赦ください。", size=9)
    p.y = y + 28
    p.line("お問い合わせ", size=9.5, font="sans-bold", color=GREEN)
    p.line("株式会社こもれびカード　お客様サポート課（督促担当）　担当：新垣", size=9.5)
    p.line("〒860-0000 熊本県熊本市中央区あかね浜九丁目9番9号", size=8.5)
    p.line("ナビダイヤル　0570-000-512（9:00～18:00　日曜・祝日休）", size=10.5, font="sans-bold")
    p.line("割賦販売法 包括信用購入あっせん業者登録番号 九州（包）第88号", size=7.5, color=GRAY)
    bars(p, 20, 285, 80, 3.5, "f01foot")
    tr = truth(document_type="collection_notice", sender="株式会社こもれびカード", phone="0570-000-512",
               creditor="株式会社こもれびカード", status="not_applicable", debtor="浪岡美咲", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="CB2510-20417", input_kind="pdf_text",
               template="proxy17_card_arrears_tokusoku_window", received=D(2025, 10, 22))
    return dict(stem="f01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company, arrears only)",
                unusual="a card company's 督促状 for ONE missed instalment, not accelerated (acceleration null, lump false): "
                        "window-envelope address with a mailing code, 親展 / 重要 stamps; 督促状番号 under 発行日 (western "
                        "date); a header-row table ご延滞元金 / ご延滞手数料 / 延滞損害金 (window inside the label) / ご入金"
                        "いただく金額; a red お支払期限 frame with a note that 11/3 is a holiday; a masked 会員番号, ご利用可能枠 "
                        "and the NEXT instalment 18,640円 (distractors); a ナビダイヤル; the 割賦 registration number")


# ---------------------------------------------------------------------------------------------
# f02 SMBC債権回収 (real, 第10号) 受託のお知らせ 兼 ご請求 for a bank card loan: label-above-value cells.


def f02():
    R = 14.0
    issued, due, entrusted = D(2026, 2, 9), D(2026, 2, 27), D(2026, 2, 2)
    acc, lastp = D(2025, 12, 15), D(2025, 9, 10)
    P, I = 612_540, 7_318
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=10)
    p.add(Box(0, 0, 210, 20, color=None, fill=(0.93, 0.95, 0.93)))
    p.at(16, 12, "SMBC債権回収株式会社", size=14, font="sans-bold", color=GREEN)
    p.at(16, 17, "（許可番号 法務大臣 第10号）", size=8, color=GREEN)
    p.at(196, 10, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 15.5, "ご案内番号：SM-0209-55137", size=9.5, align="r")
    p.y = 26
    p.line("〒514-0000　三重県津市あまみず町九丁目9番9号", size=10)
    p.line("須永　拓海　様", size=13.5)
    p.gap(4)
    p.title("債権回収業務受託のお知らせ　兼　ご請求書", size=14)
    p.para(f"当社は、株式会社かたくり銀行（以下「委託者」）から、お客様と委託者との間のカードローン契約に基づく債権について、"
           f"{era(entrusted)}付で管理回収業務の委託を受けました。債権者は引き続き委託者であり、当社は委託者に代わって"
           "お支払いを受領いたします。")
    p.para(f"お客様は、{era(lastp)}のご返済を最後に約定のご返済がなく、{era(acc)}をもって期限の利益を喪失されています。"
           "つきましては、下記ご請求額を期日までに一括してお振込みくださいますようお願いいたします。")
    p.gap(3)
    y = p.y
    cells = [("委託者（債権者）", "株式会社かたくり銀行", 62), ("受託日", era(entrusted), 48),
             ("ローンカード番号（委託者）", "0318-＊＊＊-7742", 60)]
    x = 16
    from samples.letters.proxydraw import cell
    for lab, val, w in cells:
        cell(p, x, y, w, 13, lab, val, vsize=10)
        x += w
    y += 13
    cells = [("極度額（ご参考）", "800,000円", 62), ("最終ご返済日", era(lastp), 48), ("期限の利益喪失日", era(acc), 60)]
    x = 16
    for lab, val, w in cells:
        cell(p, x, y, w, 13, lab, val, vsize=10)
        x += w
    y += 18
    p.y = y
    p.line(f"ご請求額の内訳（{era(issued)}現在）", size=10, font="sans-bold", color=GREEN)
    p.table([["残元本", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から 年{R}％）", f"{L:,}円"], ["ご請求額", f"{T:,}円"]],
            [120, 50], x=16, aligns="lr", size=10, row_h=8, shade_col0=True)
    p.gap(4)
    y = p.y
    p.add(Box(16, y, 170, 12, 0.9, GREEN))
    p.at(20, y + 8, "お支払期日", size=10, font="sans-bold", color=GREEN)
    p.at(52, y + 8.2, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.at(182, y + 8, "期日以降も年14.0％の遅延損害金が加算されます", size=7.5, align="r")
    p.y = y + 17
    p.kv([("お振込先", "つきみ信託銀行　本店営業部　普通預金　0209551"),
          ("口座名義", "エスエムビーシーサイケンカイシユウ（カ"),
          ("ご注意", "お振込みの際は、ご依頼人名の前にご案内番号の数字（020955137）をご入力ください。")],
         x=18, label_w=28, size=9.5)
    p.gap(3)
    p.para("ご返済が難しい場合は、お支払期日までに下記担当へご連絡ください。ご事情を伺ったうえで、委託者と協議のうえ"
           "ご返済方法をご案内いたします。委託者の窓口ではお支払いをお受けできませんのでご注意ください。", size=9.5)
    p.gap(4)
    x = 112
    for s, sz, f in (("SMBC債権回収株式会社　第二管理部", 9.5, "sans-bold"),
                     ("〒103-0000 東京都中央区かぶと橋九丁目9番9号", 8.5, "sans"),
                     ("担当　外間　（直通 03-0000-7213）", 9, "sans"),
                     ("フリーダイヤル 0120-000-710", 10.5, "sans-bold"),
                     ("受付時間　平日 9:00～17:30", 8.5, "sans")):
        p.line(s, x=x, size=sz, font=f)
    p.seal(188, p.y - 20, 13, "square", "SMBC債権回収印", angle=2, seed=17021)
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-710", creditor="株式会社かたくり銀行", status="licensed", original="株式会社かたくり銀行",
               debtor="須永拓海", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="SM-0209-55137",
               input_kind="pdf_text", template="proxy17_servicer_entrusted_bank_cardloan_cells",
               received=D(2026, 2, 12))
    return dict(stem="f02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (real servicer 受託 for a bank card loan, with a demand)",
                unusual="real servicer ★ SMBC債権回収株式会社 with 「（許可番号 法務大臣 第10号）」 in brackets under the logo "
                        "in a pale-green header band; a 受託のお知らせ 兼 ご請求書: the bank stays the 債権者 (委託者), the "
                        "受託日 2/2 is NOT an assignment (null); six label-above-value cells (委託者（債権者）, 受託日, masked "
                        "ローンカード番号, 極度額 800,000 — distractors, 最終ご返済日, 期限の利益喪失日); a table with shaded "
                        "labels 残元本 / 未収利息 / 遅延損害金 / ご請求額; お支払期日 in a green frame; the TEL 直通 of the "
                        "担当 beside the フリーダイヤル; the reference digits repeated without hyphens")


# ---------------------------------------------------------------------------------------------
# f03 joint 債権譲渡通知 (consumer lender → INVENTED servicer あさぎり債権回収, 第238号), 2 pages; informs only.


def f03():
    R = 18.0
    issued, assign = D(2025, 11, 17), D(2025, 11, 10)
    acc, lastp = D(2025, 7, 22), D(2025, 4, 25)
    P, I = 893_150, 21_406
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"{era(issued)}", align="r")
    p.gap(2)
    p.line("〒031-0000　青森県八戸市うみねこ台九丁目9番9号", size=10)
    p.line("香　取　　恵　介　殿", size=13)
    p.gap(4)
    p.title("債権譲渡及び譲受のご通知", size=15, font="serif-bold")
    y = p.y
    p.add(Box(20, y, 82, 30, 0.3))
    p.add(Box(108, y, 82, 30, 0.3))
    for x, head, lines in ((20, "譲渡人", ["東京都豊島区すずかけ通九丁目9番9号", "株式会社ほおずきファイナンス",
                                           "代表取締役　臼田　昌弘"]),
                           (108, "譲受人", ["東京都新宿区なかい坂九丁目9番9号", "あさぎり債権回収株式会社",
                                           "代表取締役　三雲　英明", "法務大臣許可　第238号"])):
        p.add(Box(x, y, 82, 6, color=None, fill=SHADE))
        p.at(x + 41, y + 4.3, head, size=9, align="c", font="serif-bold")
        for i, s in enumerate(lines):
            p.at(x + 3, y + 11 + i * 5, s, size=9 if i != 1 else 10, font="serif-bold" if i == 1 else "serif")
    p.seal(94, y + 20, 11, "round", "ほおずきファイナンス|代表/取締役", angle=-4, seed=17031)
    p.seal(182, y + 20, 11, "round", "あさぎり債権回収|代表/取締役", angle=5, seed=17032)
    p.y = y + 36
    p.para(f"拝啓　譲渡人は、貴殿に対して有する後記債権（元本、利息、損害金その他一切の付随する権利を含みます。）を、"
           f"{era(assign)}付で譲受人に譲渡いたしました。ここに譲渡人及び譲受人の連名をもってご通知申し上げます。")
    p.para("今後、本件債権のお支払い、ご相談その他のお問い合わせは、すべて譲受人（あさぎり債権回収株式会社）宛てに"
           "お願いいたします。譲渡人への振込口座は閉鎖いたしましたので、譲渡人へのお振込みはなさらないでください。")
    p.para("なお、本書は債権譲渡の事実をお知らせするものであり、譲受人から改めてお支払方法のご案内をお送りいたします。")
    p.line("敬具", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("一　原契約", "令和3年9月6日付　極度方式基本契約（キャッシング）"),
          ("二　原契約番号", "HZ-210906-4471（譲渡人のもの）"),
          ("三　譲渡日", era(assign)),
          ("四　最終弁済日", era(lastp)),
          ("五　期限の利益喪失日", era(acc)),
          ("六　譲渡債権の額", "別紙「譲渡債権の表示」のとおり")], x=26, label_w=44, size=10)
    p.line("以上", align="r")
    p.gap(4)
    p.line("【お問い合わせ先】", size=9.5, font="serif-bold")
    p.line("あさぎり債権回収株式会社　業務管理部　担当　蛭田　電話 03-0000-2381（平日9:00～18:00）", size=9.5)
    p.line("（旧）株式会社ほおずきファイナンス　お客様センター　電話 03-0000-8806（本件のお取扱いは終了しました）",
           size=8.5)
    q = Page(font="serif", size=10, top=18)
    q.line("別　紙", size=10)
    q.title("譲 渡 債 権 の 表 示", size=14, font="serif-bold")
    q.line("債務者　香取　恵介　殿", size=10)
    q.line("新お客様番号（譲受人）　AS-1117-0238", size=10)
    q.line("旧会員番号（譲渡人）　　0051-7724-19", size=9)
    q.gap(3)
    q.table([["基準日", "元本残高", "約定利息残高", "損害金残高", "債権額合計"],
             [era(assign), f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [38, 33, 33, 33, 36], x=18, header=True, aligns="crrrr", size=9.5, row_h=10, font="serif")
    q.line("（単位　円）", x=160, size=8.5)
    q.gap(3)
    for s in (f"1　元本残高は{era(assign)}現在の貸付残高です。当初の極度額は金500,000円、ご利用限度額の増額後は"
              "金1,000,000円でした。",
              "2　約定利息残高は、期限の利益喪失日までに発生した未払いの約定利息（年17.8％）です。",
              f"3　損害金残高は、元本残高に対し{era(acc + timedelta(1))}から譲渡日まで年18.0％（年365日の日割計算）の割合"
              "による遅延損害金です。",
              "4　譲渡日の翌日以降も、元本残高に対し完済の日まで同じ割合による遅延損害金が発生します。"):
        q.para(s, x0=20, x1=190, size=9.5, indent="")
    q.gap(6)
    y = q.y
    q.add(Box(18, y, 174, 34, 0.3))
    q.at(22, y + 6, "■ よくあるお問い合わせ", size=10, font="serif-bold")
    for i, s in enumerate(("Ｑ　あさぎり債権回収とはどのような会社ですか。",
                           "Ａ　債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。",
                           "Ｑ　譲渡人に支払ってしまった場合はどうなりますか。",
                           "Ａ　譲渡人から当社へ引き継がれますので、お手数ですが当社までご連絡ください。")):
        q.at(22, y + 13 + i * 5.2, s, size=9)
    tr = truth(document_type="assignment_notice", sender="あさぎり債権回収株式会社", license_number=238,
               phone="03-0000-2381", creditor="あさぎり債権回収株式会社", status="unverified",
               original="株式会社ほおずきファイナンス", debtor="香取恵介", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AS-1117-0238", input_kind="pdf_text_2page",
               template="proxy17_joint_assignment_lender_to_invented_servicer", received=D(2025, 11, 19))
    return dict(stem="f03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → invented servicer, 2 pages)",
                unusual="joint 債権譲渡及び譲受のご通知 in serif: the two parties side by side in shaded-head boxes with a "
                        "round seal each; INVENTED servicer 「あさぎり債権回収株式会社」 with 「法務大臣許可　第238号」 (no 番号; "
                        "→ unverified); 記 as numbered kv lines (一…六) with the lender's 原契約番号 (distractor); the "
                        "amounts ONLY on p.2 in a one-row table 基準日 / 元本残高 / 約定利息残高 / 損害金残高 / 債権額合計 "
                        "「（単位　円）」; 新お客様番号 (the reference) above a 旧会員番号 (distractor); 極度額 500,000 / "
                        "1,000,000 and 年17.8％ in the notes (distractors); the OLD lender's phone as a distractor; informs "
                        "only (no payment date); a Q&A box")


# ---------------------------------------------------------------------------------------------
# f04 大津簡易裁判所 (ハ) 口頭弁論期日呼出状 (p.1) + 訴状 (p.2); consumer lender as 原告.


def f04():
    R = 20.0
    issued, filed, hearing, answer = D(2026, 3, 16), D(2026, 3, 2), D(2026, 4, 22), D(2026, 4, 15)
    acc, lastp = D(2025, 9, 30), D(2025, 6, 27)
    P = 486_200
    L = late(P, R, acc + timedelta(1), filed)
    T = P + L
    case = "令和8年(ハ)第317号"
    p = Page(font="sans", size=10.5, top=16)
    p.line(f"{fw('令和8年(ハ)第317号')}　貸金請求事件", size=10.5)
    p.line("原　告　株式会社みずなぎローン", size=10)
    p.line("被　告　能登谷　瞳", size=10)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="sans-bold")
    p.line("能登谷　瞳　殿", size=12)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "同期日に出頭してください。")
    p.para("なお、訴状をお読みになったうえで、下記の期限までに答弁書を提出してください。答弁書を提出せず、期日にも出頭"
           "しないときは、原告の主張を認めたものとして、原告勝訴の判決がされることがあります。")
    p.gap(3)
    p.table([["期　　　日", f"{fw(era(hearing)[2:])}（{wd(hearing)}）午前１０時３０分"],
             ["出 頭 場 所", "大津簡易裁判所　第２号法廷（本館１階）"],
             ["答弁書提出期限", f"{fw(era(answer)[2:])}（{wd(answer)}）"]],
            [42, 124], x=22, aligns="ll", size=10.5, row_h=10, shade_col0=True)
    p.gap(4)
    p.para("※出頭の際は、この呼出状と認印をお持ちください。※分割払いなど話合いによる解決を希望される場合は、答弁書の"
           "該当欄にその旨を記載してください。", size=9.5, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　大津簡易裁判所　民事係", size=10.5)
    p.line("　　　　裁判所書記官　弓　削　　正　樹", size=10.5)
    p.seal(140, p.y - 6, 14, "square", "大津簡易裁判所書記官印", seed=17041)
    p.gap(6)
    p.line("　　〒520-0000　滋賀県大津市やまびこ通九丁目9番9号", size=9.5)
    p.line("　　電話　077-000-3170（民事係直通）　ＦＡＸ　077-000-3179", size=9.5)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 166, 20, 0.3, GRAY, (0.95, 0.95, 0.95)))
    p.at(26, y + 6, "同封書類：訴状副本、甲第１号証～甲第３号証の写し、答弁書用紙、「被告とされた方へ」", size=9)
    p.at(26, y + 12, "原告の連絡先（電話 077-000-5514 担当 神崎）は訴状に記載されています。", size=9)
    p.at(26, y + 17.5, "裁判所から電話やメールで金銭の支払を求めることはありません。", size=9)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　　状", size=16, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r")
    q.line("大津簡易裁判所　御中", size=10.5)
    q.gap(2)
    q.kv([("原　告", "〒520-0000 滋賀県大津市ひよどり町九丁目9番9号　株式会社みずなぎローン"),
          ("", "代表者代表取締役　岩佐　伸也　（担当　神崎　電話 077-000-5514　ＦＡＸ 077-000-5515）"),
          ("被　告", "〒525-0000 滋賀県草津市あしはら町九丁目9番9号　能登谷　瞳")], x=20, label_w=18, size=9.5)
    q.gap(2)
    q.line("貸金請求事件", size=10.5)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金5,000円　　予納郵券　金6,000円", size=9.5)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで"
           f"年２０％の割合による金員を支払え。", x0=22, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("（１）原告は、被告に対し、令和5年11月8日、次の約定で金600,000円を貸し付けた。"
              "　利息　年17.5％　遅延損害金　年20.0％　返済方法　令和5年12月から毎月27日限り元利金21,600円ずつ",
              f"（２）被告は、{era(lastp)}の支払を最後にその後の支払をせず、{era(acc)}の経過により期限の利益を喪失した。",
              "（３）よって、原告は被告に対し、下表の残元金及び確定遅延損害金の合計並びに残元金に対する訴え提起の日の翌日"
              "から支払済みまで約定の年20.0％の割合による遅延損害金の支払を求める。"):
        q.para(s, x0=22, size=10, indent="")
    q.gap(2)
    q.table([["項　目", "金　額", "備　考"], ["残元金", f"{P:,}", "利息は最終支払日までに充当済み"],
             ["確定遅延損害金", f"{L:,}", f"{jis(acc + timedelta(1))}～{jis(filed)}　年20.0％"],
             ["合　計", f"{T:,}", ""]],
            [40, 36, 90], x=22, header=True, aligns="lrl", size=9.5, row_h=8)
    q.line("（単位：円）", x=150, size=8.5)
    q.gap(3)
    q.line("第３　証拠方法", size=11, font="serif-bold")
    q.para("甲第１号証　金銭消費貸借契約書　甲第２号証　取引履歴　甲第３号証　催告書（控）", x0=22, size=10, indent="")
    q.gap(2)
    q.line("附属書類　１　訴状副本　１通　２　甲号証写し　各１通　３　資格証明書　１通", size=9.5)
    tr = truth(document_type="lawsuit", sender="大津簡易裁判所", phone="077-000-3170", creditor="株式会社みずなぎローン",
               status="not_applicable", debtor="能登谷瞳", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference=case, input_kind="pdf_text_2page", template="proxy17_summons_otsu_ha_lender",
               received=D(2026, 3, 18))
    return dict(stem="f04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), consumer lender, 呼出状 + 訴状)",
                unusual="大津簡裁 (ハ) 呼出状 (p.1, sans) + 訴状 (p.2, serif), digital: the case number in full-width on the "
                        "first line with 原告 / 被告 under it; 期日 / 出頭場所 / 答弁書提出期限 as a shaded-label table with "
                        "full-width dates WITHOUT the era (８年４月２２日) and weekdays; court phone （民事係直通） and FAX on "
                        "one line; a grey box with the plaintiff's phone (distractor); 訴状 dated 3/2 ≠ 呼出状 3/16; "
                        "訴訟物の価額 / 貼用印紙額 5,000 / 予納郵券 6,000 (distractors); a 項目 / 金額 / 備考 table with JIS "
                        "dates in 備考; the 600,000 loan, 年17.5％ and the instalment 21,600 as distractors; no interest")


# ---------------------------------------------------------------------------------------------
# f05 高知簡易裁判所 支払督促, card company creditor, 2-page image PDF: p.2 a numbered 項目 table.


def f05():
    R = 14.6
    issued, filed = D(2026, 1, 21), D(2026, 1, 8)
    acc, lastp = D(2025, 10, 5), D(2025, 7, 5)
    P, I = 318_760, 9_442
    C = 2_000 + 1_120 + 800
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第45号"
    p = Page(font="serif", size=11, top=18)
    p.line("令和８年（ロ）第４５号", size=11, align="r")
    p.line("立替金請求督促事件", size=11, align="r")
    p.gap(4)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=30, label_w=50, size=11)
    p.gap(4)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者が支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　高知簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　不　破　　綾　乃", size=11)
    p.seal(150, p.y - 5, 15, "square", "高知簡易裁判所書記官印", seed=17051)
    p.gap(8)
    p.line("当　事　者　目　録", size=12, font="serif-bold", align="c")
    p.gap(2)
    p.kv([("〔債権者〕", "〒780-0000　高知県高知市はりまや浜九丁目9番9号"), ("", "株式会社せせらぎカード"),
          ("", "代表者代表取締役　渥美　浩司"),
          ("", "（送達場所・連絡先）同社高知債権センター　電話 088-000-7045　ＦＡＸ 088-000-7046"),
          ("〔債務者〕", "〒781-0000　高知県南国市こまどり台九丁目9番9号"), ("", "諸　星　　健　太")],
         x=22, label_w=26, size=10.5)
    p.gap(6)
    y = p.y
    p.add(Box(22, y, 166, 34, 0.5))
    p.at(26, y + 7, "支払督促を受け取った方へ", size=11, font="serif-bold")
    for i, s in enumerate(["この支払督促に異議があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書を",
                           "この裁判所に提出してください。お問い合わせは　高知簡易裁判所　民事係　（０８８）０００－２４５１",
                           "債権者の連絡先は上記当事者目録のとおりです。裁判所は振込先を指定しません。"]):
        p.at(26, y + 15 + i * 6.3, s, size=9.8)
    p.y = 284
    p.line("これは正本である。", size=10, align="r")
    q = Page(font="serif", size=10.5, top=18)
    q.line("請求の趣旨及び原因", size=13, font="serif-bold", align="c")
    q.gap(3)
    q.line("請求の趣旨", size=11.5, font="serif-bold")
    q.table([["番号", "項　　目", "金　額（円）"], ["１", "立替金残金", f"{P:,}"], ["２", "未払分割手数料", f"{I:,}"],
             ["３", "確定遅延損害金", f"{L:,}"], ["４", "督促手続費用", f"{C:,}"], ["", "合　　計", f"{T:,}"]],
            [16, 92, 50], x=26, header=True, aligns="clr", size=10.5, row_h=8.5, font="serif")
    q.gap(2)
    q.para(f"５　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年１４．６％の割合による遅延損害金", x0=26,
           size=10.5, indent="")
    q.para(f"（注）３は、１に対する{era(acc + timedelta(1))}から{era(filed)}まで年14.6％の割合による遅延損害金。"
           "４の内訳は申立手数料2,000円、支払督促正本送達費用1,120円、支払督促申立書作成及び提出費用800円。",
           x0=26, size=9.5, indent="")
    q.gap(4)
    q.line("請求の原因", size=11.5, font="serif-bold")
    for s in ("１　債権者は、債務者との間で、令和3年6月14日、クレジットカード利用契約を締結した（利用限度額500,000円）。",
              "２　債権者は、同契約に基づき、債務者が加盟店から購入した商品代金を立替払いし、債務者はこれを分割手数料を"
              "付加して分割で支払う旨約した。遅延損害金の割合は年14.6％の約定である。",
              f"３　債務者は、{era(lastp)}の支払を最後に支払をせず、債権者は期限を定めて催告したが支払がなかったので、"
              f"債務者は{era(acc)}の経過により期限の利益を喪失した。",
              "４　債務者が支払った金額は、令和7年7月5日までの合計287,400円であり、これは請求の趣旨の金額から控除済みである。"):
        q.para(s, x0=24, size=10.5, indent="")
    q.y = 282
    q.line(f"申立日　{fw(era(filed))}", size=9.5, align="r")
    tr = truth(document_type="payment_order", sender="高知簡易裁判所", phone="088-000-2451",
               creditor="株式会社せせらぎカード", status="not_applicable", debtor="諸星健太", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference=case, input_kind="pdf_scan",
               template="proxy17_payment_order_kochi_numbered_table", received=D(2026, 1, 23))
    return dict(stem="f05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.7,
                about="payment_order (簡裁, card company, 2 pages)",
                unusual="支払督促 of a court not used before (高知簡裁) as a 2-page image-only PDF: case number and 事件名 "
                        "flush RIGHT in full-width; kv lines 当事者の表示 / 請求の趣旨及び原因 「別紙…記載のとおり」; the "
                        "当事者目録 on p.1 with bracket labels 〔債権者〕〔債務者〕 and the creditor's 送達場所 phone/FAX "
                        "(distractors); the court phone written （０８８）０００－２４５１ in full-width with brackets; p.2 a "
                        "番号 / 項目 / 金額（円） table (立替金残金, 未払分割手数料, 確定遅延損害金, 督促手続費用, 合計); "
                        "running item ５; a (注) with the window and the 3-part costs; the 500,000 limit and 287,400 paid "
                        "so far as distractors")


# ---------------------------------------------------------------------------------------------
# f06 オリックス債権回収 (real, 第11号) 一括請求 of the rest after a 競売 (長野地裁 (ケ)); 2-page image PDF.


def f06():
    R = 14.0
    issued, due = D(2025, 12, 8), D(2026, 1, 9)
    acc, lastp, assign, div = D(2024, 6, 10), D(2024, 2, 26), D(2024, 11, 29), D(2025, 11, 12)
    P = 8_416_233
    L = late(P, R, div + timedelta(1), issued)
    T = P + L
    # history of the payout (distractors): before → appropriated → after
    before_p, before_l = 26_318_648, 1_412_055
    paid_p = before_p - P
    paid_total = paid_p + before_l
    p = Page(font="sans", size=10.5, top=14)
    p.at(16, 20, "ORIX", size=18, font="sans-bold", color=OCHRE)
    p.at(44, 20, "オリックス債権回収株式会社", size=11, font="sans-bold")
    p.at(44, 25, "法務大臣許可番号　第11号", size=8.5)
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.at(196, 24, "お取引番号　OX-2411-06521", size=10, align="r")
    p.y = 34
    p.line("〒380-0000　長野県長野市みかげ橋町九丁目9番9号　みかげ荘105", size=10)
    p.line("大豆生田　誠一　様", size=13.5)
    p.gap(5)
    p.title("競売手続終了後の残債務に関するご請求", size=14.5)
    p.para(f"お客様の住宅ローン債権（原債権者　株式会社さざんか銀行）は、{era(assign)}に当社が譲り受けております。")
    p.para(f"長野地方裁判所令和6年(ケ)第88号担保不動産競売事件につきましては、{era(div)}の配当期日において当社が配当を"
           "受け、これをご債務に充当いたしました（充当の明細は別紙のとおりです）。")
    p.para("充当後もなお下記のご債務が残っておりますので、下記期限までに一括してお支払いくださいますようお願いいたします。"
           "一括でのお支払いが困難な場合は、同日までに必ずご連絡ください。ご収入に応じたご返済方法をご相談いたします。")
    p.gap(3)
    p.line(f"〔ご請求の内容〕　{era(issued)}現在", size=10.5, font="sans-bold")
    x0, x1 = 30, 180
    p.size = 10.5
    leader(p, "残　元　金（配当充当後）", f"{P:,}円", x0, x1)
    leader(p, f"遅延損害金（{era(div + timedelta(1))}～本日　年14.0％）", f"{L:,}円", x0, x1)
    p.add(Line(x0, p.y, x1, p.y, 0.4))
    p.gap(1)
    leader(p, "ご請求金額", f"{T:,}円", x0, x1, font="sans-bold")
    p.gap(3)
    y = p.y
    p.add(Box(28, y, 154, 12, 1.2))
    p.at(32, y + 8, "お支払期限", size=10.5, font="sans-bold")
    p.at(70, y + 8.2, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 17
    p.kv([("お振込先", "ひだまり銀行　日本橋支店　普通預金　1106521"), ("口座名義", "オリックスサイケンカイシュウ（カ")],
         x=30, label_w=24, size=10)
    p.gap(4)
    p.para("※残元金に対しては、完済の日まで年14.0％の割合による遅延損害金が発生いたします。"
           "※本状と行き違いにご連絡をいただいている場合はご容赦ください。", size=9, indent="")
    p.gap(5)
    for s, sz, f in (("オリックス債権回収株式会社　住宅ローン管理部", 10, "sans-bold"),
                     ("〒105-0000 東京都港区はまかぜ町九丁目9番9号", 8.5, "sans"),
                     ("電話 03-0000-1160　（受付 平日9:00～17:30）　担当 糸川", 10, "sans")):
        p.line(s, x=86, size=sz, font=f)
    p.seal(188, p.y - 14, 13, "square", "オリックス債権回収印", angle=-3, seed=17061)
    q = Page(font="sans", size=10, top=18)
    q.line("別紙", size=10)
    q.title("配当金充当明細", size=14)
    q.kv([("事件", "長野地方裁判所　令和6年(ケ)第88号　担保不動産競売事件"),
          ("配当期日", era(div)), ("売却代金", "18,600,000円"),
          ("当社への配当額", f"{paid_total:,}円")], x=24, label_w=34, size=10)
    q.gap(4)
    q.table([["項　目", "配当前残高", "充当額", "充当後残高"],
             ["元　金", f"{before_p:,}", f"{paid_p:,}", f"{P:,}"],
             ["遅延損害金（配当期日まで）", f"{before_l:,}", f"{before_l:,}", "0"],
             ["計", f"{before_p + before_l:,}", f"{paid_total:,}", f"{P:,}"]],
            [56, 38, 38, 38], x=20, header=True, aligns="lrrr", size=9.5, row_h=8.5)
    q.line("（単位：円）", x=160, size=8.5)
    q.gap(5)
    q.line("ご参考（原契約）", size=10, font="sans-bold")
    q.kv([("原債権者", "株式会社さざんか銀行　長野中央支店"), ("ご契約日", "平成26年4月18日"),
          ("当初ご融資額", "30,000,000円（35年、元利均等）"), ("最終ご入金日", era(lastp)),
          ("期限の利益喪失日", era(acc)), ("債権譲渡日", era(assign))], x=24, label_w=34, size=10)
    q.gap(4)
    q.para("充当は、配当金を遅延損害金、元金の順に充当しております。充当に関するお問い合わせは、お取引番号をお知らせの"
           "うえ担当までお電話ください。", size=9.5)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1160", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社さざんか銀行", debtor="大豆生田誠一", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="OX-2411-06521", input_kind="pdf_scan",
               template="proxy17_servicer_rest_after_auction_leaders", received=D(2025, 12, 10))
    return dict(stem="f06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, rest after 競売, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可番号　第11号」 beside a Latin logo, as a "
                        "2-page image-only PDF; お取引番号 top-right; the 譲受 date and the (ケ) case with the 配当期日 in "
                        "prose; the claim as DOTTED-LEADER lines 残元金（配当充当後） / 遅延損害金 (window from the day after "
                        "the 配当期日) / ご請求金額; framed お支払期限; p.2 別紙 配当金充当明細 with 売却代金 18,600,000 and the "
                        "配当額, a 配当前残高 / 充当額 / 充当後残高 table (history) and the original contract (平成26年, "
                        "30,000,000) — distractors apart from the dates")


# ---------------------------------------------------------------------------------------------
# f07 guarantee company 代位弁済のご通知 (bank free loan), scanned; 求償金元本 + 求償損害金.


def f07():
    R = 14.0
    issued, due, sub = D(2026, 4, 13), D(2026, 4, 30), D(2026, 3, 27)
    acc, lastp = D(2026, 2, 18), D(2025, 11, 25)
    SP, SI = 1_284_000, 13_106
    P = SP + SI
    L = late(P, R, sub + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(0, 0, 210, 7, color=None, fill=WINE))
    p.line(f"発信日　{era(issued)}", align="r", size=9.5)
    p.line("保証受付番号　KH-0413-2087", align="r", size=9.5)
    p.gap(2)
    p.line("〒320-0000　栃木県宇都宮市わかくさ坂町九丁目9番9号", size=10)
    p.line("吉良　颯太　様", size=13.5)
    p.gap(3)
    x = 120
    for s, sz, f in (("こはる保証株式会社", 12, "sans-bold"), ("求償債権管理部", 9.5, "sans"),
                     ("〒320-0000 宇都宮市ふきのとう台九丁目9番9号", 8, "sans"),
                     ("電話 0120-000-864（平日9時～17時）", 9.5, "sans")):
        p.line(s, x=x, size=sz, font=f)
    p.seal(188, p.y - 14, 12, "square", "こはる保証株式会社印", angle=3, seed=17071)
    p.gap(4)
    p.title("代位弁済のご通知及び求償金のご請求", size=14.5, color=WINE)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。")
    p.para("当社は、お客様が株式会社とちのみ銀行と締結されたフリーローン契約について、お客様からのご依頼により保証を"
           f"しておりましたが、お客様が{era(acc)}に同行に対する期限の利益を喪失されたため、保証契約に基づき、"
           f"{era(sub)}、同行に対しお客様のご債務を代位弁済いたしました。")
    p.para("これにより、当社はお客様に対し、下記の求償債権を取得いたしましたので、ご通知申し上げますとともに、下記期日"
           "までに一括してお支払いくださいますようご請求いたします。")
    p.gap(2)
    p.line("１．代位弁済の内容", size=10.5, font="sans-bold")
    p.table([["代位弁済日", era(sub), "代位弁済金", f"{P:,}円"],
             ["（内訳）", f"ローン元金 {SP:,}円", "", f"利息 {SI:,}円"]],
            [30, 55, 30, 55], x=20, aligns="llll", size=9.5, row_h=7.5, shade_col0=False)
    p.gap(3)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["求償金元本", f"{P:,}円"], [f"求償損害金（{era(sub + timedelta(1))}から年14.0％）", f"{L:,}円"],
             ["ご請求総額", f"{T:,}円"]], [110, 60], x=20, aligns="lr", size=10.5, row_h=9, shade_col0=True)
    p.gap(3)
    p.line("３．お支払期日　" + f"{era(due)}（{wd(due)}）", size=11, font="sans-bold", color=WINE)
    p.gap(1)
    p.line("４．お振込先　からすうり銀行　宇都宮西支店　普通預金　2087041　コハルホシヨウ（カ", size=10)
    p.gap(3)
    p.line("〔ご参考〕", size=9.5, font="sans-bold")
    p.kv([("ご融資日・金額", "令和4年5月20日　金1,800,000円（60回払い）"),
          ("最終ご返済日", era(lastp)),
          ("毎月のご返済額", "33,400円（ボーナス併用なし）"),
          ("保証委託契約", "令和4年5月16日締結")], x=24, label_w=34, size=9.5)
    p.gap(3)
    p.para("※求償金元本に対しては、お支払いの日まで年14.0％（年365日の日割計算）の割合による損害金が加算されます。"
           "※今後のお支払い・ご相談は当社にお願いいたします。株式会社とちのみ銀行の窓口ではお受けできません。", size=9,
           indent="")
    p.y = 284
    p.line("貸金業登録番号　関東財務局長（3）第02877号　　日本貸金業協会会員　第005318号", size=7.5, color=GRAY)
    tr = truth(document_type="acceleration_notice", sender="こはる保証株式会社", phone="0120-000-864",
               creditor="こはる保証株式会社", status="not_applicable", original="株式会社とちのみ銀行",
               debtor="吉良颯太", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="KH-0413-2087", input_kind="scan_png",
               template="proxy17_guarantor_subrogation_freeloan_scan", received=D(2026, 4, 15))
    return dict(stem="f07", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済, bank free loan)",
                unusual="a guarantee company's 代位弁済のご通知及び求償金のご請求, scanned; a wine-red band at the top; "
                        "発信日 / 保証受付番号 right-aligned; numbered headings １．…４．; a 代位弁済の内容 grid with the "
                        "bank's split ローン元金 / 利息 (history) and 代位弁済金; the claim as 求償金元本 / 求償損害金 "
                        "(window from the day after the 代位弁済日) / ご請求総額; お支払期日 as a coloured heading line; "
                        "ご融資日 / 1,800,000 / 毎月のご返済額 33,400 / 保証委託契約 as ご参考 (distractors); the "
                        "貸金業登録番号 at the foot (not a licence)")


# ---------------------------------------------------------------------------------------------
# f08 consumer lender 催告書 (一括): the four amounts as FOUR BOXES side by side, sender at the bottom right.


def f08():
    R = 20.0
    issued, due = D(2026, 5, 18), D(2026, 6, 1)
    acc, lastp = D(2026, 3, 4), D(2025, 12, 3)
    P, I = 274_900, 6_812
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.line(f"{dotd(issued)}", align="r", size=10)
    p.line("会員ID　0047-221583", align="r", size=10)
    p.gap(2)
    p.line("〒900-0000", size=10)
    p.line("沖縄県那覇市でいご通九丁目9番9号", size=10)
    p.line("安曇　里奈　様", size=13.5)
    p.gap(6)
    p.title("催　告　書", size=20, font="sans-bold")
    p.gap(1)
    p.para(f"貴殿は、当社との金銭消費貸借契約に基づくご返済を{wdate(lastp)}のご入金を最後に遅滞され、当社からの再三の"
           f"ご連絡にもかかわらずお支払いがないため、契約書第15条により{wdate(acc)}をもって期限の利益を喪失されました。")
    p.para(f"つきましては、下記の一括ご請求額を{wdate(due)}（{wd(due)}）までにお支払いください。期日までにお支払い又は"
           "ご連絡がない場合、当社は法的手続に移行いたします。なお、お勤め先へのご連絡は行っておりません。")
    p.gap(4)
    p.line(f"{wdate(issued)}現在のご債務", size=10, font="sans-bold", color=SLATE)
    y = p.y + 1
    boxes = [("ご融資残高", f"{P:,}円"), ("未払利息", f"{I:,}円"), ("延滞損害金", f"{L:,}円"), ("一括ご請求額", f"{T:,}円")]
    x = 18
    for i, (lab, val) in enumerate(boxes):
        w = 40 if i < 3 else 52
        last = i == 3
        p.add(Box(x, y, w, 20, 1.0 if last else 0.35, RED if last else SLATE, None))
        p.add(Box(x, y, w, 6.5, color=None, fill=(0.99, 0.92, 0.92) if last else (0.90, 0.92, 0.95)))
        p.at(x + w / 2, y + 4.8, lab, size=9, align="c", font="sans-bold", color=RED if last else SLATE)
        p.at(x + w - 2.5, y + 15.5, val, size=12 if last else 10.5, align="r", font="sans-bold" if last else "sans",
             color=RED if last else (0, 0, 0))
        if i < 3:
            p.at(x + w + 1.2, y + 14, "＋" if i < 2 else "＝", size=11)
        x += w + 5.5
    p.y = y + 24
    p.para(f"※延滞損害金は、ご融資残高に対し{wdate(acc + timedelta(1))}から{wdate(issued)}まで年20.0％の割合で計算"
           "しております（1年を365日とする日割計算）。", size=9, indent="")
    p.gap(3)
    p.kv([("お支払方法", "当社指定口座へのお振込み、又は提携ATMでのご入金"),
          ("お振込先", "あけもどろ銀行　久茂地支店　普通預金　7221583　ユウナギキャッシング（カ"),
          ("ご契約内容", "令和5年7月3日ご契約　ご利用限度額 300,000円　貸付利率 年17.8％"),
          ("ご返済日", "毎月3日（約定返済額 11,000円）")], x=20, label_w=28, size=9.5)
    p.gap(5)
    y = p.y
    p.add(Box(18, y, 100, 26, 0.3, GRAY, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["分割でのお支払いをご希望の方は、期日までに", "必ずお電話ください。ご返済計画を一緒に",
                           "考えます。（ご本人様からのお電話に限ります）"]):
        p.at(21, y + 7 + i * 6, s, size=9)
    x = 124
    yy = y
    for s, sz, f in (("株式会社ゆうなぎキャッシング", 11, "sans-bold"), ("債権管理センター　担当　我那覇", 9, "sans"),
                     ("〒900-0000 那覇市くもじ町九丁目9番9号", 8, "sans"), ("TEL 098-000-3315", 10.5, "sans-bold"),
                     ("受付　平日 10:00～19:00", 8, "sans"),
                     ("沖縄総合事務局長（2）第00417号", 7, "sans"), ("日本貸金業協会会員 第004921号", 7, "sans")):
        p.at(x, yy + 4, s, size=sz, font=f)
        yy += sz * 0.3528 * 1.55
    p.seal(186, y + 8, 12, "square", "ゆうなぎキャッシング印", angle=-3, seed=17081)
    tr = truth(document_type="collection_notice", sender="株式会社ゆうなぎキャッシング", phone="098-000-3315",
               creditor="株式会社ゆうなぎキャッシング", status="not_applicable", debtor="安曇里奈", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="0047-221583", input_kind="scan_png",
               template="proxy17_lender_saikoku_four_boxes", received=D(2026, 5, 20))
    return dict(stem="f08", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (consumer lender 催告書, lump sum)",
                unusual="a consumer lender's 催告書, scanned: the letter date in DOTS (2026.05.18) with 会員ID under it; "
                        "dates in the prose western (2025年12月3日); the amounts as FOUR BOXES side by side joined by ＋ and ＝ "
                        "(ご融資残高 + 未払利息 + 延滞損害金 = 一括ご請求額, the last in red); the window in a ※ note below; "
                        "ご契約内容 (限度額 300,000, 年17.8％) and 約定返済額 11,000 as distractors; the sender block at the "
                        "BOTTOM RIGHT beside a grey consultation box, with the 貸金業 registration (not a licence)")


LETTERS = [f01, f02, f03, f04, f05, f06, f07, f08]
