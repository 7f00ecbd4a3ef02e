"""Proxy set 92, letters cw09–cw16: cw09 a 司法書士's 受任通知兼請求書 for a consumer-loan company, photographed
sideways; cw10 a real servicer's settlement proposal to the 連帯保証人 ALONE (fax); cw11 a joint notice of a servicer
selling to ANOTHER servicer; cw12 a 仮執行宣言付支払督促 served at the debtor's workplace; cw13 a guarantee company's
縦書き 催告書 to the 主債務者 AND the 連帯保証人; cw14 a scam under a look-alike servicer name; cw15 a 信用金庫's
督促状 to a debtor living 「様方」 at someone else's house; cw16 a harmless change of collection agent (収納代行)."""

from __future__ import annotations

from datetime import date as D

from common import (
    RED,
    SHADE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    stamp,
    truth,
    vcheck2,
    vsafe2,
    wd,
    window,
)
from letters_a import ONE, en, jis, money_lines, slash, wdate

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
INK = (0.12, 0.18, 0.40)
ORX = (0.85, 0.35, 0.0)
CRIM = (0.62, 0.05, 0.15)
OLIVE = (0.30, 0.38, 0.10)


# ---------------------------------------------------------------------------------------------
# cw09 司法書士 受任通知兼請求書 for a consumer-loan company, photographed sideways (EXIF 6).


def cw09():
    R = 20.0
    issued, due = D(2026, 3, 9), D(2026, 3, 23)
    acc, lastp = D(2025, 12, 5), D(2025, 9, 5)
    P, I = 486_300, 7_412
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.4, top=16)
    p.at(196, 20, era(issued), size=10.4, align="r")
    p.at(196, 26, "整理番号　ＫＮ－２６０３１", size=10.4, align="r")
    p.at(16, 32, "〒379-0000　群馬県安中市ひすい通九丁目9番9号", size=10)
    p.at(22, 40, "三角谷　陽介　様", size=13.5)
    p.y = 48
    for i, s in enumerate(["〒370-0000　群馬県高崎市笹原北九丁目9番9号", "紺頼司法書士事務所",
                           "司法書士　紺　頼　　聡", "（群馬司法書士会所属　登録番号 第８１２号）",
                           "（簡裁訴訟代理等関係業務認定番号 第５１２０４７号）",
                           "電話 027-000-6622　FAX 027-000-6623"]):
        p.at(196, p.y + i * 5.2, s, size=10.8 if i in (1, 2) else 9, align="r")
    p.seal(190, p.y + 9, 9, "round", "司法書士|紺頼", seed=92091)
    p.y += 36
    p.title("ご通知（受任通知兼請求書）", size=15, font="serif-bold")
    p.para("前略　当職は、株式会社栞ファイナンス（以下「依頼者」）から、同社が貴殿に対して有する貸金債権の回収について委任を"
           "受けましたので、ご通知いたします。今後、本件に関するご連絡は、依頼者ではなく当職宛てにお願いいたします。", size=10)
    p.para(f"貴殿は、依頼者に対する約定返済を{era(lastp)}を最後に怠り、{era(acc)}の経過をもって期限の利益を喪失して"
           "おります。つきましては、下記金員を下記期日までに一括して当職指定口座へお支払いください。", size=10)
    p.line("記", align="c", size=10.4)
    rows = [("債権者", "株式会社栞ファイナンス（代表取締役 伊礼 正和）"),
            ("債権者所在地", "東京都豊島区若葉台東九丁目9番9号"),
            ("貸金業登録番号", "関東財務局長(2)第01972号"),
            ("ご契約", "令和4年6月1日付 金銭消費貸借契約（極度額 800,000円）")]
    p.kv(rows, x=24, label_w=34, size=9.8)
    p.gap(2)
    money_lines(p, [("残元金", en(P)), ("利息", en(I)),
                    (f"遅延損害金（{jis(acc + ONE)}～{jis(issued)}　年{R:.0f}％）", en(L)), ("請求金額合計", en(T))],
                28, 150, size=10.4)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 150, 12, 0.9))
    p.at(28, y + 8, "お支払期日", size=11, font="serif-bold")
    p.at(62, y + 8.2, f"{era(due)}（{wd(due)}）", size=12.5, font="serif-bold")
    p.y = y + 17
    p.para("お振込先　はるかぜ信用組合 高崎支店　普通 0620314　司法書士紺頼聡預り金口　（振込手数料はご負担ください）",
           size=9.5, indent="")
    p.para("ご返済が困難な事情がある場合は、期日までに当職までご相談ください。期日までにご連絡がない場合、依頼者の意向により"
           "訴訟等の法的手続をとることがあります。", size=9.5, indent="")
    p.line("草々", align="r", size=10)
    p.line("（依頼者へ直接お支払いされた場合も、当職までお知らせください。依頼者電話 03-0000-5531）", size=8.6)
    tr = truth(document_type="collection_notice", sender="紺頼司法書士事務所", phone="027-000-6622",
               creditor="株式会社栞ファイナンス", status="not_applicable", debtor="三角谷陽介", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KN-26031", input_kind="photo_exif_rotated",
               template="proxy92_judicial_scrivener_for_lender_rotated", received=D(2026, 3, 11))
    return dict(stem="cw09", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.8, creases=2, shadow=0.2, shadow_side="right", fill=0.85,
                          warm=0.2),
                about="collection_notice (司法書士 for a consumer-loan company)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6; a one-person 司法書士 office writes for "
                        "its 依頼者 (creditor = the lender); the office block on the right carries TWO 第…号 numbers that are "
                        "not servicer licences (司法書士会 登録番号 第８１２号, 認定番号 第５１２０４７号) and a round seal; the "
                        "client's kv block with its 代表取締役, address, 貸金業登録番号 and 極度額 800,000円 (distractors); "
                        "leader-less amount lines with a JIS-dated window 「R7.12.6～R8.3.9　年20％」; 請求金額合計; boxed お支払期日; "
                        "預り金口; the client's own 03 number in the last line; full-width 整理番号 ＫＮ－２６０３１")


