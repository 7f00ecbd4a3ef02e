"""Proxy set 24, letters ag01–ag08: "phone photos as frightened people take them". A card company's 督促状 shot on
a kitchen table with a thumb on the margin (ag01); a bank's 期限の利益喪失 on a futon under a lamp (ag02); a joint
債権譲渡通知 to a real servicer (ag03, digital); a real servicer's 受託 一括請求 shot on a car seat and stored sideways
(ag04); a real servicer's 和解 proposal on a kotatsu cloth (ag05); a 簡裁 支払督促 shot steeply on a futon (ag06);
a 仮執行宣言付支払督促 scanned (ag07); a 簡裁 (ハ) 呼出状 shot at night in a car (ag08)."""

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
    late,
    stamp,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
ORANGE = (0.85, 0.42, 0.05)
TEAL = (0.0, 0.38, 0.42)
DGREEN = (0.0, 0.33, 0.20)
BROWN = (0.42, 0.24, 0.10)
PLUM = (0.40, 0.12, 0.35)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# ag01 card company 督促状: two missed monthly payments, slash issue date, photo on a kitchen table with a thumb.


def ag01():
    R = 14.6
    issued, due, lastp = D(2026, 1, 16), D(2026, 1, 30), D(2025, 10, 27)
    rows = [(D(2025, 11, 26), 18_400, 6_215), (D(2025, 12, 26), 18_650, 5_965)]
    calc = [(d, pr, fe, late(pr, R, d + timedelta(1), issued)) for d, pr, fe in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 62, 13, color=None, fill=ORANGE))
    p.at(19, 20.5, "もくせいカード", size=14, font="sans-bold", color=WHITE)
    p.at(58, 20.5, "MOKUSEI", size=7.5, font="sans-bold", color=WHITE)
    stamp(p, 82, 13, "重要", color=RED, size=11)
    p.at(196, 16, f"発行日　{issued.year}/{issued.month:02d}/{issued.day:02d}", size=9.5, align="r")
    p.at(196, 21.5, "お問合せ管理番号　MK-2601-08853", size=9.5, align="r")
    p.add(Box(15, 30, 96, 36, 0.2, GRAY))
    bars(p, 19, 33, 60, 3.0, "ag01")
    p.at(19, 43, "〒263-0000", size=10)
    p.at(19, 48.5, "千葉県千葉市稲毛区こなら台九丁目9番9号", size=10)
    p.at(19, 54, "グランこなら305号", size=10)
    p.at(27, 62, "鶴巻　美和子　様", size=14)
    p.at(196, 40, "カード番号　****-****-****-2208", size=8.5, align="r")
    p.at(196, 45, "ご利用可能枠　300,000円（現在ご利用停止中）", size=8.5, align="r")
    p.y = 72
    p.title("お支払いのご案内（督促状）", size=15)
    p.para(f"いつも もくせいカードをご利用いただきありがとうございます。{rows[0][0].month}月{rows[0][0].day}日および"
           f"{rows[1][0].month}月{rows[1][0].day}日のお引落しができておりません（最終ご入金日：{wdate(lastp)}）。"
           "下記金額を、お支払期限までにお振込みくださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    head = ["お引落し予定日", "お支払元金", "分割・リボ手数料", "遅延損害金", "小計"]
    body = [[wdate(d), f"{pr:,}", f"{fe:,}", f"{lt:,}", f"{pr + fe + lt:,}"] for d, pr, fe, lt in calc]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [40, 34, 36, 32, 39], x=15, header=True, aligns="crrrr", size=9.5, row_h=8)
    p.at(196, p.y + 3.5, "（単位：円）", size=7.5, align="r")
    p.line("※遅延損害金は、お支払元金に対し年14.6％、お引落し予定日の翌日から発行日まで日割で計算しています。", x=15, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 1.0, ORANGE))
    p.add(Line(105, y, 105, y + 22, 0.4, ORANGE))
    p.at(19, y + 7, "ご請求金額", size=10, font="sans-bold", color=ORANGE)
    p.at(101, y + 17, f"¥{T:,}", size=19, font="sans-bold", align="r")
    p.at(109, y + 7, "お支払期限", size=10, font="sans-bold", color=ORANGE)
    p.at(192, y + 17, f"{wdate(due)}（{wd(due)}）", size=15, font="sans-bold", align="r", color=RED)
    p.y = y + 27
    p.line("お振込先", size=9.5, font="sans-bold")
    p.para("うぐいす台銀行 稲毛支店　普通預金 2208553　口座名義 カ）モクセイカード　※お振込人名の前にお問合せ管理番号の"
           "数字（260108853）をご入力ください。", size=9, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 26, 0.3, RED, (1.0, 0.96, 0.95)))
    p.at(19, y + 6, "このままご入金がない場合", size=10, font="sans-bold", color=RED)
    for i, s in enumerate(["・会員規約第21条により期限の利益を喪失し、ご利用残高（412,860円）全額を一括でお支払い",
                           "　いただくことになります。",
                           "・個人信用情報機関に延滞の事実が登録されます。法的手続に移行する場合がございます。"]):
        p.at(19, y + 12 + i * 4.8, s, size=8.8)
    p.y = y + 31
    p.para("本状と行き違いでお支払いいただいた場合は、ご容赦ください。", size=8.5, indent="")
    p.gap(4)
    for s, sz, f in (("株式会社もくせいカード　債権管理センター", 10, "sans-bold"),
                     ("〒260-0000 千葉県千葉市中央区くぬぎ沢九丁目9番9号", 8.5, "sans"),
                     ("TEL 0120-000-318（平日 9:30～18:00）　センター長　谷萩　純", 9, "sans")):
        p.line(s, x=100, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社もくせいカード", phone="0120-000-318",
               creditor="株式会社もくせいカード", status="not_applicable", debtor="鶴巻美和子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="MK-2601-08853", input_kind="photo_jpeg",
               template="proxy24_card_dunning_kitchen_table_thumb", received=D(2026, 1, 19))
    return dict(stem="ag01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="kitchen", fill=0.72, pitch=12, yaw=4, roll=3, creases=2, thumb="left", shadow=0.3,
                          shadow_side="right", under="window", under_side="right", lamp=0.5, dof=0.7, warm=0.3),
                about="collection_notice (card company 督促状, two missed payments)",
                unusual="phone photo on a pale kitchen table, pitched ~12°, a THUMB on the left margin, a hand shadow "
                        "on the right, the window envelope sticking out from under the letter, top end slightly out of "
                        "focus; orange brand band; slash issue date 2026/01/16 top-right; a 5-column table per missed "
                        "payment (お支払元金 / 分割・リボ手数料 → interest / 遅延損害金 / 小計) with a 合計 row and "
                        "「（単位：円）」 under it; ご請求金額 and お支払期限 side by side in one framed bar; the masked card "
                        "number, ご利用可能枠 300,000, ご利用残高 412,860 (threatened lump) and the digits-only transfer "
                        "code as distractors; arrears only (lump false)")


