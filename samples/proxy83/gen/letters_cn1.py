"""Proxy set 83, letters cn01–cn08: "the held-out set as a stranger would write it, round 4". Eight independent
letters from eight senders: a real servicer's 督促状 photographed (cn01), another real servicer's 催告書 with an
unruled table (cn02), a third real servicer's 一括請求 after a 競売 with the 配当 table in 千円 (cn03), a regional bank's
縦書き 期限の利益喪失通知 in 大字 (cn04), a 信用金庫's 喪失通知 in two boxes (cn05), a guarantee company's 代位弁済通知
(cn06), a card company's 催告書 photographed sideways (cn07) and a consumer-finance company's ご入金のお願い (cn08)."""

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
    era,
    faq,
    grid,
    kdate,
    late,
    stamp,
    truth,
    vcheck83,
    vsafe83,
    wd,
    window,
)

from samples.letters.fmt import fmt_date, fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
SMBC_GREEN = (0.0, 0.38, 0.25)
BROWN = (0.42, 0.25, 0.10)
ORX = (0.85, 0.38, 0.05)
TEAL = (0.0, 0.40, 0.45)
PLUM = (0.40, 0.12, 0.35)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def jis(d: D) -> str:
    return fmt_date(d, "jis")  # R7.12.5


def dot(d: D) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def daiji(n: int) -> str:
    return "金" + kanji_number(n, daiji=True) + "円"


def _foot_lines(p: Page, x: float, y: float, lines, step: float = 5.0) -> float:
    for s, size, font in lines:
        p.at(x, y, s, size=size, font=font)
        y += step
    return y


# ---------------------------------------------------------------------------------------------
# cn01 SMBC債権回収 (real, 第10号) 督促状 of a bought consumer loan: slash dates, sender block top-RIGHT, ruled grid.


def cn01():
    R = 20.0
    issued, due = D(2025, 11, 25), D(2025, 12, 9)
    acc, lastp, assign = D(2025, 3, 31), D(2024, 12, 27), D(2025, 9, 30)
    P, I = 386_420, 7_115
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    window(p, 14, 14, "294-0000", ["千葉県館山市のびる坂九丁目9番9号"], "笹子　和臣　様", "cn01", w=90, h=34,
           code="B-1125-0021")
    # sender block top-right
    p.add(Box(118, 12, 78, 9, color=None, fill=SMBC_GREEN))
    p.at(157, 18.4, "SMBC債権回収株式会社", size=12, font="sans-bold", color=WHITE, align="c")
    for i, s in enumerate(["法務大臣許可番号　第10号", "〒104-0000 東京都中央区つくばね町九丁目9番9号",
                           "個人債権管理部　回収第二グループ", "フリーダイヤル 0120-000-310",
                           "受付時間 平日 9:00～18:00　担当 岩渕"]):
        p.at(120, 26 + i * 4.3, s, size=8.3 if i else 8.8, font="sans-bold" if i == 3 else "sans")
    p.seal(188, 34, 12, "square", "SMBC債権回収印", angle=4, seed=83011)
    p.at(196, 52, f"発行日：{slash(issued)}", size=9.5, align="r")
    p.at(196, 57, "お客様番号：S-2509-77201", size=9.5, align="r")
    p.y = 62
    stamp(p, 15, p.y, "重要", color=RED, size=11)
    p.y += 2
    p.title("督　促　状", size=18)
    p.para("お客様の下記ご契約につきましては、これまで再三にわたりお支払いのご案内を差し上げておりますが、本日現在、"
           "ご入金の確認ができておりません。", size=9.8)
    p.para(f"お客様は{slash(acc)}をもって期限の利益を喪失されておりますので、下記ご請求金額を{slash(due)}（{wd(due)}）"
           "までに一括してお支払いくださいますよう、ご請求申し上げます。", size=9.8)
    p.gap(2)
    p.y = grid(p, 15, p.y, [30, 60, 30, 61],
               [["原債権者", "株式会社紀ノ川ファイナンス", "債権譲受日", slash(assign)],
                ["ご契約日", slash(D(2021, 6, 15)), "ご契約額", "500,000円"],
                ["最終ご入金日", slash(lastp), "期限の利益喪失日", slash(acc)]], h=7.2, size=9)
    p.gap(4)
    p.line(f"■ご請求金額の内訳（{slash(issued)}現在）", x=15, size=10, font="sans-bold")
    p.gap(1)
    p.table([["項　目", "金　額", "備　考"],
             ["元金", f"{P:,}円", ""],
             ["利息", f"{I:,}円", "期限の利益喪失日まで"],
             ["遅延損害金", f"{L:,}円", f"{slash(acc + timedelta(1))}～{slash(issued)}　年20.0%"],
             ["ご請求金額合計", f"{T:,}円", ""]],
            [48, 48, 85], x=15, header=True, aligns="lrl", size=10, row_h=8.2, line_w=0.35)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 15, 0.8, SMBC_GREEN))
    p.at(20, y + 9.5, "お支払期限", size=11, font="sans-bold", color=SMBC_GREEN)
    p.at(52, y + 10, f"{slash(due)}（{wd(due)}）", size=15, font="sans-bold")
    p.at(190, y + 10, f"{T:,}円", size=15, font="sans-bold", align="r")
    p.y = y + 20
    p.line("■お振込先", x=15, size=10, font="sans-bold")
    p.para("下記口座へお振込みください（振込手数料はお客様のご負担となります）。", x0=18, size=9, indent="")
    p.para("ゆうちょ銀行　〇四八支店　当座 0298841　名義 エスエムビーシーサイケンカイシュウ（カ", x0=18, size=9.3, indent="")
    p.para("※お振込みの際は、お名前の前にお客様番号の数字部分（250977201）をご入力ください。", x0=18, size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 28, 0.3, GRAY, (0.97, 0.97, 0.97)))
    for i, s in enumerate(["・期限までにお支払い又はご連絡がない場合は、支払督促・訴訟等の法的手続に移行することがあります。",
                           "・ご事情によりお支払いが難しい場合は、お早めに上記フリーダイヤルへご相談ください。",
                           "・当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。",
                           "・本状と行き違いにご入金いただいた場合は、悪しからずご容赦ください。"]):
        p.at(19, y + 6.5 + i * 5.6, s, size=8.7)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-310", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社紀ノ川ファイナンス", debtor="笹子和臣", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="S-2509-77201", input_kind="photo_jpeg",
               template="proxy83_real_servicer_dunning_slash_dates_photo", received=D(2025, 11, 27))
    return dict(stem="cn01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.84,
                          warm=0.2),
                about="collection_notice (real servicer 督促状, bought consumer loan)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; real servicer ★ "
                        "SMBC債権回収株式会社 in a green band with 「法務大臣許可番号　第10号」, the sender block top-RIGHT "
                        "beside an address window (with a mailing code B-1125-0021 and bars); EVERY date western with "
                        "slashes (2025/11/25, due 2025/12/09（火）); a shaded 3×2 label grid (原債権者, 債権譲受日, ご契約日, "
                        "ご契約額 500,000円, 最終ご入金日, 喪失日); a fully ruled 項目 / 金額 / 備考 table with the window and "
                        "rate in the 備考 column; the digits-only customer number in the transfer note")