# ---------------------------------------------------------------------------------------------
# cw10 real servicer (ORIX) settlement proposal to the 連帯保証人 ALONE (father of the borrower), 2-page fax.


def cw10():
    R = 14.6
    issued, reply = D(2026, 4, 24), D(2026, 5, 15)
    acc, lastp, asg = D(2025, 10, 27), D(2025, 7, 27), D(2025, 12, 26)
    P, I = 1_048_000, 9_615
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    first, monthly, n = 40_000, 30_000, 34
    plan = first + monthly * n
    p = Page(font="sans", size=10.2, top=12)
    p.add(Box(14, 10, 182, 13, 0.4))
    p.at(17, 15, "ＦＡＸ送信票", size=10, font="sans-bold")
    p.at(17, 20.3, f"送信日 {era(issued)}　送信枚数 2枚（本紙含む）　宛先 泉澤 義之 様（FAX 0279-00-3310）", size=9)
    p.y = 28
    p.at(196, 30, "お客様番号：ORX-2604-7301", size=10, align="r")
    p.at(14, 36, "連帯保証人", size=9.5)
    p.at(14, 43, "泉澤　義之　様", size=13.5, font="sans-bold")
    for i, s in enumerate(["オリックス債権回収株式会社", "法務大臣許可番号 第11号", "東京支店 保証債務管理グループ",
                           "TEL 0120-000-711　FAX 03-0000-7712"]):
        p.at(196, 38 + i * 5.4, s, size=11 if i == 0 else 9.2, align="r", font="sans-bold" if i == 0 else "sans")
    p.y = 62
    p.title("保証債務のお支払方法についてのご提案", size=14.5)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。", size=9.8)
    p.para(f"当社は、{era(asg)}、すずらん信販株式会社から、主債務者 泉澤拓海様（貴殿のご子息）に対する自動車ローン債権を"
           "譲り受けました。貴殿は同契約の連帯保証人として、下記の債務全額についてお支払いの責任を負っておられます。", size=9.8)
    p.para("主債務者様とご連絡が取れない状況が続いておりますため、連帯保証人である貴殿に、下記の分割でのお支払いをご提案いたし"
           "ます。ご検討のうえ、ご回答期限までに同封の申込書をご返送ください。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R}％）", "ご債務額合計"], [en(P), en(I), en(L), en(T)]],
            [44, 38, 54, 46], x=14, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"（原債権者：すずらん信販株式会社　最終ご入金日：{era(lastp)}　期限の利益喪失日：{era(acc)}）", x=14, size=8.8)
    p.gap(2)
    p.line("２．ご提案内容（分割弁済）", size=10.5, font="sans-bold")
    p.kv([("お支払総額", f"{en(plan)}（遅延損害金の一部を減額）"),
          ("初回", f"{era(D(2026, 5, 27))}限り　{en(first)}"),
          ("2回目以降", f"毎月27日限り　{en(monthly)} × {n}回（最終 令和11年3月27日）"),
          ("期限の利益", "2回分以上の遅滞かつ遅滞額が60,000円に達したとき")], x=20, label_w=30, size=9.6)
    p.gap(3)
    y = p.y
    p.add(Box(14, y, 182, 14, 1.4))
    p.at(20, y + 9, "ご回答期限", size=11.5, font="sans-bold")
    p.at(58, y + 9.3, f"{era(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.y = y + 19
    p.para("※本ご提案は、期限までにご回答がない場合は撤回されたものとします。主債務者様にも同内容のご案内をお送りしています。"
           "担当：鴾田", size=9, indent="")
    p2 = Page(font="sans", size=10.5, top=18)
    p2.title("分割弁済申込書", size=15)
    p2.line("オリックス債権回収株式会社　御中", size=11)
    p2.gap(3)
    p2.para("私は、すずらん信販株式会社の自動車ローン（主債務者 泉澤拓海）の連帯保証人として、ご提案の条件により分割で"
            "お支払いすることを申し込みます。", size=10.5)
    p2.gap(3)
    p2.table([["回", "お支払日", "金額"], ["1", "令和8年5月27日", en(first)], ["2", "令和8年6月27日", en(monthly)],
              ["3", "令和8年7月27日", en(monthly)], ["…", "…", "…"], ["35", "令和11年3月27日", en(monthly)]],
             [20, 80, 60], x=25, header=True, aligns="ccr", size=10.5, row_h=8.5)
    p2.gap(8)
    for s in ["お申込日　令和　　年　　月　　日", "ご住所", "お名前（自署）　　　　　　　　　　　　　印", "お電話番号"]:
        p2.line(s, x=25, size=11)
        p2.add(Line(25, p2.y - 1.5, 185, p2.y - 1.5, 0.3))
        p2.gap(5)
    p2.line("返送先 FAX 03-0000-7712 またはご郵送（同封の返信用封筒）", x=25, size=10)
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-711", creditor="オリックス債権回収株式会社", status="licensed",
               original="すずらん信販株式会社", debtor="泉澤義之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="ORX-2604-7301", input_kind="fax_tiff",
               template="proxy92_servicer_settlement_to_guarantor_alone_fax", received=issued)
    return dict(stem="cw10", ext="tif", kind="fax_tiff", pages=[p.spec, p2.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:08 ORIX SERVICER 03-0000-7712",
                about="settlement_proposal (real servicer, to the 連帯保証人 alone, 2-page fax)",
                unusual="2-page G4 fax with a boxed ＦＡＸ送信票 naming the guarantor and his own FAX number; addressed to "
                        "「連帯保証人　泉澤　義之　様」 ALONE (debtor = him; the 主債務者 泉澤拓海, his son, only in the prose); real "
                        "servicer ★ オリックス債権回収 with 「法務大臣許可番号 第11号」; a header table 元金 / 利息 / 遅延損害金"
                        "（年14.6％） / ご債務額合計; the 原債権者, last payment and 喪失 date in one bracketed line; the plan "
                        "(40,000 + 30,000 × 34 = 1,060,000, 令和11年, the 60,000 threshold) as distractors; heavy-framed "
                        "ご回答期限 …（金）必着 = payment_due; p.2 分割弁済申込書 with a schedule table")


# ---------------------------------------------------------------------------------------------
# cw11 joint notice: a real servicer (譲渡人) sells to ANOTHER, invented servicer (譲受人). Scanned.


def cw11():
    R = 20.0
    issued, asg, asg0 = D(2026, 6, 8), D(2026, 5, 29), D(2021, 10, 29)
    acc, lastp = D(2021, 3, 2), D(2020, 12, 2)
    P = 312_640
    L = late(P, R, D(2025, 5, 30), asg)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 18, f"{slash(issued)}", size=10, align="r")
    p.at(16, 24, "〒901-0000　沖縄県浦添市鶴見野九丁目9番9号", size=10)
    p.at(22, 32, "渡名喜　静香　様", size=13.5)
    p.y = 40
    p.title("債権譲渡及び譲受のご通知", size=15.5)
    p.para("拝啓　貴殿ますますご清祥のこととお喜び申し上げます。", size=9.8)
    p.para(f"さて、譲渡人ニッテレ債権回収株式会社は、貴殿に対して有する下記債権（これに付随する一切の権利を含みます）を、"
           f"{slash(asg)}付で譲受人紅鶴債権回収株式会社に譲渡いたしましたので、譲渡人及び譲受人の連名にてご通知申し上げます。",
           size=9.8)
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人にお願いいたします。譲渡人へのお支払いはお受けできません。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    y = p.y + 1
    for i, (role, name, lic, addr, rep, tel) in enumerate([
            ("譲渡人（旧債権者）", "ニッテレ債権回収株式会社", "法務大臣許可番号第7号", "東京都中央区ひすい通九丁目9番9号",
             "代表取締役　榑松　正雄", "TEL 03-0000-1907"),
            ("譲受人（新債権者）", "紅鶴債権回収株式会社", "法務大臣許可番号第287号", "福岡県福岡市博多区松籟町九丁目9番9号",
             "代表取締役　仲尾次　亮", "お問い合わせは下記フリーダイヤルへ")]):
        x = 14 + i * 92
        p.add(Box(x, y, 88, 36, 0.3, fill=SHADE if i == 0 else None))
        p.at(x + 2, y + 5, role, size=8.5, font="sans-bold")
        p.at(x + 2, y + 11, name, size=10.5, font="sans-bold")
        p.at(x + 2, y + 16.5, lic, size=8.5)
        p.at(x + 2, y + 21.5, addr, size=8)
        p.at(x + 2, y + 26.5, rep, size=8.5)
        p.at(x + 2, y + 31.5, tel, size=8.5)
        p.seal(x + 80, y + 27, 10, "round", ("ニッテレ" if i == 0 else "紅鶴") + "|代表", angle=5 - 10 * i, seed=92111 + i)
    p.y = y + 41
    p.line("記", align="c", size=10)
    rows = [["当初のご契約先", "株式会社あおばらローン（平成29年5月19日 カードローン契約）"],
            ["譲渡人による譲受日", slash(asg0)],
            ["最終ご入金日", slash(lastp)], ["期限の利益喪失日", slash(acc)],
            ["債権譲渡日（本件）", slash(asg)], ["譲受人お客様番号", "BH-60529-0417"]]
    p.table(rows, [50, 132], x=14, aligns="ll", size=9.4, row_h=6.8, shade_col0=True)
    p.gap(3)
    p.line(f"譲渡債権の額（{slash(asg)}現在）", size=10.2, font="sans-bold")
    money_lines(p, [("元金", en(P)), (f"遅延損害金（{slash(D(2025, 5, 30))}～{slash(asg)}・年{R:.0f}％）", en(L)),
                    ("譲渡債権額合計", en(T))], 20, 150, size=10.2)
    p.gap(2)
    p.para("※上記期間より前の遅延損害金については、譲渡人において請求を放棄しております。", size=8.8, indent="")
    p.para("※お問い合わせ先（譲受人）紅鶴債権回収株式会社 債権管理部　フリーダイヤル 0120-000-287（平日10時～18時）", size=9.2,
           indent="")
    tr = truth(document_type="assignment_notice", sender="紅鶴債権回収株式会社", license_number=287,
               phone="0120-000-287", creditor="紅鶴債権回収株式会社", status="unverified",
               original="ニッテレ債権回収株式会社", debtor="渡名喜静香", total=T, principal=P, late_damages=L, rate=R,
               lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="BH-60529-0417", input_kind="scan_png",
               template="proxy92_joint_assignment_servicer_to_servicer", received=D(2026, 6, 10))
    return dict(stem="cw11", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, real servicer → invented servicer)",
                unusual="scanned joint 債権譲渡及び譲受のご通知 where BOTH notifiers are servicers: 「譲渡人（旧債権者）」 the real "
                        "★ ニッテレ債権回収 with 「法務大臣許可番号第7号」 in a shaded box and 「譲受人（新債権者）」 the INVENTED "
                        "紅鶴債権回収 with 「第287号」 side by side, each with 代表取締役 and a round seal (sender = creditor = the "
                        "譲受人 → unverified, licence 287; original = the 譲渡人 ニッテレ, not the 当初のご契約先); EVERY date in "
                        "slash form; a shaded-label 記 table with the 平成29年 contract of the first lender, the earlier 譲受日 "
                        "2021/10/29 (distractor), the 喪失 and last payment of 2020–21 and the 譲受人お客様番号; late damages "
                        "for one year only (earlier ones waived); the 譲渡人's own 03 phone in its box and the 譲受人's free-dial at the foot")


