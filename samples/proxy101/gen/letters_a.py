"""Proxy set 101, letters df01–df08: "settlements, instalment agreements and harmless notices, seventh round".
A real servicer's 一部免除による和解のご提案 (df01), a guarantee company's 縦書き 和解書（案） in 大字 (df02), an invented
servicer's 債務承認書 for signature by fax (df03), a real servicer's 本社移転 postcard (df04), a 信用金庫's
返済条件変更のご提案 with a new schedule (df05), a real servicer's 和解金 受領のご連絡 (df06), a real servicer's
和解契約解除・一括請求 (df07) and a real servicer's 完済のお知らせ (df08)."""

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
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.45, 0.25, 0.08)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def en(n: int) -> str:
    return f"{n:,}円"


# ---------------------------------------------------------------------------------------------
# df01 パルティール債権回収 (real): 一部免除による和解のご提案; slash dates; debt card left, offer card right.


def df01():
    R = 18.0
    issued, due = D(2025, 6, 16), D(2025, 7, 4)
    acc, lastp, assign = D(2021, 9, 28), D(2021, 6, 25), D(2023, 3, 31)
    P, I = 684_210, 41_377
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    S = 500_000
    n, m = 20, S // 20
    W = T - S
    first = D(2025, 7, 31)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "Partir", size=17, font="sans-bold", color=PLUM)
    p.at(42, 19, "パルティール債権回収株式会社", size=10.5, font="sans-bold", color=PLUM)
    p.add(Line(15, 22.5, 196, 22.5, 0.6, PLUM))
    p.at(196, 29, f"発行日　{slash(issued)}", size=9.5, align="r")
    p.at(196, 34, "お客様番号　PT-2306-51184", size=9.5, align="r")
    window(p, 15, 27, "880-0000", ["宮崎県宮崎市しろつめ台九丁目9番9号"], "塩月　亮介　様", "df01", w=88, h=32)
    p.y = 66
    p.title("一部免除による和解のご提案", size=15.5, color=PLUM)
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。", size=9.8)
    p.para(f"当社が{slash(assign)}付ですだちクレジット株式会社から譲り受けました貴殿に対する債権につき、これまでご連絡を"
           "差し上げてまいりましたが、未だご返済をいただいておりません。", size=9.8)
    p.para("つきましては、当社は貴殿の現在のご状況を考慮し、下記の条件で残りのご債務の一部を免除する和解をご提案いたします。"
           "ご検討のうえ、ご回答期限までに同封の回答書をご返送いただくか、お電話にてご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(2)
    y = p.y
    # left card: the debt now
    p.add(Box(15, y, 88, 62, 0.5, GRAY))
    p.add(Box(15, y, 88, 8, color=None, fill=SHADE))
    p.at(59, y + 5.6, f"現在のご債務（{slash(issued)}時点）", size=9.5, font="sans-bold", align="c")
    rows = [("残元金", en(P)), ("未払利息", en(I)), ("遅延損害金", en(L)), ("現在のご債務額", en(T))]
    for i, (a, b) in enumerate(rows):
        yy = y + 16 + i * 9
        bold = i == 3
        if bold:
            p.add(Line(18, yy - 5.5, 100, yy - 5.5, 0.4))
        p.at(19, yy, a, size=10 if not bold else 10.5, font="sans-bold" if bold else "sans")
        p.at(100, yy, b, size=10.5 if not bold else 12, font="sans-bold" if bold else "sans", align="r")
    p.at(19, y + 53, f"※遅延損害金は残元金に対し年18.0％、{slash(acc + timedelta(1))}から", size=7.5)
    p.at(19, y + 57.5, f"　{slash(issued)}までの日割計算です。", size=7.5)
    # right card: the proposal
    p.add(Box(108, y, 88, 62, 0.9, PLUM))
    p.add(Box(108, y, 88, 8, color=None, fill=PLUM))
    p.at(152, y + 5.6, "ご提案内容", size=9.5, font="sans-bold", align="c", color=WHITE)
    prop = [("和解金額", en(S)), ("お支払方法", f"{m:,}円 × {n}回"), ("初回お支払日", slash(first)),
            ("最終回お支払日", slash(D(2027, 2, 26))), ("免除額", en(W))]
    for i, (a, b) in enumerate(prop):
        yy = y + 16 + i * 8.6
        p.at(112, yy, a, size=9.5)
        p.at(192, yy, b, size=10, align="r", font="sans-bold" if i == 0 else "sans")
    p.at(112, y + 58, "※和解金を完済された時点で免除の効力が生じます。", size=7.3)
    p.y = y + 67
    p.table([["ご回答期限", f"{slash(due)}（{wd(due)}）当社必着", "ご回答方法", "同封の回答書 又は お電話"]],
            [28, 62, 28, 63], x=15, aligns="lllll", size=10, row_h=10, shade_col0=True)
    p.gap(3)
    p.line("【ご債務の内容】", size=9.5, font="sans-bold")
    p.kv([("原債権者", "すだちクレジット株式会社（カードローン契約　平成29年8月ご契約）"),
          ("債権譲受日", slash(assign)), ("最終ご入金日", slash(lastp)), ("期限の利益喪失日", slash(acc)),
          ("ご利用限度額", "800,000円（ご契約時）")], x=18, label_w=36, size=9)
    p.gap(2)
    p.para("※ご回答期限までにご連絡がない場合は、本ご提案は失効し、現在のご債務額全額のご請求を継続いたします。"
           "※分割回数のご相談にも応じます。お気軽にお問い合わせください。", size=8.5, indent="")
    p.gap(3)
    for s, sz, f in (("パルティール債権回収株式会社　九州管理センター", 10, "sans-bold"),
                     ("法務大臣許可番号　第113号", 8.8, "sans"),
                     ("〒810-0000 福岡市中央区あさがお坂九丁目9番9号", 8.5, "sans"),
                     ("TEL 092-000-1137（平日9:30～18:00）　担当　萩森", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(188, p.y - 27.5, 11, "square", "パルティール債権回収印", angle=-3, seed=101011)
    tr = truth(document_type="settlement_proposal", sender="パルティール債権回収株式会社", license_number=113,
               phone="092-000-1137", creditor="パルティール債権回収株式会社", status="licensed",
               original="すだちクレジット株式会社", debtor="塩月亮介", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="PT-2306-51184", input_kind="pdf_text",
               template="proxy101_servicer_partial_waiver_two_cards_slash", received=D(2025, 6, 18))
    return dict(stem="df01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (real servicer, 一部免除による和解)",
                unusual=f"real servicer ★ パルティール債権回収 with a Latin 「Partir」 logo and 「法務大臣許可番号　第113号」 in the "
                        "sender block; EVERY date as slash 2025/07/04; two cards side by side: 現在のご債務 (残元金 / 未払利息 / "
                        "遅延損害金 / 現在のご債務額) on the left and a plum ご提案内容 card on the right (和解金額 500,000, "
                        f"25,000 × 20, first / last dates, 免除額 {W:,}: distractors); the ご回答期限 in a one-row ruled "
                        "table with ご回答方法; a kv block (原債権者, 譲受日, 最終ご入金日, 喪失日, ご利用限度額 800,000)")


# ---------------------------------------------------------------------------------------------
# df02 こぶし信用保証: 縦書き 和解書（案） in 大字 with a cover note in the first columns; scanned.


def df02():
    R = 14.0
    issued, due, asof = D(2026, 1, 23), D(2026, 2, 13), D(2026, 1, 31)
    subro = D(2025, 4, 18)
    P = 2_846_120
    L = late(P, R, subro + timedelta(1), asof)
    T = P + L
    dj = lambda n: yen(n, "daiji")  # noqa: E731
    cols = [
        ("body", "井手迫様へ　先日お電話でご相談いただいた分割弁済について、左記の和解書（案）をお送りします。内容をご確認の上、"
                 f"二通に署名押印して{kdate(due)}までに一通を当社へご返送ください。"),
        ("blank", ""),
        ("title", "和解書（案）"),
        ("body", "こぶし信用保証株式会社（以下「甲」という。）と井手迫哲也（以下「乙」という。）とは、甲の乙に対する求償債権に"
                 "ついて、次のとおり和解する。"),
        ("body", f"第一条　乙は、甲に対し、甲が株式会社はしばみ銀行に対し{kdate(subro)}に保証債務を履行したことにより取得した"
                 f"求償債権として、{kdate(asof)}現在、{dj(T)}の支払義務があることを認める。"),
        ("indent", f"内訳　求償元金　{dj(P)}"),
        ("indent", f"　　　損害金　　{dj(L)}"),
        ("plain", "　　　（代位弁済日の翌日から令和八年一月三十一日まで年十四パーセント）"),
        ("body", "第二条　乙は、甲に対し、前条の金員を、令和八年二月から完済まで、毎月末日限り金五万円ずつ分割して、甲の指定する"
                 "口座に振り込んで支払う。振込手数料は乙の負担とする。"),
        ("body", "第三条　乙が前条の分割金の支払を二回以上怠り、その額が金十万円に達したときは、乙は当然に期限の利益を失い、"
                 "甲に対し、第一条の金員から既払金を控除した残額及びこれに対する期限の利益喪失の日の翌日から完済まで"
                 "年十四パーセントの割合による損害金を直ちに支払う。"),
        ("body", "第四条　甲及び乙は、本和解書に定めるほか、甲乙間に何らの債権債務のないことを相互に確認する。"),
        ("blank", ""),
        ("low", "令和　　年　　月　　日"),
        ("low", "甲　札幌市中央区つばきもり九条九丁目九番九号"),
        ("low", "　　こぶし信用保証株式会社"),
        ("low", "　　代表取締役　鳶澤　公彦"),
        ("low", "乙　北海道江別市ぜんまい町九丁目九番九号"),
        ("low", "　　井手迫　哲也"),
        ("blank", ""),
        ("low", f"{kdate(issued)}送付"),
        ("low", "こぶし信用保証株式会社　債権管理部"),
        ("low", "担当　主計　電話　〇一一（〇〇〇）四四七二"),
        ("low", "求償管理番号　ＫＢ－２６０１２３"),
    ]
    size = 9.6
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.75, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    it = [t for t in pg.items if isinstance(t, VText) and "鳶澤" in t.s][0]
    pg.items.append(Seal(it.x, it.y + len(it.s) * size * 0.3528 * 1.05 + 8, 12, "square", "こぶし信用保証代表取締役印",
                         angle=3, seed=101021))
    tr = truth(document_type="settlement_proposal", sender="こぶし信用保証株式会社", phone="011-000-4472",
               creditor="こぶし信用保証株式会社", status="not_applicable", original="株式会社はしばみ銀行",
               debtor="井手迫哲也", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=False,
               issued=issued, payment_due=due, reference="KB-260123", input_kind="vertical_scan",
               template="proxy101_vertical_guarantor_settlement_deed_daiji", received=D(2026, 1, 26))
    return dict(stem="df02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="settlement_proposal (guarantee company, 縦書き 和解書（案）, 大字)",
                unusual="縦書き 和解書（案） of a guarantee company, scanned: the cover note (「井手迫様へ…」 with the ご返送 date "
                        "令和八年二月十三日) stands in the FIRST (right-most) column before the title; 第一条 acknowledges the "
                        "debt as of 令和八年一月三十一日 (≠ the letter date) in 大字 with a 内訳 (求償元金 / 損害金, no interest); "
                        "第二条 金五万円 a month and 第三条's 金十万円 threshold as distractors; a blank 令和　年　月　日 for the "
                        "signature; the 送付 date, the phone in kanji digits and a full-width 求償管理番号 at the very end")


# ---------------------------------------------------------------------------------------------
# df03 燈台債権回収 (invented, 第247号): FAX送信票 + 債務承認書 兼 分割弁済申込書 (p.2), 2-page fax.


def df03():
    R = 20.0
    issued, due = D(2026, 3, 9), D(2026, 3, 19)
    acc, lastp, assign = D(2025, 1, 10), D(2024, 11, 5), D(2025, 8, 29)
    P, I = 412_800, 9_664
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    inst = 15_000
    p = Page(font="sans", size=10, top=12)
    p.at(15, 18, "ＦＡＸ送信票", size=15, font="sans-bold")
    p.at(196, 18, f"送信日　{era(issued)}", size=10, align="r")
    y = 23
    grid(p, 15, y, [20, 86, 22, 53], [["送信先", "加賀爪　美穂　様", "送信枚数", "２枚（本票含む）"],
                                      ["送信元", "燈台債権回収株式会社　管理第二部", "担当", "銅谷"]], h=8, size=9.5)
    p.y = y + 22
    p.title("債務承認書ご署名のお願い", size=14.5)
    p.para(f"先日（{era(D(2026, 3, 5))}）はお電話をいただき、ありがとうございました。ご希望のとおり、分割でのお支払いを"
           "お受けするため、2枚目の「債務承認書　兼　分割弁済申込書」に必要事項をご記入・ご署名のうえ、下記ご返送期限までに"
           "FAX又は郵送で当社へご返送ください。", size=9.8)
    p.para("書面の到着をもって分割弁済のお取扱いを開始いたします。期限までにご返送がない場合、分割のお取扱いはできません。",
           size=9.8)
    p.gap(1)
    p.line(f"■ご債務の内容（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["譲受元金", "未収利息", "遅延損害金（年20.0％）", "債務合計"], [en(P), en(I), en(L), en(T)]],
            [42, 38, 54, 47], x=15, header=True, aligns="rrrr", size=10, row_h=8.5)
    p.line(f"※遅延損害金は譲受元金に対し{era(acc + timedelta(1))}から送信日までの日割計算です。", size=8.3)
    p.gap(2)
    p.kv([("原債権者", "株式会社ほたるいかローン（金銭消費貸借契約　令和3年4月）"), ("債権譲受日", era(assign)),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("お客様番号", "TD-3309-417")],
         x=18, label_w=36, size=9.3)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 14, 1.3))
    p.at(20, y + 9, "ご返送期限", size=11.5, font="sans-bold")
    p.at(52, y + 9.3, f"{era(due)}（{wd(due)}）当社必着", size=13, font="sans-bold")
    p.y = y + 19
    p.para(f"ご提案の分割条件：毎月27日限り 月額{inst:,}円（初回 令和8年4月27日）。ご入金が2回以上遅れた場合は、残額を一括で"
           "ご請求することになります。", size=9.3, indent="")
    p.gap(4)
    for s, sz, f in (("燈台債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号　第247号", 8.8, "sans"),
                     ("〒980-0000 仙台市青葉区いぬわし台九丁目9番9号", 8.5, "sans"),
                     ("TEL 022-000-2470　FAX 022-000-2471", 9.5, "sans")):
        p.line(s, x=110, size=sz, font=f)
    q = Page(font="sans", size=10, top=14)
    q.at(196, 18, "（2枚目／2枚）", size=8.5, align="r", color=GRAY)
    q.y = 22
    q.title("債務承認書　兼　分割弁済申込書", size=14.5)
    q.line("燈台債権回収株式会社　御中", size=11)
    q.gap(3)
    q.para("私は、貴社に対し、下記の債務を負担していることを承認し、下記の条件による分割弁済を申し込みます。", size=10)
    q.gap(1)
    q.line("記", align="c")
    q.table([["項目", "金額"], ["譲受元金", en(P)], ["未収利息", en(I)],
             [f"遅延損害金（{era(issued)}まで）", en(L)], ["合計", en(T)]],
            [100, 60], x=25, header=True, aligns="lr", size=10, row_h=8)
    q.gap(3)
    q.kv([("お支払方法", f"毎月27日限り　金{inst:,}円"), ("初回お支払日", "令和8年4月27日"),
          ("お振込先", "みちのく湊信託銀行 本店営業部 普通預金 2470417 トウダイサイケンカイシュウ（カ")],
         x=25, label_w=34, size=9.8)
    q.gap(6)
    for lab in ("記入日　　令和　　年　　月　　日", "ご住所", "お名前（自署）　　　　　　　　　　　　　　　　　　　印",
                "お電話番号"):
        b = q.line(lab, x=25, size=10.5)
        q.add(Line(25, b + 2, 185, b + 2, 0.25))
        q.gap(3)
    q.gap(3)
    q.para(f"ご返送先　FAX 022-000-2471　又は　〒980-0000 仙台市青葉区いぬわし台九丁目9番9号 燈台債権回収株式会社 管理第二部"
           f"（{era(due)}必着）", x0=25, size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="燈台債権回収株式会社", license_number=247,
               phone="022-000-2470", creditor="燈台債権回収株式会社", status="unverified",
               original="株式会社ほたるいかローン", debtor="加賀爪美穂", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="TD-3309-417", input_kind="fax_tiff",
               template="proxy101_invented_servicer_debt_acknowledgement_fax", received=issued)
    return dict(stem="df03", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:05 TOUDAI SAIKEN 022-000-2471",
                about="settlement_proposal (invented servicer, 債務承認書 to sign, 2-page fax)",
                unusual="2-page G4 fax: a ＦＡＸ送信票 grid (送信先 / 送信元 / 送信枚数 / 担当) with the 送信日 top-right; INVENTED "
                        "servicer 「燈台債権回収株式会社」 with 「法務大臣許可番号　第247号」 (→ unverified); the phone call of "
                        "3/5 in the prose; a header table 譲受元金 / 未収利息 / 遅延損害金（年20.0％） / 債務合計; a kv block with "
                        "お客様番号 as its last row; a heavy-framed ご返送期限 (当社必着); 15,000 a month from 令和8年4月27日 as "
                        "distractors; TEL and FAX on one line; p.2 the pre-filled 債務承認書 兼 分割弁済申込書 with blank "
                        "signature lines")


# ---------------------------------------------------------------------------------------------
# df04 アウロラ債権回収 (real): 本社移転・電話番号変更のお知らせ, a postcard photographed.


def df04():
    issued, move = D(2025, 9, 1), D(2025, 9, 22)
    p = Page(w=100, h=148, font="sans", size=7.5, left=7, right=7, top=8)
    p.at(7, 12, "AURORA", size=11, font="sans-bold", color=TEAL)
    p.at(93, 12, era(issued), size=7, align="r")
    p.add(Line(7, 14.5, 93, 14.5, 0.4, TEAL))
    p.y = 17
    p.line("本社移転及び電話番号変更のお知らせ", size=9.5, font="sans-bold", align="c")
    p.gap(1)
    p.para("拝啓　平素より格別のご高配を賜り、誠にありがとうございます。", size=7.2)
    p.para(f"さて、当社はこのたび本社を下記へ移転し、{era(move)}（{wd(move)}）より新事務所にて業務を開始いたします。"
           "これに伴い、お問い合わせ先の電話番号が変わりますので、お知らせいたします。", size=7.2)
    p.para("なお、本状は新たなご請求を目的とするものではございません。お支払方法・お振込先に変更はございません。", size=7.2)
    p.line("敬具", align="r", size=7.2)
    p.gap(1)
    p.table([["", "新", "旧"],
             ["住所", "東京都中央区かんぞう台9-9-9", "東京都港区ときわぎ通9-9-9"],
             ["電話", "0120-000-776", "0120-000-761"],
             ["FAX", "03-0000-7762", "03-0000-7611"]],
            [12, 38, 36], x=7, header=True, aligns="lll", size=6.6, row_h=6)
    p.line(f"※旧電話番号は{era(D(2025, 10, 31))}まで転送いたします。", size=6.3)
    p.gap(3.5)
    p.add(Box(7, p.y, 86, 17, 0.3, GRAY))
    y = p.y
    p.at(9, y + 4.5, "お客様番号　AU-0871-2253", size=7)
    p.at(9, y + 9, "原債権者　つわぶきクレジット株式会社", size=6.8)
    p.at(9, y + 13.5, f"当社譲受日　{era(D(2024, 5, 31))}", size=6.8)
    p.y = y + 21
    for s, sz, f in (("アウロラ債権回収株式会社", 8.5, "sans-bold"), ("法務大臣許可第76号", 6.8, "sans"),
                     ("お問合せ　0120-000-776（平日9:00～17:00）", 7, "sans")):
        p.line(s, x=7, size=sz, font=f)
    p.gap(2)
    p.add(Box(7, p.y, 86, 14, 0.2))
    p.at(9, p.y + 5, "〒940-0000 新潟県長岡市はまひるがお町9-9-9", size=7)
    p.at(15, p.y + 11, "小柳津　聡子　様", size=9.5)
    tr = truth(document_type="other", sender="アウロラ債権回収株式会社", license_number=76, phone="0120-000-776",
               creditor="アウロラ債権回収株式会社", status="licensed", original="つわぶきクレジット株式会社",
               debtor="小柳津聡子", issued=issued, assignment=D(2024, 5, 31), reference="AU-0871-2253",
               input_kind="photo_jpeg", template="proxy101_servicer_office_move_postcard", received=None)
    return dict(stem="df04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), bg="desk", keystone=0.04, tilt=3.0, fill=0.78, shadow=0.25,
                          shadow_side="bottom", warm=0.2),
                about="other (real servicer, 本社移転のお知らせ postcard)",
                unusual="a postcard photographed on a pale desk with a hand shadow at the bottom; real servicer ★ アウロラ債権回収 "
                        "(Latin 「AURORA」 logo, 「法務大臣許可第76号」 with no 番号 word); it demands NOTHING (「本状は新たな"
                        "ご請求を目的とするものではございません」); a 新 / 旧 table of address, 電話 and FAX (the old free-dial "
                        "0120-000-761 and both FAX numbers are distractors); the 移転日 with weekday and the forwarding end "
                        "date are not fields; a small box with お客様番号, 原債権者 and 当社譲受日")


