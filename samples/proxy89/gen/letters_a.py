"""Proxy set 89, letters ct01–ct08: "who is who: sender, creditor, original creditor, debtor, round 3".
A real servicer collecting on commission for a 信用金庫 (ct01), a joint 譲渡 card company → invented servicer (ct02),
a real servicer writing to the 連帯保証人 ALONE about a company's loan (ct03), a guarantee company's 代位弁済通知 to the
主債務者 and the 連帯保証人 together (ct04), a 司法書士法人 writing for a servicer client that bought a 信販 debt (ct05),
a bank's 縦書き 催告書 to the HEIR for his 法定相続分 (ct06), a 簡裁 支払督促 of a guarantee company against a COMPANY
(ct07) and a real servicer's 催告書 to a company 御中 with its 代表取締役 様 under it (ct08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    cell,
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
    window,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
TEAL = (0.02, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.45, 0.28, 0.10)
ONE = timedelta(days=1)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def yd(n: int) -> str:
    return f"￥{n:,}-"


def vcheck2(pages) -> None:
    """vcheck plus: no column ends with 令和 / 平成 when the next column starts with the year."""
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if (a.s.endswith(("令和", "平成")) and b.s[:1] in "〇一二三四五六七八九十元０１２３４５６７８９") or \
                    (a.s.endswith("令") and b.s[:1] == "和") or (a.s.endswith("平") and b.s[:1] == "成"):
                raise AssertionError(f"column breaks inside an era date: …{a.s[-6:]} | {b.s[:6]}…")


# ---------------------------------------------------------------------------------------------
# ct01 real servicer (ニッテレ, 第7号) collects ON COMMISSION for a 信用金庫: 受託のご通知 兼 ご請求書.


def ct01():
    R = 14.0
    issued, due = D(2025, 9, 8), D(2025, 9, 26)
    entrust, acc, lastp = D(2025, 9, 1), D(2025, 7, 15), D(2025, 4, 25)
    P, I = 2_846_320, 31_408
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 181, 1.2, color=None, fill=TEAL))
    p.at(15, 20, "ニッテレ債権回収株式会社", size=13, font="sans-bold", color=TEAL)
    p.at(15, 24.5, "仙台営業所　〒980-0000 宮城県仙台市青葉区ききょう通七丁目4番2号", size=7.8)
    p.at(196, 19, f"{wdate(issued)}発送", size=9, align="r")
    p.at(196, 24, "お客様番号　NT-25-0907-318", size=9.5, align="r", font="sans-bold")
    window(p, 15, 31, "981-0000", ["宮城県仙台市泉区つぐみ坂三丁目18番6号"], "穂苅　啓介　様", "ct01",
           w=96, h=34, code="A-0907-0112")
    stamp(p, 152, 36, "親展", size=12)
    stamp(p, 170, 36, "重要", size=12, fill=RED)
    p.y = 72
    p.title("債権管理回収業務受託のご通知　兼　ご請求書", size=14.5)
    p.para("拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。", size=9.8)
    p.para(f"さて、当社は、{wdate(entrust)}付で、いぶき信用金庫（以下「委託者」といいます。）から、貴殿と委託者との間の"
           "下記ご融資契約に基づく債権について、その管理及び回収の業務の委託を受けました。債権者は引き続き委託者であり、"
           "当社は委託者のためにお支払いを受領いたします（債権譲渡ではございません）。", size=9.8)
    p.para(f"貴殿は、{wdate(acc)}の経過により期限の利益を喪失されております。つきましては、下記ご請求金額を下記お支払期日"
           "までに一括してお支払いくださいますよう、ご請求申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    y = grid(p, 15, p.y, [32, 58, 32, 59], [
        ["委託者（債権者）", "いぶき信用金庫", "ご融資番号", "0417-52-00391"],
        ["ご融資日", "平成30年5月21日", "当初ご融資額", "3,500,000円"],
        ["期限の利益喪失日", wdate(acc), "最終ご入金日", wdate(lastp)],
    ], h=7.2, size=9)
    p.y = y + 4
    p.line(f"ご請求金額の内訳（{wdate(issued)}現在）", size=10, font="sans-bold")
    p.table([["項目", "金額"], ["元金残高", f"{P:,}円"], ["約定利息（未収分）", f"{I:,}円"],
             [f"遅延損害金（年{R}%）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]],
            [70, 45], x=15, header=True, aligns="lr", size=9.6, row_h=7.2)
    ybox = p.y - 36
    p.add(Box(140, ybox, 56, 36, 1.0, TEAL))
    p.add(Box(140, ybox, 56, 9, color=None, fill=TEAL))
    p.at(168, ybox + 6.3, "お支払期日", size=10.5, font="sans-bold", align="c", color=WHITE)
    p.at(168, ybox + 19, wdate(due), size=12.5, font="sans-bold", align="c")
    p.at(168, ybox + 26, f"（{wd(due)}曜日）", size=10, align="c")
    p.at(168, ybox + 32.5, "銀行営業時間内", size=7.5, align="c", color=GRAY)
    p.gap(3)
    p.line("お振込先", size=9.5, font="sans-bold")
    p.para("下記の委託者名義口座へお振込みください。　いぶき信用金庫 本店営業部 普通 0071524 "
           "口座名義 イブキシンキン（イタクカイシュウグチ）", size=9, indent="")
    p.para("※上記元金残高に対し、" + wdate(issued + ONE) + "以降完済の日まで年14.0%（年365日の日割計算）の割合による遅延"
           "損害金が発生します。", size=8.8, indent="")
    p.para("※委託者からの「債権管理回収業務委託のお知らせ」を同封しております。ご不明の点は当社担当までお問い合わせください。",
           size=8.8, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.3, GRAY))
    p.at(19, y + 6, "【委託者】", size=8.5, color=GRAY)
    p.at(19, y + 11.5, "いぶき信用金庫　融資管理部", size=9)
    p.at(19, y + 16.5, "宮城県石巻市青葉浜二丁目1番1号", size=8)
    p.at(19, y + 21.5, "TEL 0225-00-1541", size=8)
    p.at(100, y + 6, "【受託者・お問い合わせ先】", size=8.5, color=GRAY)
    p.at(100, y + 11.5, "ニッテレ債権回収株式会社", size=10, font="sans-bold")
    p.at(100, y + 16.5, "代表取締役　久保寺　雅彦", size=8.5)
    p.at(100, y + 21.3, "仙台営業所　担当　曲谷　TEL 022-000-4718", size=8.5)
    p.at(100, y + 26.0, "FAX 022-000-4719　法務大臣許可番号　第７号", size=8.5)
    p.seal(186, y + 11, 11, "square", "ニッテレ債権回収之印", angle=2, seed=89011)
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="022-000-4718", creditor="いぶき信用金庫", status="licensed", original="いぶき信用金庫",
               debtor="穂苅啓介", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="NT-25-0907-318",
               input_kind="pdf_text", template="proxy89_servicer_commission_shinkin_grid_due_box",
               received=D(2025, 9, 10))
    return dict(stem="ct01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (real servicer 受託 for a 信用金庫, with a demand)",
                unusual="real servicer ★ ニッテレ債権回収 collecting ON COMMISSION (「債権譲渡ではございません」): creditor = "
                        "original = the 委託者 いぶき信用金庫, whose own block (with its 0225 phone) sits LEFT of the "
                        "受託者 block at the foot; 代表取締役 and the 担当 named next to the sender; 「法務大臣許可番号　第７号」 "
                        "full-width in the foot box; a 2×3 shaded grid (委託者（債権者）, ご融資番号, ご融資日 平成30年, "
                        "当初ご融資額 3,500,000円, 喪失日, 最終ご入金日); the due date in a teal box beside the table, weekday "
                        "on its own line; 受託日 9/1 in the prose is not an assignment")


# ---------------------------------------------------------------------------------------------
# ct02 joint 債権譲渡及び譲受通知書: card company → INVENTED servicer, two notifier columns, scanned.


def ct02():
    R = 14.6
    issued, asg = D(2025, 11, 17), D(2025, 11, 4)
    acc, lastp = D(2025, 6, 27), D(2025, 4, 27)
    P, I = 486_215, 21_870
    L = late(P, R, acc + ONE, asg)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10.5, align="r")
    p.y = 24
    p.line("〒960-0000　福島県福島市月見野四丁目7番11号", size=10)
    p.line("薦　田　　美佐子　殿", size=14, x=24)
    p.gap(6)
    p.title("債権譲渡及び譲受通知書", size=17, font="serif-bold", spaced=False)
    y = p.y
    for x0, role, addr, name, rep, seal in (
        (15, "通知人（譲渡人）", "東京都豊島区さざんか通二丁目3番8号", "株式会社りんどうカード", "代表取締役　保泉　英明",
         "りんどうカード代表取締役印"),
        (106, "通知人（譲受人）", "東京都中央区なずな町一丁目12番5号", "水鏡債権回収株式会社", "代表取締役　嵯峨山　透",
         "水鏡債権回収代表取締役印")):
        p.add(Box(x0, y, 89, 33, 0.3))
        p.at(x0 + 3, y + 6, role, size=9, font="serif-bold")
        p.at(x0 + 3, y + 12, addr, size=8.5)
        p.at(x0 + 3, y + 19, name, size=11.5, font="serif-bold")
        p.at(x0 + 3, y + 25.5, rep, size=9.5)
        p.add(Seal(x0 + 78, y + 24, 12, "round", seal, angle=-6 if x0 < 100 else 5, seed=89021 + x0))
    p.at(109, y + 30.5, "法務大臣許可番号　第247号", size=8.5)
    p.y = y + 39
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。", size=10.3)
    p.para(f"さて、譲渡人は、貴殿に対して有する下記債権（元本、利息、遅延損害金その他これに付随する一切の権利を含みます。）を、"
           f"{era(asg)}付で譲受人に譲渡いたしましたので、民法第467条に基づき、連名にて本書をもってご通知申し上げます。",
           size=10.3)
    p.para("今後は、下記債権に関するお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人へのお振込みは"
           "受け付けられませんのでご注意ください。", size=10.3)
    p.line("敬具", align="r", size=10.3)
    p.line("記", align="c", size=10.5)
    p.kv([("１．原契約", "カード会員契約（ショッピング・キャッシング）"),
          ("", "会員番号 4980-****-****-2261"),
          ("２．ご契約日", "平成31年3月8日"),
          ("３．最終ご入金日", era(lastp)),
          ("４．期限の利益喪失日", era(acc)),
          ("５．債権譲渡日", era(asg))], x=24, label_w=44, size=10)
    p.line(f"６．譲渡債権の額（{era(asg)}現在）", x=24, size=10)
    for lab, v in (("元本", P), ("手数料・利息", I), (f"遅延損害金（年{R}％）", L), ("合計", T)):
        leader(p, lab, f"{v:,}円", 40, 150, size=10, font="serif-bold" if lab == "合計" else "serif")
    p.para(f"※元本に対し、{era(asg + ONE)}から完済まで年{R}％の割合による遅延損害金が生じます。", x0=40, size=9, indent="")
    p.gap(2)
    p.line("以上", align="r", size=10.3)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.5))
    p.at(19, y + 6, "【ご連絡・お振込先】譲受人　水鏡債権回収株式会社　管理第二部", size=9.5, font="serif-bold")
    p.at(19, y + 11.5, "フリーダイヤル 0120-000-247（平日9時～18時）　お客様番号 MK-11047", size=9.5)
    p.at(19, y + 17, "振込先　みさご信託銀行 本店 普通 3302471 ミカガミサイケンカイシュウ（カ", size=8.5)
    p.y = y + 26
    p.line("※譲渡人りんどうカードのお客様相談室（03-0000-6620）では、本件のお支払いに関するご相談は承れません。", size=8.5,
           x=15)
    tr = truth(document_type="assignment_notice", sender="水鏡債権回収株式会社", license_number=247,
               phone="0120-000-247", creditor="水鏡債権回収株式会社", status="unverified",
               original="株式会社りんどうカード", debtor="薦田美佐子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="MK-11047", input_kind="scan_png",
               template="proxy89_joint_assignment_two_notifier_boxes_spaced_name", received=D(2025, 11, 20))
    return dict(stem="ct02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="assignment_notice (joint, card company → invented servicer)",
                unusual="serif joint 債権譲渡及び譲受通知書 with the two NOTIFIER boxes side by side above the body (譲渡人 "
                        "LEFT, 譲受人 RIGHT), each with 代表取締役 and a round seal over the box edge; the INVENTED servicer "
                        "水鏡債権回収 with 「法務大臣許可番号　第247号」 under its box (→ unverified); the addressee "
                        "printed with spaces inside the name 「薦　田　　美佐子　殿」; 記 as numbered kv lines (masked "
                        "会員番号, 平成31年 contract, last payment, 喪失, 譲渡日) and a dotted-leader amount list 元本 / "
                        "手数料・利息 / 遅延損害金 / 合計 as of the 譲渡日; the 譲渡人's 03 number in a closing note is a "
                        "distractor; no payment date")


# ---------------------------------------------------------------------------------------------
# ct03 real servicer (アウロラ, 第76号) writes to the 連帯保証人 ALONE about a company's business loan; photo.


def ct03():
    R = 14.0
    issued, due = D(2026, 1, 20), D(2026, 2, 6)
    acc, lastp, asg = D(2025, 9, 30), D(2025, 7, 31), D(2025, 12, 10)
    P, I = 7_412_000, 96_318
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=NAVY))
    p.at(15, 6.3, "AURORA", size=11, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "アウロラ債権回収株式会社", size=9.5, color=WHITE, align="r")
    p.at(196, 17, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 22, "債権管理番号　AU-5531-207", size=9.5, align="r")
    p.y = 16
    p.line("〒410-0000", size=9.5, x=15)
    p.line("静岡県沼津市すぎな台五丁目2番14号", size=9.5, x=15)
    p.gap(1.5)
    p.line("連帯保証人", size=9, x=18)
    p.line("宝示戸　正造　様", size=14, x=22)
    p.gap(5)
    p.title("連帯保証債務のご履行についてのご請求", size=14, color=NAVY)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=9.8)
    p.para("貴殿が連帯保証人となられている下記主たる債務者の債務につきましては、同社が期限の利益を喪失し、当社が原債権者から"
           "債権を譲り受けた後も、お支払いをいただけておりません。", size=9.8)
    p.para(f"つきましては、連帯保証人である貴殿に対し、保証債務の履行として、下記ご請求金額を{era(due)}（{wd(due)}）までに"
           "一括してお支払いいただきますよう、ご請求申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    y = p.y
    rows = [("主たる債務者", "株式会社寺戸精機（代表取締役　寺戸　勝）"),
            ("主たる債務者の所在地", "静岡県富士市かもしか町一丁目9番3号"),
            ("連帯保証人", "宝示戸　正造　様（ご本人）"),
            ("原債権者（譲渡人）", "株式会社あさつゆ銀行"),
            ("原契約", "証書貸付（事業資金）　令和3年6月10日付　金10,000,000円"),
            ("債権譲受日", era(asg)),
            ("期限の利益喪失日", era(acc)),
            ("最終弁済日", era(lastp))]
    for i, (a, b) in enumerate(rows):
        yy = y + i * 6.6
        p.add(Box(15, yy, 46, 6.6, 0.25, (0, 0, 0), (0.88, 0.91, 0.96)))
        p.add(Box(61, yy, 135, 6.6, 0.25))
        p.at(17, yy + 4.6, a, size=8.6)
        p.at(63, yy + 4.6, b, size=9.3, font="sans-bold" if a == "連帯保証人" else "sans")
    p.y = y + len(rows) * 6.6 + 4
    p.line(f"ご請求金額（{era(issued)}現在）", size=10, font="sans-bold", color=NAVY)
    x0, x1 = 24, 140
    for lab, v in (("残元金", P), ("未収利息", I), (f"遅延損害金（年{R}％・喪失日翌日から）", L)):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, f"{v:,}円", size=10, align="r")
        p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.15, GRAY))
    p.gap(1)
    b = p.line("ご請求金額合計", x=x0, size=11, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=12.5, align="r", font="sans-bold", color=RED)
    yb = p.y - 34
    p.add(Box(148, yb, 48, 30, 0.9, RED))
    p.at(172, yb + 7, "お支払期限", size=10, font="sans-bold", align="c", color=RED)
    p.at(172, yb + 16, era(due), size=10.5, font="sans-bold", align="c")
    p.at(172, yb + 23, f"（{wd(due)}）", size=10, align="c")
    p.gap(4)
    p.para("お振込先　ほおずき銀行 東京営業部 普通預金 7650213 アウロラサイケンカイシュウ（カ　※お振込みの際はお名前の前に"
           "債権管理番号の数字（5531207）をご入力ください。", size=9, indent="")
    p.para("※主たる債務者である株式会社寺戸精機様にも、別途ご請求をお送りしております。", size=9, indent="")
    p.para("※期限までにお支払い又はご連絡がない場合は、保証債務履行請求訴訟その他の法的手続に移行することがございます。",
           size=9, indent="")
    p.gap(5)
    for s, sz, f in (("アウロラ債権回収株式会社　債権管理部", 10.5, "sans-bold"), ("代表取締役社長　（省略）", 8.5, "sans"),
                     ("〒105-0000 東京都港区ひばりが丘南一丁目5番1号", 8.5, "sans"),
                     ("TEL 03-0000-7607（受付 平日9:30～17:30）担当　日紫喜", 9.2, "sans"),
                     ("法務大臣許可番号　第76号", 9, "sans")):
        p.line(s, x=100, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7607", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社あさつゆ銀行", debtor="宝示戸正造", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AU-5531-207", input_kind="photo_jpeg",
               template="proxy89_servicer_to_joint_guarantor_alone_company_loan", received=D(2026, 1, 22))
    return dict(stem="ct03", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="left", fill=0.86,
                          warm=0.18),
                about="collection_notice (real servicer → the 連帯保証人 alone, company loan)",
                unusual="phone photo on wood with tri-fold creases and a hand shadow on the left; real servicer ★ "
                        "アウロラ債権回収 (navy top band with the Latin 「AURORA」) writing to the 連帯保証人 ALONE "
                        "(「連帯保証人」 on the line above 「宝示戸　正造　様」 → debtor = the guarantor); the 主たる債務者 "
                        "株式会社寺戸精機 with its 代表取締役 and its own address in a shaded 8-row table (distractors), "
                        "original = 株式会社あさつゆ銀行 (原債権者（譲渡人）), the 令和3年 loan of 10,000,000円; amounts as "
                        "hairline rows with the total in red; the due date in a red box to the right of the amounts")


# ---------------------------------------------------------------------------------------------
# ct04 guarantee company 代位弁済のご通知, addressed to the 主債務者 AND the 連帯保証人; one-page fax.


def ct04():
    R0, R = 14.0, 14.6
    issued, due = D(2026, 3, 27), D(2026, 4, 10)
    subro, acc, lastp = D(2026, 3, 16), D(2026, 2, 13), D(2025, 10, 27)
    P0, I0 = 18_906_440, 52_118
    L0 = late(P0, R0, acc + ONE, subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10, top=12)
    p.line(f"送信日：{slash(issued)}　　枚数：１／１　　送信元：コスモ住宅保証株式会社（FAX 045-000-2292）", size=8.5,
           x=15)
    p.add(Line(15, p.y, 196, p.y, 0.4))
    p.gap(3)
    y = p.y
    p.at(15, y + 5, "主債務者", size=9.5)
    p.at(40, y + 5, "上總　拓也　様", size=12.5)
    p.at(15, y + 12, "連帯保証人", size=9.5)
    p.at(40, y + 12, "上總　由紀　様", size=12.5)
    p.at(196, y + 5, f"{fw(era(issued))}", size=10, align="r")
    p.at(196, y + 11, "保証受付番号　ＣＪ－０４１３－８８２６", size=9.5, align="r")
    p.y = y + 18
    p.title("代位弁済のご通知", size=16, spaced=True)
    p.para(f"主債務者様が株式会社ともしび銀行から借り入れられた住宅ローン（平成29年8月25日付）につきましては、当社が保証して"
           f"おりましたが、主債務者様は同行との約定により{fw(era(acc))}の経過をもって期限の利益を喪失されました。", size=9.8)
    p.para(f"そこで当社は、{fw(era(subro))}、同行に対し下記のとおり保証債務を履行（代位弁済）し、主債務者様に対する求償債権を"
           "取得いたしました。主債務者様及び連帯保証人様におかれましては、下記ご請求額を期限までに一括してお支払いください。",
           size=9.8)
    p.gap(1)
    p.line("１．代位弁済の内容（ご参考）", size=10, font="sans-bold")
    p.kv([("代位弁済日", fw(era(subro))),
          ("代位弁済額", f"{S:,}円（元金 {P0:,}円・利息 {I0:,}円・損害金 {L0:,}円）"),
          ("銀行への最終ご返済日", fw(era(lastp)))], x=24, label_w=44, size=9.3)
    p.gap(2)
    p.line("２．ご請求額", size=10, font="sans-bold")
    p.table([["求償元金", "代位弁済日翌日からの損害金（年14.6％）", "ご請求額（本日現在）"],
             [f"{S:,}円", f"{L:,}円", f"{T:,}円"]], [52, 72, 52], x=24, header=True, aligns="rrr", size=10, row_h=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 160, 12, 1.1))
    p.at(28, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(62, y + 8.3, f"{fw(era(due))}（{wd(due)}）１５時まで", size=12, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　ともしび銀行 横浜駅前支店 普通預金 2913655 コスモジュウタクホショウ（カ", size=9.2, indent="")
    p.para("※求償元金に対しては、完済の日まで年14.6％（年365日の日割計算）の割合による損害金が発生いたします。", size=8.9,
           indent="")
    p.para("※期限までにお支払い又はご相談がない場合は、担保不動産（神奈川県大和市ときわ台東二丁目所在）の競売の申立てを"
           "行います。根抵当権極度額 金22,000,000円。", size=8.9, indent="")
    p.para("※連帯保証人様は、主債務者様と連帯して本件求償債務をお支払いいただく義務がございます。", size=8.9, indent="")
    p.gap(3)
    for s, sz, f in (("コスモ住宅保証株式会社", 11, "sans-bold"), ("代表取締役　（印省略）　債権管理部　担当　板東", 9, "sans"),
                     ("〒220-0000 神奈川県横浜市西区潮見丘三丁目3番3号", 8.5, "sans"),
                     ("TEL 045-000-2291　FAX 045-000-2292", 9.5, "sans"),
                     ("貸金業登録番号　関東財務局長（2）第01937号", 8, "sans")):
        p.line(s, x=110, size=sz, font=f)
    tr = truth(document_type="acceleration_notice", sender="コスモ住宅保証株式会社", phone="045-000-2291",
               creditor="コスモ住宅保証株式会社", status="not_applicable", original="株式会社ともしび銀行",
               debtor="上總拓也", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="CJ-0413-8826",
               input_kind="fax_tiff", template="proxy89_subrogation_to_debtor_and_guarantor_fax", received=issued)
    return dict(stem="ct04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:04 COSMO JUTAKU HOSHO 045-000-2292",
                about="acceleration_notice (guarantee company 代位弁済, to the 主債務者 and the 連帯保証人)",
                unusual="one-page G4 fax with a one-line 送信日 / 枚数 / 送信元 strip; addressed to BOTH 「主債務者　上總　拓也"
                        "　様」 and 「連帯保証人　上總　由紀　様」 on two lines (debtor = the 主債務者); full-width era dates and a "
                        "full-width 保証受付番号 ＣＪ－０４１３－８８２６; the 代位弁済額 with its 元金 / 利息 / 損害金 "
                        "in ONE kv line (history); ご請求額 as a 3-column header table 求償元金 / 代位弁済日翌日からの損害金 / "
                        "ご請求額（本日現在） (no interest); 「１５時まで」 after the due date; 根抵当権極度額, the 貸金業登録番号 and "
                        "the FAX number as distractors")


# ---------------------------------------------------------------------------------------------
# ct05 司法書士法人 writes for a servicer client that bought a 信販 claim; 債権の表示 on page 2.


def ct05():
    R = 14.6
    issued, due = D(2026, 5, 12), D(2026, 5, 29)
    acc, lastp, asg = D(2024, 11, 20), D(2024, 8, 27), D(2025, 8, 1)
    P, I = 812_400, 38_615
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, wdate(issued), size=10.5, align="r")
    p.y = 26
    p.line("〒530-0000", size=10)
    p.line("大阪府大阪市北区くるみ町二丁目6番3号　イーグレット梅田405号", size=10)
    p.line("末綱　和之　様", size=14, x=26)
    p.gap(2)
    y = p.y
    for i, s in enumerate(("〒541-0000 大阪府大阪市中央区あやめ台南一丁目1番20号", "司法書士法人　美濃輪・吹野合同事務所",
                           "代表社員　司法書士　美濃輪　恒夫", "担当　司法書士　吹野　沙織",
                           "電話　06-000-5820（平日10時～17時）", "ＦＡＸ　06-000-5821")):
        p.at(110, y + i * 5.2, s, size=10.5 if i == 1 else 8.8, font="serif-bold" if i == 1 else "serif")
    p.seal(190, y + 8, 12, "square", "美濃輪吹野合同事務所印", angle=-3, seed=89051)
    p.y = y + 36
    p.title("ご　通　知", size=17, font="serif-bold")
    p.line("（受任のご連絡及びご請求）", align="c", size=10.5)
    p.gap(2)
    p.para("前略　当法人は、アルファ債権回収株式会社（以下「依頼者」といいます。）から委任を受け、依頼者が株式会社オリオン"
           "信販から譲り受けた貴殿に対する債権（詳細は別紙「債権の表示」のとおり）の請求及び回収に関する一切の件を受任いたし"
           "ましたので、ご通知申し上げます。")
    p.para("依頼者の記録によれば、貴殿は、同債権について長期にわたりお支払いをされておらず、期限の利益を喪失されています。"
           f"つきましては、別紙記載の請求金額合計を、{wdate(due)}（{wd(due)}）までに、下記の当法人預り金口座へ一括してお支払い"
           "ください。")
    p.para("分割によるお支払いをご希望の場合は、上記期日までに当法人担当者へご連絡ください。期日までにお支払いもご連絡も"
           "ない場合には、依頼者の意向により、訴訟等の法的手続をとることになりますので、ご承知おきください。")
    p.para("なお、本件に関するご連絡は、今後、依頼者ではなく当法人宛てにお願いいたします。")
    p.line("草々", align="r")
    p.gap(3)
    p.line("記", align="c")
    p.kv([("ご請求金額", f"金{T:,}円（内訳は別紙のとおり）"),
          ("お支払期日", f"{wdate(due)}（{wd(due)}）"),
          ("お振込先", "ささげ銀行 北浜支店 普通預金 5820114"),
          ("口座名義", "司法書士法人美濃輪・吹野合同事務所 預り金口"),
          ("受任番号", "MF-2606-114")], x=30, label_w=32, size=10.2)
    p.line("以上", align="r")
    p.at(105, 288, "（１／２）", size=8.5, align="c")
    q = Page(font="serif", size=10.5, top=20)
    q.line("別紙", size=10.5)
    q.title("債 権 の 表 示", size=15, font="serif-bold")
    q.kv([("債権者（依頼者）", "アルファ債権回収株式会社（法務大臣許可番号第101号）"),
          ("", "東京都新宿区めじろ台北四丁目2番2号　電話 03-0000-1010"),
          ("原債権者", "株式会社オリオン信販"),
          ("原契約", "平成29年10月3日付　カードローン契約（極度額 金1,000,000円）"),
          ("債務者", "末綱　和之"),
          ("最終弁済日", wdate(lastp)),
          ("期限の利益喪失日", wdate(acc)),
          ("債権譲渡日", wdate(asg))], x=22, label_w=42, size=10)
    q.gap(4)
    q.line(f"請求金額（{wdate(issued)}現在）", size=10.5, font="serif-bold")
    q.table([["項　目", "金　額", "備　考"],
             ["残元金", f"{P:,}円", ""],
             ["未払利息", f"{I:,}円", "期限の利益喪失日まで"],
             ["遅延損害金", f"{L:,}円", f"{wdate(acc + ONE)}から{wdate(issued)}まで年{R}％"],
             ["合　計", f"{T:,}円", ""]], [40, 40, 90], x=22, header=True, aligns="lrl", size=10, row_h=8.5)
    q.gap(2)
    q.para(f"※残元金{P:,}円に対する{wdate(issued + ONE)}から支払済みまで年{R}％の割合による遅延損害金を別途請求いたします。",
           x0=22, size=9.2, indent="")
    q.para("※依頼者（債権者）への直接のお問い合わせ・お振込みはご遠慮ください。", x0=22, size=9.2, indent="")
    q.at(105, 288, "（２／２）", size=8.5, align="c")
    tr = truth(document_type="collection_notice", sender="司法書士法人美濃輪・吹野合同事務所", phone="06-000-5820",
               creditor="アルファ債権回収株式会社", status="not_applicable", original="株式会社オリオン信販",
               debtor="末綱和之", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg, reference="MF-2606-114",
               input_kind="pdf_text_2page", template="proxy89_judicial_scrivener_for_servicer_client_two_page",
               received=D(2026, 5, 14))
    return dict(stem="ct05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (司法書士法人 for a servicer client that bought a 信販 claim, 2 pages)",
                unusual="digital 2-page ご通知（受任のご連絡及びご請求） of a 司法書士法人 (代表社員 and 担当 司法書士 named, "
                        "square seal) for a servicer client ★ アルファ債権回収 (→ creditor; its 「法務大臣許可番号第101号」 "
                        "and its own 03 number only on p.2, as distractors: the sender is the 司法書士 → not_applicable, "
                        "licence null); original = the 信販 it bought from; p.1 gives only the total and the date in a 記 "
                        "block, the breakdown (残元金 / 未払利息 / 遅延損害金 / 合計 with a 備考 column) is on p.2 with "
                        "最終弁済日, 喪失日, 債権譲渡日, 極度額 1,000,000円 (distractor); reference = 受任番号")


# ---------------------------------------------------------------------------------------------
# ct06 bank's 縦書き 催告書 to the HEIR (one of two) for his 法定相続分 of the late father's card loan.


def ct06():
    R = 14.0
    issued, due = D(2026, 2, 6), D(2026, 2, 27)
    death, acc, lastp = D(2025, 5, 9), D(2025, 10, 31), D(2025, 4, 30)
    P_all, I_all = 3_268_400, 42_860
    P, I = P_all // 2, I_all // 2
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    k = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", f"被相続人　亡西願寺重雄様（{kdate(death)}ご逝去）のご逝去に際し、謹んでお悔やみ申し上げます。"),
        ("body", f"さて、被相続人は、当行との間の平成二十九年九月一日付カードローン契約に基づく借入金のご返済を、{kdate(lastp)}"
                 f"を最後に遅滞し、{kdate(acc)}の経過をもって期限の利益を喪失いたしました。"),
        ("body", "当行の調査によれば、貴殿は被相続人の長男として、ご弟妹一名とともに被相続人の債務を法定相続分（各二分の一）に"
                 "応じて承継されております。"),
        ("body", f"つきましては、貴殿のご負担分である左記金員を、{kdate(due)}までに一括してお支払いくださいますよう催告いたします。"),
        ("indent", "記"),
        ("indent", f"参考　被相続人の借入元金残高　{k(P_all)}"),
        ("indent", "貴殿のご負担額（法定相続分二分の一）"),
        ("indent", f"一　元金　　　　{k(P)}"),
        ("indent", f"二　利息　　　　{k(I)}"),
        ("indent", f"三　遅延損害金　{k(L)}"),
        ("plain", "　　　（期限の利益喪失日の翌日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{k(T)}"),
        ("body", "なお、相続放棄又は限定承認の手続をとられている場合は、その旨を証する書面の写しを当行までお送りください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "愛媛県松山市さざんか通一丁目二番二号"),
        ("low", "株式会社おおるり銀行　松山支店"),
        ("low", "支店長　梅香　慎一郎"),
        ("low", "電話　〇八九（〇〇〇）三二一五"),
        ("blank", ""),
        ("low", "愛媛県今治市つぐみ坂六丁目十番地"),
        ("low", "被相続人　亡西願寺重雄　相続人"),
        ("low", "西願寺　千秋　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "梅香" in it.s]
    pg.items.append(Seal(xs[0] - 3.2, 22.0 + 27 * size * 0.3528 * 1.05 + 4, 10, "square", "おおるり銀行松山支店長印",
                         angle=3, seed=89061))
    tr = truth(document_type="collection_notice", sender="株式会社おおるり銀行", phone="089-000-3215",
               creditor="株式会社おおるり銀行", status="not_applicable", debtor="西願寺千秋", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_pdf",
               template="proxy89_vertical_bank_demand_to_heir_statutory_share", received=D(2026, 2, 9))
    return dict(stem="ct06", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (bank 縦書き 催告書 to the heir, 法定相続分 1/2)",
                unusual="digital 縦書き 催告書 of a bank's 支店 (支店長 with a square seal) to the HEIR: 「被相続人　亡西願寺"
                        "重雄　相続人」 over 「西願寺　千秋　殿」 at the end (debtor = the heir); the date of death in the first "
                        "column; positional kanji amounts; the deceased's whole 借入元金残高 as a 参考 line (distractor) and "
                        "the heir's share (法定相続分二分の一) as 元金 / 利息 / 遅延損害金 / 合計; the 平成二十九年 contract; the "
                        "相続放棄 note; phone in kanji digits; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# ct07 仙台簡裁 支払督促: guarantee company (求償金) against a COMPANY and its 代表者; 2-page image PDF.


def ct07():
    R = 14.0
    issued, filed = D(2026, 2, 24), D(2026, 2, 10)
    subro, acc = D(2025, 12, 19), D(2025, 11, 28)
    S = 5_238_760
    L = late(S, R, subro + ONE, filed)
    C = 6_380
    T = S + L + C
    case = "令和8年(ロ)第318号"
    p = Page(font="serif", size=11, top=18)
    p.line(f"{fw('令和8年（ロ）第318号')}", size=10.5)
    p.gap(6)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.line("当事者の表示　　別紙当事者目録記載のとおり", size=11)
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", size=11)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　仙台簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　与那嶺　朋美", size=11)
    p.seal(150, p.y - 6, 15, "square", "仙台簡易裁判所書記官印", seed=89071)
    p.gap(8)
    y = p.y
    p.add(Box(20, y, 170, 58, 0.6))
    p.at(25, y + 7, "支払督促を受け取った方へ", size=11, font="serif-bold")
    for i, s in enumerate(("１　この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立て",
                           "　　をすることができます（同封の督促異議申立書をご利用ください。）。",
                           "２　督促異議の申立てをすると、通常の訴訟に移行します。",
                           "３　申立てをしないと、仮執行宣言が付され、強制執行を受けるおそれがあります。",
                           "４　債務者が法人の場合は、代表者の資格を証する書面を添付してください。",
                           "　　問い合わせ先　仙台簡易裁判所民事訟廷事務室督促係",
                           "　　〒980-0000 宮城県仙台市青葉区ききょう通一丁目7番1号　電話 022-000-5117")):
        p.at(25, y + 15 + i * 6, s, size=9.6)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当事者目録", align="c", size=12, font="serif-bold")
    q.gap(2)
    q.kv([("〒980-0000", "宮城県仙台市宮城野区すぎな台二丁目8番8号"),
          ("債権者", "れんげ保証株式会社"),
          ("", "代表者代表取締役　逢坂　直人"),
          ("", "（送達場所）同社管理部　電話 022-000-3606　FAX 022-000-3607"),
          ("〒989-0000", "宮城県柴田郡あやめ台南三丁目14番地"),
          ("債務者", "株式会社葉玉建材"),
          ("", "代表者代表取締役　葉玉　宗一")], x=20, label_w=30, size=10.3)
    q.gap(3)
    q.line("請求の趣旨", align="c", size=12, font="serif-bold")
    q.gap(1)
    q.para(f"１　金{S:,}円（求償金元金）", x0=20, indent="")
    q.para(f"２　上記１に対する{fw(era(filed + ONE))}から完済まで年１４％の割合による遅延損害金", x0=20, indent="")
    q.para(f"３　金{L:,}円（{fw(era(subro + ONE))}から{fw(era(filed))}まで年１４％の割合による確定遅延損害金）", x0=20,
           indent="")
    q.para(f"４　金{C:,}円（督促手続費用）", x0=20, indent="")
    q.para(f"　　（１、３及び４の合計　金{T:,}円）", x0=20, indent="")
    q.gap(3)
    q.line("請求の原因", align="c", size=12, font="serif-bold")
    q.gap(1)
    for s in ("１　債務者は、令和5年4月14日、株式会社こだま銀行から事業資金として金8,000,000円を、弁済期限令和10年4月、"
              "毎月末日限り元利均等分割弁済の約定で借り受けた。",
              "２　債権者は、債務者の委託を受け、同日、前記借受金債務について保証し、保証委託契約において、代位弁済をしたとき"
              "は、債務者は代位弁済額及びこれに対する代位弁済日の翌日から完済まで年１４％の割合による遅延損害金を支払う旨約した。",
              f"３　債務者は、分割金の支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"４　債権者は、{fw(era(subro))}、株式会社こだま銀行に対し、残元金及び利息等合計金{S:,}円を代位弁済した。",
              "５　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=20, x1=192, size=10.2, indent="")
    q.gap(4)
    q.line(f"（申立年月日　{fw(era(filed))}）", size=10, align="r")
    tr = truth(document_type="payment_order", sender="仙台簡易裁判所", phone="022-000-5117",
               creditor="れんげ保証株式会社", status="not_applicable", original="株式会社こだま銀行",
               debtor="株式会社葉玉建材", total=T, principal=S, interest=None, late_damages=L, costs=C, rate=R,
               lump=True, issued=issued, acceleration=acc, reference=case, input_kind="pdf_scan",
               template="proxy89_payment_order_guarantor_against_company", received=D(2026, 2, 27))
    return dict(stem="ct07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (仙台簡裁, guarantee company v a COMPANY, 2 pages)",
                unusual="2-page image PDF of a 支払督促: the debtor is a COMPANY 「株式会社葉玉建材」 with its 「代表者代表取締役"
                        "　葉玉　宗一」 on the next line (debtor = the company, the person is its representative), and the "
                        "creditor's 代表者 逢坂 and 送達場所 phone / FAX likewise (distractors); creditor = the guarantee "
                        "company (求償金), original = the bank of the 請求の原因; 請求の趣旨 as numbered prose items with a "
                        "bracketed 「１、３及び４の合計」; the 令和5年 loan of 8,000,000円 and 弁済期限令和10年 as "
                        "distractors; issued = the order date (not the 申立年月日)")


# ---------------------------------------------------------------------------------------------
# ct08 real servicer (SMBC債権回収, 第10号) 催告書 to a COMPANY 御中 with its 代表取締役 様; HEIC photo.


def ct08():
    R = 14.0
    issued, due = D(2026, 6, 15), D(2026, 6, 30)
    acc, lastp, asg = D(2026, 1, 20), D(2025, 11, 25), D(2026, 4, 1)
    P, I = 12_580_000, 184_211
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "〒370-0000　群馬県高崎市なずな町八丁目3番22号", size=9.5)
    p.at(15, 26, "有限会社　鵜川工務店　御中", size=14)
    p.at(22, 33, "代表取締役　鵜川　義男　様", size=11.5)
    p.at(196, 18, f"{fw(era(issued))}", size=10, align="r")
    p.at(196, 24, "ご照会番号　7720-0615-33", size=9.5, align="r")
    p.y = 42
    p.add(Line(15, p.y, 196, p.y, 0.3))
    p.gap(4)
    p.title("催　告　書", size=18)
    p.para("拝啓　貴社ますますご清栄のこととお慶び申し上げます。", size=10)
    p.para(f"当社は、{fw(era(asg))}付で株式会社たかね銀行から、同行が貴社に対して有する下記貸付債権を譲り受けました"
           "（同行及び当社の連名による債権譲渡通知書を既にお送りしております）。", size=10)
    p.para("しかしながら、現在に至るまで貴社からのお支払いはなく、ご連絡もいただいておりません。つきましては、本書をもって"
           f"下記ご請求金額を{fw(era(due))}（{wd(due)}）までに一括してお支払いいただくよう催告いたします。", size=10)
    p.para("期限までにお支払い又はご連絡がない場合は、貴社及び連帯保証人様に対し、法的手続に移行いたします。", size=10)
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    cw = 60.3
    for i, (lab, val) in enumerate((("原債権者", "株式会社たかね銀行"), ("原契約", "令和4年2月 手形貸付→証書貸付"),
                                    ("連帯保証人", "鵜川　義男"), ("期限の利益喪失日", fw(era(acc))),
                                    ("最終ご入金日", fw(era(lastp))), ("債権譲受日", fw(era(asg))))):
        cell(p, 15 + (i % 3) * cw, y + (i // 3) * 14, cw, 14, lab, val, lsize=7.5, vsize=9.8)
    p.y = y + 32
    p.table([["残元金", "未収利息", "遅延損害金（年14％）", "ご請求金額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [44, 40, 48, 49], x=15, header=True, aligns="rrrr",
            size=10, row_h=9)
    p.line(f"（{fw(era(issued))}現在。遅延損害金は期限の利益喪失日の翌日から計算）", x=15, size=8.5)
    p.gap(3)
    p.para("お振込先（当社指定口座）　くれない信託銀行 本店営業部 普通預金 1010772 エスエムビーシーサイケンカイシュウ（カ",
           size=9, indent="")
    p.para("※ご返済方法のご相談は、期限までに下記担当者へお電話ください。", size=9, indent="")
    p.gap(6)
    for s, sz, f in (("SMBC債権回収株式会社", 12, "sans-bold"), ("法務大臣許可番号　第10号", 9, "sans"),
                     ("法人債権管理部　担当　目黒川", 9.5, "sans"),
                     ("〒104-0000 東京都中央区ときわ台東四丁目1番6号", 8.8, "sans"),
                     ("TEL 03-0000-8810（代表）　FAX 03-0000-8811", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(186, p.y - 22, 13, "square", "SMBC債権回収株式会社之印", angle=-2, seed=89081)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-8810", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社たかね銀行",
               debtor="有限会社鵜川工務店", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="7720-0615-33", input_kind="photo_heic",
               template="proxy89_servicer_demand_to_company_onchu_rep_sama", received=D(2026, 6, 17))
    return dict(stem="ct08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=20, fill=0.86, warm=0.22),
                about="collection_notice (real servicer 催告書 to a company 御中)",
                unusual="iPhone HEIC on cloth with creases and a lamp glare; real servicer ★ SMBC債権回収 with "
                        "「法務大臣許可番号　第10号」 under its name; addressed to 「有限会社　鵜川工務店　御中」 with "
                        "「代表取締役　鵜川　義男　様」 under it (debtor = the company; the same man appears again as "
                        "連帯保証人 in a cell); six label-above-value cells (原債権者, 原契約 令和4年, 連帯保証人, 喪失日, "
                        "最終ご入金日, 債権譲受日); a one-row header table 残元金 / 未収利息 / 遅延損害金（年14％） / "
                        "ご請求金額合計; full-width era dates; reference = ご照会番号 7720-0615-33")


LETTERS = [ct01, ct02, ct03, ct04, ct05, ct06, ct07, ct08]