# ---------------------------------------------------------------------------------------------
# ag02 bank 期限の利益喪失のご通知 (car loan), horizontal serif; iPhone HEIC on a futon under a lamp, folded twice.

HK_P, HK_I, HK_R = 1_486_200, 9_874, 14.0
HK_ACC, HK_LAST = D(2026, 2, 13), D(2025, 11, 10)


def ag02():
    issued, due, warn = D(2026, 2, 20), D(2026, 3, 6), D(2026, 1, 23)
    L = late(HK_P, HK_R, HK_ACC + timedelta(1), issued)
    T = HK_P + HK_I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10.5, align="r")
    p.at(196, 24, "債権管理番号　UY-0213-5520", size=10, align="r")
    p.y = 30
    p.line("〒940-0000", size=10.5)
    p.line("新潟県長岡市ゆずりは台九丁目9番9号", size=10.5)
    p.line("袴田　紀之　殿", size=14)
    p.gap(2)
    for s, sz, f in (("株式会社うすゆき銀行", 12.5, "serif-bold"), ("長岡ローンセンター", 10.5, "serif"),
                     ("センター長　安孫子　誠", 10.5, "serif"),
                     ("〒940-0000 新潟県長岡市はしばみ町九丁目9番9号", 9, "serif"),
                     ("電話 0258-000-4410（平日9時～17時）", 9.5, "serif")):
        p.line(s, x=118, size=sz, font=f)
    p.seal(188, p.y - 18, 14, "square", "うすゆき銀行長岡ローンセンター印", angle=3, seed=24021)
    p.gap(6)
    p.title("期限の利益喪失のご通知", size=16, font="serif-bold", spaced=True)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para(f"さて、貴殿と当行との間の令和4年6月10日付マイカーローン契約（ローン口座番号 3052-118804）につきましては、"
           f"{era(HK_LAST)}のご返済を最後にその後のご返済がございません。当行は{era(warn)}付催告書により、"
           f"{era(HK_ACC)}までに延滞額をお支払いいただくよう催告いたしましたが、同日までにお支払いがありませんでした。")
    p.para(f"よって、貴殿はローン契約規定第8条第1項により、{era(HK_ACC)}の経過をもって期限の利益を喪失いたしましたので、"
           "本書をもってご通知申し上げます。")
    p.para(f"つきましては、下記ご債務の全額を{era(due)}（{wd(due)}）までに一括してお支払いくださいますようお願い"
           "申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    rows = [["残元金", f"{HK_P:,}円"], ["未収利息", f"{HK_I:,}円"],
            [f"遅延損害金（{era(HK_ACC + timedelta(1))}～{era(issued)}　年14.0％）", f"{L:,}円"],
            ["合　計", f"{T:,}円"]]
    p.table(rows, [118, 44], x=24, aligns="lr", size=10.5, row_h=8.5, shade_col0=True)
    p.gap(3)
    p.para("お振込先　うすゆき銀行 長岡駅前支店　普通預金 0413552　名義 カ）ウスユキギンコウ ナガオカローンセンター",
           size=9.5, indent="")
    p.para("※上記期限までにお支払いのない場合は、保証会社しもつけ信用保証株式会社に対し保証債務の履行を請求いたします。"
           "その後のお取引は同社からご連絡がございます。", size=9.5, indent="")
    p.para("※ご融資金額 2,200,000円、毎月のご返済額 32,600円（ご参考）", size=9.5, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="acceleration_notice", sender="株式会社うすゆき銀行", phone="0258-000-4410",
               creditor="株式会社うすゆき銀行", status="not_applicable", debtor="袴田紀之", total=T, principal=HK_P,
               interest=HK_I, late_damages=L, rate=HK_R, lump=True, issued=issued, payment_due=due,
               acceleration=HK_ACC, last_payment=HK_LAST, reference="UY-0213-5520", input_kind="photo_heic",
               template="proxy24_bank_acceleration_car_loan_futon_lamp", received=D(2026, 2, 24))
    return dict(stem="ag02", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="futon", fill=0.74, pitch=9, yaw=-7, roll=2, creases=2, half_fold=True, bow=6,
                          shadow=0.28, shadow_side="top", lamp=0.9, warm=0.45, blur=0.9),
                about="acceleration_notice (bank, car loan, horizontal serif)",
                unusual="iPhone HEIC on a striped futon under a warm lamp, the sheet folded in three AND once more down "
                        "the middle (vertical fold shading), bulging, the phone's shadow across the top; a bank's "
                        "期限の利益喪失のご通知 in serif (拝啓…敬具) with the sender block on the RIGHT under the addressee "
                        "and a square seal; the 催告書 date 令和8年1月23日 and its deadline 2月13日 (= acceleration "
                        "「の経過をもって」); ローン口座番号 and ローン契約規定第8条第1項 (numbers that are not amounts); a "
                        "shaded-label table with the damage window inside the label; the guarantee company and ご融資金額 / "
                        "毎月のご返済額 as distractors")