# ---------------------------------------------------------------------------------------------
# df05 しらかば信用金庫: 返済条件変更（ご返済計画）のご提案, 2 pages; p.2 new schedule + 同意書.


def df05():
    R = 14.0
    issued, due = D(2025, 10, 24), D(2025, 11, 14)
    lastp = D(2025, 7, 7)
    P = 13_482_600
    arrears = [(D(2025, 8, 5), 38_410, 14_120), (D(2025, 9, 5), 38_455, 14_075), (D(2025, 10, 6), 38_500, 14_030)]
    I = sum(a[2] for a in arrears)
    L = sum(late(a[1] + a[2], R, a[0] + timedelta(1), issued) for a in arrears)
    T = P + I + L
    p = Page(font="serif", size=10.3, top=16)
    p.at(15, 20, "しらかば信用金庫", size=14, font="serif-bold", color=NAVY)
    p.at(196, 20, "令和７年１０月２４日", size=10, align="r")
    p.at(196, 25.5, "ご融資先番号　0412-83", size=9, align="r")
    p.at(196, 30.5, "管理番号　ＳＫ－７１０２４－０６", size=9, align="r")
    p.y = 36
    p.line("〒036-0000　青森県弘前市こごみ台九丁目9番9号", size=10)
    p.line("前納　修一　様", size=13.5)
    p.gap(6)
    p.title("ご返済条件の変更（ご返済計画）についてのご提案", size=14.5, font="serif-bold")
    p.para("拝啓　平素は当金庫をお引き立ていただき、厚く御礼申し上げます。")
    p.para(f"お客様の住宅ローンにつきましては、{wdate(lastp)}のご入金を最後に、8月分から10月分までの約定返済が遅れております。"
           "先日ご来店の際に伺ったご収入の状況を踏まえ、当金庫では、ご返済期間を延長して毎月のご返済額を軽減する条件変更を"
           "ご提案いたします。")
    p.para("ご同意いただける場合は、2枚目の同意書にご署名・ご捺印のうえ、下記の期限までにご返送ください。条件変更後は、"
           "現在の延滞分を新しいご返済計画に組み入れます。")
    p.line("敬具", align="r")
    p.gap(1)
    p.line("１．現在のご債務（令和７年１０月２４日現在）", size=10.5, font="serif-bold")
    p.table([["区　分", "金　額", "備　考"],
             ["残元金", en(P), "延滞元金 115,365円を含む"],
             ["延滞利息", en(I), "3か月分"],
             ["延滞損害金", en(L), "年14.0％・日割"],
             ["ご債務合計", en(T), ""]],
            [46, 52, 72], x=22, header=True, aligns="lrl", size=10, row_h=8, font="serif")
    p.gap(3)
    p.line("２．ご提案の内容", size=10.5, font="serif-bold")
    p.kv([("現在のご返済", "毎月5日　52,530円（最終期限 令和29年3月5日）"),
          ("変更後のご返済", "毎月5日　41,800円（最終期限 令和34年3月5日）"),
          ("変更後初回", "令和7年12月5日"), ("適用金利", "年1.475％（変更ありません）")], x=25, label_w=36, size=9.8)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 13, 0.8, NAVY))
    p.at(27, y + 8.5, "同意書のご返送期限", size=11, font="serif-bold", color=NAVY)
    p.at(75, y + 8.8, f"令和７年１１月１４日（{wd(due)}）", size=12.5, font="serif-bold")
    p.y = y + 18
    p.para("※期限までにご返送がない場合、延滞分全額のご入金をお願いすることになります。条件変更の手数料はいただきません。",
           size=9, indent="")
    p.gap(5)
    for s, sz in (("しらかば信用金庫　融資管理課", 10.5), ("〒036-0000 青森県弘前市たらのめ町九丁目9番9号", 8.8),
                  ("電話 0172-00-4128　担当　獅子倉", 9.5)):
        p.line(s, x=112, size=sz)
    p.seal(186, p.y - 23, 11, "square", "しらかば信用金庫融資管理課", angle=2, seed=101051)
    q = Page(font="serif", size=10, top=16)
    q.line("２枚目", size=9, color=GRAY)
    q.title("変更後のご返済計画（抜粋）", size=13.5, font="serif-bold")
    head = ["回", "ご返済日", "ご返済額", "うち元金", "うち利息", "残元金"]
    bal = P
    rows = []
    d = D(2025, 12, 5)
    for k in range(1, 7):
        it = bal * 1475 // 1_200_000
        pr = 41_800 - it
        bal -= pr
        rows.append([str(k), f"R{d.year - 2018}.{d.month}.{d.day}", f"{41_800:,}", f"{pr:,}", f"{it:,}", f"{bal:,}"])
        d = D(d.year + (d.month == 12), d.month % 12 + 1, 5)
    q.table([head] + rows, [12, 30, 30, 30, 30, 38], x=20, header=True, aligns="ccrrrr", size=9.2, row_h=7, font="serif")
    q.line("※延滞分は変更後の残元金に組み入れて計算しています（上表は試算です）。", x=20, size=8.5)
    q.gap(8)
    dashed(q, 15, 195, q.y)
    q.gap(6)
    q.title("同　意　書", size=14, font="serif-bold")
    q.line("しらかば信用金庫　御中", size=11)
    q.gap(3)
    q.para("私は、貴金庫からご提案のあった住宅ローンのご返済条件の変更（毎月のご返済額 41,800円、最終期限 令和34年3月5日）"
           "に同意します。", size=10)
    q.gap(6)
    for lab in ("令和　　年　　月　　日", "ご住所", "ご署名　　　　　　　　　　　　　　　　　　　　　　　　　　　印"):
        b = q.line(lab, x=25, size=10.5)
        q.add(Line(25, b + 2, 185, b + 2, 0.25))
        q.gap(4)
    q.line("（ご融資先番号 0412-83　管理番号 ＳＫ－７１０２４－０６）", x=25, size=8.5, color=GRAY)
    tr = truth(document_type="settlement_proposal", sender="しらかば信用金庫", phone="0172-00-4128",
               creditor="しらかば信用金庫", status="not_applicable", debtor="前納修一", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="SK-71024-06", input_kind="pdf_text_2page",
               template="proxy101_shinkin_reschedule_proposal_schedule_consent", received=D(2025, 10, 27))
    return dict(stem="df05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (信用金庫, 返済条件変更のご提案, 2 pages)",
                unusual="serif letter of a 信用金庫 proposing a longer term (リスケジュール) after three missed housing-loan "
                        "instalments; full-width era date and due date; TWO numbers top-right (ご融資先番号 0412-83 and "
                        "管理番号 ＳＫ－７１０２４－０６ → the reference); a 区分 / 金額 / 備考 table 残元金 / 延滞利息 / "
                        "延滞損害金 / ご債務合計 whose 備考 column holds 延滞元金 115,365円 (a part of 残元金, distractor); "
                        "現在 / 変更後 instalments, 令和29年 / 令和34年 final dates and 年1.475％ (a loan rate, not a damages "
                        "rate) as distractors; a framed 同意書のご返送期限; p.2 a 6-row new schedule and the 同意書 under a "
                        "dashed line")


