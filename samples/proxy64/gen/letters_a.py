"""Proxy set 64, letters bu01–bu08: "faxes, third round". A real servicer's 一括請求 as a plain standard fax (bu01); a
law office's 和解案 behind its own 送付状, three pages of a fine fax in one TIFF (bu02); a guarantor's 代位弁済通知 that
the debtor faxed on (a fax of a fax, bu03); a card company's 催告書 fed crooked (bu04); a real servicer's 分割弁済案 with
a thin-ruled table (bu05); a 信用金庫's 督促状 with pen notes beside the printed values (bu06); a joint 債権譲渡通知 as a
fine fax with the receiving machine's footer (bu07); a scam faxed to a small shop (bu08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, SHADE, Box, Line, Page, era, late, truth, wd

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def y(n: int) -> str:
    return f"{n:,}円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def hA(d: D, t: str, num: str, name: str, n: int) -> list[str]:
    """Header A: date time, number, Latin name, page of pages."""
    return [f"{d.year}/{d.month:02d}/{d.day:02d} {t}   {num}   {name}   P.{i:02d}/{n:02d}" for i in range(1, n + 1)]


def hB(d: D, t: str, num: str, name: str, n: int) -> list[str]:
    """Header B: FROM : name  FAX NO. : number  Mon. d yyyy hh:mmPM  Pn."""
    hh, mm = map(int, t.split(":"))
    ap = "PM" if hh >= 12 else "AM"
    s = f"{MON[d.month - 1]}. {d.day:02d} {d.year} {(hh - 1) % 12 + 1:02d}:{mm:02d}{ap}"
    return [f"FROM : {name}        FAX NO. : {num}        {s}   P{i}" for i in range(1, n + 1)]


def hC(d: D, t: str, num: str, kana: str, n: int) -> list[str]:
    """Header C: yy-mm-dd;hh:mm ;half-width kana name ;number  # i/ n."""
    return [f"{d.year % 100:02d}-{d.month:02d}-{d.day:02d};{t} ;{kana:<14};{num}   # {i}/ {n}" for i in range(1, n + 1)]


def hD(d: D, t: str, num: str, name: str, n: int) -> list[str]:
    """Header D: Japanese labels."""
    return [f"送信元：{name}（{num}）　送信日時：{d.year}年{d.month}月{d.day}日（{wd(d)}）{t}　{i}/{n}枚"
            for i in range(1, n + 1)]


def rx(d: D, t: str, no: int, n: int) -> list[str]:
    """The receiving machine's own footer line."""
    return [f"受信日時 {d.year}/{d.month:02d}/{d.day:02d} {t}   受信No.{no:04d}   P.{i}/{n}" for i in range(1, n + 1)]


def addressee(p: Page, x: float, y0: float, zipc: str, addr: str, name: str, size: float = 13) -> None:
    p.at(x, y0, f"〒{zipc}", size=9.5)
    p.at(x, y0 + 5, addr, size=9.5)
    p.at(x + 4, y0 + 14, name, size=size)


# ---------------------------------------------------------------------------------------------
# bu01 real servicer 一括請求, standard fax, header A (Latin name), licence in the sender block


