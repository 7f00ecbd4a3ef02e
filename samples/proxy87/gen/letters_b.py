"""Proxy set 87, letters cr09–cr16: a 地裁 (ワ) 呼出状 + 訴状 of a bank card loan (cr09), the 扇田 card debt from the
card company's arrears letter (cr11) to the real servicer's 分割和解 proposal by fax (cr10), a creditor's law office
letter (cr12), the invented servicer's 縦書き 内容証明 催告書 (cr13), a fake-servicer scam letter (cr14), the real servicer
that bought the 鵜飼野 信用金庫 loan writing by fax (cr15) and the bank's first arrears letter of the 庵原 housing loan
(cr16). Household constants come from letters_a.py."""

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
    grid,
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_a import (
    IH_LAST,
    IH_LOAN_AMT,
    IH_ROWS,
    SD_ACC,
    SD_ASSIGN,
    UK_ACC,
    UK_ASSIGN,
    UK_I,
    UK_LAST,
    UK_P,
    UK_R,
    kyen,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(days=1)
KASHIWA = (0.15, 0.38, 0.20)
SSRG = (0.55, 0.15, 0.45)
ALPHA = (0.10, 0.20, 0.55)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# cr09 長野地方裁判所 (ワ) 呼出状 + 訴状: a bank's card loan; 2 digital pages.

NG_CASE = "令和8年(ワ)第389号"


def cr09():
    R = 14.6
    issued, sued, hearing, answer = D(2026, 8, 7), D(2026, 7, 24), D(2026, 9, 16), D(2026, 9, 9)
    acc, lastp = D(2026, 3, 5), D(2025, 12, 26)
    P, I = 1_732_000, 24_118
    L = late(P, R, acc + ONE, sued)
    T = P + I + L
    p = Page(font="serif", size=11, top=18)
    p.line(f"{fw('令和8年（ワ）第389号')}　貸金請求事件", size=10.5)
    p.line("原告　株式会社ゆうづき銀行", size=10.5)
    p.line("被告　宇田津　恵", size=10.5)
    p.gap(6)
    p.title("口頭弁論期日呼出及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("被告　宇田津　恵　殿", size=12, x=22)
    p.gap(1)
    b = p.line("", size=10.5)
    p.at(176, b, f"{fw(era(issued))}", size=10.5, align="r")
    b = p.line("", size=10.5)
    p.at(176, b, "長野地方裁判所民事部　裁判所書記官　新垣田　悟", size=10.5, align="r")
    p.seal(186, b - 2, 12, "square", "長野地方裁判所書記官印", seed=87091)
    p.gap(3)
    p.para("原告から訴状が提出されました。この事件の口頭弁論期日が下記のとおり指定されましたので、同期日に出頭してください。"
           "また、訴状を送達しますので、下記の期限までに答弁書を提出してください。")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 34, 0.6))
    for i, (a, b) in enumerate((("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時３０分"),
                                ("場　　所", "長野地方裁判所　第３号法廷（本館３階）"),
                                ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        p.at(29, y + 9 + i * 10, a, size=11, font="serif-bold")
        p.at(72, y + 9 + i * 10, b, size=11.5)
        if i:
            p.add(Line(24, y + 2.6 + i * 10, 186, y + 2.6 + i * 10, 0.2))
    p.y = y + 40
    p.line("（注意）", size=10.5, font="serif-bold")
    for s in ("１　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決が言い渡されることがあります。",
              "２　出頭の際は、この呼出状と認印を持参してください。",
              "３　原告訴訟代理人の連絡先は訴状に記載されています。裁判所では分割払いの交渉はできません。",
              "４　郵便切手（予納郵券）等の費用は原告が予納しています。"):
        p.para(s, x0=24, x1=188, size=9.8, indent="")
    p.gap(4)
    p.line("〒380-0000　長野県長野市あまね坂一丁目9番2号", size=9.5, x=24)
    p.line("長野地方裁判所民事部　受付係　電話 026-000-2389（直通）", size=9.5, x=24)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(fw(era(sued)), align="r", size=10.5)
    q.line("長野地方裁判所　御中", size=10.5)
    q.line("原告訴訟代理人弁護士　祖堅　英明", size=10.5, align="r")
    q.gap(2)
    q.kv([("原　告", "〒380-0000 長野県長野市かなた通三丁目1番1号　株式会社ゆうづき銀行"),
          ("", "代表者代表取締役　妹尾谷　敬三"),
          ("原告訴訟代理人", "〒380-0000 長野市しおり通2番4号 祖堅法律事務所　電話 026-000-5571"),
          ("被　告", "〒381-0000 長野県長野市しじま台七丁目3番12号　宇田津　恵")], x=20, label_w=32, size=9.5)
    q.gap(2)
    q.line(f"貸金請求事件　訴訟物の価額　金{P:,}円　貼用印紙額　金14,000円", size=9.5, x=20)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + ONE)}から支払済みまで年14.6％の割合による"
           "金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=190, size=10, indent="")
    q.para("との判決並びに仮執行宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　原告は、令和3年11月22日、被告との間で、極度額200万円、利率年14.0％、遅延損害金年14.6％とするカードローン"
              "契約（以下「本件契約」という。）を締結し、被告に対し、同契約に基づき金員を貸し付けた。",
              f"２　被告は、{era(lastp)}の返済を最後に約定の返済を怠ったため、本件契約の定めにより{era(acc)}の経過をもって期限の"
              "利益を喪失した。",
              "３　よって、原告は被告に対し、本件契約に基づき、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.table([["貸付残元金", f"{P:,}円"], [f"利息（{era(acc)}まで）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + ONE)}から{era(sued)}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [120, 40], x=26, aligns="lr", size=9.8, row_h=7.2)
    q.gap(3)
    q.line("証拠方法　甲第１号証　カードローン契約書　　甲第２号証　取引履歴", size=9.5, x=22)
    q.line("附属書類　訴状副本１通　甲号証写し各２通　資格証明書１通　訴訟委任状１通", size=9.5, x=22)
    tr = truth(document_type="lawsuit", sender="長野地方裁判所", phone="026-000-2389", creditor="株式会社ゆうづき銀行",
               status="not_applicable", debtor="宇田津恵", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference=NG_CASE, input_kind="pdf_text_2page", template="proxy87_district_court_summons_bank_cardloan",
               received=D(2026, 8, 10))
    return dict(stem="cr09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), bank card loan, 2 pages)",
                unusual="長野地裁 口頭弁論期日呼出及び答弁書催告状 (p.1) + 訴状 (p.2), digital: the case number with 原告 / 被告 "
                        "in the top-left header lines; the clerk's date and name right-aligned ABOVE the body; a framed box "
                        "期日 / 場所 / 答弁書提出期限 with full-width era dates, weekdays and 午後１時３０分; the plaintiff a bank "
                        "(not_applicable) with its LAWYER's phone in the 訴状 (distractor); 訴訟物の価額 1,732,000 (= 元金 only, "
                        "not the total) and 貼用印紙額 14,000 as distractors; 3-row claim table + 合計")