# ---------------------------------------------------------------------------------------------
# df06 エー・シー・エス債権管理回収 (real): 和解金 ご入金受領のご連絡, scanned; claims nothing.


def df06():
    issued, paid, assign = D(2026, 1, 8), D(2025, 12, 26), D(2024, 2, 29)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 13, 16, 10, color=None, fill=TEAL))
    p.at(23, 20, "ACS", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(34, 17.5, "エー・シー・エス債権管理回収株式会社", size=10.5, font="sans-bold", color=TEAL)
    p.at(34, 22, "法務大臣許可番号　第27号", size=7.5, color=TEAL)
    p.at(196, 18, f"{wdate(issued)}", size=9.5, align="r")
    p.y = 30
    p.line("〒500-0000　岐阜県大垣市ゆうがお町九丁目9番9号", size=10)
    p.line("家弓　礼奈　様", size=13.5)
    p.at(196, 35, "お客様番号　ACS-24-06917", size=9.5, align="r")
    p.gap(7)
    p.title("ご入金受領のご連絡", size=15)
    p.para("いつも和解契約に基づくお支払いをいただき、ありがとうございます。下記のとおりご入金を確かに受領いたしましたので、"
           "ご連絡いたします。本状はご請求書ではございません。", size=10)
    p.gap(2)
    p.line("■ 今回ご入金の明細", size=10.5, font="sans-bold")
    p.table([["ご入金日", "ご入金額", "充当回", "充当後の和解残高"],
             [wdate(paid), "20,000円", "第7回", "260,000円"]],
            [42, 40, 30, 60], x=20, header=True, aligns="crcr", size=10, row_h=8.5)
    p.gap(4)
    p.line("■ 和解契約の状況", size=10.5, font="sans-bold")
    y = grid(p, 20, p.y, [34, 52, 34, 52], [
        ["和解成立日", "2025年6月10日", "和解金額", "400,000円"],
        ["月々のお支払額", "20,000円（毎月25日）", "お支払回数", "全20回"],
        ["お支払済み回数", "7回", "最終ご入金日", "2025年12月26日"],
        ["次回お支払日", "2026年1月26日（月）", "最終回予定", "2027年1月25日"],
    ], h=8, size=9.5)
    p.y = y + 4
    p.para(f"原債権者：せりなずなクレジット株式会社（当社は{wdate(assign)}付で同社から債権を譲り受けております。）", size=9.3,
           indent="")
    p.para("※12月分（お支払日 12月25日）は12月26日のご入金となりました。年末年始はお振込の反映が遅れることがございます。", size=9,
           indent="")
    p.para("※和解契約の内容どおりにお支払いを継続いただいた場合、和解金額を超える部分のご請求はいたしません。", size=9, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 172, 22, 0.3, TEAL, (0.93, 0.97, 0.97)))
    p.at(24, y + 6.5, "お振込先（変更はありません）", size=9.5, font="sans-bold", color=TEAL)
    p.at(24, y + 12.5, "あかつき商工信託銀行 本店 普通預金 7069174 エーシーエスサイケンカンリカイシュウ（カ", size=9)
    p.at(24, y + 18, "※お振込人名の前にお客様番号の下5桁（06917）をご入力ください。", size=8.5)
    p.y = y + 28
    for s, sz, f in (("エー・シー・エス債権管理回収株式会社　中部センター", 10, "sans-bold"),
                     ("〒460-0000 名古屋市中区あしたば通九丁目9番9号", 8.5, "sans"),
                     ("TEL 052-000-2727（平日9:00～18:00）　担当　狼谷", 9.5, "sans")):
        p.line(s, x=95, size=sz, font=f)
    tr = truth(document_type="other", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="052-000-2727", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="せりなずなクレジット株式会社", debtor="家弓礼奈", issued=issued, last_payment=paid,
               assignment=assign, reference="ACS-24-06917", input_kind="scan_png",
               template="proxy101_servicer_settlement_receipt_grid", received=None)
    return dict(stem="df06", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="other (real servicer, 和解金 ご入金受領のご連絡)",
                unusual="a flatbed scan of a real servicer's ★ エー・シー・エス債権管理回収 (teal 「ACS」 box, 「法務大臣許可番号　"
                        "第27号」 under the name) receipt for a 和解 instalment: 「本状はご請求書ではございません」, so every amount "
                        "is null — the ご入金額 20,000, 和解残高 260,000, 和解金額 400,000 and 20,000 a month are history or "
                        "plan; a 4×4 shaded grid (和解成立日, 次回お支払日 with weekday, 最終ご入金日 …); western 年月日 dates; "
                        "the お客様番号 top-right under the date; the 原債権者 and 譲受日 in one bracketed sentence")