def bu01():
    issued, due = D(2026, 2, 2), D(2026, 2, 17)
    acc, lastp, asg = D(2024, 8, 6), D(2024, 6, 27), D(2025, 3, 31)
    R = 14.6
    P, I = 684_212, 41_980
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    fx = D(2026, 2, 3)
    p = Page(font="sans", size=10.5, top=24)
    p.at(190, 28, wdate(issued), size=10.5, align="r")
    p.at(190, 34, "お客様番号　PT-58204-17", size=10.5, align="r")
    addressee(p, 20, 32, "901-0000", "沖縄県浦添市阿檀通九丁目9番9号", "真喜屋　利哉　様")
    p.at(190, 52, "パルティール債権回収株式会社", size=11.5, font="sans-bold", align="r")
    p.at(190, 57.5, "（法務大臣許可番号　第113号）", size=9.5, align="r")
    p.at(190, 62.5, "管理第二部　TEL 03-0000-6812　FAX 03-0000-6813", size=9.5, align="r")
    p.y = 72
    p.title("ご請求書（一括）", size=17)
    p.para("当社は、" + wdate(asg) + "付で、ラティスカード株式会社から貴殿に対する下記債権を譲り受けました。貴殿は既に"
           + wdate(acc) + "をもって期限の利益を喪失しておられますので、下記金額を一括してお支払いください。", size=10.5)
    p.gap(3)
    rows = [["元　金", y(P)], ["利　息（喪失日まで）", y(I)], [f"遅延損害金（年{R}％、{era(acc + timedelta(1))}～{era(issued)}）", y(L)],
            ["ご請求金額合計", y(T)]]
    p.table(rows, [120, 50], x=20, size=10.5, row_h=9, ruled="grid", line_w=0.4)
    p.gap(4)
    p.kv([("お支払期限", f"{wdate(due)}（{wd(due)}）"), ("原債権者", "ラティスカード株式会社"),
          ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("譲受日", wdate(asg))],
         x=24, label_w=40, sep="", size=10.5)
    p.gap(3)
    p.para("お振込先（当社口座）", size=9.5, indent="")
    p.para("あまつばめ銀行　本店営業部　普通　4471206　パルティール債権回収（カ", size=10, indent="　")
    p.gap(3)
    p.para("※ご事情によりお支払いが困難な場合は、お支払期限までに担当者までご連絡ください。ご連絡がない場合は、法的手続き"
           "を検討いたします。※本書と行き違いでご入金済みの場合はご容赦ください。", size=9.5, indent="")
    p.gap(6)
    p.at(190, p.y, "担当　祖慶", size=10, align="r")
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-6812", creditor="パルティール債権回収株式会社", status="licensed",
               original="ラティスカード株式会社", debtor="真喜屋利哉", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="PT-58204-17", input_kind="fax_tiff", template="proxy64_servicer_lump_standard_fax", received=fx)
    return dict(stem="bu01", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=[dict(head=hA(fx, "10:14", "03 0000 6813", "PALTIR SAIKEN KAISHU", 1))],
                about="collection_notice (real servicer, 一括請求, standard fax)",
                unusual="one-page standard 200×100 fax whose header line (「2026/02/03 10:14 03 0000 6813 PALTIR SAIKEN "
                        "KAISHU P.01/01」) is the day AFTER the letter date and carries the FAX number, not the TEL; real "
                        "servicer ★ パルティール債権回収 with 「（法務大臣許可番号　第113号）」 in the right-aligned sender "
                        "block; a 2-column grid whose late-damage row carries its own window in era dates; kv lines with "
                        "原債権者 / 最終ご入金日 / 喪失日 / 譲受日 below the table")


# ---------------------------------------------------------------------------------------------
# bu02 law office 和解案 behind its 送付状: three pages of a fine fax (header B) in one TIFF