# ---------------------------------------------------------------------------------------------
# cr10 アルファ債権回収: 分割和解のご提案 for the 扇田 card debt; 2-page fax (proposal + 申込書).


def cr10():
    R = 14.6
    issued, reply = D(2026, 2, 24), D(2026, 3, 13)
    P, I = 347_538, 6_904
    L = late(P, R, SD_ACC + ONE, issued)
    T = P + I + L
    W = P + I
    first, rest, n = 10_042, 9_840, 36
    assert first + rest * (n - 1) == W
    p = Page(font="sans", size=10, top=14)
    p.at(15, 16, f"送信日　{fw(era(issued))}", size=9)
    p.at(196, 16, "送信枚数　２枚（本紙を含む）", size=9, align="r")
    p.add(Line(15, 18.5, 196, 18.5, 0.3))
    p.y = 22
    p.line("扇田　直人　様", size=13)
    p.line("（お客様番号　AL-0226-71935）", size=9.5)
    for i, s in enumerate(["アルファ債権回収株式会社", "法務大臣許可番号　第１０１号", "管理部　和解担当　浜比嘉",
                           "TEL 03-0000-1011　FAX 03-0000-1012"]):
        p.at(196, 27 + i * 5, s, size=11 if i == 0 else 9, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 50
    p.title("ご返済方法（分割和解）のご提案", size=14.5)
    p.para(f"先日はお電話にてご連絡をいただき、ありがとうございました。当社が{fw(era(SD_ASSIGN))}にささらぎカード株式会社より"
           "譲り受けました貴殿のカードご利用代金債権につき、お申出のありました分割でのお支払いについて、下記のとおりご提案いた"
           "します。")
    p.gap(1)
    p.line("１．現在のご債務額", size=10.5, font="sans-bold")
    p.table([["残元金", "未払利息", "遅延損害金", "ご債務額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [42, 40, 42, 50], x=20, header=True, aligns="rrrr",
            size=10, row_h=8)
    p.line(f"（{fw(era(issued))}現在。遅延損害金は残元金に対し{fw(era(SD_ACC + ONE))}から年14.6％で計算）", x=20, size=8.5)
    p.gap(2)
    p.line("２．和解条件（ご提案）", size=10.5, font="sans-bold")
    p.kv([("和解金額", f"{W:,}円（遅延損害金 {L:,}円 を全額免除いたします）"),
          ("お支払回数", f"{n}回（毎月27日払い）"),
          ("初回お支払額", f"{first:,}円（{jis(D(2026, 3, 27))}）"),
          ("2回目以降", f"毎月 {rest:,}円 × {n - 1}回（最終回 {jis(D(2029, 2, 27))}）")], x=24, label_w=34, size=9.8)
    p.para(f"※お支払いを2回分（{rest * 2:,}円）以上怠った場合は、和解は失効し、免除した遅延損害金を含めてご請求いたします。",
           x0=24, size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 176, 14, 1.0))
    p.at(25, y + 9, "ご回答期限", size=11.5, font="sans-bold")
    p.at(62, y + 9.3, f"{fw(era(reply))}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.y = y + 18
    p.para("ご了承いただける場合は、2枚目の「和解契約申込書」にご署名のうえ、上記期限までにFAXまたはご郵送にてご返送ください。"
           "期限までにご回答がない場合は、本提案はなかったものとさせていただき、ご債務額合計の一括でのお支払いをお願いすることに"
           "なります。", size=9.5)
    p.gap(1)
    p.para("お振込先（和解成立後）　とわだ銀行 本店 普通 1019352 アルフアサイケンカイシユウ（カ", size=9.3, indent="")
    q = Page(font="sans", size=10, top=16)
    q.title("和解契約申込書", size=15)
    q.line("アルファ債権回収株式会社　御中", size=10.5)
    q.gap(2)
    q.para("私は、貴社からの令和８年２月２４日付ご提案の内容を承諾し、下記条件による和解を申し込みます。", size=10)
    q.gap(2)
    grid(q, 20, q.y, [40, 130], [["お客様番号", "AL-0226-71935"], ["和解金額", f"{W:,}円"],
                                  ["お支払方法", f"{n}回分割（初回 {first:,}円、以降 毎月 {rest:,}円）"],
                                  ["初回お支払日", jis(D(2026, 3, 27))], ["最終回お支払日", jis(D(2029, 2, 27))]],
         h=9, size=10)
    q.y += 5 * 9 + 8
    for s in ("ご署名日　令和　　年　　月　　日", "ご住所", "ご氏名　　　　　　　　　　　　　　　　　　　　　印",
              "日中のご連絡先"):
        q.line(s, x=24, size=10.5)
        q.add(Line(24, q.y - 1, 190, q.y - 1, 0.2, GRAY))
        q.gap(4)
    q.gap(4)
    q.para(f"ご返送先　FAX 03-0000-1012　（ご回答期限 {jis(reply)}）", size=10, indent="")
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1011", creditor="アルファ債権回収株式会社", status="licensed",
               original="ささらぎカード株式会社", debtor="扇田直人", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, assignment=SD_ASSIGN, reference="AL-0226-71935",
               input_kind="fax_tiff", template="proxy87_real_servicer_settlement_36_fax", received=issued)
    return dict(stem="cr10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 ALPHA SERVICER 03-0000-1012",
                about="settlement_proposal (real servicer, 36 instalments, 2-page fax)",
                unusual="2-page G4 fax; real servicer ★ アルファ債権回収株式会社 with 「法務大臣許可番号　第１０１号」 in "
                        "full-width in the right-hand sender lines; 送信日 / 送信枚数 strip; a one-row 4-column table 残元金 / "
                        "未払利息 / 遅延損害金 / ご債務額合計; the 和解金額 354,442 (= total minus the waived damages), "
                        "10,042 + 9,840 × 35, JIS dates R8.03.27 / R11.02.27 and the 2-instalment threshold as distractors; "
                        "boxed ご回答期限 with 必着 (= payment_due); p.2 a 和解契約申込書 grid; no 喪失 date and no last payment")


# ---------------------------------------------------------------------------------------------
# cr11 ささらぎカード arrears letter (two missed instalments); photo stored sideways (EXIF 6).


def cr11():
    R = 14.6
    issued, due = D(2025, 7, 22), D(2025, 8, 5)
    rows = [(D(2025, 5, 27), 8_412, 3_588), (D(2025, 6, 27), 8_530, 3_470)]
    calc = [(d, pr, it, late(pr, R, d + ONE, issued)) for d, pr, it in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=SSRG))
    p.at(15, 6.4, "SASARAGI CARD", size=10, font="sans-bold", color=WHITE)
    p.at(196, 6.4, "大切なお知らせ", size=9, font="sans-bold", color=WHITE, align="r")
    p.y = 16
    p.line("〒862-0000　熊本県熊本市中央区しおり通八丁目2番5-303号", size=9.5)
    p.line("扇田　直人　様", size=13.5, x=24)
    p.at(196, 18, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 23, "お問合せ番号　SG-5519-0722", size=9.5, align="r")
    p.at(196, 28, "会員番号　4980-****-****-2207", size=8.5, align="r", color=GRAY)
    p.y = 38
    p.title("ご請求額お支払いのお願い", size=15, color=SSRG)
    p.para("いつもささらぎカードをご利用いただき、ありがとうございます。")
    p.para("さて、お客様のカードご利用代金につきまして、下記のとおりお支払いが確認できておりません。お手数ですが、下記の合計額"
           "を下記期日までにお振込みくださいますようお願いいたします。")
    p.gap(2)
    head = ["お支払予定日", "元金充当分", "手数料", "遅延損害金", "小計"]
    body = [[era(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for d, pr, it, lt in calc]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [40, 34, 30, 34, 36], x=18, header=True, aligns="crrrr", size=9.8, row_h=8)
    p.line("（単位：円）　※遅延損害金は各回の元金充当分に対し年14.6％、お支払予定日の翌日から本状作成日までの日割計算", x=18,
           size=8)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 20, 0.8, SSRG))
    p.add(Box(18, y, 50, 20, color=None, fill=(0.95, 0.90, 0.95)))
    p.at(43, y + 9, "お振込期日", size=11.5, font="sans-bold", align="c", color=SSRG)
    p.at(43, y + 15, "（この日までに着金）", size=7.5, align="c")
    p.at(74, y + 12.5, f"{due.month}月{due.day}日（{wd(due)}）", size=16, font="sans-bold")
    p.at(188, y + 8, "お振込金額", size=8.5, align="r")
    p.at(188, y + 15.5, f"{T:,}円", size=15, font="sans-bold", align="r")
    p.y = y + 25
    p.line("■お振込先", size=10, font="sans-bold")
    p.para("とわだ銀行　熊本中央支店　普通預金　5519072　ササラギカード（カ　※お振込人名の前にお問合せ番号の数字をご入力ください。",
           size=9.3, indent="　")
    p.line("■ご利用状況（ご参考）", size=10, font="sans-bold")
    p.para("ご利用可能枠 500,000円　ご利用残高 356,480円（うちキャッシング 120,000円）　お支払方法 リボルビング払い（毎月27日）",
           size=9.3, indent="　")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 24, 0.3, RED, (1.0, 0.97, 0.97)))
    for i, s in enumerate(["ご注意", "・このままお支払いがない場合、カードのご利用を停止させていただきます。",
                           "・さらに延滞が続きますと、会員規約により期限の利益を喪失し、ご利用残高の全額を一括してご請求することと",
                           "　なります。個人信用情報機関への登録が行われる場合があります。"]):
        p.at(22, y + 6 + i * 5, s, size=10 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans",
             color=RED if i == 0 else (0, 0, 0))
    p.y = y + 28
    p.para("ささらぎカード株式会社　債権管理センター　〒860-0000 熊本県熊本市中央区はやせ町1丁目1番1号", size=9, indent="")
    p.para("お問合せ　0570-000-318（受付時間 9:00～17:00 日祝休）　貸金業登録番号 九州財務局長(3)第00417号", size=9, indent="")
    p.para("※本状と行き違いでお振込みいただいた場合は、ご容赦ください。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="ささらぎカード株式会社", phone="0570-000-318",
               creditor="ささらぎカード株式会社", status="not_applicable", debtor="扇田直人", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               reference="SG-5519-0722", input_kind="photo_exif_rotated",
               template="proxy87_card_arrears_two_instalments_rotated", received=D(2025, 7, 24))
    return dict(stem="cr11", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.04, tilt=1.6, creases=2, shadow=0.2, shadow_side="right",
                          fill=0.85, warm=0.25),
                about="collection_notice (card company arrears, two instalments)",
                unusual="phone photo on tatami stored sideways (EXIF 6); purple header band with the Latin brand "
                        "「SASARAGI CARD」; a 5-column instalment table 元金充当分 / 手数料 / 遅延損害金 / 小計 with bare "
                        "numbers under 「（単位：円）」 and a 合計 row; the due date WITHOUT a year 「8月5日（火）」 in a "
                        "split box; arrears only (lump false, acceleration only threatened); masked 会員番号, ご利用可能枠 "
                        "500,000, ご利用残高 356,480 and the 貸金業登録番号 as distractors; no last payment printed")