# ---------------------------------------------------------------------------------------------
# df07 SMBC債権回収 (real): 和解契約解除・残債務一括請求のご通知, iPhone HEIC.


def df07():
    R = 14.6
    issued, due = D(2026, 3, 16), D(2026, 3, 31)
    acc, lastp, settle = D(2026, 2, 28), D(2025, 11, 27), D(2024, 6, 28)
    P = 540_000 - 17 * 13_000
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=(0.0, 0.42, 0.30)))
    p.at(15, 6.5, "SMBC債権回収株式会社", size=10, font="sans-bold", color=WHITE)
    p.at(196, 17, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "管理番号　SC-0628-7741", size=9.5, align="r")
    p.y = 17
    p.line("〒901-0000　沖縄県浦添市うどの坂九丁目9番9号", size=10)
    p.line("津覇　勇気　様", size=13.5)
    p.gap(6)
    p.title("和解契約の解除及び残債務一括請求のご通知", size=14.5, color=RED)
    p.para(f"貴殿と当社との間で{era(settle)}に締結した和解契約（ほおずきクレジット株式会社から当社が譲り受けた債権に係る"
           "分割弁済の和解）につきまして、令和7年12月分以降の分割金のお支払いがなく、当社からのご連絡にもご返答をいただけて"
           "おりません。", size=9.8)
    p.para(f"このため、和解契約第4条の定めにより、貴殿は{era(acc)}の経過をもって分割弁済の期限の利益を喪失されました。"
           f"つきましては、下記の金額を{era(due)}（{wd(due)}）までに一括してお支払いください。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 38, 0.6))
    rows = [("和解残元金", en(P)), (f"遅延損害金（{era(acc + timedelta(1))}～{era(issued)}・年14.6％）", en(L)),
            ("ご請求額合計", en(T))]
    for i, (a, b) in enumerate(rows):
        yy = y + 9 + i * 10
        if i == 2:
            p.add(Line(24, yy - 6.5, 186, yy - 6.5, 0.5))
        p.at(25, yy, a, size=10.3 if i < 2 else 11.5, font="sans-bold" if i == 2 else "sans")
        p.at(185, yy, b, size=11 if i < 2 else 13, align="r", font="sans-bold" if i == 2 else "sans")
    p.at(25, y + 35, "（ご参考）和解金額 540,000円（月額13,000円）　お支払済み 221,000円（17回分）", size=8.3, color=GRAY)
    p.y = y + 43
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("最終ご入金日", era(lastp)),
          ("和解契約日", era(settle)), ("原債権者", "ほおずきクレジット株式会社")], x=22, label_w=34, size=10)
    p.gap(3)
    p.para("期限までにお支払いがない場合は、訴訟の提起等の法的手続をとらせていただきます。お支払いについてご事情のある方は、"
           "必ず期限までにご連絡ください。", size=9.5)
    p.gap(4)
    for s, sz, f in (("SMBC債権回収株式会社　沖縄業務課", 10.5, "sans-bold"), ("（法務大臣許可　第10号）", 8.8, "sans"),
                     ("〒900-0000 那覇市ゆうな通九丁目9番9号", 8.5, "sans"),
                     ("電話 098-000-1010　受付 平日9:00～17:00　担当 大湾", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(186, p.y - 16, 12, "square", "SMBC債権回収印", angle=-2, seed=101071)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="098-000-1010", creditor="SMBC債権回収株式会社", status="licensed",
               original="ほおずきクレジット株式会社", debtor="津覇勇気", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SC-0628-7741", input_kind="photo_heic",
               template="proxy101_servicer_settlement_default_lump_sum", received=D(2026, 3, 18))
    return dict(stem="df07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.0, creases=2, glare=18, fill=0.85, warm=0.3, bow=5),
                about="collection_notice (real servicer, 和解 default → 一括請求)",
                unusual="iPhone HEIC on wood with creases, a bulge and lamp glare; real servicer ★ SMBC債権回収 in a green top "
                        "band with 「（法務大臣許可　第10号）」 in brackets; the 和解契約 of 令和6年 broken: the 期限の利益 lost "
                        "under 第4条 「の経過をもって」 and the rest demanded at once; a framed 3-row block 和解残元金 / "
                        "遅延損害金 (window and rate in the label) / ご請求額合計 (no interest); a grey (ご参考) line with 和解金額 "
                        "540,000, 月額13,000 and お支払済み 221,000 (17回分) as distractors; a kv block (お支払期限, 最終ご入金日, 和解契約日, 原債権者)")


# ---------------------------------------------------------------------------------------------
# df08 アルファ債権回収 (real): 完済のお知らせ（債務完済証明書）, scanned to an image PDF; claims nothing.


def df08():
    issued, paid, assign, settle = D(2026, 5, 11), D(2026, 4, 27), D(2022, 11, 30), D(2023, 5, 19)
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", align="r", size=10)
    p.line("お客様番号　ＡＲ－２２１１－０３５８", align="r", size=9.5)
    p.gap(3)
    p.line("〒370-0000　群馬県高崎市とんぼ池九丁目9番9号", size=10)
    p.line("本告　千晶　殿", size=13.5)
    p.gap(4)
    for s, sz, f in (("アルファ債権回収株式会社", 11, "serif-bold"), ("法務大臣許可番号第101号", 8.8, "serif"),
                     ("〒330-0000 さいたま市大宮区くずのは台九丁目9番9号", 8.5, "serif"),
                     ("電話 048-000-1015", 9.5, "serif")):
        p.line(s, x=120, size=sz, font=f)
    p.seal(186, p.y - 19, 11, "square", "アルファ債権回収株式会社印", angle=4, seed=101081)
    p.gap(8)
    p.title("債務完済証明書", size=17, font="serif-bold", spaced=True)
    p.para("当社は、下記債権について、貴殿から全額の弁済を受け、債権が消滅したことを証明いたします。長らくのお支払い、"
           "誠にありがとうございました。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.table([["原債権者", "さんごカード株式会社"], ["原契約", "カード会員契約（平成28年2月ご入会）"],
             ["債権譲受日", f"令和{assign.year - 2018}年{assign.month}月{assign.day}日"],
             ["和解成立日", f"令和{settle.year - 2018}年{settle.month}月{settle.day}日"],
             ["和解金額", "金420,000円（月額12,000円・35回）"],
             ["完済日（最終ご入金日）", f"令和{paid.year - 2018}年{paid.month}月{paid.day}日"],
             ["最終ご入金額", "金12,000円"], ["現在のご債務残高", "金0円"]],
            [58, 100], x=26, aligns="ll", size=10, row_h=8.5, shade_col0=True, font="serif")
    p.gap(3)
    p.line("以上", align="r")
    p.gap(4)
    p.para("※本証明書は再発行いたしかねますので、大切に保管してください。信用情報機関への完済の登録は、当社より手続いたします。",
           size=9, indent="")
    p.para("※本件に関し、今後当社から貴殿にご請求をすることはございません。", size=9, indent="")
    tr = truth(document_type="other", sender="アルファ債権回収株式会社", license_number=101, phone="048-000-1015",
               creditor=None, status="licensed", original="さんごカード株式会社", debtor="本告千晶", issued=issued,
               last_payment=paid, assignment=assign, reference="AR-2211-0358", input_kind="pdf_scan",
               template="proxy101_servicer_paid_in_full_certificate", received=None)
    return dict(stem="df08", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="other (real servicer, 債務完済証明書)",
                unusual="a one-page image PDF of a real servicer's ★ アルファ債権回収 (「法務大臣許可番号第101号」) 債務完済証明書 "
                        "in serif with a spaced title; the sender block ABOVE the title, right, with a square seal; a shaded-"
                        "label table (原債権者, 原契約 平成28年, 債権譲受日, 和解成立日, 和解金額 420,000, 完済日（最終ご入金日）, "
                        "最終ご入金額 12,000, 現在のご債務残高 金0円): every amount is history, nothing is claimed; 殿; "
                        "full-width お客様番号")


LETTERS = [df01, df02, df03, df04, df05, df06, df07, df08]