# ---------------------------------------------------------------------------------------------
# cn02 アルファ債権回収 (real, 第101号) 催告書: JIS dates R7.12.5, an UNRULED table, sender block at the FOOT.


def cn02():
    R = 14.6
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    acc, lastp, assign = D(2025, 5, 27), D(2025, 1, 27), D(2025, 10, 1)
    P, I = 612_880, 21_406
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, f"{jis(issued)} 発送", size=10, align="r")
    p.at(196, 23.5, "ご照会番号　AL-51205-0447", size=10, align="r")
    p.y = 18
    p.line("〒386-0000", size=10)
    p.line("長野県上田市もくれん台九丁目9番9号", size=10)
    p.gap(1)
    p.line("鵜木　千草　様", size=13.5)
    p.gap(6)
    p.line("催　告　書", size=19, font="serif-bold", align="c")
    stamp(p, 146, p.y - 10.5, "法的手続移行予告", color=RED, size=10.5)
    p.gap(6)
    p.para("前略　当社は、吉野川カード株式会社から貴殿に対する下記債権を譲り受け、その管理回収を行っております。")
    p.para("当社はこれまで、書面及びお電話により再三にわたりお支払いをお願いしてまいりましたが、今日に至るまでご入金も"
           "ご連絡もいただいておりません。")
    p.para(f"つきましては、本書をもって最終的に催告いたします。下記金額を {jis(due)}（{wd(due)}） までに一括してお支払い"
           "ください。期限までにお支払い又はご連絡がない場合には、当社は何らの通知なく、貴殿に対し支払督促の申立て又は"
           "訴訟の提起等の法的手続をとりますので、あらかじめご承知おきください。")
    p.line("草々", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("原債権者", "吉野川カード株式会社"), ("ご契約内容", "カード会員契約（ショッピング・キャッシング）"),
          ("最終入金日", jis(lastp)), ("期限の利益喪失日", jis(acc)), ("債権譲受日", jis(assign))],
         x=28, label_w=40, size=10)
    p.gap(3)
    # an unruled table: three columns set by tabs only, no rule anywhere
    p.table([["残元金", f"{P:,}円", ""],
             ["未払手数料", f"{I:,}円", "（期限の利益喪失日まで）"],
             ["遅延損害金", f"{L:,}円", f"（{jis(acc + timedelta(1))}～{jis(issued)}　年14.6%）"],
             ["ご請求残高", f"{T:,}円", f"（{jis(issued)}現在）"]],
            [40, 40, 80], x=28, aligns="lrl", size=10.5, row_h=7.6, ruled="none", font="serif")
    p.gap(3)
    p.kv([("お支払期限", f"{jis(due)}（{wd(due)}）"),
          ("お振込先", "楓川銀行　本店営業部　普通預金　1010447"),
          ("口座名義", "アルファサイケンカイシュウ（カ")], x=28, label_w=40, size=10.5)
    p.gap(3)
    p.para("※本書と行き違いにお支払いいただいた場合は、ご容赦ください。※ご相談はご本人様からお電話ください。", size=9, indent="")
    p.para("※当社が貴殿のご自宅へ伺って現金をお預かりすることはありません。", size=9, indent="")
    p.line("以上", align="r")
    # sender block at the foot, full width, two lines under a rule
    y = 246
    p.add(Line(15, y, 196, y, 0.6))
    p.at(20, y + 8, "アルファ債権回収株式会社", size=13, font="serif-bold")
    p.at(20, y + 14, "法務大臣許可番号　第101号", size=9.5)
    p.at(20, y + 20, "〒104-0000　東京都中央区はぜの木通九丁目9番9号", size=9)
    p.at(20, y + 26, "管理部　担当　沢辺", size=9.5)
    p.at(110, y + 14, "お問合せ　TEL 03-0000-1015", size=11, font="serif-bold")
    p.at(110, y + 20, "受付時間　平日 9:30～17:30（土日祝休）", size=9)
    p.seal(185, y + 9, 13, "square", "アルファ債権回収之印", angle=-3, seed=83021)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1015", creditor="アルファ債権回収株式会社", status="licensed",
               original="吉野川カード株式会社", debtor="鵜木千草", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AL-51205-0447", input_kind="pdf_text",
               template="proxy83_real_servicer_final_demand_unruled_jis_dates", received=D(2025, 12, 8))
    return dict(stem="cn02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 催告書, card debt)",
                unusual="serif 催告書 (前略 … 草々) of real servicer ★ アルファ債権回収株式会社; EVERY date in JIS era form "
                        "R7.12.5 (発送 date, due, last payment, 喪失, 譲受, the damage window); a red 「法的手続移行予告」 frame "
                        "beside the title; the breakdown as an UNRULED three-column table (残元金 / 未払手数料 / 遅延損害金 / "
                        "ご請求残高, notes in brackets on the right) with no line anywhere; the sender block at the FOOT under "
                        "a rule with 「法務大臣許可番号　第101号」 and the phone on the right")