# ---------------------------------------------------------------------------------------------
# cr12 creditor's law office: ご通知（催告書） for a shopping-credit company; digital.


def cr12():
    R = 14.6
    issued, due = D(2026, 6, 15), D(2026, 6, 29)
    acc, lastp = D(2026, 2, 2), D(2025, 11, 27)
    P, I = 296_700, 4_980
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=20)
    p.at(196, 22, era(issued), size=10.5, align="r")
    p.at(196, 28, "当事務所管理番号　HG26-0318", size=9.5, align="r")
    p.y = 30
    p.line("〒600-0000", size=10)
    p.line("京都市下京区かえでの丘町四丁目12番地", size=10)
    p.line("六反田　沙織　殿", size=13)
    p.gap(2)
    for i, s in enumerate(["〒604-0000 京都市中京区銀杏の辻通二丁目3番地 久米田ビル5階", "八尋・郷原法律事務所",
                           "株式会社あまねクレジット代理人", "弁護士　八　尋　　亮　介", "弁護士　郷　原　　千　景",
                           "電話 075-000-8431　FAX 075-000-8432"]):
        p.at(196, 54 + i * 5.5, s, size=10.5 if i == 1 else 9.5, font="serif-bold" if i == 1 else "serif", align="r")
    p.seal(192, 73, 9, "maru", "八尋", seed=87121)
    p.y = 92
    p.title("ご　通　知", size=17, font="serif-bold")
    p.para("冠省　当職らは、株式会社あまねクレジット（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおりご通知"
           "いたします。")
    p.para(f"貴殿は、通知人との間で締結した個品割賦購入あっせん契約（令和5年9月3日付、商品代金 金420,000円、36回払い）に基づく"
           f"分割金の支払いを{era(lastp)}を最後に怠り、{era(acc)}の経過により期限の利益を喪失しております。")
    p.para(f"つきましては、本書をもって、下記金員を{era(due)}（{wd(due)}）までに、下記当職ら名義の預り金口座にお振込みいただく"
           "よう請求いたします。")
    p.gap(1)
    p.line("記", align="c")
    x0, x1 = 40, 170
    for lab, v in (("立替金残額", P), ("未払手数料", I), (f"遅延損害金（{era(acc + ONE)}から本書作成日まで年14.6％）", L)):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, f"金{v:,}円", size=10.5, align="r")
    p.add(Line(x0, p.y - 0.5, x1, p.y - 0.5, 0.4))
    p.gap(0.8)
    b = p.line("合　計", x=x0, size=11, font="serif-bold")
    p.at(x1, b, f"金{T:,}円", size=11, font="serif-bold", align="r")
    p.gap(2)
    p.para("振込先　とわだ銀行 四条支店 普通預金 8431026 弁護士八尋亮介預り金口（ベンゴシ ヤヒロリヨウスケ アズカリキングチ）",
           size=9.5, indent="")
    p.gap(1)
    p.para("上記期限までにお支払い又はご連絡がない場合は、通知人の指示に基づき、貴殿に対し訴訟提起その他の法的手続をとることと"
           "なりますので、予めご承知おきください。なお、お支払方法についてご相談のある場合は、期限までに当職宛てにご連絡ください。")
    p.para("また、本件について既に弁護士等に債務整理を依頼されている場合は、その旨を当職宛てにお知らせください。")
    p.line("草々", align="r")
    tr = truth(document_type="collection_notice", sender="八尋・郷原法律事務所", phone="075-000-8431",
               creditor="株式会社あまねクレジット", status="not_applicable", debtor="六反田沙織", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="HG26-0318", input_kind="pdf_text",
               template="proxy87_creditor_law_office_notice_two_lawyers", received=D(2026, 6, 17))
    return dict(stem="cr12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (creditor's law office, shopping credit)",
                unusual="a law office of two lawyers writing for a 個品割賦 company: the addressee top-left and the office "
                        "block right under it with letter-spaced lawyer names and a small round 認印; 冠省 … 草々; amounts "
                        "as 金…円 flush right on unruled lines (立替金残額 / 未払手数料 / 遅延損害金 / 合計); the deadline "
                        "only inside a sentence 「令和8年6月29日（月）までに」; 商品代金 420,000円 and 36回払い, the 預り金口 "
                        "account and the FAX as distractors; 当事務所管理番号 top-right")