def bu02():
    issued, reply = D(2026, 2, 20), D(2026, 3, 13)
    acc, lastp = D(2025, 9, 26), D(2025, 7, 27)
    fx = D(2026, 2, 24)
    P, I, L = 412_300, 9_845, 57_615
    T = P + I + L
    K, n, inst, first = 420_000, 20, 21_000, D(2026, 4, 10)
    assert inst * n == K
    office = "保栄茂・勢理客法律事務所"
    cov = Page(font="sans", size=11, top=26)
    cov.title("ＦＡＸ送付状", size=20)
    cov.rule(width=0.8)
    cov.gap(5)
    cov.kv([("宛　先", "兼久　灯里　様"), ("貴ＦＡＸ", "0980-00-7125"), ("発信元", office),
            ("", "弁護士　保栄茂　颯真"), ("ＴＥＬ", "098-000-4471"), ("ＦＡＸ", "098-000-4472"),
            ("送信日", f"{wdate(fx)}（{wd(fx)}）"), ("枚　数", "本紙を含め３枚"), ("件　名", "和解案のご送付")],
           x=30, label_w=30, size=12)
    cov.gap(6)
    cov.add(Box(26, cov.y, 158, 52, 0.4))
    cov.y += 4
    cov.para("いつもお世話になっております。標記の件につき、次頁以下のとおり和解のご提案をお送りいたします。内容をご確認のうえ、"
             "２枚目末尾の回答欄にご記入いただき、当事務所までＦＡＸでご返送ください。", x0=30, x1=180, size=11)
    cov.para("※受信状態が悪い場合はお手数ですが上記ＴＥＬまでご連絡ください。", x0=30, x1=180, size=10, indent="")
    p = Page(font="serif", size=10.8, top=22)
    p.at(190, 26, wdate(issued), size=10.5, align="r", font="serif")
    p.at(190, 32, "当職整理番号　E26-0317", size=10, align="r", font="serif")
    p.at(20, 40, "兼久　灯里　殿", size=13, font="serif")
    p.at(190, 48, "〒900-0000　沖縄県那覇市さくらたで町九丁目9番9号", size=9.5, align="r", font="serif")
    p.at(190, 53.5, office, size=10.5, align="r", font="serif")
    p.at(190, 59, "株式会社エルミナ代理人　弁護士　保栄茂　颯真", size=10.5, align="r", font="serif")
    p.at(190, 64.5, "TEL 098-000-4471", size=9.5, align="r", font="serif")
    p.y = 72
    p.title("和解のご提案", size=16, font="serif-bold")
    p.para("当職は、株式会社エルミナ（以下「債権者」）から、貴殿に対する貸金債権の回収について委任を受けております。"
           "貴殿は" + wdate(acc) + "に期限の利益を喪失し、" + wdate(D(2026, 2, 20)) + "現在の債務額は下記１のとおりです"
           "（遅延損害金は年20％）。つきましては、下記２の条件による分割弁済での和解をご提案いたします。", size=10.8)
    p.gap(2)
    p.line("１　現在の債務額", font="serif-bold")
    p.table([["元金", y(P)], ["利息", y(I)], ["遅延損害金", y(L)], ["合計", y(T)]], [60, 45], x=30, size=10.8,
            row_h=8.5, font="serif")
    p.gap(3)
    p.line("２　和解条件（案）", font="serif-bold")
    p.para(f"(1) 和解金額　金{K:,}円（上記合計額から一部を減額）", size=10.8, indent="")
    p.para(f"(2) 支払方法　{wdate(first)}を初回とし、毎月10日限り金{inst:,}円ずつ{n}回", size=10.8, indent="")
    p.para("(3) 上記を２回以上怠ったときは期限の利益を失い、上記合計額から既払額を控除した残額を直ちに支払う。", size=10.8,
           indent="")
    p.gap(2)
    p.para("ご回答は" + f"{wdate(reply)}（{wd(reply)}）" + "までにお願いいたします。期限までにご回答がない場合は、"
           "やむを得ず法的手続きに移行いたします。なお、最終のご入金は" + wdate(lastp) + "と確認しております。", size=10.8)
    q = Page(font="serif", size=10.8, top=24)
    q.title("回　答　書", size=16, font="serif-bold")
    q.line(f"{office}　御中（FAX 098-000-4472）", font="serif")
    q.gap(4)
    q.para("私は、株式会社エルミナとの間の債務について、貴職の和解案に対し次のとおり回答します。（該当する□に✓）", size=10.8)
    q.gap(3)
    for s in ["□　和解案のとおり同意します。", "□　次の条件であれば支払えます。月額　　　　　　円／初回　　月　　日",
              "□　支払えません（理由：　　　　　　　　　　　　　　　　　　　）"]:
        q.line(s, x=28, size=11)
        q.gap(3)
    q.gap(6)
    q.kv([("記入日", "令和　　年　　月　　日"), ("ご住所", ""), ("お名前", "　　　　　　　　　　　　印"),
          ("日中のご連絡先", "")], x=28, label_w=36, size=11)
    q.gap(8)
    q.add(Box(24, q.y, 162, 26, 0.3, GRAY, SHADE))
    q.y += 3
    q.para("ご返送期限　" + f"{wdate(reply)}（{wd(reply)}）" + "必着　／　返送先FAX　098-000-4472", x0=28, x1=182, size=11,
           indent="")
    q.para("本書は和解契約書ではありません。合意後、和解契約書を郵送いたします。", x0=28, x1=182, size=10, indent="")
    tr = truth(document_type="settlement_proposal", sender=office, phone="098-000-4471", creditor="株式会社エルミナ",
               status="not_applicable", debtor="兼久灯里", total=T, principal=P, interest=I, late_damages=L, rate=20.0,
               lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               reference="E26-0317", input_kind="fax_tiff", template="proxy64_law_office_settlement_cover_fine_fax",
               received=fx)
    return dict(stem="bu02", ext="tif", kind="fax_tiff", pages=[cov.spec, p.spec, q.spec], truth=tr,
                fax=[dict(head=hB(fx, "15:22", "098 000 4472", "HOEMO SERIKAKU LAW", 3), fine=True)],
                about="settlement_proposal (law office for a consumer-loan company, cover + 2 pages, fine fax)",
                unusual="three-page FINE fax (200×200) in one multi-page TIFF: page 1 is the office's ＦＡＸ送付状 (宛先, "
                        "貴ＦＡＸ, 送信日 2/24, 枚数, 件名, the office's TEL and FAX in full-width labels) and is not the "
                        "letter; page 2 the 和解のご提案 dated 2/20 in serif with a 4-row 元金 / 利息 / 遅延損害金 / 合計 "
                        "table and the plan in prose (420,000 = 21,000 × 20 from 4/10, distractors); page 3 a 回答書 with "
                        "checkboxes and the ご返送期限 again; Brother-style English header 「FROM : … FAX NO. : … Feb. 24 "
                        "2026 03:22PM P1」")


# ---------------------------------------------------------------------------------------------
# bu03 guarantor 代位弁済通知, faxed by the guarantor (header C) and faxed on by the debtor (header D)