# ---------------------------------------------------------------------------------------------
# cn03 オリックス債権回収 (real, 第11号) 一括請求 after a 競売: p.1 the claim in yen, p.2 the 配当 充当 in 千円.


def cn03():
    R = 14.0
    issued, due = D(2026, 2, 20), D(2026, 3, 13)
    acc, subro, divday, assign = D(2024, 3, 8), D(2024, 5, 17), D(2025, 11, 14), D(2026, 1, 30)
    Q0 = 18_742_300
    X = late(Q0, R, subro + timedelta(1), divday)
    Y = 1_318_000
    P = 4_092_300
    Dv = Y + X + (Q0 - P)
    L = late(P, R, divday + timedelta(1), issued)
    T = P + L
    k = lambda n: f"{n // 1000:,}"  # noqa: E731
    assert Y // 1000 + X // 1000 + Q0 // 1000 == (Y + X + Q0) // 1000, "充当前"
    assert Dv // 1000 == Y // 1000 + X // 1000 + (Q0 - P) // 1000, "充当額"
    assert Dv < 22_600_000
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "ORIX", size=17, font="sans-bold", color=ORX)
    p.at(38, 20, "オリックス債権回収株式会社", size=11, font="sans-bold")
    p.at(15, 25, "法務大臣許可番号　第11号", size=8.5)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "債権番号　OX-0158-2613", size=10, align="r")
    p.y = 32
    p.line("〒992-0000　山形県米沢市みそはぎ町九丁目9番9号", size=10)
    p.line("蕨岡　宗一郎　様", size=14)
    p.gap(6)
    p.title("競売配当後のご残債務に関するご請求", size=15)
    p.para(f"山形地方裁判所米沢支部令和6年(ケ)第58号担保不動産競売事件につきまして、{era(divday)}に配当が実施され、"
           "由良住宅保証株式会社の貴殿に対する求償債権に充当されました。充当の内訳は２枚目のとおりです。")
    p.para(f"当社は、{era(assign)}、同社から充当後の求償債権を譲り受けました。競売による配当をもってしてもなお下記の"
           f"ご残債務がございますので、{era(due)}（{wd(due)}）までに一括してお支払いくださいますようお願いいたします。")
    p.gap(2)
    p.line("ご請求金額", size=11, font="sans-bold", x=25)
    p.table([["項　目", "金　額（円）"], ["求償元金残高", f"{P:,}"],
             [f"損害金（{era(divday + timedelta(1))}～{era(issued)}、年14.0％）", f"{L:,}"],
             ["ご請求額合計", f"{T:,}"]],
            [112, 48], x=25, header=True, aligns="lr", size=10, row_h=8.5)
    p.gap(3)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("原債権者", "由良住宅保証株式会社（譲渡人）"),
          ("原契約", "株式会社最上川銀行　住宅ローン（平成26年8月29日ご契約）"),
          ("期限の利益喪失日", era(acc)), ("代位弁済日", era(subro)), ("債権譲受日", era(assign))],
         x=25, label_w=40, size=9.5)
    p.gap(2)
    p.para("お振込先　おいたま銀行 米沢駅前支店 普通預金 0115826 オリックスサイケンカイシュウ（カ", x0=25, size=9.3, indent="")
    p.para("※求償元金残高に対しては、完済に至るまで年14.0％の割合による損害金が日々発生いたします。", x0=25, size=9, indent="")
    p.para("※一括でのお支払いが困難な場合は、お支払期限までにご連絡ください。ご収入に応じたご返済方法をご相談いたします。",
           x0=25, size=9, indent="")
    p.gap(5)
    for s, sz, f in (("オリックス債権回収株式会社　仙台業務センター", 10, "sans-bold"),
                     ("〒980-0000 仙台市青葉区ならがしわ町九丁目9番9号", 8.8, "sans"),
                     ("フリーダイヤル　0120-000-611（平日 9:00～17:30）", 9.5, "sans")):
        p.line(s, x=98, size=sz, font=f)
    p.seal(188, p.y - 10, 12, "square", "オリックス債権回収之印", angle=3, seed=83031)
    q = Page(font="sans", size=10, top=16)
    q.line("（２／２）", size=9, color=GRAY, align="r")
    q.title("配当金の充当について（ご報告）", size=14)
    q.line(f"事件　山形地方裁判所米沢支部　令和6年(ケ)第58号　配当期日　{era(divday)}", size=9.5)
    q.line("配当を受けた債権者　由良住宅保証株式会社（求償債権）　売却代金　2,260万円", size=9.5)
    q.gap(3)
    q.line("（単位：千円、千円未満切捨て）", size=8.5, align="r")
    rows = [["区　分", "充当前残高", "配当充当額", "充当後残高"],
            ["執行費用（申立費用・予納金等）", k(Y), k(Y), "0"],
            [f"確定損害金（{era(subro + timedelta(1))}～配当期日）", k(X), k(X), "0"],
            ["求償元金", k(Q0), k(Q0 - P), k(P)],
            ["合　計", k(Y + X + Q0), k(Dv), k(P)]]
    q.table(rows, [82, 32, 32, 32], x=16, header=True, aligns="lrrr", size=9.5, row_h=8)
    q.gap(4)
    for s in ("１　配当金は、費用、損害金、元金の順に充当いたしました。",
              "２　上表は千円未満を切り捨てて表示しております。正確な金額は１枚目「ご請求金額」をご覧ください。",
              "３　配当期日の翌日以降の損害金は、求償元金残高に対して計算しております。",
              "４　売却代金のうち配当額を超える部分は、後順位の債権者等に配当されております。"):
        q.para(s, x0=18, x1=192, size=9.3, indent="")
    q.gap(6)
    y = q.y
    q.add(Box(16, y, 178, 30, 0.3, ORX))
    q.at(20, y + 7, "ご相談窓口のご案内", size=10, font="sans-bold", color=ORX)
    for i, s in enumerate(["分割でのお支払いをご希望の方は、債権番号をお手元にご用意のうえご連絡ください。",
                           "当社社員がご自宅で現金をお預かりすることはございません。",
                           "許可の有無は法務省ホームページ「債権回収会社一覧」でご確認いただけます。"]):
        q.at(20, y + 14 + i * 5.2, s, size=8.8)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="由良住宅保証株式会社", debtor="蕨岡宗一郎", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=None,
               assignment=assign, reference="OX-0158-2613", input_kind="pdf_text_2page",
               template="proxy83_real_servicer_after_auction_dividend_thousands", received=D(2026, 2, 24))
    return dict(stem="cn03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 after a 競売, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 (Latin logo 「ORIX」, 「法務大臣許可番号　第11号」 under "
                        "it top-LEFT) bought the guarantor's 求償債権 after the 配当; p.1 a ruled 項目 / 金額（円） table with "
                        "the unit in the header only (求償元金残高 / 損害金 / ご請求額合計, no interest) and kv lines (原債権者"
                        "（譲渡人）, 原契約 平成26年, 喪失日, 代位弁済日, 譲受日), no last payment; p.2 a 配当金の充当 table in "
                        "千円 (充当前残高 / 配当充当額 / 充当後残高, 千円未満切捨て) and 売却代金 2,260万円 (distractors)")