# ---------------------------------------------------------------------------------------------
# cr13 白南風債権回収 縦書き 内容証明 催告書; relative deadline only; scanned.


def cr13():
    R = 18.0
    issued, assign = D(2026, 1, 20), D(2025, 10, 31)
    acc, lastp = D(2025, 6, 2), D(2025, 2, 26)
    P, I = 728_450, 11_206
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催　告　書"),
        ("body", f"当社は、{kdate(assign)}、天音ローン株式会社（以下「原債権者」という。）から、貴殿に対する左記貸金債権を、"
                 "これに付随する一切の権利とともに譲り受け、その旨は原債権者より貴殿に通知済みです。"),
        ("body", f"貴殿は、原債権者との間の金銭消費貸借契約に基づく返済を{kdate(lastp)}を最後に怠り、{kdate(acc)}の経過により"
                 "期限の利益を喪失しております。"),
        ("body", "当社はこれまで再三にわたりお支払いをお願いしてまいりましたが、現在までお支払いも誠意あるご連絡もありません。"),
        ("body", "よって、本書面到達後七日以内に、左記金員を一括して当社指定口座にお支払いくださるよう催告いたします。"),
        ("body", "右期間内にお支払い又はご連絡のない場合は、やむを得ず法的手続に移行いたしますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　　{kyen(P)}"),
        ("indent", f"二　利息　　　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", f"　　（元金に対する{kdate(acc + ONE)}から本書作成日まで年十八パーセント）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "管理番号　ＳＨ２５－０７２１"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "仙台市青葉区白南風町三丁目二番八号"),
        ("low", "白南風債権回収株式会社"),
        ("low", "代表取締役　長曽我　聡"),
        ("low", "法務大臣許可番号第二四一号"),
        ("low", "電話　〇二二（〇〇〇）八二四一"),
        ("blank", ""),
        ("low", "宮城県石巻市かえでの丘二丁目六番地の四"),
        ("low", "奥貫　修　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 87131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "長曽我" in it.s]
    xb = [it.x for it in pg.items if isinstance(it, VText) and it.s == "白南風債権回収株式会社"]
    pg.items.append(Seal((xs[0] + xb[0]) / 2, 22.0 + (8 + 13) * size * 0.3528 * 1.05, 9, "square", "白南風債権回収代表者印",
                         angle=3, seed=87132))
    tr = truth(document_type="collection_notice", sender="白南風債権回収株式会社", license_number=241,
               phone="022-000-8241", creditor="白南風債権回収株式会社", status="unverified", original="天音ローン株式会社",
               debtor="奥貫修", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference="ＳＨ２５－０７２１",
               input_kind="vertical_scan", template="proxy87_vertical_invented_servicer_naiyou_relative",
               received=D(2026, 1, 22))
    return dict(stem="cr13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="collection_notice (invented servicer, 縦書き 内容証明 催告書)",
                unusual="縦書き 催告書 of the INVENTED servicer 白南風債権回収 (「法務大臣許可番号第二四一号」 in kanji → "
                        "unverified), scanned with the 内容証明 stamp; amounts and dates in positional kanji; the deadline "
                        "ONLY relative 「本書面到達後七日以内」 (payment_due null); the 管理番号 in full-width Latin and digits "
                        "inside the 記 list; the 譲受 date in the first sentence; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# cr14 scam: a fake servicer's 最終通告書 with a fake licence number; phone photo.


def cr14():
    issued, due = D(2026, 10, 5), D(2026, 10, 9)
    T = 298_000
    p = Page(font="sans", size=10.5, top=16)
    stamp(p, 15, 12, "重要", size=13, fill=RED)
    stamp(p, 36, 12, "親展・本人限定", size=11)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 24, "お客様管理番号　JR-0318-66", size=10, align="r")
    p.y = 30
    p.line("久家　文子　様", size=14, x=20)
    p.gap(4)
    p.title("債権回収最終通告書", size=18, color=RED)
    p.para("貴殿が過去にご契約された大手通信事業者の有料コンテンツサービスの未納料金につきまして、当社は同事業者より債権譲渡を"
           "受け、法務省の許可に基づき債権回収業務を行っております。")
    p.para("これまで再三の通知にもかかわらず、貴殿からのご連絡は一切確認できておりません。このまま放置された場合、民事訴訟の"
           "提起、給与・預貯金・不動産等の差押えを執行いたします。また、勤務先への調査員の訪問（交通費・調査費は別途ご請求）を"
           "行います。")
    p.para("本通知到着後、直ちに下記担当者までご連絡ください。ご連絡をいただければ、訴訟の取下げ手続きについてご相談に応じます。")
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 30, 1.2, RED))
    p.at(32, y + 10, "ご請求金額", size=12, font="sans-bold")
    p.at(178, y + 10.5, f"¥{T:,}-", size=18, font="sans-bold", align="r", color=RED)
    p.at(32, y + 22, "お支払期限", size=12, font="sans-bold")
    p.at(178, y + 22.5, f"{era(due)}（{wd(due)}）正午まで", size=14, font="sans-bold", align="r")
    p.y = y + 36
    p.para("お支払方法：担当者よりお伝えする個人名義口座へのお振込み、またはコンビニで購入できる電子マネーカード（番号を担当者へ"
           "お伝えください）。", size=10, indent="")
    p.para("※ご家族・弁護士・消費生活センター等への相談は、手続きが複雑になるためお控えください。", size=10, indent="",
           font="sans-bold")
    p.gap(6)
    for s, sz, f in (("ジャパン債権リカバリー株式会社", 13, "sans-bold"), ("法務大臣許可番号　第318号", 9.5, "sans"),
                     ("東京都千代田区霞が関一丁目（中央合同ビル内）", 9.5, "sans"),
                     ("担当直通　090-0000-3182（土日祝も受付 8:00～20:00）", 10.5, "sans-bold"),
                     ("担当　鴫田（しぎた）", 9.5, "sans")):
        p.line(s, x=86, size=sz, font=f)
    p.seal(186, p.y - 20, 14, "round", "ジャパン債権|リカバリー", angle=8, seed=87141)
    tr = truth(document_type="other", sender="ジャパン債権リカバリー株式会社", license_number=318,
               phone="090-0000-3182", creditor=None, status="not_licensed", debtor="久家文子", total=T,
               issued=issued, payment_due=due, reference="JR-0318-66", is_scam=True, input_kind="photo_jpeg",
               template="proxy87_scam_fake_servicer_final_notice_photo", received=None)
    return dict(stem="cr14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, creases=2, shadow=0.3, shadow_side="left", fill=0.83,
                          warm=0.3, bow=6),
                about="other (架空請求: fake servicer with a fake licence)",
                unusual="架空請求 letter photographed on wood, sheet bulging: 「ジャパン債権リカバリー株式会社」 claims a "
                        "「法務省の許可」 and prints a FAKE 「法務大臣許可番号　第318号」 (→ not_licensed, licence kept as "
                        "printed); filled red 重要 and 親展・本人限定 stamps; only a total ¥298,000- (no breakdown); "
                        "「お支払期限 … 正午まで」 four days after the letter date (kept as payment_due); a 090 担当直通, "
                        "personal account / electronic-money payment, 霞が関 address without a number, "
                        "「弁護士…への相談はお控えください」; the original creditor only 「大手通信事業者」 (null)")


