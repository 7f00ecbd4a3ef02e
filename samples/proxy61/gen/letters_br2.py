"""Proxy set 61, letters br09–br16: the 千葉谷 household (card debt after the 判決): the joint 債権譲渡通知 of the judgment
claim to a real servicer, the servicer's 預金差押え予告 by fax and the 預金の債権差押命令 served with the 承継執行文;
the 四元 household (housing loan): the guarantor's 縦書き 代位弁済通知, the 担保不動産競売開始決定 and the
配当期日呼出状; the 羽根田 household (bank card loan bought by an invented servicer): the 簡裁 和解調書 正本 and the
servicer's 縦書き 強制執行予告 after the 和解 broke."""

from __future__ import annotations

import re
from datetime import date as D

from common import GRAY, RED, SHADE, WHITE, Box, Line, Page, era, kdate, late, truth, vcheck, vsafe, wd
from letters_br1 import case_fw, fe, ruled_rows
from story import (
    ACS,
    ACS_ADDR,
    ACS_FAX,
    ACS_NO,
    ACS_REP,
    ACS_TEL,
    ACS_ZIP,
    AMAKUSA,
    AMAKUSA_CLERK,
    AMAKUSA_JUDGE,
    GYOKO,
    GYOKO_ADDR,
    GYOKO_AGENT,
    GYOKO_NO,
    GYOKO_REP,
    GYOKO_TEL,
    GYOKO_ZIP,
    H_ACC,
    H_ACS_REF,
    H_ADDR,
    H_ASSIGN,
    H_BANK,
    H_BANK_REP,
    H_CASE,
    H_DEBTOR,
    H_I,
    H_JUDG,
    H_L,
    H_LAST,
    H_NOTICE,
    H_P,
    H_R,
    H_SEIZE,
    H_SEIZE_CASE,
    H_SEIZE_FILED,
    H_SHOP,
    H_SHOP_FAX,
    H_SUCC,
    H_SUIT,
    H_WARN,
    H_WARN_DUE,
    H_ZIP,
    HYUGA,
    HYUGA_ADDR,
    HYUGA_REP,
    HYUGA_TEL,
    ITAMI,
    ITAMI_CLERK,
    ITAMI_JUDGE,
    ITAMI_TEL,
    J_ACC,
    J_ADDR,
    J_CASE,
    J_DEBTOR,
    J_DIV,
    J_DIV_CALL,
    J_DUE,
    J_FILED,
    J_LAST,
    J_NOTICE,
    J_PAID_IN,
    J_R,
    J_S,
    J_START,
    J_SUBRO,
    KARIN,
    MIYAZAKI,
    MIYAZAKI_CLERK,
    MIYAZAKI_JUDGE,
    MIYAZAKI_TEL,
    NAGISA,
    ONE,
    TODAI,
    TODAI_ADDR,
    TODAI_REP,
    TODAI_ZIP,
    W_A,
    W_ACC,
    W_ADDR,
    W_ASSIGN,
    W_CASE,
    W_CERT,
    W_DAY,
    W_DEBTOR,
    W_DUE,
    W_FIRST,
    W_INST,
    W_L,
    W_LAST,
    W_N,
    W_NOTICE,
    W_PAID_N,
    W_R,
    W_REST,
    W_THRESH,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import PT_MM, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ACS_BLUE = (0.05, 0.27, 0.55)
HY_GREEN = (0.10, 0.35, 0.15)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kgroup(n: int) -> str:
    """金一九、八四二、三一六円: kanji digits grouped by 、 (a vertical style of 位取り)."""
    return "金" + kanji_digits(f"{n:,}").replace(",", "、") + "円"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


_KD = "〇一二三四五六七八九"


def vcheck_groups(pages) -> None:
    """vcheck, plus: no column ends inside a 、-grouped kanji amount (…九、|八四二…) or right after one of its 、."""
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            joint = a.s[-3:] + "|" + b.s[:3]
            if re.search(f"[{_KD}]、?\\|、?[{_KD}]", joint) or re.search(f"[{_KD}]\\|?、\\|?[{_KD}]", joint):
                raise AssertionError(f"column breaks inside a grouped amount: {joint}")


# =============================================================================================
# br09 joint 債権譲渡通知書 of a JUDGMENT claim, card company → real servicer: notifiers stacked top-right, two damage rows.


def br09():
    issued = H_NOTICE
    L2 = late(H_P, H_R, H_SUIT + ONE, H_ASSIGN)
    T = H_P + H_I + H_L + L2
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, wdate(issued), size=10.5, align="r")
    p.y = 20
    p.line(f"〒{H_ZIP}", x=18, size=10)
    p.line(H_ADDR, x=18, size=10)
    p.line(f"{H_DEBTOR}　様", x=22, size=13)
    yb = 36
    for i, (role, name, addr, rep, extra) in enumerate(
            (("譲渡人", TODAI, f"〒{TODAI_ZIP} {TODAI_ADDR}", TODAI_REP, ""),
             ("譲受人", ACS, f"〒{ACS_ZIP} {ACS_ADDR}", ACS_REP, f"法務大臣許可番号　第{ACS_NO}号"))):
        y0 = yb + i * 24
        p.at(106, y0, f"（{role}）", size=9)
        p.at(106, y0 + 5, addr, size=8.4)
        p.at(106, y0 + 10.5, name, size=11, font="serif-bold")
        p.at(106, y0 + 15.5, rep, size=9.5)
        if extra:
            p.at(106, y0 + 20.5, extra, size=9)
        p.seal(190, y0 + 15, 10, "round", ("燈台クレジット|代表取締役印" if i == 0 else "エー・シー・エス|代表取締役印"),
               seed=6109 + i)
    p.y = 88
    p.title("債権譲渡通知書", size=17, font="serif-bold")
    p.para(f"譲渡人は、{wdate(H_ASSIGN)}、貴殿に対して有する下記債権（{ITAMI}{case_fw(H_CASE)}事件の判決により認容された"
           "債権）を、譲受人に譲渡いたしましたので、譲渡人及び譲受人の連名をもってご通知申し上げます。")
    p.para("今後、本件債権についてのお支払い及びお問合せは、すべて譲受人あてにお願いいたします。譲渡人に対してお支払い"
           "いただいても、本件債権の弁済とはなりませんのでご注意ください。")
    p.gap(2)
    p.line("記", align="c")
    p.line("１　譲渡債権の表示", size=11, font="serif-bold", x=20)
    p.kv([("原契約", f"クレジットカード会員契約（{wdate(D(2019, 3, 12))}締結）"),
          ("債務名義", f"{ITAMI}　{H_CASE}　判決（{wdate(H_JUDG)}言渡し・確定）"),
          ("期限の利益喪失日", wdate(H_ACC)), ("最終ご入金日", wdate(H_LAST))], x=26, label_w=36, size=10)
    p.gap(1)
    p.line(f"２　譲渡債権額（{wdate(H_ASSIGN)}現在）", size=11, font="serif-bold", x=20)
    rows = [["項　目", "金　額"], ["残元金", f"{H_P:,}円"], ["未払手数料・利息", f"{H_I:,}円"],
            [f"確定遅延損害金（判決認容分・{wdate(H_SUIT)}まで）", f"{H_L:,}円"],
            [f"遅延損害金（{wdate(H_SUIT + ONE)}～{wdate(H_ASSIGN)}）", f"{L2:,}円"], ["譲渡債権額合計", f"{T:,}円"]]
    p.table(rows, [120, 44], x=26, header=True, aligns="lr", size=10, row_h=7.4)
    p.para(f"※残元金に対しては、{wdate(H_ASSIGN + ONE)}以降も完済まで年14.6％の割合による遅延損害金が発生します。", x0=26,
           x1=190, size=9.2, indent="")
    p.gap(2)
    p.line("３　ご連絡先（譲受人）", size=11, font="serif-bold", x=20)
    p.kv([("", f"{ACS}　管理部　担当 千々石"), ("", f"フリーダイヤル {ACS_TEL}（平日9:30～18:00）"),
          ("", f"お客様管理番号 {H_ACS_REF}")], x=26, label_w=0, size=10)
    p.gap(2)
    p.para("なお、譲受人は、上記判決について承継執行文の付与を受けたうえ、強制執行の手続をとることがあります。本通知に"
           "ご不明の点がございましたら、譲受人までお問い合わせください。", size=9.6)
    p.line("以　上", align="r", size=10.5)
    tr = truth(document_type="assignment_notice", sender=ACS, license_number=ACS_NO, phone=ACS_TEL, creditor=ACS,
               status="licensed", original=TODAI, debtor=H_DEBTOR, total=T, principal=H_P, interest=H_I,
               late_damages=H_L + L2, rate=H_R, lump=False, issued=issued, acceleration=H_ACC, last_payment=H_LAST,
               assignment=H_ASSIGN, reference=H_ACS_REF, input_kind="pdf_text",
               template="proxy61_joint_assignment_of_judgment_claim_stacked_notifiers", received=D(2025, 11, 13))
    return dict(stem="br09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, a judgment claim)",
                unusual="digital joint 債権譲渡通知書 of a claim ALREADY CONFIRMED BY A 判決: the two notifiers STACKED "
                        "top-right with round seals ((譲渡人) 燈台クレジット above (譲受人) ★ エー・シー・エス債権管理回収 with "
                        "「法務大臣許可番号　第27号」), the addressee top-left, western 年月日 dates; 債務名義 cited by its "
                        "(ワ) number; a 項目 / 金額 table with TWO damage rows (判決認容分 to 2/10 + 2/11～10/31 → late = "
                        "sum) and 譲渡債権額合計; informs only (lump false, no payment date); 承継執行文 mentioned as a "
                        "future step; お客様管理番号 in the contact line")