# ---------------------------------------------------------------------------------------------
# ag03 joint 債権譲渡及び債権譲受のご通知: consumer loan → real servicer アウロラ (第７６号 full-width); digital.


def ag03():
    R = 20.0
    issued, assign = D(2025, 12, 5), D(2025, 11, 28)
    acc, lastp = D(2025, 7, 3), D(2025, 5, 30)
    P, I = 682_115, 11_208
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 17, fw(era(issued)), size=10, align="r")
    p.y = 24
    p.line("〒183-0000", size=10)
    p.line("東京都府中市みつまた坂九丁目9番9号　コーポみつまた202", size=10)
    p.line("芥川　恵理　様", size=13.5)
    y0 = 46
    for i, (role, name, l2, l3, ph) in enumerate((
            ("譲渡人", "はるにれファイナンス株式会社", "代表取締役　麻績　弘明", "〒330-0000 さいたま市浦和区ねずもち町九丁目9番9号",
             "電話 048-000-2261"),
            ("譲受人", "アウロラ債権回収株式会社", "（法務大臣許可　第７６号）　代表取締役　鈴鹿　昌平",
             "〒105-0000 東京都港区あせび台九丁目9番9号", "管理部 電話 03-0000-7606（平日9:00～18:00）"))):
        yy = y0 + i * 22
        p.at(96, yy, f"（{role}）", size=8.5, color=GRAY)
        p.at(112, yy, name, size=11, font="sans-bold")
        p.at(112, yy + 5, l2, size=8.5)
        p.at(112, yy + 9.5, l3, size=8)
        p.at(112, yy + 14, ph, size=8)
        p.seal(189, yy + 3, 12, "round", ("はるにれファイナンス" if i == 0 else "アウロラ債権回収") + "|代表/取締役",
               angle=-5 + 9 * i, seed=24031 + i)
    p.y = 94
    p.title("債権譲渡及び債権譲受のご通知", size=15)
    p.para(f"拝啓　譲渡人はるにれファイナンス株式会社は、貴殿に対して有する下記の貸金債権（元金、利息、遅延損害金その他"
           f"付帯する一切の権利を含みます。）を、{era(assign)}付でアウロラ債権回収株式会社に譲渡いたしました。")
    p.para("つきましては、民法第467条に基づき、譲渡人及び譲受人の連名をもって本書によりご通知申し上げます。今後のお支払い"
           "及びお問い合わせは、すべて譲受人アウロラ債権回収株式会社管理部までお願いいたします。お支払方法等につきましては、"
           "後日、譲受人よりご案内いたします。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("１．債権の表示", size=10, font="sans-bold")
    rows = [["原契約", "はるにれフリーローン　ご契約日 令和2年9月14日　極度額 800,000円"],
            ["ご契約番号（譲渡人）", "HN-0914-22871"],
            ["最終ご返済日", era(lastp)],
            ["期限の利益喪失日", era(acc)],
            ["債権譲渡日", era(assign)]]
    p.table(rows, [44, 132], x=17, aligns="ll", size=9.5, row_h=7.2, shade_col0=True)
    p.gap(2)
    p.line(f"２．譲渡債権の額（{era(assign)}現在）", size=10, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年20.0％）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 36, 56, 44], x=17, header=True,
            aligns="rrrr", size=10, row_h=8)
    p.line(f"※遅延損害金は{era(acc + timedelta(1))}から譲渡日までの計算です。譲渡日の翌日以降も元金に対し年20.0％の割合で発生します。",
           x=17, size=8)
    p.gap(2)
    p.line("３．譲受人の管理番号　AR-251128-30417（お問い合わせの際にお申し出ください）", size=10, font="sans-bold")
    p.gap(4)
    p.para("※本通知は債権が譲渡されたことをお知らせするものです。本書に関して、譲受人以外の第三者から連絡があった場合は、"
           "応じることなく譲受人までお知らせください。", size=8.5, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7606", creditor="アウロラ債権回収株式会社", status="licensed",
               original="はるにれファイナンス株式会社", debtor="芥川恵理", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AR-251128-30417", input_kind="pdf_text",
               template="proxy24_joint_assignment_loan_to_aurora_right_stack", received=D(2025, 12, 8))
    return dict(stem="ag03", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, consumer loan → real servicer)",
                unusual="joint 債権譲渡及び債権譲受のご通知, digital: the two notifiers STACKED on the right under the "
                        "addressee ((譲渡人) above (譲受人)) with round seals; real servicer ★ アウロラ債権回収株式会社 "
                        "with the licence in brackets and full-width 「（法務大臣許可　第７６号）」 on the same line as its "
                        "代表取締役; full-width era letter date; a shaded-label 債権の表示 table (原契約 with 極度額 "
                        "800,000 as a distractor, ご契約番号（譲渡人）, 最終ご返済日, 喪失日, 譲渡日) and a 4-column "
                        "元金 / 利息 / 遅延損害金（年20.0％） / 合計 row as of the 譲渡日; the 管理番号 as item ３; "
                        "民法第467条; informs only (no payment date); the 譲渡人's own phone as a distractor")