# ---------------------------------------------------------------------------------------------
# cn04 株式会社仁淀銀行 縦書き 期限の利益喪失通知書 (内容証明), every amount in 大字; digital.


def cn04():
    R = 14.0
    issued, due = D(2025, 12, 22), D(2026, 1, 16)
    warn, acc, lastp = D(2025, 12, 1), D(2025, 12, 15), D(2025, 8, 25)
    P, I = 1_206_500, 9_874
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "拝啓　貴殿は、当行との間の令和三年五月十日付金銭消費貸借契約（マイカーローン）に基づく毎月二十五日の"
                 f"約定返済を、{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"当行は、{kdate(warn)}付催告書をもって、延滞元利金の支払を催告いたしましたが、催告期限である"
                 f"{kdate(acc)}を経過しても、お支払いがありませんでした。"),
        ("body", f"よって、貴殿は、金銭消費貸借契約書第十一条の定めにより、{kdate(acc)}の経過をもって期限の利益を喪失"
                 "いたしましたので、本書をもってその旨ご通知申し上げます。"),
        ("body", f"つきましては、左記金員を、{kdate(due)}限り、当行融資管理部まで一括してお支払いください。"),
        ("body", "右期限までにお支払いのないときは、誠に遺憾ながら、法的手続をとらせていただきますので、念のため申し添えます。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　　{daiji(P)}"),
        ("indent", f"二　未収利息　　　{daiji(I)}"),
        ("indent", f"三　遅延損害金　　{daiji(L)}"),
        ("plain", "　　　（令和七年十二月十六日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　　{daiji(T)}"),
        ("indent", "（管理番号　ＮＹ－５１２０７）"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "高知県高知市しゃが台九丁目九番九号"),
        ("low", "株式会社仁淀銀行"),
        ("low", "融資管理部長　北風　秀樹"),
        ("low", "電話　〇八八（〇〇〇）三三一二"),
        ("blank", ""),
        ("low", "高知県須崎市さねかずら台九丁目九番九号"),
        ("low", "葭原　康平　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe83(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck83(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 83041))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "北風" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 11, "square", "仁淀銀行融資管理部長印",
                         angle=-3, seed=83042))
    tr = truth(document_type="acceleration_notice", sender="株式会社仁淀銀行", phone="088-000-3312",
               creditor="株式会社仁淀銀行", status="not_applicable", debtor="葭原康平", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="NY-51207", input_kind="vertical_pdf",
               template="proxy83_vertical_regional_bank_acceleration_daiji", received=D(2025, 12, 24))
    return dict(stem="cn04", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (regional bank, 縦書き 内容証明, 大字)",
                unusual="縦書き 期限の利益喪失通知書 (拝啓 … 敬具) of a regional bank, digital, with the 内容証明 stamp; EVERY "
                        "amount in 大字 (金壱百弐拾万六千五百円 …); every date in kanji (令和七年十二月二十二日); the 催告書 "
                        "date 十二月一日 and its deadline 十二月十五日 (= acceleration 「の経過をもって」); 令和三年 contract "
                        "date and 契約書第十一条, 毎月二十五日 (numbers that are not amounts); the 管理番号 in full-width in "
                        "brackets inside the 記 (ＮＹ－５１２０７ → NY-51207); phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# cn05 斐伊信用金庫 期限の利益喪失のご通知: full-width era dates, TWO side-by-side boxes (ご融資の内容 in 千円 / ご請求金額).


def cn05():
    R = 14.0
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    acc, lastp = D(2026, 1, 9), D(2025, 9, 10)
    P, I = 2_348_912, 11_380
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 18, fw(era(issued)), size=10, align="r")
    p.at(196, 23.5, f"お取引番号　{fw('HI-088-1245')}", size=10, align="r")
    p.y = 18
    p.line("〒693-0000", size=10)
    p.line("島根県出雲市からすうり台９丁目９番９号", size=10)
    p.gap(1)
    p.line("鐘ケ江　登　様", size=13.5)
    p.gap(1)
    p.line("（連帯保証人　鐘ケ江　洋子　様）", size=9.5)
    p.y = 22
    for i, s in enumerate(["斐伊信用金庫", "融資管理課", "〒693-0000 島根県出雲市おおばこ町９丁目９番９号",
                           "電話　0853-00-2210（直通）"]):
        p.at(196, 34 + i * 5, s, size=12 if i == 0 else 9, font="sans-bold" if i == 0 else "sans", align="r")
    p.at(196, 54, "理事長　柴垣　昭三", size=9.5, align="r")
    p.seal(186, 44, 13, "square", "斐伊信用金庫理事長印", angle=2, seed=83051)
    p.y = 64
    p.title("期限の利益喪失のご通知", size=16)
    p.para(f"平素は格別のお引き立てを賜り、厚く御礼申し上げます。さて、貴殿に対する下記ご融資につきましては、{fw(era(lastp))}"
           "のご返済を最後にお支払いがなく、当金庫からの度重なるご請求にもかかわらず、延滞が解消されておりません。", size=9.8)
    p.para(f"つきましては、信用金庫取引約定書第５条の定めにより、貴殿は{fw(era(acc))}をもって本件ご融資の期限の利益を"
           f"喪失されましたので、ご通知いたします。右欄のご請求金額を、{fw(era(due))}（{wd(due)}）までに一括してご返済"
           "くださいますようお願い申し上げます。", size=9.8)
    p.gap(3)
    y = p.y
    # left box: the loan in 千円 (distractors)
    p.add(Box(15, y, 86, 64, 0.5))
    p.add(Box(15, y, 86, 8, color=None, fill=SHADE))
    p.at(58, y + 5.6, "ご融資の内容", size=10, font="sans-bold", align="c")
    p.at(98, y + 13, "（単位：千円）", size=7.5, align="r")
    rows = [("ご融資の種類", "住宅改良資金"), ("ご融資日", fw("令和2年7月20日")), ("ご融資金額", "3,000"),
            ("約定返済額（月）", "38"), ("最終返済期日", fw("令和12年7月10日")), ("約定利率", "年2.35％")]
    for i, (a, b) in enumerate(rows):
        p.at(18, y + 20 + i * 7.2, a, size=9)
        p.at(98, y + 20 + i * 7.2, b, size=9.5, align="r")
        p.add(Line(17, y + 22 + i * 7.2, 99, y + 22 + i * 7.2, 0.15, GRAY))
    # right box: the claim in yen
    p.add(Box(110, y, 86, 64, 1.0))
    p.add(Box(110, y, 86, 8, color=None, fill=(0.85, 0.85, 0.85)))
    p.at(153, y + 5.6, "ご請求金額", size=10, font="sans-bold", align="c")
    p.at(193, y + 13, f"（{fw(era(issued))}現在）", size=7.5, align="r")
    rows = [("残元金", f"{P:,}円"), ("未収利息", f"{I:,}円"), ("遅延損害金", f"{L:,}円")]
    for i, (a, b) in enumerate(rows):
        p.at(113, y + 21 + i * 8, a, size=10)
        p.at(193, y + 21 + i * 8, b, size=10.5, align="r")
    p.at(113, y + 45, f"（遅延損害金は{fw('1月10日')}から年14.0％）", size=7.5)
    p.add(Line(112, y + 49, 194, y + 49, 0.5))
    p.at(113, y + 57, "合　計", size=11, font="sans-bold")
    p.at(193, y + 57, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.y = y + 70
    p.line("ご返済口座", size=10, font="sans-bold")
    p.para("斐伊信用金庫 本店営業部　普通預金 0881245（ご名義　カネガエ　ノボル　様）へご入金ください。", size=9.3,
           indent="")
    p.gap(2)
    p.line("ご留意事項", size=10, font="sans-bold")
    for s in ("１．期限の利益喪失後は、残元金に対し年14.0％（年365日の日割計算）の遅延損害金が日々発生いたします。",
              "２．上記期限までにご返済のない場合は、担保不動産の競売その他の法的手続に移行することがございます。",
              "３．連帯保証人様にも同内容のご通知をお送りしております。",
              "４．ご返済についてのご相談は、融資管理課（上記電話番号）までお申し出ください。"):
        p.para(s, x0=18, size=9.0, indent="")
    tr = truth(document_type="acceleration_notice", sender="斐伊信用金庫", phone="0853-00-2210",
               creditor="斐伊信用金庫", status="not_applicable", debtor="鐘ケ江登", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="HI-088-1245", input_kind="scan_png",
               template="proxy83_shinkin_acceleration_two_boxes_thousands", received=D(2026, 1, 19))
    return dict(stem="cn05", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="acceleration_notice (信用金庫, two side-by-side boxes)",
                unusual="a 信用金庫 (理事長, no 株式会社) sends its 期限の利益喪失のご通知, scanned; FULL-width era dates "
                        "everywhere; the sender block top-RIGHT under the date with a square seal; the 連帯保証人 named "
                        "under the addressee; TWO boxes side by side: left 「ご融資の内容」 in 千円 (ご融資金額 3,000, "
                        "約定返済額 38, 年2.35％, 令和12年 final date — distractors), right 「ご請求金額」 in yen with a "
                        "heavier frame (残元金 / 未収利息 / 遅延損害金 / 合計); the 喪失 date 「をもって」 in the prose; "
                        "取引約定書第５条")


# ---------------------------------------------------------------------------------------------
# cn06 親潮信用保証 保証債務履行（代位弁済）のお知らせ: western 年月日 dates, 2-page image PDF, p.2 a Q&A.


def cn06():
    R = 14.6
    issued, due = D(2026, 2, 3), D(2026, 2, 20)
    acc, lastp, subro = D(2025, 12, 10), D(2025, 8, 27), D(2026, 1, 15)
    P0, I0 = 998_400, 44_886
    S = P0 + I0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "親潮信用保証株式会社", size=13, font="sans-bold", color=TEAL)
    p.add(Line(15, 22.5, 80, 22.5, 0.6, TEAL))
    p.at(196, 18, wdate(issued), size=10, align="r")
    p.at(196, 23.5, "保証番号　OS-2601-5582", size=10, align="r")
    p.y = 30
    p.line("〒010-0000　秋田県秋田市やぶらん町九丁目9番9号", size=10)
    p.line("真殿　玲奈　様", size=14)
    p.gap(6)
    p.title("保証債務履行（代位弁済）のお知らせ", size=15)
    p.para(f"貴殿が株式会社雄物銀行との間でご契約のカードローンにつきましては、当社が保証を行っておりますが、{wdate(lastp)}"
           f"を最後にご返済がなく、貴殿は{wdate(acc)}に同行に対する期限の利益を喪失されました。")
    p.para(f"このため当社は、保証委託契約に基づき、{wdate(subro)}、同行に対し貴殿の債務金{S:,}円（元金{P0:,}円、利息"
           f"{I0:,}円）を代位弁済いたしました。")
    p.para("これにより、当社は貴殿に対し下記の求償債権を取得いたしましたので、下記お支払期限までに一括してお支払い"
           "くださいますよう、ご請求申し上げます。")
    p.gap(2)
    p.line("記", align="c")
    p.table([["求償元金（代位弁済額）", f"{S:,}円"],
             [f"遅延損害金（{wdate(subro + timedelta(1))}から{wdate(issued)}まで　年14.6％）", f"{L:,}円"],
             ["合計ご請求額", f"{T:,}円"]],
            [128, 42], x=20, aligns="lr", size=10, row_h=8.5, ruled="rows")
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 13, 0.9))
    p.at(25, y + 8.6, "お支払期限", size=11, font="sans-bold")
    p.at(60, y + 8.8, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 18
    p.kv([("お振込先", "七ヶ浜銀行　本店営業部　普通預金　5582260"), ("口座名義", "オヤシオシンヨウホショウ（カ"),
          ("ご契約内容", "カードローン（ご利用限度額 1,000,000円、平成30年4月ご契約）")], x=20, label_w=28, size=9.5)
    p.gap(3)
    p.para("※求償元金に対しては、代位弁済日の翌日から完済に至るまで、年14.6％（年365日の日割計算）の割合による遅延"
           "損害金が発生いたします。", size=9, indent="")
    p.para("※お支払いが困難な場合は、期限までに必ずご連絡ください。ご連絡なくお支払いのない場合は、法的手続により"
           "回収させていただくことがございます。", size=9, indent="")
    p.gap(5)
    for s, sz, f in (("親潮信用保証株式会社", 11.5, "sans-bold"), ("債権管理部　担当　都丸", 9.5, "sans"),
                     ("〒980-0000　仙台市宮城野区まゆみ通九丁目9番9号", 8.8, "sans"),
                     ("電話　022-000-4460（平日 9:00～17:00）", 9.5, "sans"),
                     ("貸金業登録番号　東北財務局長(5)第00218号", 8, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(188, p.y - 17, 13, "square", "親潮信用保証之印", angle=-2, seed=83061)
    q = Page(font="sans", size=10, top=16)
    q.line("別紙", size=9.5, color=GRAY)
    q.title("代位弁済についてのご説明", size=14)
    faq(q, [("代位弁済とは何ですか。", "お客様がご返済を続けられなくなったため、保証会社である当社が、お客様に代わって銀行へ"
             "残りのご債務を一括して支払ったことをいいます。銀行へのご返済は今後不要となり、当社へお支払いいただきます。"),
            ("なぜ一括でのご請求なのですか。", "お客様は期限の利益を喪失されており、分割でご返済いただく権利がなくなっている"
             "ためです。ご事情によっては分割でのお支払いをご相談いただけます。"),
            ("遅延損害金はいつまで増えますか。", "求償元金を完済されるまで、代位弁済日の翌日から日割りで発生します。お早めの"
             "お支払いをおすすめいたします。"),
            ("銀行のカードは使えますか。", "カードローン契約は解約となっておりますので、ご利用いただけません。お手元のカードは"
             "はさみを入れて破棄してください。"),
            ("連絡先はどこですか。", "親潮信用保証株式会社 債権管理部（電話 022-000-4460）までご連絡ください。保証番号を"
             "お伝えいただくとスムーズです。")], x0=22, x1=190)
    q.gap(8)
    q.para("本書に関するお問い合わせは、ご本人様からお願いいたします。ご家族・勤務先等への連絡は、貸金業法等の定めに"
           "従い行いません。", x0=22, x1=190, size=9, indent="")
    tr = truth(document_type="acceleration_notice", sender="親潮信用保証株式会社", phone="022-000-4460",
               creditor="親潮信用保証株式会社", status="not_applicable", original="株式会社雄物銀行",
               debtor="真殿玲奈", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="OS-2601-5582",
               input_kind="pdf_scan", template="proxy83_guarantor_subrogation_western_dates_qa", received=D(2026, 2, 5))
    return dict(stem="cn06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済, 2 pages)",
                unusual="a card-loan guarantee company's 保証債務履行（代位弁済）のお知らせ as a 2-page image PDF; western 年月日 "
                        "dates; the 代位弁済額 and its split (元金 / 利息 = history) only in ONE sentence of the prose; a "
                        "rows-ruled 記 table 求償元金（代位弁済額） / 遅延損害金 with its window / 合計ご請求額; a framed "
                        "お支払期限; ご利用限度額 1,000,000円, 平成30年 contract and the 貸金業登録番号 as distractors; p.2 a "
                        "Q&A 「代位弁済についてのご説明」 repeating the phone")


# ---------------------------------------------------------------------------------------------
# cn07 ペリカンカード 催告書: a 区分 × 残元金/手数料・利息/遅延損害金 grid with a 合計 row; photo stored sideways (EXIF 6).


def cn07():
    R = 14.6
    issued, due = D(2025, 12, 1), D(2025, 12, 15)
    acc, lastp = D(2025, 9, 26), D(2025, 6, 27)
    rows = [("ショッピング（リボ払い）", 288_640, 9_412), ("キャッシング", 197_300, 6_054)]
    calc = [(n, pr, it, late(pr, R, acc + timedelta(1), issued)) for n, pr, it in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.y = 16
    p.line("〒350-0000　埼玉県川越市ひめじょおん通9-9-9", size=10)
    p.line("丸茂　隼人　様", size=14)
    p.line("会員番号　5301-＊＊＊＊-＊＊＊＊-2217", size=8.5)
    p.add(Box(128, 12, 68, 11, color=None, fill=PLUM))
    p.at(162, 19.4, "PELICAN CARD", size=14, font="sans-bold", color=WHITE, align="c")
    for i, s in enumerate(["ペリカンカード株式会社", "債権管理センター", "〒330-0000 さいたま市大宮区あららぎ台9-9-9",
                           "TEL 0120-000-127（9:00～18:00 日祝休）"]):
        p.at(129, 28 + i * 4.6, s, size=9.5 if i == 0 else 8.3, font="sans-bold" if i == 0 else "sans")
    p.at(196, 50, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(196, 55, "お問合せ番号　PC-1201-8836", size=9.5, align="r")
    p.y = 62
    p.title("催　告　書", size=20, color=RED)
    p.para("いつもペリカンカードをご利用いただき、ありがとうございます。", size=9.8)
    p.para(f"お客様のカードご利用代金につきましては、{era(lastp)}のお支払いを最後にご入金がなく、会員規約に基づき"
           f"{era(acc)}をもって期限の利益を喪失されております。再三のご請求にもかかわらずご入金が確認できませんので、本書を"
           "もって催告いたします。下記ご請求金額の全額を、お支払期限までにお支払いください。", size=9.8)
    p.gap(2)
    p.line(f"ご請求金額の明細（{era(issued)}現在）", size=10, font="sans-bold", x=15)
    head = ["区　分", "残元金", "手数料・利息", "遅延損害金", "小　計"]
    body = [[n, f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for n, pr, it, lt in calc]
    body.append(["合　計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [52, 33, 32, 31, 33], x=15, header=True, aligns="lrrrr", size=9.5, row_h=8)
    p.line("（単位：円）遅延損害金は各残元金に対し、期限の利益喪失日の翌日から通知日まで年14.6％で計算しています。",
           x=15, size=7.8)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 22, 1.2, RED))
    p.at(21, y + 9, "ご請求金額", size=12, font="sans-bold", color=RED)
    p.at(21, y + 17, "お支払期限", size=12, font="sans-bold", color=RED)
    p.at(190, y + 9.3, f"{T:,}円", size=15, font="sans-bold", align="r")
    p.at(190, y + 17.6, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", align="r")
    p.y = y + 27
    p.line("お振込先", size=10, font="sans-bold")
    p.para("青海波銀行 大宮支店 普通預金 1278836　ペリカンカード（カ　サイケンカンリセンター", size=9.3, indent="")
    p.gap(2)
    for s in ("● お支払期限までにお支払いのない場合、当社は法的手続（支払督促・訴訟等）に移行いたします。",
              "● カードのご利用は停止しております。ショッピングご利用可能枠 300,000円は解約済みです。",
              "● お支払いについてのご相談は、債権管理センターまでお電話ください。お問合せ番号をお伝えください。",
              "● 本書と行き違いにお支払いいただいた場合は、何卒ご容赦ください。"):
        p.para(s, x0=16, size=9, indent="")
    p.gap(4)
    p.at(196, p.y + 3, "割賦販売法登録番号　関東（包）第0127号", size=7.5, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="ペリカンカード株式会社", phone="0120-000-127",
               creditor="ペリカンカード株式会社", status="not_applicable", debtor="丸茂隼人", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="PC-1201-8836", input_kind="photo_exif_rotated",
               template="proxy83_card_company_demand_split_rows_rotated", received=D(2025, 12, 3))
    return dict(stem="cn07", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.05, tilt=1.8, creases=2, shadow=0.25, shadow_side="right", fill=0.85,
                          warm=0.3, bow=5),
                about="collection_notice (card company 催告書, two rows + 合計)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with creases, a bulge and a hand "
                        "shadow on the right; the card company's brand 「PELICAN CARD」 on a plum band with the sender "
                        "block top-RIGHT and the addressee with a masked 会員番号 top-LEFT; a red title; a 5-column grid "
                        "(区分 × 残元金 / 手数料・利息 / 遅延損害金 / 小計) with rows ショッピング（リボ払い） and キャッシング "
                        "and a 合計 row (the truth takes the 合計 row); a red frame with ご請求金額 and お支払期限; "
                        "ご利用可能枠 300,000円 and the 割賦販売法 registration number as distractors")


# ---------------------------------------------------------------------------------------------
# cn08 株式会社ゴンドラファイナンス ご入金のお願い (one missed instalment, arrears only), dot dates; iPhone HEIC.


def cn08():
    R = 20.0
    issued, due = D(2026, 1, 13), D(2026, 1, 23)
    lastp, missed = D(2025, 11, 27), D(2025, 12, 27)
    P, I = 9_870, 6_130
    L = late(P + I, R, missed + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 13, color=None, fill=BROWN))
    p.at(20, 21, "ゴンドラファイナンス", size=15, font="sans-bold", color=WHITE)
    p.at(192, 21, "ご入金のお願い", size=13, font="sans-bold", color=WHITE, align="r")
    p.y = 32
    p.line("〒440-0000　愛知県豊橋市はまひるがお通9-9-9", size=10)
    p.line("新行内　友梨　様", size=14)
    p.at(196, 34, f"発行日　{dot(issued)}", size=9.5, align="r")
    p.at(196, 39.5, "会員番号　GF-0417-3390", size=9.5, align="r")
    p.y = 50
    p.para("いつも当社をご利用いただき、誠にありがとうございます。", size=10)
    p.para(f"{dot(missed)}のご返済日にご入金が確認できておりません。お忙しいところ恐縮ですが、下記の金額を"
           f"{dot(due)}（{wd(due)}）までにご入金くださいますようお願いいたします。", size=10)
    p.para("なお、すでにご入金いただいている場合は、本状と行き違いとなりましたのでご容赦ください。", size=10)
    p.gap(3)
    y = p.y
    # two boxes side by side
    p.add(Box(15, y, 95, 66, 1.0, BROWN))
    p.add(Box(15, y, 95, 9, color=None, fill=BROWN))
    p.at(62.5, y + 6.3, "ご入金いただく金額", size=10.5, font="sans-bold", color=WHITE, align="c")
    for i, (a, b) in enumerate((("ご返済額（元金分）", f"{P:,}円"), ("ご返済額（利息分）", f"{I:,}円"),
                                ("遅延損害金", f"{L:,}円"))):
        p.at(19, y + 18 + i * 8, a, size=10)
        p.at(106, y + 18 + i * 8, b, size=10.5, align="r")
    p.at(19, y + 40, f"（遅延損害金は{dot(missed + timedelta(1))}～{dot(issued)}、年20.0％）", size=7.3)
    p.add(Line(17, y + 44, 108, y + 44, 0.5, BROWN))
    p.at(19, y + 53, "ご入金額合計", size=11, font="sans-bold")
    p.at(106, y + 53.5, f"{T:,}円", size=15, font="sans-bold", align="r", color=BROWN)
    p.at(19, y + 61, f"ご入金期限　{dot(due)}（{wd(due)}）", size=10, font="sans-bold")
    p.add(Box(115, y, 81, 66, 0.4, GRAY))
    p.add(Box(115, y, 81, 9, color=None, fill=SHADE))
    p.at(155.5, y + 6.3, "ご契約状況（ご参考）", size=10, font="sans-bold", align="c")
    for i, (a, b) in enumerate((("ご利用限度額", "500,000円"), ("ご利用残高", "412,300円"),
                                ("約定ご返済日", "毎月27日"), ("約定ご返済額", "16,000円"),
                                ("前回ご入金日", dot(lastp)), ("ご契約日", dot(D(2023, 4, 18))))):
        p.at(119, y + 17 + i * 7.6, a, size=9)
        p.at(192, y + 17 + i * 7.6, b, size=9.5, align="r")
    p.y = y + 72
    p.line("◆ご入金方法", size=10, font="sans-bold")
    p.para("① 提携ATM（手数料無料）でのご返済", size=9.3, indent="")
    p.para("② お振込み：つらら銀行 豊橋支店 普通 3390417 カ）ゴンドラファイナンス", size=9.3, indent="")
    p.para("※お振込みの際は、ご依頼人名の前に会員番号の数字部分（04173390）をご入力ください。", size=9, indent="")
    p.gap(2)
    p.line("◆ご注意", size=10, font="sans-bold")
    p.para("ご入金が遅れますと、遅延損害金が日々加算されるほか、信用情報機関に延滞の事実が登録される場合があります。"
           "また、ご入金のない状態が続きますと、期限の利益を喪失し、ご利用残高の全額を一括してご請求させていただく"
           "ことがあります。ご返済が難しい場合は、お早めにご相談ください。", size=9.2, indent="")
    p.gap(4)
    y = p.y
    p.add(Line(15, y, 196, y, 0.3, GRAY))
    p.at(15, y + 6, "株式会社ゴンドラファイナンス　お客様センター", size=10, font="sans-bold")
    p.at(15, y + 11.5, "〒460-0000 名古屋市中区いちいがし台9-9-9", size=8.5)
    p.at(15, y + 16.5, "貸金業登録番号　東海財務局長(3)第00417号　日本貸金業協会会員第005882号", size=7.8)
    p.at(196, y + 8, "0120-000-558", size=14, font="sans-bold", align="r", color=BROWN)
    p.at(196, y + 13.5, "受付 平日9:00～19:00／土 9:00～17:00", size=8, align="r")
    tr = truth(document_type="collection_notice", sender="株式会社ゴンドラファイナンス", phone="0120-000-558",
               creditor="株式会社ゴンドラファイナンス", status="not_applicable", debtor="新行内友梨", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               acceleration=None, last_payment=lastp, reference="GF-0417-3390", input_kind="photo_heic",
               template="proxy83_consumer_finance_payment_request_two_boxes_heic", received=D(2026, 1, 15))
    return dict(stem="cn08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.04, tilt=2.8, creases=2, glare=18, fill=0.83, warm=0.35),
                about="collection_notice (consumer-finance ご入金のお願い, one missed instalment)",
                unusual="iPhone HEIC on tatami with creases and a lamp glare; a soft first reminder (ご入金のお願い) of a "
                        "consumer-finance company: brown header band with the brand and the title; western DOT dates "
                        "(2026.01.13); ONE missed instalment: two boxes side by side — left ご入金いただく金額 (元金分 / "
                        "利息分 / 遅延損害金 on the 元利金 / ご入金額合計 and ご入金期限), right ご契約状況（ご参考） with "
                        "ご利用残高 412,300円, 限度額 500,000円, 約定ご返済額 16,000円 and 前回ご入金日 (= last payment); "
                        "arrears only (lump false, no 喪失 date); 貸金業登録番号 and 協会会員番号 as distractors")


LETTERS = [cn01, cn02, cn03, cn04, cn05, cn06, cn07, cn08]