# =============================================================================================
# br10 ACS 預金差押え予告, one-page fax to the debtor's workshop: a dark band, the total first, a boxed deadline.


def br10():
    issued, due = H_WARN, H_WARN_DUE
    L = late(H_P, H_R, H_ACC + ONE, issued)  # one window, as printed
    T = H_P + H_I + L
    p = Page(font="sans", size=10, top=12)
    p.at(18, 16, f"{H_SHOP}　{H_DEBTOR}　様　（FAX {H_SHOP_FAX}）", size=10.5)
    p.at(194, 16, f"送信日 {wdate(issued)}　1枚", size=9.5, align="r")
    p.add(Line(15, 19.5, 196, 19.5, 0.3))
    p.add(Box(15, 23, 181, 13, color=None, fill=ACS_BLUE))
    p.at(19, 31.5, "強制執行（預金差押え）のご予告", size=15, font="sans-bold", color=WHITE)
    p.at(192, 31, "重要", size=12, font="sans-bold", color=WHITE, align="r")
    p.y = 41
    p.para(f"貴殿に対する下記債権は、{ITAMI}の判決（{wdate(H_JUDG)}言渡し）により確定しており、当社が{wdate(H_ASSIGN)}に"
           f"{TODAI}から譲り受けたものです。これまで再三ご連絡いたしましたが、ご入金もご連絡もございません。", size=10)
    p.para("当社は、すでに承継執行文の付与を申し立てております。下記期限までにお支払い又はご連絡がない場合には、貴殿名義の"
           "預金口座（事業用口座を含みます）について、債権差押命令の申立てを行います。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 16, 0.8, RED, (1.0, 0.95, 0.95)))
    p.at(25, y + 10.3, f"ご請求額（{wdate(issued)}現在）", size=11, font="sans-bold", color=RED)
    p.at(185, y + 11, f"{T:,}円", size=17, font="sans-bold", color=RED, align="r")
    p.y = y + 19
    rows = [("判決元金", f"{H_P:,}円"), ("未払手数料・利息", f"{H_I:,}円"),
            (f"遅延損害金（{wdate(H_ACC + ONE)}～{wdate(issued)}　年14.6％）", f"{L:,}円")]
    ruled_rows(p, rows, 30, 178, 10.3, bold_last=False)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 80, 20, 1.2))
    p.at(60, y + 7, "お支払・ご連絡期限", size=10.5, font="sans-bold", align="c")
    p.at(60, y + 15.5, f"{due.month}月{due.day}日（{wd(due)}）", size=15, font="sans-bold", align="c")
    p.at(106, y + 6, "お振込先", size=9.5, font="sans-bold")
    p.at(106, y + 11.5, "くわい銀行 千葉支店 普通 7058213", size=9.5)
    p.at(106, y + 17, "エーシーエスサイケンカンリカイシユウ（カ", size=8.5)
    p.y = y + 25
    p.para(f"※お振込の際は、お名前の前にお客様管理番号（{H_ACS_REF}）の数字部分をご入力ください。分割でのお支払いを"
           "ご希望の場合も、必ず期限までにお電話ください。", size=9.2, indent="")
    p.para("※本書と行き違いにご入金いただいた場合は、ご容赦ください。", size=9.2, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.4, GRAY))
    for i, (s, sz, f) in enumerate(((ACS, 12, "sans-bold"), (f"法務大臣許可番号第{fw(str(ACS_NO))}号　管理部　担当 千々石", 9.5, "sans"),
                                    (f"〒{ACS_ZIP} {ACS_ADDR}", 9, "sans"),
                                    (f"TEL {ACS_TEL}（フリーダイヤル）　FAX {ACS_FAX}　お客様管理番号 {H_ACS_REF}", 9.5, "sans"))):
        p.at(20, y + 7 + i * 6.3, s, size=sz, font=f)
    p.seal(184, y + 14, 13, "square", "エーシーエス債権管理回収印", seed=6111)
    tr = truth(document_type="collection_notice", sender=ACS, license_number=ACS_NO, phone=ACS_TEL, creditor=ACS,
               status="licensed", original=TODAI, debtor=H_DEBTOR, total=T, principal=H_P, interest=H_I, late_damages=L,
               rate=H_R, lump=True, issued=issued, payment_due=due, assignment=H_ASSIGN, reference=H_ACS_REF,
               input_kind="fax_tiff", template="proxy61_servicer_bank_seizure_warning_fax_total_first", received=issued)
    return dict(stem="br10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 ACS KANRIBU {ACS_FAX}",
                about="collection_notice (real servicer, 預金差押え予告, one-page fax)",
                unusual="one-page G4 fax to the debtor's WORKSHOP (屋号 千葉谷塗装 and its own FAX number on the first line, "
                        "a distractor); a dark title band 「強制執行（預金差押え）のご予告」 that the fax turns solid; the TOTAL "
                        "FIRST in a red-framed box and the 内訳 below it (判決元金 / 未払手数料・利息 / 遅延損害金 with its "
                        "window from the day after 喪失 — the 喪失 date itself is not printed: null); the deadline as "
                        "「1月30日（金）」 without a year in a heavy box; licence 「法務大臣許可番号第２７号」 in full-width "
                        "without a space; the 判決 date and the 譲受 date in the prose")