# ---------------------------------------------------------------------------------------------
# ag04 real servicer SMBC債権回収 (受託) 一括請求; photo on a car seat, kraft envelope under it, stored sideways (EXIF 6).


def ag04():
    R = 18.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    acc, lastp, entr = D(2025, 12, 10), D(2025, 10, 27), D(2026, 1, 15)
    P, I = 531_044, 8_733
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=DGREEN))
    p.at(15, 6.3, "SMBC債権回収株式会社　法務大臣許可番号　第10号", size=9, font="sans-bold", color=WHITE)
    p.at(196, 17, f"{wdate(issued)}発行", size=9.5, align="r")
    p.at(196, 22.5, "お客様番号　1047-2208-556", size=9.5, align="r")
    p.y = 20
    p.line("〒812-0000", size=10)
    p.line("福岡県福岡市博多区ねこやなぎ通九丁目9番9号", size=10)
    p.line("ライオンズねこやなぎ1108", size=10)
    p.line("枡谷　隆之介　様", size=14)
    p.gap(5)
    p.title("ご 請 求 書", size=17)
    p.para(f"当社は、むくどりファイナンス株式会社（以下「委託元」といいます。）から、貴殿に対する下記債権の管理回収業務の"
           f"委託を受けました（受託日 {wdate(entr)}）。", size=10)
    p.para(f"貴殿は、委託元とのご契約について{wdate(lastp)}のご入金を最後にお支払いがなく、{wdate(acc)}に期限の利益を"
           f"喪失されています。つきましては、下記ご請求金額を{wdate(due)}（{wd(due)}）までに一括してお支払いください。",
           size=10)
    p.gap(2)
    y = p.y
    y = grid(p, 15, y, [38, 52, 38, 53], [["委託元（債権者）", "むくどりファイナンス株式会社", "ご契約番号", "MK-88130472"],
                                          ["最終ご入金日", wdate(lastp), "期限の利益喪失日", wdate(acc)]], h=8, size=9)
    p.y = y + 4
    rows = [["残元金", f"{P:,}円"], ["利息", f"{I:,}円"],
            [f"遅延損害金（{(acc + timedelta(1)).month}/{(acc + timedelta(1)).day}～{issued.month}/{issued.day}　年18.0%）",
             f"{L:,}円"]]
    p.table(rows, [120, 61], x=15, aligns="lr", size=10.5, row_h=8.5, ruled="rows")
    y = p.y
    p.add(Box(15, y, 181, 11, 0.6, DGREEN, (0.90, 0.95, 0.92)))
    p.at(19, y + 7.5, "ご請求金額（合計）", size=11.5, font="sans-bold", color=DGREEN)
    p.at(192, y + 8, f"{T:,}円", size=16, font="sans-bold", align="r")
    p.y = y + 15
    p.line(f"お支払期限　{wdate(due)}（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.gap(1)
    p.para("お振込先　あおばし銀行 本店営業部　普通預金 5520871　口座名義 エスエムビーシーサイケンカイシュウ（カ", size=9.5,
           indent="")
    p.para("※お振込みの際は、お名前の前にお客様番号（10472208556）をご入力ください。振込手数料はお客様のご負担となります。",
           size=8.8, indent="")
    p.gap(2)
    p.para("お支払いが困難な場合は、期限までに必ず下記担当までご連絡ください。ご連絡もお支払いもない場合は、委託元と協議のうえ"
           "法的手続をとらせていただくことがあります。", size=9.5)
    p.gap(4)
    for s, sz, f in (("SMBC債権回収株式会社　福岡管理センター", 10.5, "sans-bold"),
                     ("〒812-0000 福岡県福岡市博多区やぶこうじ坂九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-410（平日 9:00～18:00）　担当　蔵前", 9.5, "sans")):
        p.line(s, x=82, size=sz, font=f)
    p.seal(186, p.y - 13, 13, "square", "SMBC債権回収印", angle=2, seed=24041)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10, phone="0120-000-410",
               creditor="むくどりファイナンス株式会社", status="licensed", original="むくどりファイナンス株式会社",
               debtor="枡谷隆之介", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="1047-2208-556",
               input_kind="photo_exif_rotated", template="proxy24_servicer_entrusted_lump_car_seat_rotated",
               received=D(2026, 2, 9))
    return dict(stem="ag04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="carseat", fill=0.76, pitch=10, yaw=5, roll=2, creases=2, under="kraft", under_side="left",
                          thumb="bottom", dim=0.9, blur=1.0, warm=0.15),
                about="collection_notice (real servicer 受託, lump sum)",
                unusual="phone photo on a dark car seat stored sideways with EXIF orientation 6, a kraft 親展 envelope "
                        "under the left edge, a thumb on the bottom margin, dim light; real servicer ★ SMBC債権回収株式会社 "
                        "collecting on COMMISSION (受託, creditor = original = 委託元), its licence only in a dark-green top "
                        "BAND 「法務大臣許可番号　第10号」; western 年月日 dates; a 2×4 shaded grid (委託元（債権者） / "
                        "ご契約番号 / 最終ご入金日 / 期限の利益喪失日); rows-ruled table with the window in M/D form inside the "
                        "label; the total in a tinted bar, the due date in red below it; 受託日 and the digits-only "
                        "customer code as distractors")