# ---------------------------------------------------------------------------------------------
# cr15 ニッテレ債権回収: 催告書 to the 鵜飼野 builder by fax (bought the 信用金庫 loan); one page.


def cr15():
    issued, due = D(2026, 3, 9), D(2026, 3, 23)
    P, I, R = UK_P, UK_I, UK_R
    L = late(P, R, UK_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 16, "FAX送信　鵜飼野工務店　御中（045-000-3390）", size=9)
    p.at(196, 16, "1/1", size=9, align="r")
    p.add(Line(15, 18, 196, 18, 0.3))
    p.y = 24
    p.line("鵜飼野工務店", size=11)
    p.line("代表　鵜飼野　昌平　様", size=13)
    p.at(196, 27, f"{era(issued)}", size=10, align="r")
    p.at(196, 33, "お客様番号：NT-2512-40736", size=10, align="r")
    p.y = 44
    p.title("ご　催　告　書", size=16)
    p.para(f"当社は、{era(UK_ASSIGN)}付で、碧水信用金庫より同金庫が貴殿に対して有する下記貸金債権を譲り受け、同金庫と連名にて"
           "その旨ご通知申し上げました。")
    p.para("その後、当社より書面及びお電話にてご連絡を差し上げておりますが、現在までご返答をいただいておりません。つきましては、"
           "本書をもって下記金額を下記期限までに一括してお支払いくださるよう催告いたします。")
    p.gap(1)
    p.line("記", align="c")
    grid(p, 18, p.y, [34, 56, 34, 52], [
        ["原債権者", "碧水信用金庫", "債権譲受日", era(UK_ASSIGN)],
        ["ご融資日", "令和2年6月10日", "当初ご融資額", "8,000,000円"],
        ["最終弁済日", era(UK_LAST), "期限の利益喪失日", era(UK_ACC)]], h=8, size=9.3)
    p.y += 3 * 8 + 4
    p.line(f"ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold", x=18)
    x0, x1 = 28, 160
    for lab, v in (("元金", P), ("利息", I), (f"遅延損害金（{era(UK_ACC + ONE)}から年14.0％）", L)):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, f"{v:,}円", size=10.5, align="r")
        p.add(Line(x0, p.y - 1.5, x1, p.y - 1.5, 0.15, GRAY))
    b = p.line("ご請求金額合計", x=x0, size=11.5, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 1.2, x1, p.y - 1.2, 0.6))
    p.gap(3)
    b = p.line(f"お支払期限　　{era(due)}（{wd(due)}）", x=28, size=12.5, font="sans-bold")
    p.gap(2)
    p.para("お振込先　とわだ銀行 横浜支店 普通預金 4073615 ニツテレサイケンカイシユウ（カ", size=9.5, indent="")
    p.para("期限までにお支払い又はご相談がない場合は、貴殿及び連帯保証人に対し、訴訟の提起その他の法的手続を執ることになります。"
           "分割でのお支払いをご希望の場合は、期限までに必ず担当者へご連絡ください。", size=9.5)
    p.gap(5)
    for s, sz, f in (("ニッテレ債権回収株式会社", 12, "sans-bold"), ("法務大臣許可　第7号", 9, "sans"),
                     ("〒105-0000 東京都港区かなた通5丁目7番7号", 9, "sans"),
                     ("TEL 0120-000-707（平日9時～18時）", 10, "sans"), ("FAX 03-0000-7078", 9, "sans"),
                     ("営業第一部　担当　嵩元", 9.5, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(188, p.y - 24, 13, "square", "ニッテレ債権回収之印", angle=-3, seed=87151)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-707", creditor="ニッテレ債権回収株式会社", status="licensed", original="碧水信用金庫",
               debtor="鵜飼野昌平", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=UK_ACC, last_payment=UK_LAST, assignment=UK_ASSIGN,
               reference="NT-2512-40736", input_kind="fax_tiff", template="proxy87_real_servicer_demand_builder_fax",
               received=issued)
    return dict(stem="cr15", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 NITTELE SERVICER 03-0000-7078",
                about="collection_notice (real servicer 催告書 to a sole proprietor, fax)",
                unusual="one-page G4 fax to the builder's office (the addressee's own FAX number in the 送信 line); real "
                        "servicer ★ ニッテレ債権回収株式会社 with 「法務大臣許可　第7号」 in the sender block at the BOTTOM "
                        "right; a shaded 2×3 label grid (原債権者 / 債権譲受日 / ご融資日 / 当初ご融資額 8,000,000円 / 最終"
                        "弁済日 / 期限の利益喪失日); hairline rows 元金 / 利息 / 遅延損害金 / ご請求金額合計; お支払期限 on a "
                        "bold line; TEL and FAX on two lines")


# ---------------------------------------------------------------------------------------------
# cr16 株式会社柏葉銀行: the first arrears letter of the 庵原 housing loan; digital.


def cr16():
    R = 14.0
    issued, due = D(2025, 6, 16), D(2025, 6, 30)
    calc = [(d, pr, it, late(pr, R, d + ONE, issued)) for d, pr, it in IH_ROWS]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 20, "柏葉銀行", size=16, font="serif-bold", color=KASHIWA)
    p.at(48, 20, "KASHIWABA BANK", size=7, color=KASHIWA)
    p.at(196, 18, era(issued), size=10.5, align="r")
    p.at(196, 24, "ローン管理番号　KB-0928-3316", size=9.5, align="r")
    p.y = 30
    p.line("〒790-0000　愛媛県松山市柏葉町四丁目6番22号", size=10)
    p.line("庵原　孝之　様", size=13.5, x=24)
    p.gap(2)
    for i, s in enumerate(["株式会社柏葉銀行", "本店営業部　住宅ローン課", "電話　089-000-2816（平日9:00～17:00）"]):
        p.at(196, 48 + i * 5, s, size=10 if i == 0 else 9.3, font="serif-bold" if i == 0 else "serif", align="r")
    p.y = 66
    p.title("住宅ローンのご返済について（ご延滞のお知らせ）", size=14.5, font="serif-bold")
    p.para("平素は柏葉銀行をお引き立ていただき、誠にありがとうございます。")
    p.para(f"さて、お客様の住宅ローンにつきまして、{era(IH_LAST)}のご入金を最後に、下記の約定返済金のご入金が確認できて"
           "おりません。つきましては、下記のご延滞金額を、お支払期日までにご返済口座へご入金くださいますようお願い申し上げます。")
    p.gap(2)
    head = ["約定返済日", "元金", "利息", "遅延損害金", "計"]
    body = [[era(d), f"{pr:,}円", f"{it:,}円", f"{lt:,}円", f"{pr + it + lt:,}円"] for d, pr, it, lt in calc]
    body.append(["ご延滞金額合計", f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"])
    p.table([head] + body, [40, 34, 32, 32, 38], x=17, header=True, aligns="lrrrr", size=9.8, row_h=8)
    p.line("※遅延損害金は、各回の延滞元金に対し年14.0％、約定返済日の翌日から本状作成日までの日割計算によります。", x=17,
           size=8.5)
    p.line("※5月分の約定返済日（10日）は土曜日のため、翌営業日の12日となっております。", x=17, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(17, y, 176, 12, 0.9, KASHIWA))
    p.at(22, y + 8, "お支払期日", size=11.5, font="serif-bold", color=KASHIWA)
    p.at(60, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="serif-bold")
    p.at(188, y + 8.3, f"{T:,}円", size=13, font="serif-bold", align="r")
    p.y = y + 17
    p.line("ご返済口座", size=10, font="serif-bold")
    p.para("柏葉銀行　本店営業部　普通預金　3316092　イハラ　タカユキ　様", size=9.8, indent="　")
    p.line("ご契約内容（ご参考）", size=10, font="serif-bold")
    p.para(f"ご契約日 平成30年9月28日　ご融資金額 {IH_LOAN_AMT:,}円　毎月のご返済額 98,420円（毎月10日）　"
           "ご返済期間 35年　保証会社 すいれい保証株式会社", size=9.8, indent="　")
    p.gap(2)
    y = p.y
    p.add(Box(17, y, 176, 25, 0.3))
    for i, s in enumerate(["お願い",
                           "・ご延滞が続きますと、金銭消費貸借契約の定めにより期限の利益を喪失し、残元金全額を一括してご返済",
                           "　いただくことになります。その場合、保証会社が当行に代位弁済し、保証会社からご請求が行われます。",
                           "・ご返済が難しい事情がおありの場合は、お早めに住宅ローン課までご相談ください。"]):
        p.at(21, y + 6 + i * 5.3, s, size=10 if i == 0 else 9, font="serif-bold" if i == 0 else "serif")
    p.y = y + 30
    p.para("行き違いにご入金済みの場合は、悪しからずご了承ください。", size=9, indent="")
    p.seal(186, 45, 12, "square", "柏葉銀行本店営業部印", angle=-2, seed=87161)
    for d, *_ in IH_ROWS:
        assert d.weekday() < 5
    assert D(2025, 5, 10).weekday() == 5
    tr = truth(document_type="collection_notice", sender="株式会社柏葉銀行", phone="089-000-2816",
               creditor="株式会社柏葉銀行", status="not_applicable", debtor="庵原孝之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=IH_LAST,
               reference="KB-0928-3316", input_kind="pdf_text", template="proxy87_bank_housing_loan_arrears_rows",
               received=D(2025, 6, 18))
    return dict(stem="cr16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (bank 督促, two missed housing-loan instalments)",
                unusual="the bank's first arrears letter of the 庵原 housing loan (the household of cr03 and cr04): "
                        "serif, the bank logo top-left and the sender lines right UNDER the addressee; a 5-column table per "
                        "missed instalment (元金 / 利息 / 遅延損害金 / 計) with a ご延滞金額合計 row; the due-date box with the "
                        "amount repeated on the right; arrears only (lump false); 毎月のご返済額 98,420円, ご融資金額 "
                        "32,800,000円, the guarantor's name, the repayment account and the 5/10 → 5/12 business-day note as "
                        "distractors")


LETTERS = [cr09, cr10, cr11, cr12, cr13, cr14, cr15, cr16]