# ---------------------------------------------------------------------------------------------
# cw12 仮執行宣言付支払督促 (大分簡裁): real servicer creditor with a 支配人; served at the debtor's WORKPLACE.


def cw12():
    R = 14.6
    ordered, served, issued, filed = D(2026, 6, 22), D(2026, 6, 25), D(2026, 7, 21), D(2026, 6, 8)
    acc, asg = D(2025, 11, 28), D(2026, 2, 27)
    P, I = 598_300, 11_870
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 5_610, 1_090
    T = P + I + L + C1 + C2
    case = "令和8年(ロ)第403号"
    p = Page(font="sans", size=10, top=14)
    p.at(14, 18, f"事件番号　{case}", size=10.5)
    p.at(196, 18, "譲受債権請求督促事件", size=10.5, align="r")
    p.y = 24
    p.title("仮執行宣言付支払督促", size=16.5)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=10.5)
    p.para(f"上記の支払督促は、{era(ordered)}に発付され、{era(served)}に債務者に送達された。債務者は送達の日から２週間以内に"
           "督促異議を申し立てなかったので、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10)
    p.para("この支払督促に基づき、仮に執行することができる。", size=10.5)
    p.gap(1)
    p.line(era(issued), x=24, size=10.5)
    p.line("大分簡易裁判所　　裁判所書記官　甕　　康　弘", x=92, size=10.5)
    p.seal(182, p.y - 5, 10, "square", "大分簡裁書記官印", seed=92121)
    p.gap(2)
    p.line("当事者目録", size=11, font="sans-bold")
    p.kv([("債権者", "東京都中央区ひすい通九丁目9番9号　SMBC債権回収株式会社"),
          ("", "代表者代表取締役　仲尾次　誠吾"),
          ("", "上記代理人支配人　土器屋　恵介（電話 097-000-5810）"),
          ("債務者", "大分県別府市笹原北九丁目9番9号"),
          ("", "弓指　隆"),
          ("（送達場所）", "大分県大分市鶴見野九丁目9番9号　ひばりヶ丘物流株式会社　大分センター（就業場所）")],
         x=16, label_w=28, size=9.6)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="sans-bold")
    p.table([["項目", "金額（円）"], ["１　元金", f"{P:,}"], ["２　利息（令和7年11月28日まで）", f"{I:,}"],
             [f"３　遅延損害金（{era(acc + ONE)}から{era(filed)}まで年14.6％）", f"{L:,}"],
             ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
            [132, 48], x=16, header=True, aligns="lr", size=9.6, row_h=6.8)
    p.para(f"なお、１の元金に対する{era(filed + ONE)}から完済まで年14.6％の割合による遅延損害金を付加して支払え。", size=9.4,
           indent="")
    p.line("請求の原因", size=11, font="sans-bold")
    for s in [
        "１　株式会社ひすいカード（以下「原債権者」）は、債務者との間で、令和2年3月10日、カード利用契約（利用限度額70万円）を"
        "締結し、債務者は同契約に基づき借入れをした。",
        f"２　債務者は、分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
        f"３　原債権者は、{era(asg)}、上記債権を債権者に譲渡し、その頃債務者に通知した。"]:
        p.para(s, size=9.3, indent="")
    p.gap(1)
    p.line(f"（仮執行宣言申立日　{era(D(2026, 7, 13))}）", align="r", size=9)
    p.line("問合せ先　大分簡易裁判所 民事督促係　電話 097-000-2231", x=16, size=9.2)
    tr = truth(document_type="payment_order_enforceable", sender="大分簡易裁判所", phone="097-000-2231",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社ひすいカード", debtor="弓指隆",
               total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               acceleration=acc, assignment=asg, reference=case, input_kind="pdf_text",
               template="proxy92_enforceable_order_workplace_service_manager", received=D(2026, 7, 24))
    return dict(stem="cw12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor with a 支配人, workplace service)",
                unusual="digital one-page 仮執行宣言付支払督促 of 大分簡裁: the case number top-LEFT; the order date 6/22 and "
                        "its 送達 6/25 in one sentence (issued = the 仮執行宣言 date 7/21); the clerk's one-kanji surname 甕; "
                        "当事者目録 as kv lines: creditor ★ SMBC債権回収 (no licence printed) with 代表者代表取締役 AND 「上記代理人"
                        "支配人」 with a 097 phone (distractor); the debtor with a （送達場所） at his WORKPLACE 「ひばりヶ丘物流株式"
                        "会社　大分センター（就業場所）」 (not the debtor); 請求の趣旨 table with 「金額（円）」 header and TWO cost "
                        "rows; 利用限度額70万円 as a 万 distractor; 仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cw13 縦書き 催告書 of a guarantee company to the 主債務者 AND the 連帯保証人 (both 被通知人), scanned.


def cw13():
    R = 14.0
    issued, due = D(2026, 8, 20), D(2026, 9, 4)
    subro, acc, lastp = D(2026, 7, 10), D(2026, 5, 29), D(2026, 2, 27)
    P = 3_204_500
    L = late(P, R, subro + ONE, issued)
    T = P + L
    k = kanji_number
    cols = [
        ("title", "催告書"),
        ("body", "被通知人巫部浩二殿（以下「主債務者」という。）は、株式会社たんぽぽ銀行（以下「銀行」という。）から"
                 "令和元年十月八日に事業資金を借り受け、通知人はその債務を保証いたしました。"
                 "被通知人巫部和代殿は、主債務者の通知人に対する求償債務を連帯保証されています。"),
        ("body", f"主債務者は、{kdate(lastp)}の返済を最後に返済を怠り、{kdate(acc)}の経過により期限の利益を喪失したため、"
                 f"通知人は{kdate(subro)}、銀行に対し金{k(P)}円を代位弁済いたしました。"),
        ("body", f"よって通知人は、被通知人らに対し、連帯して、{kdate(due)}限り、左記金員を一括してお支払いいただくよう催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金　　金{k(P)}円"),
        ("indent", f"二　損害金　　　金{k(L)}円"),
        ("plain", f"　　（{kdate(subro + ONE)}から本書作成日まで年十四パーセント）"),
        ("indent", f"三　合計　　　　金{k(T)}円"),
        ("body", "右期限までにお支払いのないときは、何らの通知なく法的手続をとりますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "通知人　栃木県宇都宮市松籟町九丁目九番九号"),
        ("low", "かたくり信用保証株式会社"),
        ("low", "代表取締役　姥原　昭彦"),
        ("low", "電話　〇二八（〇〇〇）四四一七"),
        ("blank", ""),
        ("low", "被通知人（主債務者）"),
        ("low", "栃木県小山市瑞穂台九丁目九番九号"),
        ("low", "巫部　浩二　殿"),
        ("low", "被通知人（連帯保証人）"),
        ("low", "同所　巫部　和代　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe2(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 92131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "姥原" in it.s]
    pg.items.append(Seal(xs[0] + 1.0, 22.0 + 21.2 * size * 0.3528 * 1.05, 8.5, "square", "かたくり信用保証代表印", angle=4,
                         seed=92132))
    tr = truth(document_type="collection_notice", sender="かたくり信用保証株式会社", phone="028-000-4417",
               creditor="かたくり信用保証株式会社", status="not_applicable", original="株式会社たんぽぽ銀行",
               debtor="巫部浩二", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference=None, input_kind="vertical_scan",
               template="proxy92_vertical_guarantor_demand_to_debtor_and_guarantor", received=D(2026, 8, 24))
    return dict(stem="cw13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (guarantee company 催告書, 縦書き 内容証明, to debtor and guarantor)",
                unusual="scanned 縦書き 内容証明 催告書 of a guarantee company addressed to TWO 被通知人: 「被通知人（主債務者）」 "
                        "巫部 浩二 and 「被通知人（連帯保証人）　同所　巫部　和代　殿」 (debtor = the 主債務者); the bank's loan of "
                        "令和元年 (元年 in kanji), the last payment, the 喪失 and the 代位弁済 in the prose; positional kanji "
                        "amounts 求償元金 / 損害金 / 合計 (no interest); absolute deadline 「令和八年九月四日限り」; 代表取締役 with "
                        "a square seal; phone in kanji digits; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# cw14 scam under a look-alike servicer name, phone photo.


def cw14():
    issued, due = D(2026, 9, 30), D(2026, 10, 2)
    amount = 84_000
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(12, 10, 186, 277, 1.2, RED))
    p.at(105, 22, "債権譲受及び未納料金最終通告書", size=17, font="sans-bold", align="c", color=RED)
    stamp(p, 16, 28, "至急", size=12, fill=RED)
    stamp(p, 36, 28, "本人限定", size=11)
    p.at(192, 33, f"通知日　{era(issued)}", size=10, align="r")
    p.at(192, 39, "管理番号　に－４４０７", size=10, align="r")
    p.at(18, 48, "犬伏　由香　様", size=14)
    p.y = 56
    p.para("当社は、貴殿がご利用された有料動画配信サービスの運営会社より、未納となっている利用料金債権の譲渡を受けた、"
           "法務大臣の許可を受けた債権回収会社です。", size=10.5)
    p.para("再三のご請求にもかかわらず、貴殿からのお支払いが確認できないため、本書をもって最終通告といたします。期日までに"
           "ご連絡・お支払いなき場合は、裁判所の許可のもと、給与・預貯金・動産の差押えを執行いたします。", size=10.5)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 34, 0.8, RED, (1.0, 0.95, 0.95)))
    p.at(36, y + 9, "未納料金（遅延金・調査費用含む）", size=11)
    p.at(174, y + 9, f"金{amount:,}円", size=15, font="sans-bold", align="r", color=RED)
    p.at(36, y + 20, "お支払期限", size=11)
    p.at(174, y + 20, f"10月2日（{wd(due)}）午後3時まで", size=13, font="sans-bold", align="r")
    p.at(36, y + 29, "お支払方法　電子マネー（ギフトカード番号をお電話でお伝えください）", size=9.5)
    p.y = y + 40
    p.para("※本件は当社の担当者が直接対応いたします。弁護士・消費生活センター等への相談は手続が遅れる原因となりますので"
           "お控えください。ご家族・勤務先に知られることのないよう、必ずご本人様がお電話ください。", size=10)
    p.gap(4)
    for s, sz in (("株式会社アウロラ債権管理センター", 13), ("法務大臣許可番号　第376号", 10),
                  ("東京都千代田区霞が関一丁目（中央合同庁舎内）", 10), ("担当直通　090-0000-3761（土日祝も受付）", 11)):
        p.line(s, x=60, size=sz, font="sans-bold" if sz > 12 else None)
    tr = truth(document_type="other", sender="株式会社アウロラ債権管理センター", license_number=376, phone="090-0000-3761",
               creditor=None, status="not_licensed", debtor="犬伏由香", total=amount, lump=False, issued=issued,
               payment_due=due, reference="に-4407", is_scam=True, input_kind="photo_jpeg",
               template="proxy92_scam_lookalike_servicer_name", received=None)
    return dict(stem="cw14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.8, creases=2, fill=0.84, blur=0.9, warm=0.15),
                about="other (架空請求 under a look-alike servicer name)",
                unusual="phone photo on tatami; red-framed 「債権譲受及び未納料金最終通告書」 from 「株式会社アウロラ債権管理センター」 — "
                        "a name close to the real アウロラ債権回収 but not it — with a FAKE 「法務大臣許可番号　第376号」 and a "
                        "霞が関 address with no number; claims a 債権譲渡 from an unnamed video service (no creditor); filled "
                        "至急 and 本人限定 stamps; 金84,000円 incl. 調査費用; a two-day deadline 「10月2日（金）午後3時まで」 (year "
                        "from the 通知日); gift-card payment; a 090 担当直通; 「弁護士…への相談は…お控えください」; hiragana "
                        "管理番号 に－４４０７")


# ---------------------------------------------------------------------------------------------
# cw15 信用金庫 督促状 to a debtor living 「様方」 at someone else's house; 2 pages (digital).


def cw15():
    R = 14.0
    issued, due = D(2026, 10, 2), D(2026, 10, 16)
    lastp = D(2026, 7, 27)
    rows = [(D(2026, 8, 27), 21_480, 3_120), (D(2026, 9, 28), 21_530, 3_070)]
    calc = [(d, pr, it, late(pr + it, R, d + ONE, issued)) for d, pr, it in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10.2, top=14)
    p.at(14, 18, "くすのき信用金庫", size=14, font="sans-bold", color=OLIVE)
    p.at(14, 23.5, "ローンセンター", size=9.5, color=OLIVE)
    p.at(196, 18, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 23.5, "お客様番号　0418-22736", size=10, align="r")
    window(p, 14, 30, "530-0000", ["大阪府大阪市北区瑞穂台九丁目9番9号", "宗形　様方"], "茨木田　涼子　様", "cw15",
           w=96, h=40, name_size=13)
    for i, s in enumerate(["くすのき信用金庫 ローンセンター", "大阪府大阪市中央区柳原南九丁目9番9号",
                           "TEL 06-000-4127（平日9時～17時）", "担当　久貝"]):
        p.at(196, 44 + i * 5.2, s, size=9.2, align="r")
    p.y = 78
    p.title("ご返済についてのお願い", size=15, color=OLIVE)
    p.para("平素は格別のお引き立てを賜り、誠にありがとうございます。", size=9.8)
    p.para("お客様の教育ローンにつきまして、下記のとおり約定のご返済が確認できておりません。お手数ですが、下記お支払期日までに"
           "ご返済用口座へご入金くださいますようお願い申し上げます。", size=9.8)
    p.gap(1)
    p.table([["ご返済予定日", "延滞元金", "延滞利息", "遅延損害金", "小計"]] +
            [[slash(d), en(pr), en(it), en(lt), en(pr + it + lt)] for d, pr, it, lt in calc] +
            [["合計", en(P), en(I), en(L), en(T)]],
            [36, 36, 34, 36, 40], x=14, header=True, aligns="crrrr", size=9.6, row_h=7.6)
    p.line(f"※遅延損害金は各回のご返済額に対し年{R}％、ご返済予定日の翌日から本状作成日までの日割計算です。", x=14, size=8.4)
    p.line(f"※最終ご入金日　{wdate(lastp)}", x=14, size=8.4)
    p.gap(3)
    y = p.y
    p.add(Box(14, y, 182, 16, 0.8, OLIVE))
    p.at(20, y + 10, "お支払期日", size=11, font="sans-bold", color=OLIVE)
    p.at(54, y + 10.3, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(190, y + 10, f"ご入金額　{en(T)}", size=11.5, font="sans-bold", align="r")
    p.y = y + 21
    p.para("ご返済用口座　くすのき信用金庫 天満支店　普通預金 0227361（ご名義 イバラキダ リョウコ 様）", size=9.5, indent="")
    p.para("このままご延滞が続きますと、期限の利益を喪失し、残債務全額を一括してご請求申し上げることがございます。また、保証会社"
           "による代位弁済の手続に移る場合がございます。", size=9.5, indent="")
    p.para("※本状は、お届けいただいているご住所（宗形様方）へお送りしております。ご転居の際はお知らせください。", size=9,
           indent="")
    p2 = Page(font="sans", size=10, top=18)
    p2.line("ご契約内容とご返済予定（ご参考）", size=12, font="sans-bold", color=OLIVE)
    p2.gap(2)
    p2.kv([("ご融資の種類", "くすのき教育ローン（固定金利 年3.1％）"), ("ご融資日", "2024年3月25日"),
           ("ご融資金額", "1,800,000円"), ("ご融資番号", "KS-240325-118"), ("ご返済日", "毎月27日（休日の場合は翌営業日）"),
           ("保証会社", "こもれび保証株式会社")], x=18, label_w=36, sep="：", size=10)
    p2.gap(3)
    p2.table([["回", "ご返済予定日", "元金", "利息", "ご返済額", "残高"],
              ["30", "2026/08/27", "21,480", "3,120", "24,600", "1,185,120"],
              ["31", "2026/09/28", "21,530", "3,070", "24,600", "1,163,590"],
              ["32", "2026/10/27", "21,590", "3,010", "24,600", "1,142,000"],
              ["33", "2026/11/27", "21,640", "2,960", "24,600", "1,120,360"]],
             [14, 36, 30, 28, 32, 40], x=18, header=True, aligns="ccrrrr", size=9.5, row_h=7.2)
    p2.line("※残高は各回のご返済後の元金残高です。延滞分を含みます。", x=18, size=8.6)
    tr = truth(document_type="collection_notice", sender="くすのき信用金庫", phone="06-000-4127",
               creditor="くすのき信用金庫", status="not_applicable", debtor="茨木田涼子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="0418-22736", input_kind="pdf_text_2page",
               template="proxy92_shinkin_dunning_care_of_addressee", received=D(2026, 10, 5))
    return dict(stem="cw15", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="collection_notice (信用金庫 督促状 of two instalments, addressee 「様方」)",
                unusual="digital 2-page 督促状 of a 信用金庫: the window address ends 「宗形　様方」 and the name line is "
                        "「茨木田　涼子　様」 (debtor = the person, not the householder 宗形); a 5-column table per missed "
                        "instalment (延滞元金 / 延滞利息 / 遅延損害金 / 小計) with a 合計 row; arrears only, acceleration only "
                        "threatened (lump false, no 喪失 date); the 8/27 → 9/28 business-day shift in the dates; p.2 ご契約内容 "
                        "(ご融資金額 1,800,000円, 年3.1％, ご融資番号, 保証会社) and a ご返済予定 table whose 残高 figures are "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# cw16 harmless: an internet provider's notice that its billing/collection agent changes (委託), scanned.


def cw16():
    issued = D(2026, 5, 11)
    p = Page(font="sans", size=10.2, top=16)
    p.at(196, 20, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 25.5, "お客様ID　SN-0051-2264", size=10, align="r")
    p.at(16, 30, "〒160-0000　東京都新宿区中山手九丁目9番9号", size=10)
    p.at(22, 38, "鴾田　真澄　様", size=13.5)
    p.at(196, 46, "ソラネット通信株式会社", size=12, font="sans-bold", align="r")
    p.at(196, 51.5, "カスタマーセンター　0120-000-526", size=9.5, align="r")
    p.y = 60
    p.title("料金収納業務の委託先変更のお知らせ", size=15)
    p.para("平素はソラネット光をご利用いただき、誠にありがとうございます。", size=10)
    p.para("当社は、2026年7月ご請求分より、ご利用料金の請求書発行及び収納業務を、株式会社あまつばめペイメント（収納代行会社）"
           "に委託することといたしました。これに伴い、コンビニエンスストア払込票の発行元名義が変更となります。", size=10)
    p.para("なお、料金の債権者は引き続き当社であり、お客様の契約内容やご利用料金に変更はございません。口座振替・クレジット"
           "カード払いのお客様は、お手続きの必要はございません。", size=10)
    p.gap(2)
    p.table([["項目", "変更前", "変更後"],
             ["払込票の発行元", "ソラネット通信株式会社", "株式会社あまつばめペイメント"],
             ["払込票の送付時期", "毎月10日頃", "毎月12日頃"],
             ["お支払期限", "毎月末日", "毎月末日（変更なし）"],
             ["適用開始", "―", "2026年7月ご請求分から"]],
            [46, 64, 72], x=14, header=True, aligns="lll", size=9.6, row_h=7.6)
    p.gap(3)
    p.line("ご参考：現在のご契約", size=10.2, font="sans-bold")
    p.kv([("ご契約プラン", "ソラネット光 マンションタイプ（月額 4,950円・税込）"), ("お支払方法", "コンビニ払込票"),
          ("前回ご請求額", "4,950円（2026年4月分・お支払済み）")], x=18, label_w=34, sep="：", size=9.8)
    p.gap(3)
    p.para("※収納代行会社が当社の名前で料金の督促や債権回収を行うことはありません。不審な電話・メール・ハガキにご注意ください。",
           size=9.2, indent="")
    tr = truth(document_type="other", sender="ソラネット通信株式会社", phone="0120-000-526", creditor=None,
               status="not_applicable", debtor="鴾田真澄", lump=False, issued=issued, reference="SN-0051-2264",
               input_kind="pdf_scan", template="proxy92_harmless_collection_agent_change", received=None)
    return dict(stem="cw16", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="other (harmless: change of the billing / collection agent)",
                unusual="one-page image PDF of an internet provider telling that its 請求書発行及び収納業務 is entrusted (委託) "
                        "to a payment agent — the vocabulary of a 受託通知 (委託, 債権者は引き続き当社) with no debt at all; a "
                        "変更前 / 変更後 table; 月額 4,950円 and 前回ご請求額 (paid) as the only amounts; お客様ID top right; "
                        "free-dial; every amount null")


LETTERS = [cw09, cw10, cw11, cw12, cw13, cw14, cw15, cw16]