# ---------------------------------------------------------------------------------------------
# ag05 real servicer オリックス債権回収 和解 proposal (元金のみ36回); photo on a kotatsu cloth with the 回答書 under it.


def ag05():
    R = 18.0
    issued, reply = D(2026, 4, 10), D(2026, 4, 30)
    acc, lastp, assign = D(2023, 8, 8), D(2023, 6, 26), D(2024, 3, 29)
    P, I = 954_300, 21_740
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n, inst, lastinst = 36, 26_500, 26_800
    assert inst * (n - 1) + lastinst == P
    first = D(2026, 5, 27)
    p = Page(font="sans", size=10, top=12)
    p.at(15, 19, "オリックス債権回収株式会社", size=13, font="sans-bold", color=TEAL)
    p.at(15, 24, "法務大臣許可番号 第11号", size=8.5, color=TEAL)
    p.at(15, 28.5, "〒530-0000 大阪市北区ひさかき坂九丁目9番9号", size=8)
    p.at(15, 32.5, "大阪債権管理部　TEL 06-0000-1107　FAX 06-0000-1108", size=8)
    p.at(15, 36.5, "担当　菰田　（受付 平日9:00～17:30）", size=8)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "管理番号：OX-24-118506", size=10, align="r")
    p.add(Box(112, 28, 84, 26, 0.2, GRAY))
    p.at(116, 34, "〒590-0000", size=9.5)
    p.at(116, 39, "大阪府堺市堺区どうだん通九丁目9番9号", size=9.5)
    p.at(122, 49, "仁井田　早紀　様", size=13.5)
    p.y = 60
    p.title("お支払方法のご提案（和解のご案内）", size=15)
    p.para(f"当社は、{era(assign)}、株式会社ささごいクレジットから貴殿に対する貸金債権を譲り受けました。貴殿は"
           f"{era(lastp)}のご入金を最後にお支払いがなく、{era(acc)}に期限の利益を喪失されています。現在のご債務は次のとおりです。",
           size=9.8)
    p.gap(1)
    p.table([["元金", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(issued)}　年18％）", f"{L:,}円"],
             ["ご債務残高合計", f"{T:,}円"]], [120, 52], x=19, aligns="lr", size=10, row_h=7.8, shade_col0=True)
    p.gap(3)
    p.para("当社では、貴殿の生活状況を踏まえ、下記の条件による分割でのお支払い（和解）をご提案いたします。", size=9.8)
    y = p.y + 1
    p.add(Box(19, y, 172, 37, 0.5, TEAL, (0.93, 0.97, 0.97)))
    for i, s in enumerate([f"①　お支払総額　元金相当額 {P:,}円（未収利息及び遅延損害金は全額免除）",
                           f"②　お支払回数　{n}回（第1回～第{n - 1}回 各{inst:,}円、第{n}回 {lastinst:,}円）",
                           f"③　初回お支払日　{era(first)}、以降毎月27日",
                           f"④　お支払いを2回分（{inst * 2:,}円）以上怠ったときは、本和解は効力を失い、免除はなかったものとします。"]):
        p.at(23, y + 7 + i * 8, s, size=9.3)
    p.y = y + 41
    y = p.y
    p.add(Box(19, y, 172, 13, 1.2))
    p.at(23, y + 8.6, "ご回答期限", size=11, font="sans-bold")
    p.at(187, y + 9, f"{era(reply)}（{wd(reply)}）必着", size=14, font="sans-bold", align="r", color=RED)
    p.y = y + 17
    p.para("ご提案に応じていただける場合は、同封の「和解条件承諾書」にご署名・ご捺印のうえ、返信用封筒にてご返送ください。"
           "ご回答がない場合は、ご債務残高合計の一括でのお支払いをお願いすることになります。", size=9.3)
    p.para("※ご提案の内容について、ご不明な点は上記担当までお電話ください。", size=8.8, indent="")
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="06-0000-1107", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社ささごいクレジット", debtor="仁井田早紀", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="OX-24-118506", input_kind="photo_jpeg",
               template="proxy24_servicer_settlement_principal_only_kotatsu", received=D(2026, 4, 13))
    return dict(stem="ag05", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", fill=0.7, pitch=6, yaw=-11, roll=2.5, creases=2, under="sheet", under_side="bottom",
                          glare=24, dof=1.0, warm=0.35, offset=(0.02, -0.03)),
                about="settlement_proposal (real servicer, principal only in 36 instalments)",
                unusual="phone photo on a dark kotatsu cloth, turned ~11° sideways (yaw), with the enclosed 承諾書 lying "
                        "under the bottom edge and a lamp glare, top end soft; real servicer ★ オリックス債権回収株式会社 "
                        "with 「法務大臣許可番号 第11号」 in the sender block TOP-LEFT (TEL and FAX on one line), addressee "
                        "window on the right; the 譲受 date, last payment and 喪失 in the opening sentence; a shaded-label "
                        "table ending in ご債務残高合計 (= total); a tinted box with the plan ①–④ (954,300 元金相当額, 36 "
                        "instalments 26,500 / 26,800, first 令和8年5月27日, the 53,000 default threshold — distractors); "
                        "heavy-framed ご回答期限 …必着 (= payment_due)")


