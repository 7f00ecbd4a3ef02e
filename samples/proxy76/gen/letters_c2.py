"""Proxy set 76, letters cg09–cg16: a law office's 催告書 by fax that offers 分割のご相談; a real servicer's ご請求書
with a 分割 box; a 信用金庫's 縦書き 喪失通知 after a 和解 broke; a joint 債権譲渡通知 of a claim under a 分割弁済協定;
a 簡裁's 支払督促 after a broken 分割 agreement; a 仮執行宣言付支払督促 that tells of a 分割 request; a 簡裁 (ハ)
呼出状 with its 訴状 after a changed plan lapsed; and a scam that sells a 「和解」."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    dashed,
    era,
    grid,
    kdate,
    late,
    qr,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
BROWN = (0.40, 0.24, 0.08)
GREEN = (0.05, 0.38, 0.25)
PURPLE = (0.36, 0.14, 0.44)


def yen(n: int) -> str:
    return f"{n:,}円"


def kin(n: int) -> str:
    return f"金{n:,}円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kj(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# cg09 law office 催告書 for a card company, by fax; 分割のご相談 offered.


def cg09():
    R = 14.6
    sent, due = D(2026, 1, 27), D(2026, 2, 10)
    acc, lastp = D(2025, 9, 27), D(2025, 6, 27)
    P, I = 246_800, 7_415
    L = late(P, R, acc + timedelta(1), sent)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "ご 通 知（催 告 書）", size=16, font="sans-bold")
    p.at(196, 17, era(sent), size=10, align="r")
    p.at(196, 22.5, "当職整理番号　IZ-26-0107", size=9.3, align="r")
    p.add(Line(15, 26, 196, 26, 1.0))
    p.y = 31
    p.line("実吉　悠斗　殿", size=13.5)
    p.line("（ご送付先FAX 072-000-6637）", size=8.5, color=GRAY)
    p.gap(4)
    p.para("当職は、真珠カード株式会社（以下「通知人」といいます。）から、貴殿に対する債権の回収について委任を受けた弁護士です。"
           "今後、本件に関するご連絡は、通知人ではなく当職宛てにお願いいたします。", size=9.8)
    p.para(f"貴殿は、通知人との間のカード会員契約に基づくお支払いを{wdate(lastp)}を最後に怠り、通知人からの再三の請求にも"
           f"応じなかったため、{wdate(acc)}の経過をもって期限の利益を喪失しています。", size=9.8)
    p.para(f"つきましては、下記請求額合計を{wdate(due)}（{wd(due)}）までに、下記当職預り金口座宛てに一括してお支払いください。"
           "期限までにお支払い又はご連絡がない場合は、通知人の指示により、訴訟提起等の法的手続に移行いたします。", size=9.8)
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.table([["請求の内訳", f"金額（{wdate(sent)}現在）"], ["ご利用残高", yen(P)], ["未払手数料", yen(I)],
             [f"遅延損害金（{wdate(acc + timedelta(1))}から年14.6％）", yen(L)], ["請求額合計", yen(T)]],
            [112, 56], x=22, header=True, aligns="lr", size=9.8, row_h=7.2, ruled="rows")
    p.gap(1)
    p.para("振込先　西海銀行 梅田支店 普通預金 3380107 弁護士出雲路聡預り金口（イズモジサトシ）", x0=22, size=9.3, indent="")
    p.para("参考　会員番号 5312-＊＊＊＊-＊＊＊＊-0741（通知人における管理番号）", x0=22, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 168, 22, 0.5))
    p.at(26, y + 6.5, "◆ 一括でのお支払いが難しい場合", size=10, font="sans-bold")
    for i, s in enumerate(["ご収入等の事情により一括でのお支払いが困難な場合は、上記期限までに当職宛てにお電話ください。",
                           "分割でのお支払いについて、通知人と協議のうえご相談に応じます（ご連絡がない場合は応じかねます）。"]):
        p.at(26, y + 12.5 + i * 5, s, size=8.9)
    p.y = y + 27
    p.line("以上", align="r")
    p.gap(3)
    for s, sz, f in (("〒530-0000 大阪府大阪市北区染殿町九丁目9番9号 染殿町ビル7階", 8.5, "sans"),
                     ("かなえ橋総合法律事務所", 11.5, "sans-bold"), ("弁護士　出雲路　聡（大阪弁護士会）", 10, "sans"),
                     ("TEL 06-0000-4107　FAX 06-0000-4108", 9.5, "sans"),
                     ("受付時間　平日10:00～18:00（担当事務　才津）", 8.5, "sans")):
        p.line(s, x=94, size=sz, font=f)
    p.seal(188, p.y - 16, 12, "square", "弁護士出雲路聡之印", angle=-3, seed=76091)
    tr = truth(document_type="collection_notice", sender="かなえ橋総合法律事務所", phone="06-0000-4107",
               creditor="真珠カード株式会社", status="not_applicable", debtor="実吉悠斗", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=sent, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="IZ-26-0107", input_kind="fax_tiff",
               template="proxy76_law_office_demand_fax_instalment_talk", received=sent)
    return dict(stem="cg09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{sent.year}/{sent.month:02d}/{sent.day:02d} 16:22 KANAEBASHI LAW 06-0000-4108",
                about="collection_notice (law office for a card company, by fax, 分割 offered)",
                unusual="one-page G4 fax of a law office: spaced title 「ご 通 知（催 告 書）」 top-LEFT with a heavy rule, "
                        "the date and 当職整理番号 top-right; the addressee with 殿 and his own FAX number under it "
                        "(distractor); the client called 通知人; last payment and 喪失 in one sentence; a rows-ruled "
                        "「請求の内訳 / 金額（…現在）」 table (ご利用残高 / 未払手数料 / 遅延損害金 with window / 請求額合計); a "
                        "預り金口 account and the client's masked 会員番号 (distractors); a framed 「一括でのお支払いが難しい"
                        "場合」 box that only invites a call about 分割; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# cg10 オリックス債権回収 (real, 11): ご請求書 with a 分割 consultation box and a payment slip; phone photo.


def cg10():
    R = 18.0
    issued, due = D(2026, 5, 8), D(2026, 5, 25)
    acc, lastp, assign = D(2025, 11, 4), D(2025, 8, 4), D(2026, 3, 31)
    P, I = 488_000, 15_302
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=NAVY))
    p.at(15, 6.3, "オリックス債権回収株式会社", size=10.5, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "法務大臣許可番号 第11号", size=8, color=WHITE, align="r")
    window(p, 15, 14, "699-0000", ["島根県出雲市機織町九丁目9番9号", "コーポ機織 102号"], "毛呂　直人　様", "orix76-10",
           w=92, h=36)
    grid(p, 118, 16, [30, 48], [["発行日", era(issued)], ["お客様番号", "OR-11-508-2270"], ["原債権者", "紅葉坂ファイナンス株式会社"],
                                ["債権譲受日", era(assign)], ["最終ご入金日", era(lastp)], ["期限の利益喪失日", era(acc)]],
         h=6.2, size=8.3, lsize=7.8)
    p.y = 58
    p.line("ご　請　求　書", size=20, font="sans-bold", align="c", color=NAVY)
    p.gap(2)
    p.para(f"当社は、{era(assign)}付で紅葉坂ファイナンス株式会社から貴殿に対する貸付債権を譲り受けました。同社からのご請求にも"
           "かかわらずお支払いがなく、期限の利益を喪失されておりますので、下記ご請求額を一括してお支払いください。", size=9.5)
    p.gap(1)
    x0 = 15
    y = p.y
    rows = [("ご融資残高", P), ("未収利息", I), (f"損害金（年18.0％　{era(acc + timedelta(1))}～発行日）", L)]
    for i, (a, b) in enumerate(rows):
        p.add(Box(x0, y + i * 7.5, 110, 7.5, 0.25, (0, 0, 0), SHADE))
        p.add(Box(x0 + 110, y + i * 7.5, 40, 7.5, 0.25))
        p.at(x0 + 2, y + i * 7.5 + 5.3, a, size=9.3)
        p.at(x0 + 148, y + i * 7.5 + 5.3, yen(b), size=10, align="r")
    p.add(Box(x0, y + 22.5, 110, 9, 0.6, NAVY, (0.85, 0.88, 0.95)))
    p.add(Box(x0 + 110, y + 22.5, 40, 9, 0.6, NAVY))
    p.at(x0 + 2, y + 28.8, "ご請求額", size=11, font="sans-bold", color=NAVY)
    p.at(x0 + 148, y + 29, yen(T), size=12.5, font="sans-bold", align="r")
    p.add(Box(170, y, 26, 31.5, 1.0, RED))
    p.at(183, y + 7, "お支払期限", size=8.5, font="sans-bold", align="c", color=RED)
    p.at(183, y + 16, f"{due.month}月{due.day}日", size=13, font="sans-bold", align="c", color=RED)
    p.at(183, y + 22, f"（{wd(due)}）", size=9, align="c", color=RED)
    p.at(183, y + 28, f"{due.year}年", size=8.5, align="c", color=RED)
    p.y = y + 36
    y = p.y
    for k in range(2):
        dashed(p, 15, 196, y + k * 30)
    p.add(Line(15, y, 15, y + 30, 0.25))
    p.add(Line(196, y, 196, y + 30, 0.25))
    p.at(19, y + 6.5, "分割でのお支払いをご希望の方へ", size=10.5, font="sans-bold", color=GREEN)
    for i, s in enumerate(["一括でのお支払いが難しい場合は、お支払期限までに下記お客様相談窓口へお電話ください。",
                           "ご収入やご家計の状況をうかがい、月々のお支払額・回数についてご相談を承ります。",
                           "ご相談の結果、分割でのお支払いとなった場合は、当社から「分割弁済のご案内」をお送りします。",
                           "お客様相談窓口　0120-000-511（平日 9:00～18:00）　担当 才津"]):
        p.at(19, y + 13 + i * 4.8, s, size=8.8, font="sans-bold" if i == 3 else "sans")
    qr(p, 176, y + 7, 17, "orix76-qr")
    p.y = y + 34
    p.para("※本状と行き違いにお支払いいただいた場合はご容赦ください。※当社社員がご自宅に集金に伺うことはございません。", size=8,
           indent="")
    p.line("オリックス債権回収株式会社　〒105-0000 東京都港区団子坂九丁目9番9号　TEL 0120-000-511", size=8.3)
    slip(p, 226, account="00170-7-508227", payee="オリックス債権回収株式会社", amount=T, payer="毛呂　直人",
         note=["お客様番号 OR-11-508-2270", "ご請求額（一括）"], key="orix76-slip",
         bank_line="ゆうちょ銀行の払込取扱票です。コンビニエンスストアではお取扱いできません。")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-511", creditor="オリックス債権回収株式会社", status="licensed",
               original="紅葉坂ファイナンス株式会社", debtor="毛呂直人", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OR-11-508-2270", input_kind="photo_jpeg",
               template="proxy76_servicer_bill_instalment_box_slip_photo", received=D(2026, 5, 11))
    return dict(stem="cg10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.04, tilt=1.4, creases=2, shadow=0.2, shadow_side="right", fill=0.87,
                          warm=0.2),
                about="collection_notice (real servicer ご請求書, 分割 box, payment slip; phone photo)",
                unusual="phone photo on wood with tri-fold creases and a hand shadow; real servicer ★ オリックス債権回収株式会社 "
                        "in white on a navy strip at the very top with 「法務大臣許可番号 第11号」 at its right end; an "
                        "address window with bars; a 6-row shaded-label grid top-right (発行日, お客様番号, 原債権者, 譲受日, "
                        "最終ご入金日, 喪失日); shaded-label amount rows ご融資残高 / 未収利息 / 損害金 and a navy ご請求額 row; "
                        "the due date in a red vertical box 「5月25日（月）」 with 「2026年」 UNDER it; a dashed 「分割でのお支払い"
                        "をご希望の方へ」 box (only a call invited) with a QR; a 払込取扱票 at the foot that repeats the total")


# ---------------------------------------------------------------------------------------------
# cg11 茶臼山信用金庫: 縦書き 期限の利益喪失通知書 after its own 和解契約 broke (内容証明), digital.


def cg11():
    R = 14.0
    issued, due = D(2026, 4, 20), D(2026, 5, 8)
    agreed, acc, lastp = D(2024, 9, 20), D(2026, 3, 31), D(2026, 1, 30)
    W, n, M, paid = 960_000, 40, 24_000, 16
    assert n * M == W
    P = W - paid * M
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", f"貴殿は、当金庫との間の{kdate(agreed)}付和解契約により、和解金{kj(W)}を令和六年十月から毎月末日限り"
                 f"{kj(M)}ずつ四十回に分割して支払う旨約されました。"),
        ("body", f"しかるに貴殿は、{kdate(lastp)}に第十六回分をお支払いになったのを最後に、令和八年二月末日及び同年三月末日の"
                 f"分割金の支払を怠り、その額は{kj(2 * M)}に達しました。"),
        ("body", f"よって貴殿は、同和解契約第四条の定めにより、{kdate(acc)}の経過をもって期限の利益を喪失しましたので、"
                 "本書をもって通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当金庫本店まで一括してお支払いください。右期日までにお支払いの"
                 "ないときは、やむを得ず法的手続をとらせていただきます。"),
        ("indent", "記"),
        ("indent", f"一　和解金残額　{kj(P)}"),
        ("plain", f"　　（和解金{kj(W)}から既払金{kj(paid * M)}を控除した額）"),
        ("indent", f"二　遅延損害金　{kj(L)}"),
        ("plain", "　　（令和八年四月一日から本書作成日まで年十四パーセント）"),
        ("indent", f"三　合計　　　　{kj(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県長野市畳屋町九丁目九番九号"),
        ("low", "茶臼山信用金庫"),
        ("low", "理事長　小松崎　周平"),
        ("low", "電話　〇二六（〇〇〇）四一五八"),
        ("blank", ""),
        ("low", "長野県須坂市麦打町九丁目九番九号"),
        ("low", "尾辻　和彦　殿"),
    ]
    size = 11.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=7.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 76111))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "小松崎" in it.s]
    pg.items.append(Seal(xs[0] + 3.6, 22.0 + (8 + 13) * size * 0.3528 * 1.05, 9, "square", "茶臼山信用金庫理事長之印",
                         angle=-3, seed=76112))
    tr = truth(document_type="acceleration_notice", sender="茶臼山信用金庫", phone="026-000-4158",
               creditor="茶臼山信用金庫", status="not_applicable", debtor="尾辻和彦", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference=None, input_kind="vertical_pdf",
               template="proxy76_vertical_shinkin_acceleration_after_settlement_default", received=D(2026, 4, 22))
    return dict(stem="cg11", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, its own 和解 broke)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫 written by the 信用金庫 itself (no lawyer), digital, with "
                        "the 内容証明 stamp: the 和解契約 of 令和六年九月二十日 (和解金九十六万円 = 二万四千円 × 四十回) is told "
                        "in the prose, the last payment 令和八年一月三十日 (第十六回), the two missed 末日 and 第四条; the 喪失 "
                        "「令和八年三月三十一日の経過をもって」; 記 in positional kanji 和解金残額 (with the 控除 formula in "
                        "brackets) / 遅延損害金 with its window / 合計; no interest (null); NO reference number (null); "
                        "phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# cg12 joint 債権譲渡通知書: 栗の木クレジット → エー・シー・エス債権管理回収 (real, 27), claim under a 分割弁済協定.


def cg12():
    issued, assign = D(2026, 6, 5), D(2026, 5, 29)
    lastp, agreed, nxt = D(2026, 5, 27), D(2025, 2, 14), D(2026, 6, 27)
    P, L = 297_000, 21_450
    T = P + L
    M = 15_000
    p = Page(font="serif", size=10.3, top=14)
    p.at(196, 18, era(issued), size=10, align="r")
    p.y = 22
    for s, sz, f in (("通知人（譲渡人）", 8.5, "serif"), ("東京都豊島区紙漉町九丁目9番9号", 8.5, "serif"),
                     ("株式会社栗の木クレジット", 10.5, "serif-bold"), ("代表取締役　境野　昌宏", 9.3, "serif")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(190, p.y - 6, 11, "round", "栗の木クレジット|代表/取締役", angle=4, seed=76121)
    p.gap(1.5)
    for s, sz, f in (("通知人（譲受人）", 8.5, "serif"), ("東京都中央区籠屋町九丁目9番9号", 8.5, "serif"),
                     ("エー・シー・エス債権管理回収株式会社", 10.5, "serif-bold"), ("代表取締役　周防　直哉", 9.3, "serif"),
                     ("（法務大臣許可番号　第27号）", 8.5, "serif")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(190, p.y - 9, 11, "round", "エー・シー・エス|代表/取締役", angle=-3, seed=76122)
    p.y = 30
    p.line("〒263-0000", size=9.5)
    p.line("千葉県千葉市稲毛区糸繰町九丁目9番9号", size=9.5)
    p.gap(1)
    p.line("片貝　千尋　様", size=13.5)
    p.y = 70
    p.title("債権譲渡通知書", size=16, font="serif-bold")
    p.para(f"譲渡人株式会社栗の木クレジットは、貴殿に対して有する下記債権を、{era(assign)}付で譲受人エー・シー・エス債権管理"
           "回収株式会社に譲渡しましたので、譲渡人及び譲受人の連名をもってご通知いたします。")
    p.para(f"貴殿と譲渡人との間の{era(agreed)}付分割弁済協定は、そのまま譲受人に引き継がれます。協定の内容（毎月27日限り"
           f"{yen(M)}）に変更はございませんが、次回分（{era(nxt)}お支払分）以降は、下記譲受人の口座へお振込みください。"
           "譲渡人の口座へのお振込みはお控えください。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("１　譲渡債権", "株式会社栗の木クレジットのクレジットカード会員契約に基づく立替金債権及びこれに付帯する一切の債権"),
          ("２　譲渡日", era(assign)),
          ("３　最終お支払日", f"{era(lastp)}（協定第15回分）"),
          ("４　会員番号", "4513-＊＊＊＊-＊＊＊＊-2090（譲渡人）")], x=22, label_w=36, size=9.8)
    p.gap(1)
    p.line(f"５　譲渡債権の額（{era(assign)}現在）", x=22, size=9.8)
    p.table([["項目", "金額", "備考"], ["協定残元金", yen(P), "月々15,000円でお支払い中"],
             ["確定遅延損害金", yen(L), "協定締結時に確定（最終回にお支払い）"], ["譲渡債権額合計", yen(T), ""]],
            [44, 36, 80], x=30, header=True, aligns="lrl", size=9.5, row_h=7.2)
    p.gap(1)
    p.kv([("６　お振込先", "東陽銀行 本店 普通預金 2705290 エーシーエスサイケンカンリカイシユウ（カ"),
          ("７　お客様番号", "ACS-60529-14（譲受人）")], x=22, label_w=36, size=9.8)
    p.gap(2)
    p.para("本件に関するお問い合わせは、譲受人の下記窓口までお願いいたします。　エー・シー・エス債権管理回収株式会社　"
           "お客様相談室 0120-000-272（平日9:00～17:30）", size=9.3, indent="")
    p.para("（ご参考）譲渡人お問合せ先 03-0000-8829 は、" + era(D(2026, 6, 30)) + "をもって本件の受付を終了します。", size=8.8,
           indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-272", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社栗の木クレジット", debtor="片貝千尋", total=T, principal=P, interest=None, late_damages=L,
               rate=None, lump=False, issued=issued, payment_due=None, acceleration=None, last_payment=lastp,
               assignment=assign, reference="ACS-60529-14", input_kind="pdf_text",
               template="proxy76_joint_assignment_of_claim_under_instalment_agreement", received=D(2026, 6, 8))
    return dict(stem="cg12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, claim under a 分割弁済協定)",
                unusual="joint 債権譲渡通知書 whose two 通知人 blocks are STACKED top-RIGHT (譲渡人 over 譲受人, each with a "
                        "round seal; the 譲受人 ★ エー・シー・エス債権管理回収株式会社 with 「（法務大臣許可番号　第27号）」 in "
                        "brackets) and the addressee top-left; the claim is being paid under a 分割弁済協定 that passes to "
                        "the 譲受人 (next 15,000 on 6/27 — a distractor, no payment date); 記 as numbered kv lines; a 3-column "
                        "項目 / 金額 / 備考 table 協定残元金 / 確定遅延損害金 / 譲渡債権額合計 (no interest, no rate); the "
                        "譲渡人's masked 会員番号 and its closing 03 number as distractors")


# ---------------------------------------------------------------------------------------------
# cg13 三次簡易裁判所 支払督促, creditor アウロラ債権回収 (real, 76), after a broken 分割 agreement; one scanned page.


def cg13():
    R = 14.6
    issued, filed = D(2026, 5, 15), D(2026, 5, 12)
    acc, lastp, assign, notice = D(2025, 8, 5), D(2025, 6, 5), D(2025, 12, 22), D(2026, 1, 9)
    P, I = 412_600, 14_210
    L = late(P, R, acc + timedelta(1), filed - timedelta(1))
    C = 4_530
    T = P + I + L + C
    case = "令和８年（ロ）第１４２号"
    p = Page(font="sans", size=9.6, top=12)
    p.at(196, 14, case, size=10, align="r")
    p.y = 16
    p.title("支　払　督　促", size=17)
    rows = [("債　権　者", "アウロラ債権回収株式会社"), ("", "〒730-0000 広島市中区鋳物町九丁目9番9号"),
            ("", "代表者代表取締役　伴内　恭介"), ("（送達場所）", "同所　電話 082-000-7614　FAX 082-000-7615"),
            ("債　務　者", "久芳　雅也"), ("", "〒728-0000 広島県三次市しらさぎ橋九丁目9番9号")]
    for a, b in rows:
        base = p.line(a, x=22, size=9.6)
        p.at(52, base, b, size=9.6)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10)
    p.gap(1)
    p.line("請求の趣旨", x=22, size=10.5, font="sans-bold")
    p.table([["１", "元金", yen(P)], ["２", "利息（未払分割手数料）", yen(I)],
             ["３", f"確定遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed - timedelta(1)))}まで年14.6％）", yen(L)],
             ["４", "督促手続費用", yen(C)], ["", "合　計", yen(T)]],
            [10, 120, 40], x=22, aligns="clr", size=9.3, row_h=6.6)
    p.para(f"５　上記１の元金に対する{fw(era(filed))}から完済まで年14.6％の割合による遅延損害金", x0=22, size=9.3, indent="")
    p.gap(1)
    p.line("請求の原因", x=22, size=10.5, font="sans-bold")
    for s in ("１　明星カード株式会社（以下「譲渡人」という。）は、平成31年3月8日、債務者との間でカード会員契約を締結し、"
              "債務者は同契約に基づき商品購入代金の立替払及び金銭の貸付を受けた。",
              f"２　債務者は、令和6年5月10日、譲渡人との間で、上記契約に基づく残債務を月々12,000円ずつ分割して支払う旨合意したが、"
              f"{fw(era(lastp))}の支払を最後にその後の支払をせず、同合意の定めにより{fw(era(acc))}の経過をもって期限の利益を"
              "喪失した。",
              f"３　譲渡人は、{fw(era(assign))}、上記債権を債権者に譲渡し、{fw(era(notice))}到達の内容証明郵便をもって債務者に"
              "その旨通知した。"):
        p.para(s, x0=22, x1=190, size=9.2, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10)
    p.line("　　三次簡易裁判所　裁判所書記官　土井垣　澄子", size=10.5)
    p.seal(150, p.y - 5, 13, "square", "三次簡易裁判所書記官印", angle=1, seed=76131)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 172, 27, 0.5))
    p.at(23, y + 5.5, "（注意）", size=9.2, font="sans-bold")
    for i, s in enumerate(["１　この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立てを",
                           "　　することができます（同封の督促異議申立書の用紙をご利用ください）。",
                           "２　分割払いを希望する場合も、督促異議申立書にその旨を記載して提出することができます。",
                           "３　問合せ先　三次簡易裁判所　民事係　電話 0824-00-3142（直通）"]):
        p.at(23, y + 11 + i * 4.6, s, size=8.8)
    p.y = y + 31
    p.line(f"（支払督促申立日　{fw(era(filed))}）", x=22, size=8.8)
    tr = truth(document_type="payment_order", sender="三次簡易裁判所", phone="0824-00-3142",
               creditor="アウロラ債権回収株式会社", status="licensed", original="明星カード株式会社", debtor="久芳雅也",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference="令和8年(ロ)第142号",
               input_kind="scan_png", template="proxy76_payment_order_after_broken_instalment_deal", received=D(2026, 5, 18))
    return dict(stem="cg13", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order (簡裁, real servicer creditor, after a broken 分割 agreement)",
                unusual="a whole 支払督促 of 三次簡裁 on ONE scanned page: full-width case number alone top-right; the parties "
                        "as label lines (creditor ★ アウロラ債権回収株式会社 with its 送達場所 phone/FAX as distractors; no "
                        "licence printed, court paper); 請求の趣旨 as a numbered 3-column ruled table (元金 / 利息（未払分割"
                        "手数料） / 確定遅延損害金 with its full-width window / 督促手続費用 / 合計) and the running item ５ "
                        "below; 請求の原因 tells the 令和6年 分割 agreement (12,000 a month) that broke, the 喪失 under it, the "
                        "譲渡 and its 通知 到達; a (注意) box that also says a 分割 wish can go in the 督促異議申立書; 申立日 at "
                        "the foot")


# ---------------------------------------------------------------------------------------------
# cg14 下妻簡易裁判所 仮執行宣言付支払督促 (信販 creditor), image PDF of 2 pages.


def cg14():
    R = 14.6
    ordered, served, applied, issued = D(2026, 2, 20), D(2026, 2, 24), D(2026, 3, 13), D(2026, 3, 19)
    acc, lastp, asked = D(2025, 10, 27), D(2025, 8, 27), D(2025, 12, 8)
    P, I = 265_300, 9_870
    L = late(P, R, acc + timedelta(1), D(2026, 2, 12))
    C1, C2 = 3_530, 1_130
    T = P + I + L + C1 + C2
    case = "令和８年（ロ）第２６６号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(case, size=10.5)
    p.gap(6)
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.gap(2)
    p.kv([("債　権　者", "株式会社塩屋クレジット"), ("債　務　者", "串間　智恵")], x=40, label_w=30, size=11)
    p.line("（当事者の住所等は別紙当事者目録記載のとおり）", x=40, size=9.5)
    p.gap(4)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("請求の趣旨及び原因は別紙記載のとおり。")
    p.gap(2)
    p.para(f"上記支払督促は{fw(era(ordered))}に発付され、{fw(era(served))}債務者に送達されたが、債務者は督促異議の申立てを"
           "しなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.gap(2)
    p.table([["仮執行の宣言", "この支払督促は、仮に執行することができる。"],
             ["仮執行宣言前の督促手続費用", kin(C1)], ["仮執行宣言の手続費用", kin(C2)]],
            [64, 96], x=25, aligns="lr", size=10.3, row_h=8.5)
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　下妻簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　谷　貝　　悟", size=11)
    p.seal(150, p.y - 6, 14, "square", "下妻簡易裁判所書記官印", angle=-1, seed=76141)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 166, 40, 0.4, (0, 0, 0), (0.95, 0.95, 0.95)))
    p.at(26, y + 6.5, "この書面を受け取った方へ", size=10.5, font="serif-bold")
    for i, s in enumerate(["・この書面を受け取った日から２週間以内に、この裁判所に督促異議を申し立てることができます。",
                           "・督促異議を申し立てても、仮執行の宣言の効力は当然には停止しません。",
                           "・お支払いの方法（分割払いなど）について債権者と話し合いたいときも、早めに債権者に連絡してください。",
                           "・不明な点は、下妻簡易裁判所民事係（電話 0296-00-2661）にお問い合わせください。",
                           "・お問い合わせの際は、上記の事件番号をお知らせください。"]):
        p.at(26, y + 13 + i * 5.4, s, size=9.2)
    q = Page(font="serif", size=10.3, top=16)
    q.at(196, 14, f"{case}（別紙）", size=9, align="r")
    q.y = 18
    q.line("当　事　者　目　録", size=12.5, font="serif-bold", align="c")
    q.kv([("債　権　者", "〒110-0000 東京都台東区味噌蔵町九丁目9番9号"), ("", "株式会社塩屋クレジット"),
          ("", "代表者代表取締役　出牛　亮介"), ("（送達場所）", "〒330-0000 さいたま市大宮区楠通九丁目9番9号 大宮債権管理センター"),
          ("", "電話 048-000-2266　FAX 048-000-2267"),
          ("債　務　者", "〒304-0000 茨城県下妻市砂糖町九丁目9番9号"), ("", "串間　智恵")], x=22, label_w=30, size=9.8)
    q.gap(3)
    q.line("請　求　の　趣　旨", size=12.5, font="serif-bold", align="c")
    q.table([["", "項　目", "金額（円）"], ["１", "立替金残元金", f"{P:,}"], ["２", "分割手数料（未払分）", f"{I:,}"],
             ["３", f"確定遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(D(2026, 2, 12)))}まで年14.6％）", f"{L:,}"],
             ["４", "仮執行宣言前の督促手続費用", f"{C1:,}"], ["５", "仮執行宣言の手続費用", f"{C2:,}"],
             ["", "合　計", f"{T:,}"]], [10, 122, 40], x=20, header=True, aligns="clr", size=9.6, row_h=7)
    q.para(f"６　上記１の金額に対する{fw(era(D(2026, 2, 13)))}から完済まで年14.6％の割合による遅延損害金", x0=20, size=9.6,
           indent="")
    q.gap(2)
    q.line("請　求　の　原　因", size=12.5, font="serif-bold", align="c")
    for s in ("１　債権者は、債務者との間で令和4年9月3日、個品割賦購入あっせん契約を締結し、債務者が購入した商品の代金を"
              "販売店に立替払いした。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後に分割金の支払を怠り、債権者は書面で20日以上の相当期間を定めて"
              f"催告したが支払がなく、債務者は{fw(era(acc))}の経過をもって期限の利益を喪失した。",
              f"３　債務者は、{fw(era(asked))}、債権者に対し電話で分割払いを申し出たが、その後も何らの支払をしない。"):
        q.para(s, x0=20, x1=190, size=9.6, indent="")
    q.gap(3)
    q.line(f"（仮執行宣言の申立日　{fw(era(applied))}）", x=20, size=9)
    tr = truth(document_type="payment_order_enforceable", sender="下妻簡易裁判所", phone="0296-00-2661",
               creditor="株式会社塩屋クレジット", status="not_applicable", debtor="串間智恵", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第266号", input_kind="pdf_scan",
               template="proxy76_enforceable_payment_order_instalment_request", received=D(2026, 3, 23))
    return dict(stem="cg14", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, 信販 creditor, 2 pages)",
                unusual="下妻簡裁's 仮執行宣言付支払督促 as a 2-page image PDF: p.1 the order date 2/20 and its 送達 2/24 in one "
                        "sentence, a 3-row ruled 仮執行の宣言 table (the declaration + 仮執行宣言前の督促手続費用 + "
                        "仮執行宣言の手続費用), a shaded 「この書面を受け取った方へ」 box that also speaks of 分割払い; p.2 "
                        "当事者目録 (the creditor's 送達場所 phone/FAX as distractors) and 請求の趣旨 with 「金額（円）」 and "
                        "BOTH cost rows inside the table above 合計, running item ６; 請求の原因 with the debtor's 分割 request "
                        "by phone (12/8, a distractor); 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cg15 秩父簡易裁判所 (ハ) 呼出状及び答弁書催告状 + 訴状, digital 2 pages.


def cg15():
    R = 20.0
    issued, filed, hearing, answer = D(2026, 6, 26), D(2026, 6, 10), D(2026, 7, 29), D(2026, 7, 22)
    acc, lastp, changed = D(2025, 11, 15), D(2025, 9, 15), D(2024, 4, 22)
    P, I = 534_000, 6_221
    L = late(P, R, acc + timedelta(1), filed - timedelta(1))
    T = P + I + L
    case = "令和８年（ハ）第３７号"
    p = Page(font="sans", size=10.2, top=14)
    y = grid(p, 112, 12, [24, 60], [["事件番号", case], ["事 件 名", "貸金請求事件"], ["原　　告", "株式会社梨花ローン"],
                                     ["被　　告", "棚瀬　大輔"]], h=6.6, size=9.3)
    p.y = 14
    p.line("被告　棚瀬　大輔　殿", size=12.5)
    p.y = y + 6
    p.line("第１回口頭弁論期日呼出状", size=14.5, font="sans-bold", align="c")
    p.line("及び答弁書催告状", size=14.5, font="sans-bold", align="c")
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記答弁書の提出期限までに答弁書を提出してください。")
    p.gap(1)
    y = p.y
    p.add(Box(25, y, 160, 30, 0.8))
    for i, (a, b) in enumerate((("期　　日", f"{era(hearing)}（{wd(hearing)}）午前10時00分"),
                                ("場　　所", "秩父簡易裁判所　第1法廷（1階）"),
                                ("答弁書提出期限", f"{era(answer)}（{wd(answer)}）"))):
        p.at(29, y + 8 + i * 9, a, size=10.3, font="sans-bold")
        p.at(70, y + 8 + i * 9, b, size=11 if i != 1 else 10.3, font="sans-bold" if i != 1 else "sans")
    p.y = y + 35
    p.line("（注意）", size=10, font="sans-bold")
    for s in ("１　答弁書を提出せず、期日にも出頭しないときは、原告の主張を認めたものとして、原告の請求どおりの判決がされる"
              "ことがあります。",
              "２　分割払いでの解決（和解）を希望する場合は、同封の答弁書の「分割払いを希望する」欄に、月々支払うことのできる"
              "金額と支払開始の時期を記入してください。話合いの結果によっては、期日に和解が成立することがあります。",
              "３　出頭の際は、この呼出状、認印及び本人確認のできるものをお持ちください。"):
        p.para(s, x0=22, x1=190, size=9.6, indent="")
    p.gap(4)
    p.line(f"　{era(issued)}", size=10.3)
    p.line("　秩父簡易裁判所民事係", size=10.3)
    p.line("　裁判所書記官　田尻下　悠", size=10.3)
    p.line("　〒368-0000　埼玉県秩父市茶臼台九丁目9番9号　電話 0494-00-2237（民事係直通）", size=9.3)
    p.seal(120, p.y - 13, 13, "square", "秩父簡易裁判所書記官印", angle=2, seed=76151)
    q = Page(font="serif", size=10.2, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(f"{era(filed)}", align="r", size=10)
    q.line("秩父簡易裁判所　御中", size=10.5)
    q.kv([("原　　告", "〒330-0000 さいたま市浦和区ぬくもり通九丁目9番9号"), ("", "株式会社梨花ローン　代表者代表取締役　常盤木　巧"),
          ("", "（送達場所・連絡先）電話 048-000-3791　担当 佐々部"),
          ("被　　告", "〒368-0000 埼玉県秩父市あおさぎ通九丁目9番9号　棚瀬　大輔")], x=22, label_w=22, size=9.6)
    q.gap(2)
    q.line("貸金請求事件", size=10.5, font="serif-bold")
    q.line("訴訟物の価額　" + yen(T) + "　　貼用印紙額　6,000円", size=9.6)
    q.gap(2)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告は、原告に対し、{kin(T)}及びうち{kin(P)}に対する{era(filed)}から支払済みまで年20％の割合による"
           "金員を支払え。", x0=26, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=26, size=10, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in ("１　原告は、被告に対し、平成30年7月18日、金800,000円を、利息年17.8％、遅延損害金年20％、毎月15日限り"
              "元利金を分割して返済する約定で貸し付けた。",
              f"２　原告と被告は、{era(changed)}、被告の申出により、以後の返済額を毎月15日限り15,000円とする返済条件の"
              "変更に合意した。",
              f"３　被告は、{era(lastp)}の返済を最後にその後の返済をせず、約定により{era(acc)}の経過をもって期限の利益を"
              "喪失した。",
              "４　よって、原告は被告に対し、下記の金員の支払を求める。"):
        q.para(s, x0=26, x1=190, size=9.8, indent="")
    q.table([["残元金", "未払利息", f"遅延損害金（{era(acc + timedelta(1))}～{era(filed - timedelta(1))}）", "合計"],
             [yen(P), yen(I), yen(L), yen(T)]], [36, 32, 66, 36], x=24, header=True, aligns="rrrr", size=9.3, row_h=7.5)
    q.gap(2)
    q.line("証拠方法　甲第1号証 金銭消費貸借契約書　甲第2号証 返済条件変更合意書　甲第3号証 取引履歴", size=9.3)
    tr = truth(document_type="lawsuit", sender="秩父簡易裁判所", phone="0494-00-2237", creditor="株式会社梨花ローン",
               status="not_applicable", debtor="棚瀬大輔", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference="令和8年(ハ)第37号", input_kind="pdf_text_2page",
               template="proxy76_summary_court_suit_after_changed_plan_lapsed", received=D(2026, 6, 29))
    return dict(stem="cg15", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, consumer lender, 2 pages)",
                unusual="秩父簡裁 第1回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital: a 4-row shaded case grid "
                        "top-right and the addressee 「被告…殿」 top-left; a framed box 期日 / 場所 / 答弁書提出期限 with "
                        "weekdays; a (注意) note on the answer form's 「分割払いを希望する」 box; the court's 民事係直通 in the "
                        "address line; the 訴状 dated 6/10 ≠ the 呼出状 6/26; 請求の趣旨 「金…及びうち金…」; 請求の原因 with "
                        "the 平成30年 loan of 800,000 at 17.8％ (distractors), the 返済条件の変更 to 15,000 a month in 令和6年, "
                        "the last payment and the 喪失; a one-row 4-column table; 貼用印紙額 6,000 (not costs); the "
                        "plaintiff's 048 number as a distractor")


# ---------------------------------------------------------------------------------------------
# cg16 scam: a fake servicer sells a 「和解」 of a made-up debt; phone photo.


def cg16():
    issued, due = D(2026, 5, 20), D(2026, 5, 22)
    T = 63_400
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "最終通告", size=14, fill=RED, h=10)
    stamp(p, 52, 12, "親展・本人限定", size=11, h=10)
    p.at(196, 16, f"通知日　令和8年{issued.month}月{issued.day}日", size=10, align="r")
    p.at(196, 22, "受付番号　み－４０２７", size=10, align="r")
    p.y = 30
    p.line("塚越　陽子　様", size=14)
    p.gap(5)
    p.line("未納債務の和解手続きに関するご案内", size=16.5, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿がご契約された通信販売事業者より、未納となっている料金について債権回収の委託を受けましたので、ご案内いたします。"
           "本件につきましては、事業者側で民事訴訟の準備が進められておりますが、当センターでは訴訟に移行する前の「和解手続き」を"
           "代行しております。")
    p.para("下記期限までに和解金をお振込みいただければ、訴訟は取り下げられ、ご自宅・給与・預貯金の差押えは行われません。"
           "期限を過ぎた場合、当センターでは対応いたしかねます。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 34, 1.2, RED))
    p.at(32, y + 9, "和解金（未納料金・延滞金・訴訟取下げ費用を含む）", size=10.5)
    p.at(178, y + 21, f"￥{T:,}", size=24, font="sans-bold", align="r", color=RED)
    p.at(32, y + 30, f"お振込期限　{due.month}月{due.day}日（{wd(due)}）15時まで", size=12, font="sans-bold")
    p.y = y + 40
    p.para("お振込先　大和田銀行 新宿支店 普通 5127403 オオツキ ハルト（当センター担当者名義の口座です）", size=10, indent="")
    p.para("※お振込みが難しい場合は、コンビニエンスストアで電子マネー（ギフトカード）をご購入のうえ、番号を担当者にお伝え"
           "ください。", size=9.5, indent="")
    p.para("※本件は貴殿のプライバシーに関わるため、ご家族・弁護士・消費生活センター等へのご相談はお控えください。第三者が"
           "介入した場合、和解は成立しません。", size=9.5, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(25, y, 160, 36, 0.4))
    p.at(30, y + 8, "株式会社全国和解センター", size=13, font="sans-bold")
    p.at(30, y + 14.5, "債権回収代行部　法務大臣許可番号第318号", size=9.5)
    p.at(30, y + 21, "東京都千代田区霞が関（法曹会館内）", size=9.5)
    p.at(30, y + 29, "担当直通　080-0000-5127（土日祝も受付 9:00～21:00）", size=10.5, font="sans-bold")
    p.seal(170, y + 17, 13, "round", "全国和解センター|和解/専用", angle=8, seed=76161)
    tr = truth(document_type="other", sender="株式会社全国和解センター", license_number=318, phone="080-0000-5127",
               creditor=None, status="not_licensed", debtor="塚越陽子", total=T, lump=False, issued=issued, payment_due=due,
               reference="み-4027", is_scam=True, input_kind="photo_jpeg",
               template="proxy76_scam_fake_servicer_settlement_deposit", received=None)
    return dict(stem="cg16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=3.0, creases=2, glare=14, fill=0.84, warm=0.25, blur=0.95),
                about="other (scam: a fake servicer sells a 和解 of a made-up debt)",
                unusual="架空請求 photographed on a dark cloth with creases and glare: a filled red 最終通告 stamp and a "
                        "親展・本人限定 frame; 「株式会社全国和解センター」 says it is 委託 by an unnamed 通信販売事業者 (creditor "
                        "null) and prints a FAKE 「法務大臣許可番号第318号」 (→ not_licensed); ONE amount only, the 「和解金」 "
                        "￥63,400 in a big red frame that it says includes 未納料金・延滞金・取下げ費用 (no components); a "
                        "month-day deadline 「5月22日（金）15時まで」 with the year only in the 通知日; a personal account and "
                        "電子マネー; 「弁護士・消費生活センター等へのご相談はお控えください」; a hiragana 受付番号 み－４０２７; "
                        "霞が関 without a number; a 080 直通")


LETTERS = [cg09, cg10, cg11, cg12, cg13, cg14, cg15, cg16]