def bu03():
    issued, due = D(2026, 2, 5), D(2026, 2, 25)
    acc, sub, lastp = D(2025, 12, 10), D(2026, 1, 22), D(2025, 9, 30)
    R = 14.0
    P = 2_318_406
    L = late(P, R, sub + timedelta(1), issued)
    T = P + L
    f1, f2 = D(2026, 2, 6), D(2026, 2, 9)
    p = Page(font="sans", size=10.5, top=26)
    p.at(20, 32, "大工廻　結衣子　様", size=13.5)
    p.at(20, 38, "〒904-0000　沖縄県うるま市かやぶき坂九丁目9番9号", size=9.5)
    p.at(190, 32, f"発行日　{era(issued)}", size=10.5, align="r")
    p.at(190, 38, "保証番号　HG-40719-3", size=10.5, align="r")
    p.at(190, 47, "ひがんばな保証株式会社", size=12, font="sans-bold", align="r")
    p.at(190, 53, "債権管理部　TEL 098-000-2630", size=10, align="r")
    p.y = 62
    p.title("代位弁済実行のお知らせ", size=16.5)
    p.para("拝啓　貴殿が株式会社あまつばめ銀行から借り入れたローンにつきましては、同行所定の期限の利益喪失事由により、"
           + era(acc) + "に期限の利益が失われました。当社は保証契約に基づき、" + era(sub) + "に同行へ下記のとおり代位"
           "弁済いたしましたので、お知らせいたします。", size=10.5)
    p.para("つきましては、当社の求償権に基づき、下記ご請求額を" + f"{era(due)}（{wd(due)}）" + "までに一括してお支払い"
           "くださいますようご請求申し上げます。", size=10.5)
    p.gap(2)
    p.line("記", align="c")
    p.table([["代位弁済日", era(sub)], ["最終ご返済日", era(lastp)], ["求償元金（代位弁済額）", y(P)],
             [f"求償損害金（年{R}％　{era(sub + timedelta(1))}～{era(issued)}）", y(L)], ["ご請求額", y(T)]],
            [118, 52], x=20, size=10.5, row_h=9, aligns="lr", shade_col0=True)
    p.gap(4)
    p.para("お振込先：あまつばめ銀行　県庁前支店　当座　0083152　ひがんばな保証（カ）", size=10, indent="")
    p.para("※上記期限までにお支払いがない場合、担保不動産の競売申立て等の法的手続きに着手することがあります。", size=9.5,
           indent="")
    p.para("※ご融資金額 3,000,000円　ご融資日 令和2年6月15日（ご参考）", size=9.5, indent="")
    p.gap(3)
    p.at(190, p.y + 4, "敬具", size=10.5, align="r")
    tr = truth(document_type="acceleration_notice", sender="ひがんばな保証株式会社", phone="098-000-2630",
               creditor="ひがんばな保証株式会社", status="not_applicable", original="株式会社あまつばめ銀行",
               debtor="大工廻結衣子", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="HG-40719-3",
               input_kind="fax_tiff", template="proxy64_guarantor_subrogation_fax_of_fax", received=f1)
    return dict(stem="bu03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=[dict(head=hC(f1, "09:05", "0980002631", "ﾋｶﾞﾝﾊﾞﾅﾎｼｮｳ", 1)),
                     dict(head=hD(f2, "19:48", "098-000-5517", "ダイクジャク", 1), thr=140.0, noise=14.0)],
                about="acceleration_notice (guarantee company 代位弁済通知, a fax of a fax)",
                unusual="a FAX OF A FAX: the guarantor's fax (NEC-style header 「26-02-06;09:05 ;ﾋｶﾞﾝﾊﾞﾅﾎｼｮｳ ;0980002631 "
                        "# 1/ 1」) printed by the debtor and faxed on from home three days later (Japanese header "
                        "「送信元：ダイクジャク（098-000-5517）送信日時：2026年2月9日（月）19:48 1/1枚」) — two passes through "
                        "the 200×100 threshold, the first header now a thick grey-black line; era dates; a shaded-label "
                        "table with 代位弁済日 and 最終ご返済日 as ROWS above the amounts (求償元金（代位弁済額） / 求償損害金 "
                        "with its window / ご請求額); the bank's 喪失 date only in the prose; ご融資金額 3,000,000 as distractor")


# ---------------------------------------------------------------------------------------------
# bu04 card company 催告書, fed crooked: black wedges and a dark band on the right edge