# ---------------------------------------------------------------------------------------------
# ag06 郡山簡易裁判所 支払督促 on one page; phone photo at a steep angle on a futon, thumb on the right.


def ag06():
    R = 20.0
    issued, filed = D(2026, 3, 9), D(2026, 3, 2)
    acc, lastp = D(2025, 10, 20), D(2025, 9, 26)
    P, I, C = 412_000, 9_380, 3_810
    L = late(P, R, acc + timedelta(1), D(2026, 2, 27))
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 16, "令和８年（ロ）第２１４号", size=10.5, align="r")
    p.y = 20
    p.title("支　払　督　促", size=17, font="serif-bold")
    rows = [("債権者", "〒163-0000 東京都新宿区まゆみ坂九丁目9番9号"), ("", "株式会社しじゅうからローン"),
            ("", "代表者代表取締役　八月朔日　崇"),
            ("", "（送達場所）〒980-0000 仙台市青葉区うつぎ沢九丁目9番9号 東北債権管理センター"),
            ("", "電話 022-000-5590　FAX 022-000-5591"),
            ("債務者", "〒963-0000 福島県郡山市とちのき坂九丁目9番9号"), ("", "栗駒　敏行")]
    for lab, val in rows:
        b = p.line(lab, x=20, size=10)
        p.at(42, b, val, size=10)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.line("請求の趣旨及び原因", size=11, font="serif-bold", align="c")
    p.line("請求の趣旨", size=10.5, font="serif-bold", x=20)
    for no, lab, val in (("１", "金", f"{P:,}円（残元金）"), ("２", "金", f"{I:,}円（上記に対する約定利息）"),
                         ("３", "金", f"{L:,}円（確定遅延損害金）"), ("５", "金", f"{C:,}円（督促手続費用）")):
        if no == "５":
            p.para("４　上記１の金額に対する令和８年２月２８日から完済まで年２０％の割合による遅延損害金", x0=22, size=10,
                   indent="")
        b = p.line(f"{no}　{lab}", x=22, size=10)
        p.at(120, b, val, size=10, align="r")
    p.add(Line(22, p.y + 0.5, 178, p.y + 0.5, 0.3))
    p.gap(1.5)
    b = p.line("（１、２、３及び５の合計）", x=22, size=10)
    p.at(120, b, f"金{T:,}円", size=10.5, font="serif-bold", align="r")
    p.line("請求の原因", size=10.5, font="serif-bold", x=20)
    p.para("１　債権者は債務者との間で、令和３年４月５日、極度額５０万円、利息年１７．８％、遅延損害金年２０％とするカード"
           "ローン契約を締結し、債務者に対し金員を貸し付けた。", x0=22, size=9.8, indent="")
    p.para(f"２　債務者は{fw(era(lastp))}の支払を最後に約定の支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
           x0=22, size=9.8, indent="")
    p.para(f"３　確定遅延損害金は{fw(era(acc + timedelta(1)))}から令和８年２月２７日まで年２０％の割合によるものである。",
           x0=22, size=9.8, indent="")
    p.gap(2)
    p.line(f"{fw(era(issued))}", x=20, size=10.5)
    p.line("郡山簡易裁判所", x=20, size=11.5, font="serif-bold")
    p.line("裁判所書記官　杉渕　和彦", x=60, size=10.5)
    p.seal(160, p.y - 6, 15, "square", "郡山簡易裁判所書記官印", angle=1, seed=24061)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 21, 0.4))
    p.at(21, y + 5.5, "督促異議の申立てについて", size=9.5, font="serif-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、同封の督促異議申立書を当裁判所に提出してください。",
                           "問合せ先　郡山簡易裁判所 民事係　電話 024-000-4812（直通）",
                           f"（申立日　{fw(era(filed))}）"]):
        p.at(21, y + 10.5 + i * 4.6, s, size=9)
    tr = truth(document_type="payment_order", sender="郡山簡易裁判所", phone="024-000-4812",
               creditor="株式会社しじゅうからローン", status="not_applicable", debtor="栗駒敏行", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第214号", input_kind="photo_jpeg",
               template="proxy24_payment_order_koriyama_steep_futon", received=D(2026, 3, 11))
    return dict(stem="ag06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="futon", fill=0.8, pitch=15, yaw=3, roll=2, creases=2, crumple=0.8, thumb="right",
                          shadow=0.3, shadow_side="bottom", warm=0.2, blur=0.85),
                about="payment_order (簡裁, card-loan company creditor, one page)",
                unusual="a 支払督促 of a court not used before (郡山簡裁) photographed STEEPLY (~15° pitch, the top "
                        "edge narrower) on a futon, squeezed and unfolded, a thumb on the right margin and the hand's "
                        "shadow across the bottom; serif, full-width case number alone top-right; the parties as label "
                        "lines (creditor with a 送達場所 phone/FAX as distractors); 請求の趣旨 as numbered 金… lines with "
                        "the bracketed labels (残元金) / (約定利息) / (確定遅延損害金) / (督促手続費用) after the amounts and "
                        "the running item ４ between them; 「（１、２、３及び５の合計）」; 請求の原因 with 極度額５０万円 "
                        "and 17.8％ (distractors); 申立日 in the objection box")


# ---------------------------------------------------------------------------------------------
# ag07 姫路簡易裁判所 仮執行宣言付支払督促, real servicer アルファ creditor; 2-page scanned PDF.