# =============================================================================================
# br11 伊丹支部 債権差押命令 (預金) + 請求債権目録 + 承継執行文 謄本 and its 付与 notice, 3-page image PDF.


def br11():
    issued = H_SEIZE
    L2 = late(H_P, H_R, H_SUIT + ONE, H_SEIZE_FILED)
    exe = [("申立手数料", 4_000), ("申立書作成及び提出費用", 1_000), ("差押命令正本送達費用", 2_964),
           ("資格証明書交付手数料", 600), ("執行文付与申立手数料", 300), ("送達証明申請手数料", 150),
           ("承継執行文等謄本送達費用", 1_094)]
    E = sum(v for _, v in exe)
    T = H_P + H_I + H_L + L2 + E
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 20, f"{case_fw(H_SEIZE_CASE)}", size=10.5)
    p.y = 24
    p.title("債権差押命令", size=18, font="serif-bold", spaced=True)
    p.kv([("債　権　者", f"{ACS}（〒{ACS_ZIP} {ACS_ADDR}）"), ("", ACS_REP),
          ("債　務　者", f"{H_DEBTOR}（{H_SHOP}こと）（〒{H_ZIP} {H_ADDR}）"),
          ("第三債務者", f"{H_BANK}（送達場所　同行伊丹支店）"), ("", H_BANK_REP)], x=20, label_w=26, size=10)
    p.gap(3)
    p.para("１　債権者の申立てにより、別紙請求債権目録記載の債権の弁済に充てるため、同目録記載の執行力のある債務名義の正本"
           "に基づき、債務者が第三債務者に対して有する別紙差押債権目録記載の債権を差し押さえる。", x0=20, x1=190, indent="")
    p.para("２　債務者は、前項により差し押さえられた債権について、取立てその他の処分をしてはならない。", x0=20, x1=190,
           indent="")
    p.para("３　第三債務者は、第１項により差し押さえられた債権について、債務者に対し弁済をしてはならない。", x0=20, x1=190,
           indent="")
    p.gap(4)
    p.line(f"　　{fe(issued)}", size=11)
    p.line(f"　　{ITAMI}", size=11)
    p.line(f"　　　　裁判官　{ITAMI_JUDGE}", size=11)
    p.gap(6)
    y = p.y
    p.add(Box(20, y, 170, 44, 0.6))
    p.add(Box(20, y, 170, 8, color=None, fill=SHADE))
    p.at(105, y + 5.7, "債務者の方へ", size=11, font="serif-bold", align="c")
    for i, s in enumerate(["・この命令が送達された日から１週間を経過すると、債権者は第三債務者（銀行）から差し押さえられた",
                           "　預金を直接取り立てることができます。",
                           "・差し押さえられた預金が年金や給料の振込みによるもの等で、生活に困る事情があるときは、差押禁止",
                           "　債権の範囲の変更を申し立てることができます（民事執行法１５３条）。",
                           "・この命令に対する執行抗告は、送達を受けた日から１週間以内にしなければなりません。",
                           f"・問合せ先　{ITAMI}　執行係　電話 {ITAMI_TEL}"]):
        p.at(24, y + 14 + i * 5.0, s, size=9.5)
    p.y = y + 48
    p.line(f"これは正本である。　{fe(issued)}　{ITAMI}　裁判所書記官　{ITAMI_CLERK}", size=9.5, align="r")
    p.seal(194, p.y - 4, 12, "square", "伊丹支部書記官印", seed=6112)
    q = Page(font="serif", size=10.5, top=16)
    q.line("請求債権目録", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    q.para(f"{ITAMI}{case_fw(H_CASE)}事件の執行力のある判決正本（{fe(H_SUCC)}承継執行文付与）に表示された下記金員及び"
           "執行費用", x0=20, x1=190, size=10, indent="")
    rows = [("(1)　元金", f"{H_P:,}円"), ("(2)　未払手数料・利息", f"{H_I:,}円"),
            (f"(3)　確定遅延損害金（{era(H_ACC + ONE)}から{era(H_SUIT)}まで）", f"{H_L:,}円"),
            (f"(4)　遅延損害金（{era(H_SUIT + ONE)}から{era(H_SEIZE_FILED)}まで　年14.6％）", f"{L2:,}円"),
            ("(5)　執行費用", f"{E:,}円"), ("合　計", f"{T:,}円")]
    ruled_rows(q, rows, 26, 180, 10.2)
    q.para("（執行費用の内訳）" + "、".join(f"{n} {v:,}円" for n, v in exe), x0=26, x1=188, size=9, indent="")
    q.gap(5)
    q.line("差押債権目録", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    q.para(f"金{T:,}円", x0=20, x1=190, size=11, indent="")
    for s in ("債務者が第三債務者（伊丹支店扱い）に対して有する下記預金債権のうち、下記に記載する順序に従い、頭書金額に満つる"
              "まで",
              "記",
              "１　差押えのない預金と差押えのある預金とがあるときは、次の順序による。（１）先行の差押え、仮差押えのないもの"
              "（２）先行の差押え、仮差押えのあるもの",
              "２　円貨建預金と外貨建預金とがあるときは、円貨建預金から先に差し押さえる。",
              "３　数種の預金があるときは、次の順序による。（１）定期預金（２）定期積金（３）通知預金（４）貯蓄預金"
              "（５）納税準備預金（６）普通預金（７）別段預金（８）当座預金",
              "４　同種の預金が数口あるときは、口座番号の若い順序による。"):
        q.para(s, x0=20, x1=190, size=9.8, indent="")
    r = Page(font="serif", size=10.5, top=18)
    r.line("執行文付与通知書", size=15, font="serif-bold", align="c")
    r.gap(3)
    r.line(f"債務者　{H_DEBTOR}　殿", size=12, x=20)
    r.gap(2)
    r.para("下記債務名義について、民事執行法第２７条第２項の規定により、下記の者のために承継執行文を付与したので、民事執行"
           "規則第１８条第１項の規定により通知します。")
    r.gap(2)
    r.table([["債 務 名 義", f"{ITAMI}　{case_fw(H_CASE)}　判決"], ["判決言渡しの日", fe(H_JUDG)],
             ["執行文付与の日", fe(H_SUCC)],
             ["付与を受けた債権者", f"{ACS}（承継人）"],
             ["承継前の債権者", f"{TODAI}"],
             ["承 継 の 事 由", f"{fe(H_ASSIGN)}付け債権譲渡"]], [46, 124], x=20, aligns="ll", size=10.5, row_h=10,
            shade_col0=True)
    r.gap(4)
    r.line(f"{fe(H_SUCC)}", x=110, size=11)
    r.line(f"{ITAMI}", x=110, size=11)
    r.line(f"裁判所書記官　{ITAMI_CLERK}", x=118, size=11)
    r.gap(8)
    r.line("（承継執行文　謄本）", size=11.5, font="serif-bold", align="c")
    y = r.y + 2
    r.add(Box(24, y, 162, 40, 0.5))
    for i, s in enumerate(["債権者　" + ACS + "　は、", "債務者　" + H_DEBTOR + "　に対し、",
                           "この債務名義により強制執行をすることができる。",
                           f"{fe(H_SUCC)}　{ITAMI}　裁判所書記官　{ITAMI_CLERK}",
                           "（承継を証明する文書：債権譲渡契約証書、債権譲渡通知書及び配達証明書）"]):
        r.at(30, y + 8 + i * 7.2, s, size=10.5 if i < 4 else 9.5)
    tr = truth(document_type="other", sender=ITAMI, phone=ITAMI_TEL, creditor=ACS, status="licensed", original=TODAI,
               debtor=H_DEBTOR, total=T, principal=H_P, interest=H_I, late_damages=H_L + L2, costs=E, rate=H_R, lump=False,
               issued=issued, assignment=H_ASSIGN, reference=H_SEIZE_CASE, input_kind="pdf_scan",
               template="proxy61_bank_garnishment_order_with_succession_writ", received=D(2026, 2, 27))
    return dict(stem="br11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec, r.spec], truth=tr, skew=0.8,
                about="other (債権差押命令, 預金; 第三債務者 a bank; with the 承継執行文)",
                unusual="3-page image PDF as the 特別送達 envelope held it: p.1 the (ル) 債権差押命令 with the servicer ★ "
                        "エー・シー・エス as 債権者, the debtor 「千葉谷塗装こと」 and the 第三債務者 bank (送達場所 its branch), "
                        "the spaced title 「債　権　差　押　命　令」 and a shaded 債務者の方へ box (１週間, １５３条); p.2 the "
                        "請求債権目録 as hairline rows — two damage rows (判決の確定遅延損害金 + 判決後 to the 申立日) and an "
                        "執行費用 with a SEVEN-part 内訳 — and the 差押債権目録 (deposit order of priority); p.3 the "
                        "執行文付与通知書 (民執27条2項 / 規則18条1項) dated 2/3 with the 承継の事由 = 10/31 債権譲渡 and the "
                        "承継執行文 謄本 in a box (dates that are not the issue date)")


# =============================================================================================
# br12 日向信用保証 縦書き 代位弁済通知 (内容証明), scanned: amounts as kanji digits grouped by 、.


def br12():
    issued, due = J_NOTICE, J_DUE
    S = J_S
    L = late(S, J_R, J_SUBRO + ONE, issued)
    T = S + L
    cols = [
        ("title", "代位弁済通知書"),
        ("body", "貴殿が平成二十六年九月二十九日に株式会社渚銀行から借り受けた住宅資金（金二千八百万円）について、当社は、貴殿の委託に基づき同行に対する"
                 "保証人となっておりました。"),
        ("body", f"貴殿は、{kdate(J_LAST)}の返済を最後に約定の返済を怠り、{kdate(J_ACC)}の経過をもって期限の利益を喪失"
                 "されました。"),
        ("body", f"そこで当社は、保証契約に基づき、{kdate(J_SUBRO)}、同行に対し左記金額を代位弁済いたしましたので、ここに"
                 "通知いたします。これにより当社は、貴殿に対し、同額の求償債権を取得しました。"),
        ("body", f"つきましては、左記合計額を{kdate(due)}限り、当社指定の口座へ一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　求償元金（代位弁済額）　{kgroup(S)}"),
        ("indent", f"二　損害金　　　　　　　　　{kgroup(L)}"),
        ("plain", "　　　（令和七年六月十一日から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"三　合計　　　　　　　　　　{kgroup(T)}"),
        ("body", "なお、右期限までにお支払いがないときは、別に通知することなく、貴殿所有の担保不動産について抵当権の実行"
                 "（担保不動産競売の申立て）を行いますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "宮崎県宮崎市鵯台九丁目九番九号"),
        ("low", "日向信用保証株式会社"),
        ("low", "代表取締役　平良　修"),
        ("blank", ""),
        ("low", "電話　〇九八五（〇〇）四一二〇"),
        ("low", "（保証番号　七二〇一五三）"),
        ("blank", ""),
        ("low", "宮崎県宮崎市おおるり台九丁目九番九号"),
        ("low", "四元　和也　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck_groups(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 61121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "平良" in it.s]
    pg.items.append(Seal(xs[0] - 6.3, 22.0 + (8 + 8) * size * PT_MM * 1.05, 9, "square", "日向信用保証株式会社代表取締役印",
                         angle=3, seed=61122))  # on the blank column left of the signature
    tr = truth(document_type="acceleration_notice", sender=HYUGA, phone=HYUGA_TEL, creditor=HYUGA,
               status="not_applicable", original=NAGISA, debtor=J_DEBTOR, total=T, principal=S, late_damages=L,
               rate=J_R, lump=True, issued=issued, payment_due=due, acceleration=J_ACC, last_payment=J_LAST,
               reference="720153", input_kind="vertical_scan",
               template="proxy61_vertical_guarantor_subrogation_grouped_kanji", received=D(2025, 6, 23))
    return dict(stem="br12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="acceleration_notice (guarantee company 代位弁済, 縦書き 内容証明)",
                unusual="縦書き 代位弁済通知書 of a housing-loan guarantor, scanned, with the 内容証明 stamp: every amount in "
                        "kanji DIGITS grouped by 、 (金一九、八四二、三一六円 …) — neither 大字 nor 万-positional; the loan "
                        "date 平成二十六年 and 金二千八百万円 (distractors, positional kanji); the 代位弁済 date and the 喪失 "
                        "「の経過をもって」 in the prose; deadline 「…限り」; the guarantor is the creditor (not_applicable), "
                        "the bank the original; phone 〇九八五（〇〇）四一二〇 and 保証番号 七二〇一五三 in kanji digits; a "
                        "競売 warning")


# =============================================================================================
# br13 宮崎地裁 担保不動産競売開始決定, photographed sideways (EXIF 6): the combined 担保権・被担保債権・請求債権目録.


def br13():
    issued = J_START
    S = J_S
    L = late(S, J_R, J_SUBRO + ONE, J_FILED)
    T = S + L
    p = Page(font="serif", size=10, top=14)
    p.at(20, 18, f"{case_fw(J_CASE)}　担保不動産競売事件", size=10)
    p.y = 22
    p.title("担保不動産競売開始決定", size=16.5, font="serif-bold")
    p.kv([("当　事　者", "別紙当事者目録記載のとおり"), ("担保権・被担保債権・請求債権", "別紙目録記載のとおり"),
          ("目的不動産", "別紙物件目録記載のとおり")], x=22, label_w=52, size=10)
    p.gap(1)
    p.para("債権者の申立てにより、上記請求債権の弁済に充てるため、別紙担保権目録記載の抵当権に基づき、別紙物件目録記載の"
           "不動産について、担保不動産競売の手続を開始し、債権者のためにこれを差し押さえる。", size=10)
    p.gap(1)
    p.line(f"　　{fe(issued)}", size=10.5)
    p.line(f"　　{MIYAZAKI}民事第２部　　裁判官　{MIYAZAKI_JUDGE}", size=10.5)
    p.gap(2)
    p.line("当事者目録", size=11, font="serif-bold", align="c")
    p.kv([("債　権　者", f"{HYUGA_ADDR}　{HYUGA}　{HYUGA_REP}"),
          ("債務者兼所有者", f"{J_ADDR}　{J_DEBTOR}")], x=22, label_w=32, size=9.6)
    p.gap(1)
    p.line("担保権・被担保債権・請求債権目録", size=11, font="serif-bold", align="c")
    p.para("１　担保権　平成26年9月29日設定の抵当権（宮崎地方法務局 同日受付第２８４１６号登記）",
           x0=22, x1=190, size=9.6, indent="")
    p.para(f"２　被担保債権及び請求債権　債務者が{NAGISA}から借り受けた金員について、債権者が債務者の委託を受けて保証し、"
           f"{era(J_SUBRO)}に同行へ代位弁済したことによる求償債権", x0=22, x1=190, size=9.6, indent="")
    rows = [("(1)　求償金元金", f"{S:,}円"), (f"(2)　確定損害金（{era(J_SUBRO + ONE)}から{era(J_FILED)}まで年14％）", f"{L:,}円"),
            ("(3)　合計", f"{T:,}円")]
    ruled_rows(p, rows, 30, 178, 9.8)
    p.para(f"(4)　上記(1)に対する{era(J_FILED + ONE)}から支払済みまで年14％の割合による損害金", x0=30, x1=190, size=9.4,
           indent="")
    p.gap(1)
    p.line("物件目録", size=11, font="serif-bold", align="c")
    for s in ("１　所在　宮崎市おおるり台九丁目　　地番　９番９　　地目　宅地　　地積　１９８．３４平方メートル",
              "２　所在　同所９番地９　　家屋番号　９番９　　種類　居宅　　構造　木造スレート葺２階建",
              "　　床面積　１階　６２．１０平方メートル　２階　５４．６５平方メートル"):
        p.line(s, x=22, size=9.4)
    p.gap(2)
    p.line(f"これは正本である。　{fe(issued)}　{MIYAZAKI}民事第２部　裁判所書記官　{MIYAZAKI_CLERK}", size=9, align="r")
    p.seal(176, p.y - 8, 12, "square", "宮崎地方裁判所書記官印", seed=6113)
    p.line(f"（問合せ　民事第２部 不動産執行係　電話 {MIYAZAKI_TEL}）", size=9, align="r")
    tr = truth(document_type="other", sender=MIYAZAKI, phone=MIYAZAKI_TEL, creditor=HYUGA, status="not_applicable",
               original=NAGISA, debtor=J_DEBTOR, total=T, principal=S, late_damages=L, rate=J_R, lump=False,
               issued=issued, reference=J_CASE, input_kind="photo_exif_rotated",
               template="proxy61_real_estate_auction_commencement_rotated_photo", received=D(2025, 10, 10))
    return dict(stem="br13", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, shadow=0.22, shadow_side="right", fill=0.86,
                          blur=0.85, warm=0.15),
                about="other (担保不動産競売開始決定)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow: the "
                        "地裁's 担保不動産競売開始決定 ((ケ) case) that demands nothing of the reader but states the claim in a "
                        "combined 担保権・被担保債権・請求債権目録 — 求償金元金 / 確定損害金 / 合計 as hairline rows, then the "
                        "running (4) → amounts from the 目録; the creditor is the guarantor (抵当権者), the bank named as the "
                        "lender; 債務者兼所有者; the 登記 受付番号, 地番, 地積 and 床面積 in full-width (numbers that are "
                        "not amounts); a one-line 問合せ phone at the foot")


# =============================================================================================
# br14 宮崎地裁 配当期日呼出状 (債務者兼所有者用), phone photo: claims nothing; a list of creditors without amounts.


def br14():
    issued = J_DIV_CALL
    p = Page(font="sans", size=10.5, top=16)
    p.at(20, 20, f"{case_fw(J_CASE)}　担保不動産競売事件", size=10.5)
    p.at(190, 20, fe(issued), size=10.5, align="r")
    p.y = 27
    p.line(f"債務者兼所有者　{J_DEBTOR}　殿", size=12.5, x=20)
    p.gap(3)
    p.title("配当期日呼出状", size=17, font="sans-bold")
    p.para(f"頭書事件について、{fe(J_PAID_IN)}、買受人から代金の納付がありましたので、配当期日を下記のとおり指定しました。"
           "同期日に当裁判所に出頭してください。", size=10.5)
    p.gap(1)
    y = p.y
    p.add(Box(22, y, 166, 26, 0.9))
    for i, (a, b) in enumerate((("配当期日", f"{fe(J_DIV)}（{wd(J_DIV)}）　午後１時３０分"),
                                ("場　　所", "宮崎地方裁判所　民事第２部　配当手続室（本館４階）"),
                                ("事件の表示", f"{case_fw(J_CASE)}（差押債権者　{HYUGA}）"))):
        p.at(27, y + 7 + i * 7.5, a, size=10.5, font="sans-bold")
        p.at(58, y + 7 + i * 7.5, b, size=10.5)
    p.y = y + 30
    p.line("配当を受けるべき債権者（順不同）", size=10.5, font="sans-bold")
    p.table([["区分", "債権者"], ["差押債権者（抵当権者）", HYUGA], ["交付要求", "宮崎市（固定資産税・都市計画税）"]],
            [56, 110], x=22, header=True, aligns="ll", size=10, row_h=8)
    p.gap(3)
    for s in ("１　配当表の原案は、配当期日の３日前から当部の窓口で閲覧することができます。",
              "２　配当表に記載された各債権者の債権又は配当の額について不服があるときは、配当期日に出頭して配当異議の申出を"
              "することができます。出頭しないときは、配当表に同意したものとみなされることがあります。",
              "３　本件では、売却代金から手続費用及び上記債権者への配当を差し引いた剰余金は生じない見込みです。配当後になお"
              "残る債務については、債権者から別途請求を受けることがあります。",
              "４　出頭の際は、この呼出状と本人確認書類及び認印をお持ちください。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
        p.gap(1)
    p.gap(4)
    p.line(f"{MIYAZAKI}民事第２部", x=104, size=11)
    p.line(f"裁判所書記官　{MIYAZAKI_CLERK}", x=110, size=11)
    p.seal(182, p.y - 8, 13, "square", "宮崎地方裁判所書記官印", seed=6114)
    p.gap(2)
    p.line(f"〒880-0000　宮崎市ひがしぼり町九丁目9番9号　電話 {MIYAZAKI_TEL}（不動産執行係）", x=22, size=9.3)
    tr = truth(document_type="other", sender=MIYAZAKI, phone=MIYAZAKI_TEL, creditor=HYUGA, status="not_applicable",
               debtor=J_DEBTOR, lump=False, issued=issued, reference=J_CASE, input_kind="photo_jpeg",
               template="proxy61_dividend_day_summons_creditor_list_photo", received=D(2026, 5, 14))
    return dict(stem="br14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.0, creases=2, fill=0.8, blur=0.9, bow=6, warm=0.25),
                about="other (配当期日呼出状, claims nothing)",
                unusual="phone photo from a steep angle on wood, the unfolded sheet bulging: the 配当期日呼出状 to the "
                        "債務者兼所有者 of br13's case; it DEMANDS NOTHING and prints no amount at all; the 配当期日 with "
                        "weekday and time in a framed box (not a 口頭弁論期日 → hearing null); the 代金納付 date in the prose "
                        "(distractor); a 2-row table of creditors (差押債権者 the guarantor → creditor; 交付要求 the city) "
                        "without amounts; 「剰余金は生じない見込み」 and the rest still owed only as a warning")


# =============================================================================================
# br15 天草簡裁 和解調書 正本, digital: 和解条項 with an explicit first instalment, a default clause and a 放棄 clause.


def br15():
    issued = W_DAY
    p = Page(font="serif", size=10.5, top=16)
    p.line("和　解　調　書", size=17, font="serif-bold", align="c")
    p.gap(3)
    rows = [["事件の表示", f"{case_fw(W_CASE)}　譲受債権請求事件"],
            ["期　　　日", f"{fe(issued)}（{wd(issued)}）午前１０時３０分"],
            ["場所等", f"{AMAKUSA}　法廷"], ["裁　判　官", AMAKUSA_JUDGE], ["裁判所書記官", AMAKUSA_CLERK],
            ["出頭した当事者等", f"原告代表者{GYOKO_REP.split('　', 1)[0]}の許可代理人　{GYOKO_AGENT}"],
            ["", f"被告　{W_DEBTOR}"]]
    p.table(rows, [42, 128], x=20, aligns="ll", size=10.2, row_h=8.2, ruled="rows")
    p.gap(3)
    p.line("手続の要領等", size=11, font="serif-bold", x=20)
    p.para("当事者間に次のとおり和解成立", x0=26, x1=190, indent="")
    p.line("第１　当事者の表示", size=11, font="serif-bold", x=20)
    p.para(f"原告　{GYOKO}（〒{GYOKO_ZIP} {GYOKO_ADDR}）", x0=26, x1=190, size=10, indent="")
    p.para(f"被告　{W_DEBTOR}（{W_ADDR}）", x0=26, x1=190, size=10, indent="")
    p.line("第２　請求の表示", size=11, font="serif-bold", x=20)
    p.para("請求の趣旨及び原因は、訴状記載のとおりであるから、これを引用する。", x0=26, x1=190, size=10, indent="")
    p.line("第３　和解条項", size=11, font="serif-bold", x=20)
    clauses = (
        f"１　被告は、原告に対し、原告が{era(W_ASSIGN)}に{KARIN}から譲り受けた貸金債権の残元金及び遅延損害金の合計として、"
        f"金{W_A:,}円の支払義務があることを認める。",
        f"２　被告は、原告に対し、前項の金員を、次のとおり分割して、原告の指定する預金口座に振り込む方法により支払う。"
        f"振込手数料は被告の負担とする。\n（１）{era(W_FIRST)}限り　金{W_INST:,}円\n"
        f"（２）令和7年11月から令和10年9月まで毎月末日限り　金{W_INST:,}円ずつ（{W_N - 1}回）",
        f"３　被告が前項の分割金の支払を怠り、その額が金{W_THRESH:,}円に達したときは、当然に期限の利益を失い、被告は、原告"
        f"に対し、第１項の金員から既払金を控除した残金及びこれに対する期限の利益喪失の日の翌日から支払済みまで年{W_R:g}"
        "パーセントの割合による遅延損害金を支払う。",
        "４　原告は、その余の請求を放棄する。",
        "５　原告と被告は、原告と被告との間には、本件に関し、この和解条項に定めるもののほかに何らの債権債務がないことを相互"
        "に確認する。",
        "６　訴訟費用は各自の負担とする。",
    )
    for s in clauses:
        for k, part in enumerate(s.split("\n")):
            p.para(part, x0=26 + (4 if k else 0), x1=190, size=10, indent="")
    p.gap(4)
    p.line(f"裁判所書記官　{AMAKUSA_CLERK}", x=120, size=10.5)
    p.gap(6)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(3)
    p.line("これは正本である。", x=110, size=10.5)
    p.line(f"{fe(W_CERT)}", x=110, size=10.5)
    p.line(f"{AMAKUSA}", x=110, size=10.5)
    p.line(f"裁判所書記官　{AMAKUSA_CLERK}", x=116, size=10.5)
    p.seal(184, p.y - 9, 14, "square", "天草簡易裁判所書記官印", seed=6115)
    tr = truth(document_type="settlement_proposal", sender=AMAKUSA, phone=None, creditor=GYOKO, status="unverified",
               original=KARIN, debtor=W_DEBTOR, total=W_A, rate=W_R, lump=False, issued=issued, payment_due=W_FIRST,
               assignment=W_ASSIGN, reference=W_CASE, input_kind="pdf_text",
               template="proxy61_summary_court_settlement_record_explicit_first_instalment", received=D(2025, 9, 27))
    return dict(stem="br15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (簡裁 和解調書 正本, invented servicer plaintiff)",
                unusual="digital 和解調書 正本 of a 簡裁 (ハ) case: a rows-ruled header table (事件の表示 / 期日 with weekday / "
                        "場所等 / 裁判官 / 裁判所書記官 / 出頭した当事者等 with a 許可代理人); the plaintiff is the INVENTED "
                        "servicer 暁光債権回収 (no licence printed: court paper → unverified); 和解条項 1 acknowledges "
                        "金612,000円 (the total, no 内訳) and names the 原債権者 and the 譲受 date; 条項 2 an EXPLICIT first "
                        "instalment 令和7年10月31日限り then 35 monthly ones; 条項 3 the default clause (金34,000円, 年14.6"
                        "パーセント — the only rate); 放棄 and 清算 clauses; the 期日 9/17 ≠ the 正本 certification 9/24; no "
                        "phone anywhere")


# =============================================================================================
# br16 暁光債権回収 縦書き 内容証明 「期限の利益喪失及び強制執行予告通知書」 after the 和解 broke, digital.


def br16():
    issued, due = W_NOTICE, W_DUE
    paid = W_PAID_N * W_INST
    T = W_REST + W_L
    cols = [
        ("title", "期限の利益喪失及び強制執行予告通知書"),
        ("body", "当社は、天草簡易裁判所令和七年（ハ）第二一四号譲受債権請求事件において、令和七年九月十七日、貴殿との間で"
                 "裁判上の和解（以下「本件和解」）を成立させました（原債権者　株式会社花梨銀行）。"),
        ("body", f"しかるに貴殿は、{kdate(W_LAST)}に一月分の分割金をお支払いになったのを最後に、二月末日及び三月末日の分割金"
                 "の支払を怠り、その額が金三万四千円に達しました。"),
        ("body", f"よって貴殿は、本件和解条項第三項により、{kdate(W_ACC)}の経過をもって期限の利益を喪失しましたので、本書を"
                 "もって通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、お支払いください。右期限までにお支払いのないときは、本件和解"
                 "調書に基づき、貴殿の給料・預貯金等に対する強制執行の手続をとりますので、ご承知おきください。"),
        ("indent", "記"),
        ("indent", f"一　和解金額　　　{kyen(W_A)}"),
        ("indent", f"二　既払金　　　　{kyen(paid)}（四回分）"),
        ("indent", f"三　残金　　　　　{kyen(W_REST)}"),
        ("indent", f"四　遅延損害金　　{kyen(W_L)}"),
        ("plain", "　　　（令和八年四月一日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"五　ご請求額（三と四の合計）　{kyen(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "熊本県熊本市中央区ささゆり坂九丁目九番九号"),
        ("low", "暁光債権回収株式会社"),
        ("low", "法務大臣許可番号　第二一九号"),
        ("low", "代表取締役　宮武　康弘"),
        ("blank", ""),
        ("low", "電話　〇九六（〇〇〇）二一九〇"),
        ("low", "（お客様番号　六〇五一八八）"),
        ("blank", ""),
        ("low", "熊本県天草市かわせみ坂九丁目九番九号"),
        ("low", "羽根田　さつき　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.85, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck_groups(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 61161))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "宮武" in it.s]
    pg.items.append(Seal(xs[0] - 5.85, 22.0 + (8 + 9) * size * PT_MM * 1.05, 9, "square", "暁光債権回収株式会社之印",
                         angle=-2, seed=61162))  # on the blank column left of the signature
    assert W_A - paid == W_REST
    tr = truth(document_type="collection_notice", sender=GYOKO, license_number=GYOKO_NO, phone=GYOKO_TEL, creditor=GYOKO,
               status="unverified", original=KARIN, debtor=W_DEBTOR, total=T, principal=W_REST, late_damages=W_L,
               rate=W_R, lump=True, issued=issued, payment_due=due, acceleration=W_ACC, last_payment=W_LAST,
               reference="605188", input_kind="vertical_pdf",
               template="proxy61_vertical_servicer_default_after_settlement_record", received=D(2026, 4, 22))
    return dict(stem="br16", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (invented servicer, 縦書き 内容証明 after a broken 和解)",
                unusual="digital 縦書き 内容証明 of the INVENTED servicer 暁光債権回収 with 「法務大臣許可番号　第二一九号」 in "
                        "kanji (→ 219, unverified): the 和解 of br15 broke (paid four times, missed 2月末 and 3月末); the "
                        "喪失 「令和八年三月三十一日の経過をもって」; a 記 with FIVE rows — 和解金額 / 既払金 (四回分) / 残金 "
                        "/ 遅延損害金 / ご請求額（三と四の合計） — where only 残金 + 遅延損害金 make the total (the 和解金額 "
                        "and 既払金 are distractors); positional kanji amounts; the case number 令和七年（ハ）第二一四号 in "
                        "kanji (not the reference); お客様番号 and phone in kanji digits")


LETTERS = [br09, br10, br11, br12, br13, br14, br15, br16]