def bu04():
    issued, due = D(2026, 2, 10), D(2026, 2, 20)
    acc, lastp = D(2025, 12, 27), D(2025, 10, 27)
    R = 14.6
    shop, cash = 318_270, 220_000
    P = shop + cash
    I = 22_914
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=26, left=22, right=26)
    p.add(Box(22, 24, 50, 11, color=None, fill=(0.2, 0.2, 0.2)))
    p.at(47, 31.5, "ORFEA CARD", size=13, font="sans-bold", align="c", color=(1, 1, 1))
    p.at(184, 28, f"{era(issued)}発行", size=10, align="r")
    p.at(184, 34, "催告番号：OC-2602-0588", size=10, align="r")
    addressee(p, 22, 44, "907-0000", "沖縄県石垣市浜木綿通九丁目9番9号", "饒波　泰雅　様")
    p.at(184, 58, "オルフェアカード株式会社", size=11.5, font="sans-bold", align="r")
    p.at(184, 63.5, "債権管理センター　0120-000-373", size=10, align="r")
    p.y = 72
    p.title("催　告　書", size=19, spaced=False)
    p.para("貴殿のカードご利用代金につきまして、再三のご請求にもかかわらずお支払いがありません。会員規約第21条により、"
           + era(acc) + "をもって期限の利益を喪失されましたので、本書をもって下記金額の一括でのお支払いを催告いたします。",
           size=10.5)
    p.gap(2)
    p.table([["ご利用残高（ショッピング）", y(shop)], ["ご利用残高（キャッシング）", y(cash)], ["残元金　計", y(P)],
             ["手数料・利息", y(I)], [f"遅延損害金（年率{R}％）", y(L)], ["催告金額", y(T)]], [104, 58], x=22,
            size=10.5, row_h=8.6, ruled="rows")
    p.gap(4)
    y0 = p.y
    p.add(Box(22, y0, 162, 13, 0.8))
    p.at(27, y0 + 8.7, "お支払期限", size=11, font="sans-bold")
    p.at(70, y0 + 9, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y0 + 18
    p.kv([("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("会員番号", "****-****-****-3391")],
         x=24, label_w=40, size=10)
    p.gap(3)
    p.para("期限までにお支払いもご連絡もない場合は、法的措置（訴訟の提起等）を執らざるを得ませんので、あらかじめご了承"
           "ください。", size=10)
    tr = truth(document_type="collection_notice", sender="オルフェアカード株式会社", phone="0120-000-373",
               creditor="オルフェアカード株式会社", status="not_applicable", debtor="饒波泰雅", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="OC-2602-0588", input_kind="fax_tiff",
               template="proxy64_card_demand_crooked_fax", received=issued)
    return dict(stem="bu04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=[dict(head=[f"10 {MON[1].upper()} 2026 TUE 16:40   ORFEA CARD SAIKEN CTR   0120 000 374   [1/1]"],
                          crooked=1.4)],
                about="collection_notice (card company 催告書, fed crooked)",
                unusual="standard fax whose sheet went through the feeder askew (1.4°): black wedges in the corners and a "
                        "dark band down the right edge; header in a fourth format 「10 FEB 2026 TUE 16:40 … [1/1]」; white "
                        "logo on a black bar (solid black after the threshold); a rows-ruled table with the ショッピング / "
                        "キャッシング split and its 残元金 計 row (→ principal), 手数料・利息, 遅延損害金（年率14.6％）, 催告金額; "
                        "a framed お支払期限 in era with weekday; masked 会員番号; the same debt is sued in bu13")


# ---------------------------------------------------------------------------------------------
# bu05 real servicer 分割弁済のご提案: a table with hairline ruling, standard fax


def bu05():
    issued, reply = D(2026, 3, 3), D(2026, 3, 24)
    acc, lastp, asg = D(2023, 11, 2), D(2023, 8, 28), D(2024, 9, 30)
    P, I, L = 357_118, 1_642, 149_380
    T = P + I + L
    K, n, m, first = 360_000, 24, 15_000, D(2026, 4, 27)
    assert m * n == K
    p = Page(font="sans", size=10.5, top=24)
    p.at(20, 30, "安慶田　柚葉　様", size=13.5)
    p.at(20, 36, "〒905-0000　沖縄県名護市ひがし潮見台九丁目9番9号", size=9.5)
    p.at(190, 30, f"送付日　{wdate(issued)}", size=10, align="r")
    p.at(190, 36, "管理番号　0X-2291-57", size=10, align="r")
    p.at(190, 45, "オリックス債権回収株式会社", size=11.5, font="sans-bold", align="r")
    p.at(190, 50.5, "法務大臣許可番号　第11号", size=9.5, align="r")
    p.at(190, 55.5, "お客様相談窓口　0120-000-611", size=9.5, align="r")
    p.y = 64
    p.title("分割弁済のご提案について", size=15.5)
    p.para("当社が株式会社クレストーンから" + wdate(asg) + "に譲り受けた貴殿に対する債権について、下記のとおり分割での"
           "お支払いをご提案いたします。ご了承いただける場合は、" + f"{wdate(reply)}（{wd(reply)}）" + "までに同封の申込書を"
           "ご返送ください。", size=10.5)
    p.gap(2)
    p.line("■ 現在のご債務（送付日現在）", size=10.5, font="sans-bold")
    p.table([["元本", "利息", "遅延損害金", "合計"], [y(P), y(I), y(L), y(T)]], [42, 42, 42, 44], x=20, size=10.5,
            row_h=8.5, header=True, aligns="rrrr", line_w=0.1)
    p.gap(3)
    p.line(f"■ ご提案内容　和解金 {K:,}円（{n}回払い、残りの損害金は免除）", size=10.5, font="sans-bold")
    rows = [["回", "お支払日", "金額", "回", "お支払日", "金額"]]
    for k in range(6):
        a = D(2026 + (3 + k) // 12, (3 + k) % 12 + 1, 27)
        b2 = D(2026 + (15 + k) // 12, (15 + k) % 12 + 1, 27)
        assert k or a == first
        rows.append([str(k + 1), era(a), f"{m:,}", str(k + 13), era(b2), f"{m:,}"])
    p.table(rows, [12, 38, 28, 12, 38, 28], x=24, size=9.5, row_h=6.6, header=True, aligns="crrcrr",
            line_w=0.1)
    p.line("　　（第7回～第12回・第19回～第24回は省略。毎月27日、各15,000円）", size=9)
    p.gap(3)
    p.kv([("原債権者", "株式会社クレストーン"), ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)),
          ("債権譲受日", wdate(asg))], x=24, label_w=40, size=10)
    p.gap(2)
    p.para("※本提案は、回答期限までにお申込みがない場合は失効します。", size=9.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed", original="株式会社クレストーン",
               debtor="安慶田柚葉", total=T, principal=P, interest=I, late_damages=L, lump=False, issued=issued,
               payment_due=reply, acceleration=acc, last_payment=lastp, assignment=asg, reference="0X-2291-57",
               input_kind="fax_tiff", template="proxy64_servicer_installment_plan_hairline_fax", received=issued)
    return dict(stem="bu05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=[dict(head=hA(issued, "13:51", "0120 000 612", "ORIX SAIKEN KAISHU", 1), thr=158.0)],
                about="settlement_proposal (real servicer, 24 instalments, hairline tables by fax)",
                unusual="standard fax of a letter whose two tables are ruled with 0.1 mm hairlines, which the 200×100 "
                        "threshold breaks into dashes: a 4-column 元本 / 利息 / 遅延損害金 / 合計 row and a two-half plan "
                        "schedule (回 / お支払日 / 金額 × 2, 12 of 24 rows, distractors); real servicer ★ オリックス債権回収 "
                        "with 「法務大臣許可番号　第11号」; no rate printed (null); the reference 0X-2291-57 starts with a "
                        "zero and an X; 回答期限 only in the prose (→ payment_due)")


# ---------------------------------------------------------------------------------------------
# bu06 信用金庫 督促状 (two missed instalments) with pen notes beside the printed values


def bu06():
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    lastp = D(2025, 12, 22)
    R = 14.0
    rows = [(D(2025, 12, 25), 29_200, 5_866), (D(2026, 1, 26), 29_200, 5_866)]
    calc = [(d, pr, it, late(pr, R, d + timedelta(1), issued)) for d, pr, it in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=24)
    p.at(20, 30, "伊是名　穂乃佳　様", size=13.5)
    p.at(20, 36, "〒902-0000　沖縄県那覇市でいご坂九丁目9番9号", size=9.5)
    p.at(190, 30, era(issued), size=10.5, align="r")
    p.at(190, 40, "みやまきりしま信用金庫", size=12, font="sans-bold", align="r")
    p.at(190, 46, "融資管理課　TEL 098-000-8840", size=10, align="r")
    p.y = 56
    p.title("ご返済のお願い（督促状）", size=16)
    p.para("ご融資（マイカーローン）のご返済が、下記のとおり遅れております。お支払期限までに、ご返済口座へのご入金をお願い"
           "いたします。最終のご入金は" + era(lastp) + "です。", size=10.5)
    p.gap(2)
    head = ["約定日", "元金", "利息", "延滞損害金"]
    body = [[era(d), y(pr), y(it), y(lt)] for d, pr, it, lt in calc]
    body.append(["計", y(P), y(I), y(L)])
    p.table([head] + body, [44, 38, 38, 38], x=20, size=10.5, row_h=8.5, header=True, aligns="crrr")
    p.gap(3)
    y0 = p.y
    p.add(Line(20, y0, 190, y0, 0.6))
    p.at(22, y0 + 8, "ご請求金額", size=11.5, font="sans-bold")
    p.at(110, y0 + 8, y(T), size=14, font="sans-bold", align="r")
    p.at(22, y0 + 16, "お支払期限", size=11.5, font="sans-bold")
    p.at(110, y0 + 16, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold", align="r")
    p.add(Line(20, y0 + 20, 190, y0 + 20, 0.6))
    p.y = y0 + 25
    p.kv([("融資番号", "0417-226-08"), ("督促番号", "MK-26-0213-12"), ("延滞損害金", f"年{R}％（日割）")], x=22, label_w=30,
         size=10)
    p.gap(3)
    p.para("※期限までにご入金が確認できない場合は、連帯保証人様へご連絡させていただくことがあります。", size=9.5, indent="")
    p.para("※行き違いにご入金の節はご容赦ください。", size=9.5, indent="")
    tr = truth(document_type="collection_notice", sender="みやまきりしま信用金庫", phone="098-000-8840",
               creditor="みやまきりしま信用金庫", status="not_applicable", debtor="伊是名穂乃佳", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="MK-26-0213-12", input_kind="fax_tiff", template="proxy64_shinkin_dunning_pen_notes_fax",
               received=issued)
    notes = {0: [("o", 17.5, y0 + 1.2, 97, 9.8), ("t", 120, y0 + 9, "←ボーナスで?", 34),
                 ("t", 120, y0 + 17.5, "2/26 ATM", 34), ("u", 76, 108, y0 + 17.8),
                 ("t", 118, y0 + 33, "12/25も払った?", 30), ("a", 116, y0 + 31, 102, y0 + 38),
                 ("t", 100, 33, "相談 3/2", 30)]}
    return dict(stem="bu06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr, notes=notes,
                fax=[dict(head=hA(issued, "17:02", "098 000 8841", "ﾐﾔﾏｷﾘｼﾏ ｼﾝｷﾝ", 1))],
                about="collection_notice (信用金庫 督促状, two instalments, pen notes, standard fax)",
                unusual="the addressee wrote on the letter before faxing it: a ring around ご請求金額, 「←ボーナスで?」 and "
                        "「2/26 ATM」 beside the total and the due date, 「12/25も払った?」 beside the prose with the last "
                        "payment (a handwritten date ≠ the printed 最終のご入金 令和7年12月22日) and 「相談 3/2」 under the "
                        "sender — all in thick pen that the threshold turns solid black; a per-instalment table (約定日 / "
                        "元金 / 利息 / 延滞損害金 / 計); ご請求金額 and お支払期限 between two rules; 融資番号 and 督促番号 "
                        "(→ reference) in kv lines; header with half-width katakana name")


# ---------------------------------------------------------------------------------------------
# bu07 joint 債権譲渡通知, fine fax (header D) with the receiving machine's footer


def bu07():
    issued, asg = D(2026, 2, 16), D(2026, 2, 2)
    acc, lastp = D(2025, 8, 5), D(2025, 5, 30)
    P, I, L = 296_114, 3_870, 40_633
    T = P + I + L
    fx = D(2026, 2, 17)
    p = Page(font="serif", size=10.5, top=24)
    p.at(190, 30, wdate(issued), size=10.5, align="r", font="serif")
    p.at(190, 36, "債権番号　AL-7731-0264", size=10.5, align="r", font="serif")
    p.at(20, 40, "呉屋　鈴乃　様", size=13.5, font="serif")
    p.at(20, 46, "沖縄県沖縄市阿檀通九丁目9番9号", size=9.5, font="serif")
    p.y = 56
    p.title("債権譲渡通知書", size=17, font="serif-bold")
    p.para("譲渡人株式会社ヴェルテクスは、貴殿との間の金銭消費貸借契約に基づく下記債権を、" + wdate(asg) + "付で譲受人"
           "アルファ債権回収株式会社に譲渡いたしましたので、民法第467条に基づき連名にて通知いたします。今後のお支払い及び"
           "お問合せは、譲受人宛てにお願いいたします。", size=10.5, font="serif")
    p.gap(2)
    p.line("記", align="c", font="serif")
    p.table([["契約日", "平成30年4月9日"], ["最終ご返済日", wdate(lastp)], ["期限の利益喪失日", wdate(acc)],
             ["元金", y(P)], ["利息", y(I)], ["遅延損害金（年20.0％）", y(L)], ["譲渡債権額合計", y(T)]],
            [90, 70], x=25, size=10.5, row_h=8.2, font="serif", aligns="lr")
    p.line("（金額は譲渡日現在）", x=25, size=9, font="serif")
    p.gap(5)
    y0 = p.y
    p.at(22, y0 + 4, "（譲渡人）", size=9.5, font="serif")
    p.at(22, y0 + 10, "株式会社ヴェルテクス", size=11, font="serif-bold")
    p.at(22, y0 + 15.5, "代表取締役　国場　侑斗", size=10, font="serif")
    p.at(22, y0 + 21, "TEL 03-0000-5518", size=9.5, font="serif")
    p.at(108, y0 + 4, "（譲受人）", size=9.5, font="serif")
    p.at(108, y0 + 10, "アルファ債権回収株式会社", size=11, font="serif-bold")
    p.at(108, y0 + 15.5, "法務大臣許可番号　第101号", size=10, font="serif")
    p.at(108, y0 + 21, "管理部　TEL 03-0000-2291", size=9.5, font="serif")
    p.y = y0 + 30
    p.para("本通知はお支払いを求めるものではありません。譲受人より改めてご案内いたします。", size=9.5, font="serif", indent="")
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-2291", creditor="アルファ債権回収株式会社", status="licensed", original="株式会社ヴェルテクス",
               debtor="呉屋鈴乃", total=T, principal=P, interest=I, late_damages=L, rate=20.0, lump=False, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=asg, reference="AL-7731-0264", input_kind="fax_tiff",
               template="proxy64_joint_assignment_fine_fax_rx_footer", received=fx)
    return dict(stem="bu07", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=[dict(head=hD(fx, "10:58", "03-0000-2292", "アルファ債権回収㈱管理部", 1), fine=True,
                          foot=rx(fx, "11:02", 417, 1))],
                about="assignment_notice (joint, consumer loan → real servicer, fine fax)",
                unusual="FINE fax (200×200) with a Japanese-label header 「送信元：アルファ債権回収㈱管理部（03-0000-2292）"
                        "送信日時：2026年2月17日（火）10:58 1/1枚」 AND the receiving machine's own footer 「受信日時 "
                        "2026/02/17 11:02 受信No.0417 P.1/1」 at the foot; serif; a 2-column table whose first rows are "
                        "DATES (契約日 平成30年, 最終ご返済日, 喪失日) above the amounts; the two notifiers side by side; "
                        "the licence 「第101号」 of the ★ real servicer アルファ債権回収 only in the notifier block; the "
                        "譲渡人's own TEL as distractor; informs only")


# ---------------------------------------------------------------------------------------------
# bu08 scam faxed to a small shop: a court-like "最終通告" with a withdrawal fee


def bu08():
    issued, due = D(2026, 2, 16), D(2026, 2, 19)
    fee = 298_000
    p = Page(font="sans", size=11, top=26)
    p.at(190, 32, "管理番号　ア-1187", size=10.5, align="r")
    p.at(20, 40, "椿井　悠馬　様", size=14)
    p.at(20, 46, "（ブティック椿井　御中）", size=10)
    p.y = 54
    p.title("民事訴訟　最終通告書", size=19)
    p.para("この度、貴殿がご利用になった通信販売事業者より、未納料金に関する民事訴訟の申立てがなされましたので、当センター"
           "より最終通告いたします。本通告を無視された場合、" + f"{due.month}月{due.day}日（{wd(due)}）" + "をもって訴訟が確定"
           "し、給与・預貯金・動産の差押えが執行されます。", size=11)
    p.gap(2)
    p.para("訴訟の取下げを希望される方は、下記期日までに取下げ手続費用をお振込みのうえ、必ず担当までお電話ください。"
           "なお、ご家族・弁護士等への相談は手続の遅延となりますのでお控えください。", size=11)
    p.gap(3)
    y0 = p.y
    p.add(Box(20, y0, 170, 36, 1.0))
    p.at(26, y0 + 9, "取下げ手続費用", size=12, font="sans-bold")
    p.at(184, y0 + 9, f"金 {fee:,} 円", size=16, font="sans-bold", align="r")
    p.at(26, y0 + 19, "お振込期限", size=12, font="sans-bold")
    p.at(184, y0 + 19, f"{wdate(due)}（{wd(due)}）15時まで", size=13, font="sans-bold", align="r")
    p.at(26, y0 + 29, "振込先　いさなとり銀行　上野支店　普通　8810442　ｺｸﾐﾝｻｲｹﾝｿｼｮｳ ﾀｶﾊｼ", size=10)
    p.y = y0 + 42
    p.at(190, p.y + 4, f"通告日　{wdate(issued)}", size=10.5, align="r")
    p.at(190, p.y + 11, "国民債権訴訟処理センター", size=13, font="sans-bold", align="r")
    p.at(190, p.y + 17, "（法務省認可　民事執行受付窓口）", size=10, align="r")
    p.at(190, p.y + 23, "東京都千代田区霞が関一丁目（本館）", size=10, align="r")
    p.at(190, p.y + 29, "担当直通　050-0000-6621（土日も受付）", size=11, font="sans-bold", align="r")
    tr = truth(document_type="other", sender="国民債権訴訟処理センター", phone="050-0000-6621", status="not_licensed",
               debtor="椿井悠馬", total=fee, lump=False, issued=issued, payment_due=due, reference="ア-1187",
               is_scam=True, input_kind="fax_tiff", template="proxy64_scam_lawsuit_withdrawal_fax", received=issued)
    return dict(stem="bu08", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=[dict(head=[f"{issued.year}/{issued.month:02d}/{issued.day:02d} 20:37   FROM:                "
                                "        P.001/001"])],
                about="other (scam, 訴訟取下げ費用, faxed to a shop)",
                unusual="架空請求 faxed in the evening with a BLANK sender ID in the header; 「民事訴訟　最終通告書」 from "
                        "「国民債権訴訟処理センター」 「（法務省認可　民事執行受付窓口）」 (no licence number); a boxed "
                        "取下げ手続費用 ¥298,000 to a personal-looking account, a three-day deadline 「…15時まで」; an address "
                        "without a number; a 050 line open on weekends; 「弁護士等への相談は…お控えください」; the creditor "
                        "is only 「通信販売事業者」; the shop name under the person's name")


LETTERS = [bu01, bu02, bu03, bu04, bu05, bu06, bu07, bu08]