def ag07():
    R = 18.0
    issued, sent, served = D(2026, 5, 15), D(2026, 4, 3), D(2026, 4, 7)
    assign, acc, lastp = D(2025, 8, 29), D(2025, 3, 4), D(2025, 1, 27)
    P, I = 286_540, 4_118
    calc_end = D(2026, 3, 24)
    L = late(P, R, acc + timedelta(1), calc_end)
    C1, C2 = 4_230, 1_212
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="sans", size=10.5, top=16)
    p.at(196, 18, "令和8年(ロ)第563号", size=10.5, align="r")
    p.y = 26
    p.title("仮執行宣言付支払督促", size=16)
    p.line("当事者の表示　別紙当事者目録記載のとおり", size=10.5)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.5)
    p.gap(3)
    p.para(f"上記当事者間の頭書事件について、当裁判所書記官は{era(sent)}に支払督促を発し、同支払督促は同月{served.day}日債務者"
           "に送達されたが、債務者は法定の期間内に督促異議の申立てをしなかった。")
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.gap(2)
    p.line("仮執行の宣言", align="c", size=11, font="sans-bold")
    p.para(f"債務者は、請求の趣旨記載の金額に督促手続費用金{C:,}円（うち仮執行宣言の手続費用{C2:,}円）を付加して、債権者に"
           "支払え。この支払督促に仮執行の宣言をする。")
    p.gap(4)
    p.line(f"{era(issued)}", x=28)
    p.line("姫路簡易裁判所", x=28, size=12, font="sans-bold")
    p.line("裁判所書記官　金成　亜矢", x=80)
    p.seal(168, p.y - 7, 15, "square", "姫路簡易裁判所書記官印", angle=-2, seed=24071)
    p.gap(6)
    y = p.y
    p.add(Box(18, y, 174, 44, 0.4, None, (0.95, 0.95, 0.95)))
    p.add(Box(18, y, 174, 44, 0.4))
    p.at(22, y + 6.5, "この書面を受け取った方へ", size=10.5, font="sans-bold")
    for i, s in enumerate(["1　この仮執行宣言付支払督促に不服がある場合は、送達を受けた日から2週間以内に、当裁判所に",
                           "　　督促異議の申立てをすることができます。",
                           "2　異議の申立てをしても、強制執行を止めるには別に執行停止の申立てが必要です。",
                           "3　不明な点は、当裁判所民事訟廷事務室（電話 079-000-3360）にお問い合わせください。",
                           "4　この書面は大切に保管してください。"]):
        p.at(22, y + 13 + i * 6, s, size=9.3)
    p.y = y + 52
    p.line("これは正本である。", x=28, size=10)
    p.line(f"{era(issued)}　姫路簡易裁判所　裁判所書記官　金成　亜矢", x=28, size=10)
    # page 2
    q = Page(font="sans", size=10, top=16)
    q.line("当事者目録", size=12, font="sans-bold", align="c")
    q.gap(2)
    for lab, val in (("債権者", "〒103-0000 東京都中央区くろもじ台九丁目9番9号"), ("", "アルファ債権回収株式会社"),
                     ("", "代表者代表取締役　比留間　徹"),
                     ("", "（送達場所）同所　電話 03-0000-1017　FAX 03-0000-1018"),
                     ("債務者", "〒670-0000 兵庫県姫路市さわぐるみ町九丁目9番9号"), ("", "椿原　由香")):
        b = q.line(lab, x=20, size=10)
        q.at(44, b, val, size=10)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=12, font="sans-bold", align="c")
    q.line("請求の趣旨", size=10.5, font="sans-bold")
    q.table([["１　元金", f"{P:,}円"], ["２　利息", f"{I:,}円"],
             [f"３　確定遅延損害金（{era(acc + timedelta(1))}から{era(calc_end)}まで　年18％）", f"{L:,}円"],
             ["４　督促手続費用（仮執行宣言の手続費用を含む）", f"{C:,}円"], ["合計", f"{T:,}円"]],
            [128, 42], x=20, aligns="lr", size=10, row_h=8, ruled="rows")
    q.para(f"５　上記１の金額に対する{era(calc_end + timedelta(1))}から完済まで年18％の割合による遅延損害金", size=10,
           indent="")
    q.gap(2)
    q.line("請求の原因", size=10.5, font="sans-bold")
    for s in ("１　株式会社いかるカード（以下「譲渡人」という。）は、債務者との間で、令和元年11月8日、カード会員契約を締結"
              "し、債務者に対し金員を貸し付けた（極度額30万円）。",
              f"２　債務者は{era(lastp)}の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　譲渡人は、{era(assign)}、本件債権を債権者に譲渡し、同年9月5日到達の内容証明郵便により債務者に通知した。"):
        q.para(s, size=10, indent="")
    q.gap(3)
    q.line(f"（支払督促申立日　{era(D(2026, 3, 27))}　仮執行宣言申立日　{era(D(2026, 4, 28))}）", size=9)
    tr = truth(document_type="payment_order_enforceable", sender="姫路簡易裁判所", phone="079-000-3360",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社いかるカード", debtor="椿原由香",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="令和8年(ロ)第563号", input_kind="pdf_scan",
               template="proxy24_enforceable_himeji_costs_in_one_line", received=D(2026, 5, 19))
    return dict(stem="ag07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.1,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="a 仮執行宣言付支払督促 of a court not used before (姫路簡裁) as a 2-page image PDF: p.1 the "
                        "支払督促 date 4/3 and its 送達 「同月7日」 in one sentence, the costs ONLY as 「督促手続費用金5,442円"
                        "（うち仮執行宣言の手続費用1,212円）」 in the prose, a grey 「この書面を受け取った方へ」 box with "
                        "the court's phone, 「これは正本である。」; p.2 当事者目録 with the creditor ★ アルファ債権回収 "
                        "(no licence printed: court paper; 送達場所 phone/FAX distractors) and 請求の趣旨 as a rows-ruled "
                        "table whose cost row already contains the 仮執行 cost; running item ５; the 譲渡 and its 通知 "
                        "到達 (9/5) in 請求の原因; 申立日 and 仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# ag08 佐世保簡易裁判所 (ハ) 呼出状 + 訴状の要旨 on one page; iPhone HEIC at night in a car (dome light).


def ag08():
    R = 14.6
    issued, hearing, answer, filed = D(2026, 5, 20), D(2026, 6, 17), D(2026, 6, 10), D(2026, 5, 8)
    acc, lastp = D(2025, 12, 26), D(2025, 10, 27)
    P = 968_400
    calc_end = D(2026, 4, 24)
    L = late(P, R, acc + timedelta(1), calc_end)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 17, "事件番号　令和8年(ハ)第389号　貸金等請求事件", size=10)
    p.at(15, 22, "原告　株式会社ひたきオートクレジット　／　被告　万代　健吾", size=10)
    p.y = 28
    p.line("〒857-0000 長崎県佐世保市かまつか坂九丁目9番9号", size=10)
    p.line("万代　健吾　様", size=13)
    p.gap(3)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を読んで、下記の期限までに答弁書を提出してください。", size=10)
    p.gap(1)
    y = p.y
    box_rows = [("口頭弁論期日", f"令和8年6月17日（{wd(hearing)}）午前10時30分"),
                ("出頭場所", "佐世保簡易裁判所　第1号法廷（2階）"),
                ("答弁書提出期限", f"令和8年6月10日（{wd(answer)}）")]
    for i, (lab, val) in enumerate(box_rows):
        p.add(Box(18, y + i * 10, 42, 10, 0.3, (0, 0, 0), SHADE))
        p.add(Box(60, y + i * 10, 132, 10, 0.3))
        p.at(21, y + i * 10 + 6.6, lab, size=10)
        p.at(64, y + i * 10 + 6.8, val, size=12 if i == 0 else 10.5, font="sans-bold" if i == 0 else "sans")
    p.y = y + 34
    p.line(f"{era(issued)}　佐世保簡易裁判所民事係　裁判所書記官　塩冶　聡子", size=9.5)
    p.line("電話 0956-00-4417（直通）　FAX 0956-00-4418", size=9.5)
    p.gap(2)
    p.add(Line(15, p.y, 196, p.y, 0.6))
    p.gap(3)
    p.line("（参考）訴状の要旨", size=11, font="sans-bold")
    p.line("請求の趣旨", size=10, font="sans-bold")
    p.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(calc_end + timedelta(1))}から支払済みまで"
           "年14.6％の割合による金員を支払え。", size=10, indent="")
    p.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", size=10, indent="")
    p.line("請求の原因", size=10, font="sans-bold")
    p.para(f"原告は、被告との間で令和5年2月18日、自動車購入代金の立替払契約（立替金額1,380,000円、60回払）を締結し、"
           f"立替払をした。被告は{era(lastp)}の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。"
           "請求額の内訳は次のとおり。", size=9.8, indent="　")
    p.table([["残元金（未払立替金）", "確定遅延損害金", "請求額合計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]],
            [64, 56, 56], x=18, header=True, aligns="rrr", size=10, row_h=8)
    p.line(f"（確定遅延損害金は{era(acc + timedelta(1))}から{era(calc_end)}まで年14.6％）　訴え提起　{era(filed)}",
           size=8.5)
    p.gap(2)
    p.para("原告代理人　株式会社ひたきオートクレジット 九州債権管理課　電話 092-000-3892（担当 羽賀）", size=8.5,
           indent="")
    tr = truth(document_type="lawsuit", sender="佐世保簡易裁判所", phone="0956-00-4417",
               creditor="株式会社ひたきオートクレジット", status="not_applicable", debtor="万代健吾", total=T,
               principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, hearing=hearing, reference="令和8年(ハ)第389号",
               input_kind="photo_heic", template="proxy24_summary_court_summons_night_car", received=D(2026, 5, 22))
    return dict(stem="ag08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="carseat", fill=0.73, pitch=7, yaw=9, roll=3, creases=2, lamp=1.0, dim=0.86, warm=0.55,
                          offset=(0.04, 0.02), thumb="left", blur=0.95),
                about="lawsuit (簡裁 (ハ), auto-credit company plaintiff, one page)",
                unusual="iPhone HEIC at night on a car seat under the warm dome light (one side dark), turned ~9° "
                        "sideways, a thumb on the left margin; 佐世保簡裁 (a court not used before) (ハ) 呼出状 with the "
                        "case number, 事件名 and both parties on two plain lines TOP-LEFT; 口頭弁論期日 / 出頭場所 / "
                        "答弁書提出期限 as a shaded-label box with weekdays; the clerk line with phone and FAX; below a "
                        "rule a 「（参考）訴状の要旨」: 請求の趣旨 「金…及びうち金…」, a prose 原因 with the 立替金額 "
                        "1,380,000 (distractor) and a 3-column 内訳 table (残元金（未払立替金） / 確定遅延損害金 / "
                        "請求額合計); 訴え提起 5/8 and the plaintiff's 092 phone as distractors")


LETTERS = [ag01, ag02, ag03, ag04, ag05, ag06, ag07, ag08]
