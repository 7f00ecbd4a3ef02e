"""Proxy set 58, letters bo09–bo16: the 潟上 case (company in 破産): an invented servicer's demand to the president as
guarantor, and a scam that read the 官報; the 礪波 case (company in 民事再生): the joint 債権譲渡通知 to the 再生債務者
with the 債権届出; the 碇谷 case: the guarantee association's 分割弁済 proposal to the president; the 帆刈 case (lease):
the 簡裁's 支払督促 against the company and its guarantor jointly and the 仮執行宣言付支払督促 against the guarantor
alone; the 網干 case (商工ローン): the 地裁支部's 呼出状 and 訴状 against the company and its guarantor; the 鞆岡 case
(promissory notes): the 執行官's 動産 差押調書 at the workshop."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

import cases as K
from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    late,
    qr,
    stamp,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
ONE = timedelta(days=1)
LEAF = (0.20, 0.45, 0.25)
SMBC = (0.0, 0.36, 0.30)
TEAL = (0.0, 0.40, 0.45)


def ew(d: D) -> str:
    return f"{era(d)}（{wd(d)}）"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# bo09 invented servicer からむし債権回収 (第246号) → the president as 連帯保証人 of a company in 破産; digital.


def bo09():
    issued, due = D(2026, 4, 20), D(2026, 5, 11)
    P, I, R = K.E_P, K.E_I, K.E_R
    L = late(P, R, K.E_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 9, 9, color=None, fill=LEAF))
    p.add(Box(17.5, 14.5, 4, 4, color=None, fill=WHITE))
    p.at(27, 19.5, "からむし債権回収株式会社", size=13, font="sans-bold", color=LEAF)
    p.at(196, 16, f"発行日 {wdate(issued)}", size=9.5, align="r")
    p.at(196, 21.5, "ご照会番号 KR-2604-1189", size=9.5, align="r")
    p.add(Line(15, 25, 196, 25, 0.5, LEAF))
    p.y = 30
    p.line("〒372-0000 群馬県伊勢崎市ぬるで坂九丁目9番9号", size=10)
    p.line("潟上　善光　様", size=14)
    p.line("連帯保証人様", size=9.5, x=22, color=GRAY)
    p.gap(5)
    p.title("保証債務のお支払いについて（ご請求）", size=15)
    p.para("突然のご連絡失礼いたします。当社は、みかも信用金庫が株式会社潟上運輸に対して有していた貸付債権を、"
           f"{wdate(K.E_ASSIGN)}付で同金庫から譲り受けました（債権譲渡のご通知は同金庫との連名で送付済みです）。")
    p.para(f"ご承知のとおり、主たる債務者である同社は、{wdate(K.E_BANKRUPT)}、前橋地方裁判所において破産手続開始の決定を"
           "受けております。当社は、同社の破産手続において、譲り受けた債権について債権届出の名義変更の手続を行って"
           "おりますが、破産財団からの配当は僅少となる見込みです。")
    p.para(f"つきましては、同社の債務を連帯保証されている貴殿に対し、下記の保証債務の全額を{wdate(due)}（{wd(due)}）"
           "までにお支払いくださいますよう、ご請求申し上げます。配当がなされた場合は、本ご請求額に充当いたします。")
    p.gap(2)
    p.line("■ 主たる債務の内容", size=10.5, font="sans-bold", color=LEAF)
    y = grid(p, 15, p.y, [34, 56, 34, 57],
             [["主たる債務者", "株式会社潟上運輸", "原債権者", "みかも信用金庫"],
              ["ご契約", "証書貸付（令和4年9月）", "債権譲受日", wdate(K.E_ASSIGN)],
              ["最終ご入金日", wdate(K.E_LAST), "期限の利益喪失日", wdate(K.E_ACC) + "（支払停止）"],
              ["破産事件", "令和8年(フ)第164号", "破産管財人", "弁護士　饗場　義隆"]], h=7.5, size=8.8)
    p.y = y + 4
    p.line(f"■ ご請求額（{wdate(issued)}現在）", size=10.5, font="sans-bold", color=LEAF)
    p.table([["保証債務元本", "利息", f"損害金（年{R:g}％）", "ご請求額計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [46, 38, 46, 51], x=15, header=True, aligns="rrrr",
            size=10.5, row_h=9)
    p.line(f"※損害金は、期限の利益喪失日の翌日（{wdate(K.E_ACC + ONE)}）から上記現在日までの日割計算です。", x=15, size=8.5)
    p.gap(3)
    p.para("お振込先　みかも信用金庫 伊勢崎東支店 普通 2461189 カラムシサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("ご一括でのお支払いが困難な場合や、「経営者保証に関するガイドライン」による保証債務の整理をご希望の場合は、"
           "お支払期限までにご連絡ください。", size=9.5, indent="")
    p.gap(5)
    y = p.y
    p.add(Line(15, y, 196, y, 0.3, GRAY))
    for i, (s, sz, f) in enumerate((("からむし債権回収株式会社　管理回収部", 10.5, "sans-bold"),
                                    ("債権管理回収業　法務大臣許可番号　第246号", 9, "sans"),
                                    ("〒103-0000 東京都中央区いろり端九丁目9番9号", 8.5, "sans"),
                                    ("お問合せ 03-0000-2461（平日 9:30～17:30）　担当 弥富", 9.5, "sans"))):
        p.at(15, y + 6 + i * 5.2, s, size=sz, font=f)
    p.seal(120, y + 12, 12, "square", "からむし債権回収印", angle=-2, seed=58091)
    tr = truth(document_type="collection_notice", sender="からむし債権回収株式会社", license_number=246,
               phone="03-0000-2461", creditor="からむし債権回収株式会社", status="unverified",
               original="みかも信用金庫", debtor="潟上善光", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=K.E_ACC, last_payment=K.E_LAST,
               assignment=K.E_ASSIGN, reference="KR-2604-1189", input_kind="pdf_text",
               template="proxy58_invented_servicer_guarantor_of_bankrupt_company", received=D(2026, 4, 22))
    return dict(stem="bo09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (invented servicer → the president as guarantor of a company in 破産)",
                unusual="INVENTED servicer 「からむし債権回収株式会社」 with 「債権管理回収業　法務大臣許可番号　第246号」 (→ "
                        "unverified) in a footer under a rule; addressed to the president 「潟上　善光　様」 with a grey "
                        "「連帯保証人様」; the company's 破産 (開始決定 date, (フ) case number, 破産管財人) and the 債権届出 "
                        "名義変更 in the prose and a shaded 2×4 grid (all distractors except the 譲受日, last payment and "
                        "喪失 「（支払停止）」); western 年月日 dates; a 4-column one-row table with the new labels "
                        "保証債務元本 / 利息 / 損害金 / ご請求額計; 経営者保証ガイドライン mentioned")


# ---------------------------------------------------------------------------------------------
# bo10 joint 債権譲渡通知 bank → SMBC債権回収 (real, 第10号) to a company in 民事再生; 2 pages, the 目録 on p.2.


def bo10():
    issued = D(2026, 2, 16)
    R = K.D_R
    loans = [("①", "証書貸付", "令和4年3月25日", 14_220_000, 26_341), ("②", "手形貸付", "令和7年6月30日", 5_000_000, 8_767)]
    rows = []
    for mark, kind, when, pr, it in loans:
        lt = late(pr, R, K.D_FILED + ONE, K.D_OPEN - ONE)
        rows.append((mark, kind, when, pr, it, lt, pr + it + lt))
    P = sum(r[3] for r in rows)
    I = sum(r[4] for r in rows)
    L = sum(r[5] for r in rows)
    T = sum(r[6] for r in rows)
    assert P + I + L == T
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 17, wdate(issued), size=10, align="r")
    p.at(196, 22.5, "譲受債権管理番号　SB-0206-4471", size=9.5, align="r")
    p.y = 22
    p.line("〒327-0000　栃木県佐野市かじか沢九丁目9番9号", size=10)
    p.line("再生債務者", size=9.5)
    p.line("株式会社礪波食品　御中", size=13.5, font="serif-bold")
    p.line("代表取締役　礪波　慎吾　様", size=10.5, x=24)
    p.gap(3)
    y = p.y
    for j, (role, lines, seal, sd) in enumerate((
            ("譲渡人", ["株式会社わたらせ銀行", "取締役頭取　釣部　直人", "〒326-0000 栃木県足利市やまぶき野九丁目9番9号"],
             "わたらせ銀行|頭取/之印", 58101),
            ("譲受人", ["SMBC債権回収株式会社", "法務大臣許可　第１０号", "代表取締役　舫田　洋平",
                        "〒135-0000 東京都江東区はぎの坂九丁目9番9号", "電話 03-0000-1010（北関東グループ）"],
             "SMBC債権回収|代表/取締役", 58102))):
        yy = y + j * 30
        p.at(100, yy + 4, f"（{role}）", size=9, color=GRAY)
        for i, s in enumerate(lines):
            p.at(118, yy + 4 + i * 4.8, s, size=10.5 if i == 0 else 8.8, font="serif-bold" if i == 0 else "serif")
        p.seal(190, yy + 4, 10, "round", seal, angle=-4 + 8 * j, seed=sd)
    p.y = y + 58
    p.title("債権譲渡及び譲受のご通知", size=15.5, font="serif-bold")
    p.para(f"譲渡人株式会社わたらせ銀行は、貴社に対して有する別紙債権目録記載の債権（再生債権）を、{wdate(K.D_ASSIGN)}付で"
           "譲受人SMBC債権回収株式会社に譲渡いたしましたので、連名をもってご通知申し上げます。", size=10)
    p.para(f"貴社は、{wdate(K.D_FILED)}、宇都宮地方裁判所に再生手続開始の申立てをされ（令和7年(再)第9号）、同月27日に"
           "再生手続開始の決定を受けておられます。上記債権は、譲渡人が令和7年12月26日に再生債権として届出をしたもので"
           "あり、譲受人は、今後、届出名義の変更の届出を行います。", size=10)
    p.para("再生計画に基づく弁済は、認可決定の確定後、譲受人の指定する口座にお支払いいただくことになります。再生計画の定め"
           "によらない個別のお支払いを求めるものではありません。本書は債権譲渡のご通知であり、ご請求書ではありません。", size=10)
    p.gap(1)
    p.line("記", align="c", size=10.5)
    p.kv([("ご融資の内容", "証書貸付 1口・手形貸付 1口（明細は別紙債権目録のとおり）"),
          ("最終ご返済日", wdate(K.D_LAST)),
          ("期限の利益喪失日", f"{wdate(K.D_FILED)}（再生手続開始の申立てによる）"),
          ("譲渡債権の額", f"合計 {T:,}円（内訳は別紙）"),
          ("監督委員", "弁護士　久下　真理（ご参考）")], x=22, label_w=38, size=9.8)
    p.gap(2)
    p.para("ご不明な点は、譲受人SMBC債権回収株式会社（電話 03-0000-1010）までお問い合わせください。", size=9.5, indent="")
    p.line("以上", align="r", size=10)
    q = Page(font="serif", size=10.5, top=18)
    q.line("別紙", size=10)
    q.title("債　権　目　録", size=15, font="serif-bold")
    q.line(f"（金額は、再生手続開始決定日の前日である{wdate(K.D_OPEN - ONE)}現在の届出債権額）", size=9.5, align="c")
    q.gap(3)
    head = ["番号", "貸付の種類", "貸付日", "元金", "利息", "損害金", "計"]
    body = [[m, k, w, f"{pr:,}", f"{it:,}", f"{lt:,}", f"{sub:,}"] for m, k, w, pr, it, lt, sub in rows]
    body.append(["", "合　計", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    q.table([head] + body, [12, 24, 32, 30, 22, 22, 32], x=13, header=True, aligns="cllrrrr", size=9.5, row_h=9)
    q.line("（単位：円）", x=170, size=8.5)
    q.gap(3)
    for s in (f"１　損害金は、各元金に対し{wdate(K.D_FILED + ONE)}から{wdate(K.D_OPEN - ONE)}まで、年{R:g}％（年365日の日割"
              "計算）の割合により計算したものです。",
              "２　再生手続開始決定日以降の損害金は、再生債権として届け出られておりますが、上記の額には含めておりません。",
              "３　上記各債権には、連帯保証人（礪波慎吾様）に対する保証債権を含みます。",
              f"４　当初ご融資額　①20,000,000円（令和4年3月25日）　②5,000,000円（令和7年6月30日、満期{wdate(D(2025, 12, 30))}）"):
        q.para(s, x0=16, x1=194, size=9.5, indent="")
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-1010", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社わたらせ銀行",
               debtor="株式会社礪波食品", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False,
               issued=issued, payment_due=None, acceleration=K.D_FILED, last_payment=K.D_LAST, assignment=K.D_ASSIGN,
               reference="SB-0206-4471", input_kind="pdf_text_2page",
               template="proxy58_joint_assignment_rehabilitation_debtor_schedule", received=D(2026, 2, 18))
    return dict(stem="bo10", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, bank → real servicer, to a company in 民事再生, 2 pages)",
                unusual="joint 債権譲渡及び譲受のご通知 in serif to 「再生債務者　株式会社礪波食品　御中」 (debtor = the company); "
                        "the two notifier blocks STACKED on the right under the addressee with round seals (譲受人 ★ "
                        "SMBC債権回収株式会社 with full-width 「法務大臣許可　第１０号」); the 再生手続 (申立日 = 喪失, "
                        "開始決定, (再) case number), the bank's 債権届出 and the 届出名義の変更 in the prose; 「ご請求書では"
                        "ありません」 (payment_due null, lump false); p.2 a 債権目録 of two loans (証書貸付 / 手形貸付) with a "
                        "合計 row as of the day before the 開始決定; 当初ご融資額, the 手形貸付 満期 and the 監督委員 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# bo11 the guarantee association's 分割弁済 proposal to the PRESIDENT after the machines were sold; iPhone HEIC.


def bo11():
    issued, reply = D(2026, 6, 26), D(2026, 7, 17)
    S, R = K.A_S, K.A_GR
    Ldue = late(S, R, K.A_SUBRO + ONE, K.A_SALE)
    to_p = K.A_SALE_AMT - Ldue
    P = S - to_p
    L = late(P, R, K.A_SALE + ONE, issued)
    T = P + L
    assert Ldue + to_p == K.A_SALE_AMT
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "東毛信用保証協会", size=12.5, font="sans-bold", color=NAVY)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, f"求償番号 {K.A_GREF}", size=10, align="r")
    p.y = 28
    p.line("群馬県太田市やまゆり坂九丁目9番9号", size=10)
    p.line("碇谷　正憲　様", size=14)
    p.gap(4)
    p.title("求償債務のお支払方法についてのご提案", size=15)
    p.para("先日は当協会までお越しいただき、ありがとうございました。面談の際にお伺いしたご事情を踏まえ、株式会社碇谷精工の"
           "求償債務の連帯保証人である貴殿のお支払方法について、下記のとおりご提案いたします。")
    p.para(f"なお、{era(K.A_SALE)}に同社の工作機械の売却代金 {K.A_SALE_AMT:,}円をお支払いいただき、損害金 {Ldue:,}円及び"
           f"求償元金 {to_p:,}円に充当いたしました。")
    p.gap(1)
    p.line(f"１．現在の求償債務残高（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["求償元金残高", f"{P:,}円"], [f"未払損害金（{era(K.A_SALE + ONE)}～　年{R:g}％）", f"{L:,}円"],
             ["残高合計", f"{T:,}円"]], [110, 50], x=24, aligns="lr", size=10.5, row_h=8, shade_col0=True)
    p.gap(3)
    p.line("２．ご提案の内容", size=10.5, font="sans-bold")
    for s in ("(1) 令和8年8月から、毎月末日限り、金60,000円ずつお支払いいただく（口座振替）。",
              "(2) 上記のお支払いを継続いただく間、損害金の新たな発生分については、年3％に減免いたします。",
              "(3) 「経営者保証に関するガイドライン」に基づく保証債務の整理（一定の資産を残したうえでの弁済と残額の免除）を"
              "ご希望の場合は、別途ご相談に応じます。",
              "(4) ご自宅の売却をされる場合は、売却代金から上記残高に充当させていただきます。"):
        p.para(s, x0=24, x1=192, size=9.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 172, 13, 1.0, NAVY))
    p.add(Box(20, y, 38, 13, color=None, fill=NAVY))
    p.at(39, y + 8.5, "ご回答期限", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(64, y + 8.8, f"{era(reply)}（{wd(reply)}）", size=13, font="sans-bold")
    p.at(188, y + 8.5, "同封の回答書にて", size=9, align="r")
    p.y = y + 17
    p.para("ご回答がない場合は、連帯保証人様に対する法的手続（訴訟の提起等）を検討させていただくことになりますので、"
           "ご了承ください。", size=9.5, indent="")
    p.gap(5)
    for s, sz, f in (("東毛信用保証協会　管理部　回収第二課", 10.5, "sans-bold"), ("〒371-0000 群馬県前橋市からっかぜ通九丁目9番9号", 8.5, "sans"),
                     ("電話 027-000-2281（直通）　担当 葭葉", 9.5, "sans")):
        p.line(s, x=90, size=sz, font=f)
    p.seal(188, p.y - 11, 12, "square", "東毛信用保証協会之印", angle=3, seed=58111)
    tr = truth(document_type="settlement_proposal", sender="東毛信用保証協会", phone="027-000-2281",
               creditor="東毛信用保証協会", status="not_applicable", original=None, debtor="碇谷正憲", total=T,
               principal=P, interest=None, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               reference=K.A_GREF, input_kind="photo_heic",
               template="proxy58_guarantee_association_instalment_proposal_guarantor_heic", received=D(2026, 6, 29))
    return dict(stem="bo11", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.5, creases=2, glare=18, fill=0.86, warm=0.25),
                about="settlement_proposal (信用保証協会 → the president as guarantor, after the machines were sold)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; the association's proposal to the "
                        "president: the sale of the machines 1,850,000 and its 充当 (損害金 / 求償元金) in the prose "
                        "(distractors); a shaded-label 3-row table with the new labels 求償元金残高 / 未払損害金 / 残高合計; "
                        "(1)–(4) conditions (60,000 a month, damages cut to 年3％, the 経営者保証ガイドライン, the house) as "
                        "distractors; a navy-tabbed ご回答期限 (= payment_due); the bank not named (original null)")


# ---------------------------------------------------------------------------------------------
# bo12 桐生簡易裁判所 支払督促 against the COMPANY and its GUARANTOR jointly (連帯して); running damages only; scan.


def bo12():
    issued = K.B_ORDER
    P, C, R = K.B_P, K.B_C1, K.B_R
    T = P + C
    p = Page(font="serif", size=10, top=12)
    p.at(196, 16, fw("令和8年（ロ）第58号"), size=10.5, align="r")
    p.y = 18
    p.title("支払督促", size=17, font="serif-bold", spaced=True)
    p.kv([("債　権　者", "〒376-0000 群馬県桐生市すげ笠町九丁目9番9号"), ("", "きりうリース株式会社"),
          ("", "代表者代表取締役　艫居　隆之"),
          ("", "（送達場所）同所 債権管理課　電話 0277-00-6621"),
          ("債　務　者", "〒376-0000 群馬県桐生市絹糸町九丁目9番9号"), ("", "有限会社帆刈印刷"), ("", "代表者代表取締役　帆刈　卓郎"),
          ("債　務　者", "〒376-0000 群馬県桐生市桑の実台九丁目9番9号"), ("", "帆刈　卓郎")], x=20, label_w=28, size=9.8)
    p.gap(2)
    p.para("債務者らは、債権者に対し、連帯して、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者らがこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    x0 = 26
    for lab, val in (("１　金", f"{P:,}円"), ("", ""), ("３　金", f"{C:,}円")):
        if not lab:
            p.para(f"２　上記１の金額に対する{era(K.B_CANCEL + ONE)}から支払済みまで年{R:g}％の割合による遅延損害金", x0=x0,
                   x1=190, size=10, indent="")
            continue
        note = "（未払リース料及び規定損害金の残額）" if lab.startswith("１") else "（督促手続費用）"
        b = p.line(lab, x=x0, size=10.5)
        p.at(x0 + 60, b, val, size=10.5, align="r")
        p.at(x0 + 64, b, note, size=10)
    p.line(f"（上記１及び３の合計　金{T:,}円）", x=x0 + 8, size=10.5)
    p.para("（注）督促手続費用の内訳　申立手数料 " + f"{K.B_C1_PARTS[0]:,}円、送達費用 {K.B_C1_PARTS[1]:,}円、"
           f"書類作成及び提出費用 {K.B_C1_PARTS[2]:,}円、資格証明手数料 {K.B_C1_PARTS[3]:,}円", x0=x0, x1=190, size=9,
           indent="")
    assert sum(K.B_C1_PARTS) == C
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in (f"１　債権者は、令和4年4月1日、債務者有限会社帆刈印刷との間で、オフセット印刷機一式のリース契約（月額リース料"
              f"{K.B_MON:,}円、84回払い）を締結し、債務者帆刈卓郎は、同日、同債務者の債務を連帯保証した。",
              f"２　債務者有限会社帆刈印刷は、{era(K.B_LAST)}の支払を最後にリース料の支払を怠ったため、債権者は、"
              f"{era(K.B_CANCEL)}、同契約を解除した（未払リース料{K.B_UNPAID:,}円、規定損害金{K.B_KITEI:,}円）。",
              f"３　債権者は、{era(K.B_SOLD)}、引き揚げたリース物件を{K.B_SOLD_AMT:,}円で売却し、これを規定損害金に充当した。"):
        p.para(s, x0=20, x1=192, size=9.3, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　桐生簡易裁判所　裁判所書記官　荻路　　美和", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "桐生簡易裁判所書記官印", angle=0, seed=58121)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.4))
    for i, s in enumerate(["（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議の申立てをしてください。",
                           "債務者ごとに期間を計算します。異議がないと、仮執行の宣言がされ、強制執行を受けることがあります。",
                           "問合せ先　桐生簡易裁判所　督促係　電話 0277-00-2258"]):
        p.at(18, y + 6.5 + i * 6, s, size=8.8)
    p.y = y + 26
    p.line(f"申立日　{fw(era(K.B_FILED))}　　　これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender="桐生簡易裁判所", phone="0277-00-2258",
               creditor="きりうリース株式会社", status="not_applicable", original=None, debtor="有限会社帆刈印刷",
               total=T, principal=P, interest=None, late_damages=None, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=K.B_CANCEL, last_payment=K.B_LAST, reference=K.B_CASE,
               input_kind="scan_png", template="proxy58_payment_order_company_and_guarantor_jointly",
               received=D(2026, 4, 11))
    return dict(stem="bo12", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, lease company vs the company AND its guarantor, jointly)",
                unusual="a 支払督促 of a court not used before (桐生簡裁) on one scanned page against TWO 債務者 (the "
                        "company, with its 代表者代表取締役, and the president himself as 連帯保証人): 「債務者らは…連帯して…支払え」 "
                        "(debtor = the first 債務者, the company); 請求の趣旨 as numbered 金… lines with the item in "
                        "brackets after the amount; NO fixed damages, only the running item ２ (late_damages null); the "
                        "1 + 3 total in a bracketed line; the 4-part cost breakdown in a (注); 請求の原因 with 月額リース料, "
                        "84回, the 未払リース料 / 規定損害金 before the sale and the 売却 1,350,000 (distractors); the "
                        "creditor's 送達場所 phone (distractor)")


# ---------------------------------------------------------------------------------------------
# bo13 the 仮執行宣言付支払督促 of the same case against the GUARANTOR alone (the company objected); 2-page image PDF.


def bo13():
    issued = D(2026, 5, 13)
    P, C1, C2, R = K.B_P, K.B_C1, K.B_C2, K.B_R
    C = C1 + C2
    T = P + C
    p = Page(font="serif", size=11, top=20)
    p.line(f"事件番号　{fw('令和8年（ロ）第58号')}", size=10.5)
    p.line("事 件 名　リース料等請求督促事件", size=10.5)
    p.gap(8)
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.gap(1)
    p.kv([("債　権　者", "きりうリース株式会社"), ("債　務　者", "帆刈　卓郎")], x=40, label_w=30, size=11)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para(f"上記は{fw(era(K.B_ORDER))}付け支払督促の内容であるが、この支払督促は{fw(era(K.B_SERVED))}債務者に送達され、"
           "債務者はその送達の日から２週間以内に督促異議の申立てをしなかった。")
    p.para("よって、債権者の申立てにより、上記支払督促に手続費用額を付加して、仮執行の宣言をする。")
    p.para("（なお、共同債務者有限会社帆刈印刷については、令和８年４月２０日に督促異議の申立てがあり、前橋地方裁判所桐生支部の"
           "通常訴訟に移行した。）", size=10)
    p.gap(6)
    p.line(f"　　　{fw(era(issued))}", size=11)
    p.line("　　　桐生簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　荻路　　美和", size=11)
    p.seal(160, p.y - 6, 15, "square", "桐生簡易裁判所書記官印", angle=0, seed=58131)
    p.gap(10)
    y = p.y
    p.add(Box(22, y, 166, 46, 0.6))
    p.add(Box(22, y, 166, 9, color=None, fill=SHADE))
    p.at(105, y + 6.3, "仮執行宣言付支払督促を受け取った方へ", size=11, font="serif-bold", align="c")
    for i, s in enumerate(["１　送達を受けた日から２週間以内に、督促異議を申し立てることができます。",
                           "２　督促異議を申し立てても、強制執行は当然には止まりません（執行停止の申立てが必要です）。",
                           "３　督促異議の申立てがないときは、確定判決と同一の効力を有します。",
                           "４　桐生簡易裁判所　督促係　電話 0277-00-2258"]):
        p.at(26, y + 16 + i * 7.0, s, size=10)
    p.y = 282
    p.line("これは正本である。　同日同庁　裁判所書記官　荻路　美和", size=9.5, align="r")
    q = Page(font="serif", size=10.5, top=18)
    q.line("（別紙）", size=10)
    q.line("請求の趣旨", size=13, font="serif-bold", align="c")
    q.gap(2)
    rows = [["", "内　訳", "金　額"], ["１", "元金（未払リース料及び規定損害金の残額）", f"{P:,}円"],
            ["２", "督促手続費用", f"{C1:,}円"], ["３", "仮執行宣言の手続費用", f"{C2:,}円"], ["", "合　計", f"{T:,}円"]]
    q.table(rows, [14, 110, 44], x=21, header=True, aligns="clr", size=10.5, row_h=8.5)
    q.gap(2)
    q.para(f"４　上記１の金額に対する{fw(era(K.B_CANCEL + ONE))}から支払済みまで年１４．６％の割合による遅延損害金", x0=21,
           x1=190, size=10, indent="")
    q.gap(5)
    q.line("請求の原因", size=13, font="serif-bold", align="c")
    for s in (f"１　債権者は、令和4年4月1日、有限会社帆刈印刷に対し、印刷機械一式をリースした（月額{K.B_MON:,}円）。債務者"
              "は、同日、同社の債務を連帯保証した。",
              f"２　同社は{era(K.B_LAST)}の支払を最後にリース料の支払を怠り、債権者は{era(K.B_CANCEL)}同契約を解除した。",
              f"３　債権者は、引き揚げた物件の売却代金{K.B_SOLD_AMT:,}円を規定損害金に充当した。"):
        q.para(s, x0=20, x1=192, size=10, indent="")
    q.y = 282
    q.line(f"仮執行宣言申立日　{fw(era(D(2026, 4, 30)))}", size=9.5, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="桐生簡易裁判所", phone="0277-00-2258",
               creditor="きりうリース株式会社", status="not_applicable", debtor="帆刈卓郎", total=T, principal=P,
               interest=None, late_damages=None, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=K.B_CANCEL, last_payment=K.B_LAST, reference=K.B_CASE, input_kind="pdf_scan",
               template="proxy58_enforceable_guarantor_only_company_objected", received=D(2026, 5, 16))
    return dict(stem="bo13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as bo12, against the GUARANTOR alone)",
                unusual="the 仮執行宣言付支払督促 of bo12's case as a 2-page image PDF, issued against the GUARANTOR ONLY "
                        "(debtor = 帆刈卓郎): a bracketed paragraph says the company filed a 督促異議 on ４月２０日 and went to "
                        "the 地裁支部 (distractor); the 支払督促 date 4/8 and its 送達 4/11 in one sentence, no cost amount "
                        "in the prose; p.2 請求の趣旨 as a ruled 内訳/金額 table with TWO cost rows (督促手続費用 / 仮執行宣言の"
                        "手続費用 → costs = sum) and 合計, the running damages as item ４ (late_damages null); full-width "
                        "era dates; 仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# bo14 前橋地方裁判所桐生支部 (ワ) 呼出状 to the GUARANTOR + the 訴状 against the company and the guarantor jointly.


def bo14():
    issued, sued, hearing, answer = D(2026, 6, 3), D(2026, 5, 18), D(2026, 7, 9), D(2026, 7, 2)
    P, I, R = K.C_P, K.C_I, K.C_R
    L = late(P, R, K.C_ACC + ONE, sued)
    T = P + I + L
    case = "令和8年(ワ)第37号"
    p = Page(font="serif", size=11, top=16)
    p.table([["事件番号", fw("令和8年（ワ）第37号") + "　貸金等請求事件"], ["原　　告", "株式会社あかぎねキャピタル"],
             ["被　　告", "株式会社網干内装　外１名"]], [30, 110], x=56, aligns="ll", size=10, row_h=7.5)
    p.gap(6)
    p.title("口頭弁論期日呼出及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　湧井　清治　殿", size=12.5, x=22)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたから、"
           "出頭してください。また、答弁書を下記の期限までに提出してください。")
    p.gap(1)
    p.line("記", align="c")
    y = p.y
    rows = [("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１５分"), ("場　所", "前橋地方裁判所桐生支部　第１号法廷"),
            ("答弁書の提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        yy = y + i * 10
        p.add(Box(24, yy, 42, 10, 0.3, (0, 0, 0), SHADE))
        p.add(Box(66, yy, 120, 10, 0.3))
        p.at(26, yy + 6.6, a, size=10.5)
        p.at(69, yy + 6.8, b, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 36
    for s in ("１　同封の訴状副本のとおり、原告は、被告株式会社網干内装及び被告湧井清治に対し、連帯して支払うことを求めています。",
              "２　期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとして、原告の請求どおりの判決がされることが"
              "あります。",
              "３　この呼出状に関するお問い合わせは、事件番号をお知らせのうえ、下記へお願いします。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(5)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　前橋地方裁判所桐生支部　裁判所書記官　泉水　　恵子", size=11)
    p.seal(168, p.y - 5, 14, "square", "前橋地方裁判所桐生支部書記官印", angle=0, seed=58141)
    p.gap(6)
    p.line("〒376-0000　群馬県桐生市こぶし坂九丁目9番9号", size=9.5, x=22)
    p.line("前橋地方裁判所桐生支部　民事係　電話 0277-00-2219　FAX 0277-00-2210", size=9.5, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(era(sued), align="r", size=10.5)
    q.line("前橋地方裁判所桐生支部　御中", size=10.5)
    q.line("原告代表者代表取締役　錨木　宗一", size=10.5, align="r")
    q.gap(2)
    q.kv([("原　告", "〒371-0000 群馬県前橋市八潮台九丁目9番9号　株式会社あかぎねキャピタル"),
          ("", "（送達場所）桐生営業所　電話 0277-00-8150　担当 滝花"),
          ("被　告", "〒379-0000 群馬県みどり市つげの台九丁目9番9号　株式会社網干内装"),
          ("", "上記代表者代表取締役　網干　剛"),
          ("被　告", "〒376-0000 群馬県桐生市まゆだま坂九丁目9番9号　湧井　清治")], x=18, label_w=18, size=9.6)
    q.gap(2)
    q.line(f"貸金等請求事件　訴訟物の価額 {P:,}円　貼用印紙額 23,000円", size=9.6, x=18)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告らは、原告に対し、連帯して、金{T:,}円及びうち金{P:,}円に対する{era(sued + ONE)}から支払済みまで"
           f"年{R:g}パーセントの割合による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告らの負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　原告は、令和6年8月20日、被告株式会社網干内装（以下「被告会社」）に対し、金5,000,000円を、利息年15パーセント、"
              "遅延損害金年21.9パーセントの約定で貸し付けた。",
              "２　被告湧井清治は、同日、原告に対し、被告会社の原告に対する債務を極度額8,000,000円の範囲で連帯保証した。",
              f"３　被告会社は、{era(K.C_LAST)}の支払を最後に返済をせず、{era(K.C_ACC)}の約定返済日の経過により期限の利益を"
              "喪失した。",
              "４　よって、原告は、被告らに対し、連帯して、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.table([["貸金残元金", f"{P:,}円"], ["未払利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{era(K.C_ACC + ONE)}から{era(sued)}まで）", f"{L:,}円"], ["計", f"{T:,}円"]],
            [118, 42], x=26, aligns="lr", size=9.8, row_h=7.5)
    q.gap(3)
    q.line("証拠方法　甲第1号証　金銭消費貸借契約証書　甲第2号証　連帯保証契約書", size=9.6, x=22)
    tr = truth(document_type="lawsuit", sender="前橋地方裁判所桐生支部", phone="0277-00-2219",
               creditor="株式会社あかぎねキャピタル", status="not_applicable", original=None, debtor="湧井清治", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=K.C_ACC, last_payment=K.C_LAST, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy58_district_branch_summons_guarantor_joint_complaint",
               received=D(2026, 6, 5))
    return dict(stem="bo14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), 商工ローン vs the company and its guarantor, 2 pages)",
                unusual="a 地裁 BRANCH (前橋地裁桐生支部) 口頭弁論期日呼出及び答弁書催告状 addressed to 「被告　湧井　清治　殿」 "
                        "(debtor = the guarantor; the case grid top-right says 「株式会社網干内装　外１名」); 期日 / 場所 / "
                        "答弁書の提出期限 as shaded-label boxes with full-width era dates and 午後１時１５分; court TEL and "
                        "FAX on one line; p.2 the 訴状: 「被告らは…連帯して、金…及びうち金…」, 訴訟物の価額 and 貼用印紙額 "
                        "23,000円 (not costs), the plaintiff's 送達場所 phone, 5,000,000 loan, 年15％ and 極度額 "
                        "8,000,000 (distractors), a 4-row table 貸金残元金 / 未払利息 / 遅延損害金 / 計")


# ---------------------------------------------------------------------------------------------
# bo15 宇都宮地方裁判所足利支部 執行官: 動産 差押調書（謄本） at the workshop, on a 手形判決; scanned page (other).


def bo15():
    issued = D(2026, 6, 17)
    lates = K.g_late(issued)
    L = sum(lates)
    C = 38_400
    T = K.G_P + L + C
    p = Page(font="serif", size=10.5, top=14)
    p.line("謄　本", size=11, font="serif-bold", align="r")
    p.line(fw("令和8年（執イ）第112号"), size=10.5)
    p.title("差　押　調　書（動産）", size=16, font="serif-bold")
    p.kv([("債　権　者", "株式会社くわのみ商事"), ("債　務　者", "株式会社鞆岡木工所（代表者代表取締役　鞆岡　篤）"),
          ("債務名義", "宇都宮地方裁判所足利支部令和8年（手ワ）第3号　仮執行宣言付手形判決"),
          ("執行の日時", f"{fw(era(issued))}（{wd(issued)}）午前１０時０５分から午前１１時２０分まで"),
          ("執行の場所", "栃木県足利市たがね町九丁目9番9号　債務者工場"),
          ("立会人", "債務者代表者　鞆岡　篤")], x=18, label_w=30, size=10)
    p.gap(2)
    p.line("請求金額", size=10.5, font="serif-bold")
    x0, x1 = 28, 150
    for lab, val in (("元金（手形金）", f"{K.G_P:,}円"), (f"損害金（各満期日から執行の日まで年{K.G_R:g}分）", f"{L:,}円"),
                     ("執行費用", f"{C:,}円"), ("合　計", f"{T:,}円")):
        if lab.startswith("合"):
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
            p.gap(0.8)
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, val, size=10, align="r")
    p.gap(2)
    p.line("差押物件目録", size=10.5, font="serif-bold")
    p.table([["番号", "品　目", "数量", "評価額（円）"], ["１", "パネルソー（YP-3200型）", "１台", "450,000"],
             ["２", "自動一面かんな盤", "１台", "280,000"], ["３", "桧 板材（工場内東側置場）", "約３㎥", "120,000"],
             ["４", "事務用パーソナルコンピュータ", "２台", "30,000"]],
            [16, 96, 22, 38], x=18, header=True, aligns="clcr", size=9.5, row_h=7)
    p.gap(2)
    for s in ("１　上記の物件を差し押さえ、いずれも債務者に保管させ、封印票及び公示書を貼付した。",
              "２　差押物の売却期日は、令和８年７月１日午前１０時、執行の場所において実施する予定である。",
              "３　執行の際、債務者代表者から、手形金の分割払の申出があったが、債権者の同意は得られなかった。",
              "４　差押物を処分し、又は封印等を損壊した者は、刑法により処罰されることがある。"):
        p.para(s, x0=18, x1=192, size=9.5, indent="")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　宇都宮地方裁判所足利支部　執行官　撫佐　信之", size=10.5)
    p.seal(150, p.y - 5, 13, "square", "足利支部執行官印", angle=0, seed=58151)
    p.gap(3)
    p.line("これは謄本である。　執行官室　電話 0284-00-2246（平日 8:30～17:00）", size=9.5, x=18)
    tr = truth(document_type="other", sender="宇都宮地方裁判所足利支部", phone="0284-00-2246",
               creditor="株式会社くわのみ商事", status="not_applicable", original=None, debtor="株式会社鞆岡木工所",
               total=T, principal=K.G_P, interest=None, late_damages=L, costs=C, rate=K.G_R, lump=False, issued=issued,
               payment_due=None, hearing=None, reference="令和8年(執イ)第112号", input_kind="scan_png",
               template="proxy58_bailiff_movables_seizure_record_workshop", received=D(2026, 6, 19))
    return dict(stem="bo15", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="other (執行官's 動産 差押調書（謄本） at the debtor company's workshop)",
                unusual="a court 執行官's 差押調書（動産） 謄本, scanned: full-width (執イ) case number; a kv header (債権者, "
                        "債務者 the company with its 代表者, 債務名義 = a (手ワ) 手形判決, 執行の日時 with weekday and two "
                        "clock times, 場所, 立会人); 請求金額 as label lines (元金（手形金） / 損害金 年6分 / 執行費用 → costs "
                        "/ 合計); a 差押物件目録 with 評価額 per item (all distractors) and the 売却期日 ７月１日 (not a "
                        "payment date, not a hearing); claims nothing new (lump false); 執行官室 phone")


# ---------------------------------------------------------------------------------------------
# bo16 SCAM: a 「保証債務免除」 offer to the guarantor of a company in 破産 (from the 官報), fake servicer licence.


def bo16():
    issued, due = D(2026, 5, 1), D(2026, 5, 8)
    T = 286_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 11, "親展", color=RED, size=12)
    stamp(p, 36, 11, "最終通知", color=RED, size=12, fill=RED)
    p.at(196, 15, "令和8年5月1日", size=10, align="r")
    p.at(196, 20.5, f"受付番号　{fw('77-0512')}", size=10, align="r")
    p.y = 28
    p.line("群馬県伊勢崎市ぬるで坂九丁目9番9号", size=10.5)
    p.line("潟上　善光　様", size=14.5)
    p.gap(5)
    p.line("経営者保証債務の免除手続に関するご案内", size=16, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("官報（令和8年3月）に掲載された株式会社潟上運輸様の破産手続開始の公告を拝見し、ご連絡申し上げました。貴殿は同社の"
           "連帯保証人として、金融機関等に対し多額の保証債務（推定1,200万円超）を負っておられます。")
    p.para("当センターは、法務大臣の許可を受けた債権管理回収業者として、「経営者保証に関するガイドライン」に基づき、保証債務の"
           "全額免除を債権者と一括して交渉する特別手続を代行しております。本手続の申請には、下記の申請保証金が必要です。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 32, 1.2, RED))
    p.at(27, y + 9, "免除申請保証金", size=12, font="sans-bold")
    p.at(183, y + 10, f"￥{T:,}", size=19, font="sans-bold", align="r", color=RED)
    p.add(Line(27, y + 14, 183, y + 14, 0.3, RED))
    p.at(27, y + 22, "お振込期限", size=12, font="sans-bold")
    p.at(183, y + 23, f"5月8日（{wd(due)}）午後5時まで", size=15, font="sans-bold", align="r", color=RED)
    p.at(27, y + 29, "※期限後は免除の対象外となり、ご自宅の差押えが開始されます", size=8.8, color=RED)
    p.y = y + 37
    p.para("お振込先　みどりの丘銀行 上野駅前支店 普通 5120077 名義 サカキバラ　ツヨシ（当センター手続担当）", size=10,
           indent="")
    p.para("※保証金は、免除決定後に全額返還いたします。※破産管財人・弁護士への連絡は手続の妨げとなりますので、"
           "お控えください。", size=9.5, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(58, y, 138, 34, 0.5))
    p.at(63, y + 8, "株式会社中小企業保証債務整理センター", size=12.5, font="sans-bold")
    p.at(63, y + 14, "債権管理回収業　法務大臣許可番号　第252号", size=9.5)
    p.at(63, y + 20, "東京都千代田区永田町（中小企業会館内）　免除審査部", size=9)
    p.at(63, y + 27, "専用ダイヤル　080-0000-6174（担当　瀞井）", size=11, font="sans-bold")
    p.at(63, y + 31.5, "受付　毎日 9:00～22:00", size=8)
    p.seal(33, y + 16, 16, "round", "保証債務整理|センター/之印", angle=-6, seed=58161)
    qr(p, 15, y + 38, 18, "bo16qr")
    p.at(36, y + 48, "← スマートフォンから申請状況を確認できます", size=8.5)
    tr = truth(document_type="other", sender="株式会社中小企業保証債務整理センター", license_number=252,
               phone="080-0000-6174", creditor=None, status="not_licensed", original=None, debtor="潟上善光", total=T,
               lump=False, issued=issued, payment_due=due, reference="77-0512", is_scam=True, input_kind="photo_jpeg",
               template="proxy58_scam_guarantor_release_fee_after_bankruptcy_gazette", received=None)
    return dict(stem="bo16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.0, creases=2, fill=0.82, glare=16, warm=0.3),
                about="other (scam: 保証債務免除 fee offered to the guarantor of a bankrupt company)",
                unusual="架空請求 photographed on tatami: a letter to the president of the bankrupt company (bo09's "
                        "guarantor) that read the 官報 破産公告 and offers a 「全額免除」 under the 経営者保証ガイドライン "
                        "for a 免除申請保証金 ￥286,000 paid to a PERSONAL account; 親展 and a filled red 最終通知 stamp; "
                        "「推定1,200万円超」 (vague, not an amount field); a FAKE 「債権管理回収業　法務大臣許可番号　"
                        "第252号」 (→ not_licensed); an address without a number; a 080 専用ダイヤル open every day until "
                        "22:00; a one-week deadline without a year; 「破産管財人・弁護士への連絡は…お控えください」; a QR; "
                        "full-width 受付番号 ７７－０５１２; no creditor named")


LETTERS = [bo09, bo10, bo11, bo12, bo13, bo14, bo15, bo16]
