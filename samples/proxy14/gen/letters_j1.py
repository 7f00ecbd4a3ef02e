"""Proxy set 14, letters j01–j08: what the big servicers' and banks' mass-mailing systems print. A servicer's rest
claim after a 競売 on two loans with a payment slip; a servicer's claim after a 任意売却 with a FAQ page; a bank's
督促状 on three loans (arrears only) with a FAQ page; a servicer's claim on two card contracts (photo); an invented
servicer's 催告書 by fax without a rate; a card company's 一括請求 with a relative deadline; a joint 債権譲渡通知 with
a three-loan 明細 page; a servicer's 受託のお知らせ for a bank (HEIC photo)."""

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
    faq,
    grid,
    late,
    qr,
    slip,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
GREEN = (0.0, 0.42, 0.30)
WINE = (0.55, 0.05, 0.18)
ORANGE = (0.85, 0.40, 0.05)


def era(d: D, fwid=False) -> str:
    s = f"令和{d.year - 2018}年{d.month}月{d.day}日"
    return fw(s) if fwid else s


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# j01 SMBC債権回収 (real, 第10号) — rest claim after a 競売 on TWO loans of a bank; digital, one dense page with a
#     払込取扱票 at the foot.


def j01():
    R = 14.0
    issued, due = D(2026, 1, 20), D(2026, 2, 10)
    div = D(2025, 12, 10)
    P1, P2 = 9_412_300, 1_186_000
    L1 = late(P1, R, D(2025, 12, 11), issued)
    L2 = late(P2, R, D(2025, 12, 11), issued)
    P, L = P1 + P2, L1 + L2
    T = P + L
    p = Page(font="sans", size=9.5, top=10)
    # logo band
    p.add(Box(15, 9, 7, 7, color=None, fill=GREEN))
    p.add(Box(18.5, 12.5, 7, 7, color=None, fill=(0.55, 0.75, 0.2)))
    p.at(28, 16.5, "ＳＭＢＣ債権回収", size=14, font="sans-bold", color=GREEN)
    p.at(28, 20.5, "Servicer  ―  Loan Management Division", size=6.5, color=GREEN)
    stamp(p, 96, 9, "重要", color=RED, size=12)
    stamp(p, 112, 9, "親展", color=RED, size=12)
    # address window
    window(p, 15, 24, "355-0000", ["埼玉県東松山市ゆずりは町九丁目9番地9", "ゆずりはハイツ 2-104"], "蒔田　和臣　様",
           "j01", code="C-0448213  1 / 1  A4-03")
    # sender box top right
    bx, by = 124, 24
    p.add(Box(bx, by, 72, 44, 0.35))
    p.at(bx + 3, by + 6, "発行日　" + wdate(issued), size=8.5)
    p.at(bx + 3, by + 12.5, "ＳＭＢＣ債権回収株式会社", size=11, font="sans-bold")
    p.at(bx + 3, by + 17.5, "法務大臣許可番号　第10号", size=8.5)
    p.at(bx + 3, by + 22.5, "債権管理第二部　不動産担保グループ", size=8)
    p.at(bx + 3, by + 27, "〒104-0000 東京都中央区つきじ川九丁目9番9号", size=7)
    p.at(bx + 3, by + 32.5, "TEL 0120-000-610（通話料無料）", size=9.5, font="sans-bold")
    p.at(bx + 3, by + 37, "受付　平日 9:00～17:30（土日祝・年末年始を除く）", size=7)
    p.at(bx + 3, by + 41, "担当　古見／栃尾", size=7)
    p.seal(bx + 63, by + 14, 12, "square", "ＳＭＢＣ債権回収之印", angle=3, seed=14011)
    p.y = 72
    p.title("競売配当後の残債務についてのご請求", size=14)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。お客様が株式会社白樺銀行とご契約された下記ローンにつき"
           "ましては、当社が同行から債権を譲り受け、管理・回収を行っております。担保不動産の競売手続は、下記配当期日"
           "における配当をもって終了いたしましたが、配当金を充当した後もなお残債務がございます。", size=9)
    p.para("つきましては、下記「ご請求明細」の合計額を、お支払期限までに一括してお支払いくださいますようご請求申し上げ"
           "ます。お支払いが困難な場合は、お支払期限までに必ず当社へご連絡ください。", size=9)
    p.gap(1)
    p.line("■ お客様情報", size=9.5, font="sans-bold", color=GREEN)
    y = grid(p, 15, p.y, [24, 72, 28, 57],
             [["お客様番号", "SB-26-0448213", "原債権者", "株式会社白樺銀行"],
              ["債権譲受日", era(D(2025, 3, 14)), "期限の利益喪失日", era(D(2024, 9, 27))],
              ["最終ご入金日", era(D(2024, 5, 31)), "配当期日", era(div)],
              ["競売事件番号", "さいたま地方裁判所川越支部 令和6年(ケ)第118号", "当社受領配当額", "8,350,000円"]],
             h=6.6, size=8.5)
    p.y = y + 3
    p.line(f"■ ご請求明細（{era(issued)}現在）", size=9.5, font="sans-bold", color=GREEN)
    p.table([["契約番号", "ご融資の種類", "配当充当後残元金", "遅延損害金", "ご請求額"],
             ["0217-5530281", "住宅ローン", f"{P1:,}円", f"{L1:,}円", f"{P1 + L1:,}円"],
             ["0217-5530299", "リフォームローン", f"{P2:,}円", f"{L2:,}円", f"{P2 + L2:,}円"],
             ["合　計", "", f"{P:,}円", f"{L:,}円", f"{T:,}円"]],
            [28, 34, 42, 34, 43], x=15, header=True, aligns="llrrr", size=8.8, row_h=6.4)
    p.gap(1.5)
    y = p.y
    p.add(Box(15, y, 181, 11, 0.9))
    p.at(18, y + 7.4, "お支払期限", size=10, font="sans-bold")
    p.at(48, y + 7.6, f"{wdate(due)}（{wd(due)}）", size=12, font="sans-bold", color=RED)
    p.at(112, y + 7.4, "ご請求合計額", size=10, font="sans-bold")
    p.at(192, y + 7.6, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    p.y = y + 13.5
    for s in ("※1 遅延損害金は、各ローンの配当充当後残元金に対し、配当期日の翌日（令和7年12月11日）から本書発行日まで、"
              "年14.0％（年365日の日割計算）の割合で計算しています。",
              "※2 お支払期限の翌日以降も、完済に至るまで上記の割合による遅延損害金が発生いたします。",
              "※3 本書は前回ご通知（令和7年12月22日付「配当金充当のご報告」）の内容を踏まえて作成しています。本書と行き違い"
              "にお支払いいただいた場合はご容赦ください。",
              "※4 払込取扱票のほか、銀行振込（しらかば中央銀行 本店営業部 普通 0448213 ｴｽｴﾑﾋﾞｰｼｰｻｲｹﾝｶｲｼｭｳ(ｶ)）もご利用"
              "いただけます。振込手数料はお客様のご負担となります。"):
        p.para(s, x0=15, x1=172, size=7.2, indent="")
    qr(p, 177, p.y - 21, 18, "j01qr")
    p.at(186, p.y + 0.5, "お問合せ用", size=6, align="c")
    p.gap(1)
    p.para("分割でのお支払いをご希望の方、ご事情によりお支払いが難しい方は、右のコードから「ご返済相談フォーム」を"
           "ご利用いただくか、フリーダイヤルへお電話ください。", x0=15, x1=170, size=7.8, indent="")
    slip(p, 232, account="00160-3-000448", payee="ＳＭＢＣ債権回収（株）", amount=T, payer="蒔田　和臣",
         note=["お客様番号 SB-26-0448213", "競売配当後残債務 一括", f"期限 {wdate(due)}"],
         bank_line="この払込取扱票はゆうちょ銀行・郵便局でご利用いただけます（払込手数料はお客様のご負担）",
         fee_note="※振込手数料 152円～ はご負担ください")
    tr = truth(document_type="collection_notice", sender="ＳＭＢＣ債権回収株式会社", license_number=10,
               phone="0120-000-610", creditor="ＳＭＢＣ債権回収株式会社", status="licensed", original="株式会社白樺銀行",
               debtor="蒔田和臣", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2024, 9, 27), last_payment=D(2024, 5, 31), assignment=D(2025, 3, 14),
               reference="SB-26-0448213", input_kind="pdf_text",
               template="proxy14_servicer_after_auction_two_loans_slip", received=D(2026, 1, 22))
    return dict(stem="j01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (servicer, rest after 競売, two loans)",
                unusual="real servicer ★ spelled with FULL-WIDTH Latin 「ＳＭＢＣ債権回収株式会社」 (logo 「ＳＭＢＣ債権回収」 "
                        "without 株式会社) and 「法務大臣許可番号　第10号」 in a boxed sender block TOP-RIGHT with 発行日; "
                        "重要・親展 stamps; address window with customer-barcode bars and a mailing code; お客様情報 grid "
                        "(原債権者, 債権譲受日, 喪失日, 最終ご入金日, 配当期日, (ケ) number, 当社受領配当額 8,350,000 — "
                        "distractor); ご請求明細 with TWO loans (契約番号 per row) and a 合計 row; a heavy-framed お支払期限 "
                        "+ ご請求合計額 bar; ※ footnotes (rate 14.0, the earlier notice 12/22, a bank account); QR square; "
                        "払込取扱票 at the foot repeating the amount digit by digit and in the 受領証")


# ---------------------------------------------------------------------------------------------
# j02 オリックス債権回収 (real, 第１１号) — rest claim after a 任意売却, 2 digital pages: p.1 the letter with a
#     売却代金充当 table, p.2 よくあるご質問 / お支払いが困難な場合 / 法的なご案内.


def j02():
    R = 14.6
    issued, due = D(2026, 2, 13), D(2026, 3, 6)
    sale = D(2025, 11, 28)
    P, I = 5_873_420, 41_218
    L = late(P, R, D(2025, 11, 29), issued)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=10)
    p.add(Box(0, 0, 210, 7, color=None, fill=ORANGE))
    p.at(15, 15.5, "オリックス債権回収", size=15, font="sans-bold", color=ORANGE)
    p.at(15, 19.5, "ORIX SERVICER  お客様サポートセンター", size=6.5, color=GRAY)
    p.at(196, 13, f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", size=9, align="r")
    p.at(196, 18, "文書番号　OS-NB-2602-0193", size=7.5, align="r")
    window(p, 15, 24, "950-0000", ["新潟県新潟市中央区かもめ浜九丁目9番9号", "ベイコート新潟 1205号室"],
           "鴫原　奈緒子　様", "j02", w=90, h=36)
    stamp(p, 120, 26, "親展", color=ORANGE, size=11, fill=ORANGE)
    stamp(p, 137, 26, "大切なお知らせ", color=ORANGE, size=9, h=9)
    p.at(120, 42, "オリックス債権回収株式会社", size=10.5, font="sans-bold")
    p.at(120, 47, "法務大臣許可番号第１１号", size=8.5)
    p.at(120, 51.5, "〒105-0000 東京都港区はままつ町九丁目9番9号", size=7)
    p.at(120, 56, "不動産ローン管理部　管理第三課", size=8)
    p.at(120, 61, "☎ 03-0000-2711（直通）", size=9.5, font="sans-bold")
    p.seal(188, 50, 12, "square", "オリックス債権回収印", angle=-3, seed=14021)
    p.y = 67
    p.title("任意売却後の残債務に関するご請求書", size=14)
    p.para("平素は格別のご高配を賜り、厚く御礼申し上げます。お客様と株式会社かもめ信託銀行との間の下記住宅ローン債権は、"
           "令和7年8月1日付で当社が同行より譲り受けております。", size=9)
    p.para("先般、お客様のご協力のもと担保物件の任意売却が完了し、その売却代金をもって下記のとおり充当させていただき"
           "ました。しかしながら、なお下記の残債務がございますので、お支払期限までに全額を一括してお支払いください"
           "ますようお願い申し上げます。", size=9)
    p.gap(1)
    p.line("【お客様情報】", size=9.5, font="sans-bold")
    y = grid(p, 15, p.y, [28, 62, 28, 62],
             [["お客様番号", "OX-7730915", "原債権者", "株式会社かもめ信託銀行"],
              ["ご契約番号", "KM-35-660147", "債権譲受日", era(D(2025, 8, 1))],
              ["最終ご返済日", era(D(2025, 1, 27)), "期限の利益喪失日", era(D(2025, 4, 30))],
              ["決済日（任意売却）", era(sale), "約定返済額（参考）", "月額 98,400円"]], h=6.6, size=8.5)
    p.y = y + 3
    p.line("【売却代金の充当状況】", size=9.5, font="sans-bold")
    p.table([["項目", "金額", "摘要"],
             ["売却代金からのご返済額", "14,200,000円", "決済日に当社口座へ着金"],
             ["うち諸費用（仲介手数料・抹消登記費用等）", "（控除済）", "売買代金より別途精算"],
             ["充当後の残元金", f"{P:,}円", "下記ご請求明細に記載"]],
            [70, 40, 71], x=15, header=True, aligns="lrl", size=8.5, row_h=6.2)
    p.gap(2.5)
    p.line(f"【ご請求明細】（{era(issued)}現在）", size=9.5, font="sans-bold")
    p.table([["残元金", "未収利息", "遅延損害金", "ご請求合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [45, 45, 45, 46], x=15, header=True, aligns="rrrr", size=10, row_h=8)
    p.gap(1)
    p.para("・未収利息は令和7年1月28日から期限の利益喪失日までの約定利息です。遅延損害金は残元金に対し決済日の翌日"
           "から本日まで年14.6％（年365日日割）で計算しています。", x0=15, x1=196, size=7.5, indent="")
    p.gap(1)
    y = p.y
    p.add(Box(15, y, 181, 21, 0.8, ORANGE))
    p.add(Box(15, y, 34, 21, 0.0, None, ORANGE))
    p.at(32, y + 12.5, "お支払期限", size=10.5, font="sans-bold", align="c", color=WHITE)
    p.at(53, y + 8, f"{wdate(due)}（{wd(due)}）まで", size=12, font="sans-bold")
    p.at(53, y + 14, "お振込先　はまかぜ第一銀行　浜松町支店　普通預金　7730915", size=8.5)
    p.at(53, y + 18.5, "口座名義　ｵﾘﾂｸｽｻｲｹﾝｶｲｼﾕｳ(ｶ)　※振込手数料はお客様のご負担となります", size=7.5)
    p.y = y + 25
    p.para("お支払期限までにご入金又はご連絡がない場合には、誠に不本意ながら、支払督促・訴訟等の法的手続により回収を"
           "図らせていただくことがございます。分割でのお支払いのご相談は、2枚目の「お支払いが困難な場合」をご覧ください。",
           x0=15, x1=196, size=8.5)
    p.y = 282
    p.line("1 / 2", align="c", size=8)
    q = Page(font="sans", size=9, top=14)
    q.add(Box(0, 0, 210, 7, color=None, fill=ORANGE))
    q.line("オリックス債権回収株式会社　お客様番号 OX-7730915", size=8, align="r")
    q.title("よくあるご質問", size=13)
    faq(q, [("なぜオリックス債権回収から請求が来るのですか。",
             "当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。かもめ信託銀行から"
             "お客様の住宅ローン債権を譲り受けましたので、当社が債権者としてご請求しております。"),
            ("任意売却で家を手放したのに、まだ支払わなければならないのですか。",
             "売却代金で完済に至らなかった残りの債務は、売却後もお客様にお支払い義務がございます。"),
            ("一度に支払えません。どうすればよいですか。",
             "ご収入やご家族の状況をお伺いしたうえで、分割でのお支払いをご相談させていただきます。お支払期限までに"
             "お電話ください。"),
            ("銀行に直接支払ってもよいですか。",
             "譲受日以降、かもめ信託銀行へのお支払いはお受けできません。必ず当社指定の口座へお振込みください。"),
            ("電話がつながりにくいのですが。",
             "月曜日と月末は大変混み合います。火曜日から木曜日の午後が比較的つながりやすくなっております。")],
        x0=20, x1=190)
    q.gap(3)
    q.line("お支払いが困難な場合", size=11, font="sans-bold", color=ORANGE)
    q.para("ご病気・失業などでお支払いが難しい場合は、ご遠慮なく当社までご相談ください。ご相談内容に応じて、月々のお支払額"
           "や期間をご提案いたします。なお、弁護士・司法書士へご相談される場合は、その旨を当社へお知らせください。"
           "公的な相談窓口として、法テラス（日本司法支援センター）や、お住まいの地域の消費生活センターもございます。",
           x0=20, x1=190, size=8.8)
    q.gap(3)
    q.line("法的なご案内", size=11, font="sans-bold", color=ORANGE)
    for s in ("１．本書は、民法第153条等に定める催告の効力を有するものとして送付しております。",
              "２．当社の従業員が、お客様のご自宅・勤務先を予告なく訪問して現金をお預かりすることはございません。"
              "当社名を騙る不審な電話・郵便にご注意ください。当社の許可は法務省のホームページでご確認いただけます。",
              "３．お客様の個人情報は、債権の管理・回収の目的の範囲内で利用いたします。",
              "４．お振込みの際は、ご依頼人名の前にお客様番号（OX-7730915）をご入力ください。"):
        q.para(s, x0=20, x1=190, size=8.3, indent="")
    q.y = 282
    q.line("2 / 2", align="c", size=8)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-2711", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社かもめ信託銀行", debtor="鴫原奈緒子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=D(2025, 4, 30),
               last_payment=D(2025, 1, 27), assignment=D(2025, 8, 1), reference="OX-7730915",
               input_kind="pdf_text_2page", template="proxy14_servicer_after_voluntary_sale_faq",
               received=D(2026, 2, 16))
    return dict(stem="j02", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (servicer, rest after 任意売却, 2 pages)",
                unusual="real servicer ★ with the brand 「オリックス債権回収」 (no 株式会社) in an orange logo and the full name "
                        "in the sender lines beside the window, licence in FULL-WIDTH 「法務大臣許可番号第１１号」; zero-padded "
                        "western date 2026年02月13日 and a 文書番号 top-right (not the reference); filled 親展 tag; お客様情報 "
                        "grid with お客様番号 AND ご契約番号 KM-35-660147 and 約定返済額 98,400 (distractors); a 売却代金の充当 "
                        "table with 14,200,000 (distractor); one-row ご請求明細 (残元金/未収利息/遅延損害金/ご請求合計); an "
                        "orange お支払期限 band with the bank account; p.2 よくあるご質問 (5 Q&A), お支払いが困難な場合, "
                        "法的なご案内 (民法153条, 法テラス)")


# ---------------------------------------------------------------------------------------------
# j03 bank 督促状 on THREE loans, arrears only, as a 2-page image PDF: a 3-row table with 契約番号 per row and a 合計;
#     ご利用限度額 / 約定返済額 / 前回ご請求額 distractors; p.2 よくあるご質問.  No last payment, no acceleration.


def j03():
    R = 14.0
    issued, due = D(2025, 10, 17), D(2025, 10, 31)
    rows = [("カードローン〈あおば〉", "CL-3301-8842", 38_000, 9_912, D(2025, 8, 10)),
            ("マイカーローン", "AL-1187-2045", 61_200, 4_380, D(2025, 8, 27)),
            ("教育ローン", "EL-0562-7719", 24_600, 1_154, D(2025, 9, 29))]
    Ls = [late(pr, R, d0 + timedelta(1), issued) for _, _, pr, _, d0 in rows]
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(Ls)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=10)
    p.add(Box(15, 9, 10, 10, color=None, fill=(0.10, 0.35, 0.70)))
    p.at(20, 16.2, "あ", size=13, font="sans-bold", align="c", color=WHITE)
    p.at(28, 16.5, "あおばな銀行", size=14.5, font="sans-bold", color=(0.10, 0.35, 0.70))
    p.at(196, 14, "重要なお知らせ　在中", size=9, font="sans-bold", align="r", color=RED)
    p.at(196, 19, f"作成日 {issued.year}.{issued.month:02d}.{issued.day:02d}", size=8.5, align="r")
    window(p, 15, 24, "020-0000", ["岩手県盛岡市しらかわ通九丁目9番9号"], "猪熊　拓真　様", "j03", w=88, h=32,
           code="**  0020-0000-99  **")
    p.add(Box(118, 24, 78, 32, 0.3))
    p.add(Box(118, 24, 78, 6, 0.3, None, SHADE))
    p.at(120, 28.3, "発信元", size=7.5)
    p.at(121, 35.5, "株式会社あおばな銀行", size=11, font="sans-bold")
    p.at(121, 40.5, "個人ローン集中管理センター", size=8.5)
    p.at(121, 45, "〒020-0000 盛岡市なかのはし九丁目9番9号", size=7)
    p.at(121, 50.5, "ＴＥＬ　019-000-5526", size=9.5, font="sans-bold")
    p.at(121, 54.3, "平日 9:00～17:00／土曜 10:00～16:00", size=6.8)
    p.y = 62
    p.title("ご返済についてのお願い（督促状）", size=14)
    p.para("日頃より当行をご利用いただき、誠にありがとうございます。お客様の下記ご融資につきまして、約定のご返済日を"
           "過ぎてもご入金が確認できておりません。お手数ですが、下記の延滞金額をお支払期限までにご入金くださいますよう"
           "お願い申し上げます。", size=9)
    p.gap(1)
    p.line("◆ お客様情報", size=9.5, font="sans-bold")
    y = grid(p, 15, p.y, [24, 66, 26, 65],
             [["お客様番号", "AB-0091-33478", "お取引店", "盛岡駅前支店（店番 214）"],
              ["ご返済口座", "普通預金 3347801", "前回ご請求額", "72,450円（令和7年9月19日付）"]], h=6.6, size=8.5)
    p.y = y + 3
    p.line(f"◆ ご請求明細（{era(issued)}現在）", size=9.5, font="sans-bold")
    body = [["契約番号", "ご融資の種類", "ご返済日", "延滞元金", "延滞利息", "遅延損害金", "小計"]]
    for (kind, no, pr, it, d0), li in zip(rows, Ls, strict=True):
        body.append([no, kind, f"{d0.month}月{d0.day}日", f"{pr:,}", f"{it:,}", f"{li:,}", f"{pr + it + li:,}"])
    body.append(["合計", "", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table(body, [25, 37, 18, 25, 23, 25, 28], x=15, header=True, aligns="llcrrrr", size=8.5, row_h=6.4)
    p.at(196, p.y + 3.5, "（単位：円）", size=7, align="r")
    p.gap(5)
    p.line("◆ ご参考（ご契約内容）", size=9, font="sans-bold")
    p.table([["契約番号", "ご利用限度額／ご融資額", "約定返済額", "約定利率"],
             ["CL-3301-8842", "ご利用限度額 500,000円", "毎月10日 20,000円", "年14.5％"],
             ["AL-1187-2045", "ご融資額 2,400,000円", "毎月27日 30,600円", "年3.2％"],
             ["EL-0562-7719", "ご融資額 1,200,000円", "毎月27日 12,300円", "年2.4％"]],
            [30, 60, 50, 41], x=15, header=True, aligns="llll", size=8, row_h=5.6)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 0.9))
    p.at(19, y + 8, "お支払期限", size=10, font="sans-bold")
    p.at(50, y + 8.2, f"{issued.year}.{due.month:02d}.{due.day:02d}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(118, y + 8, "ご請求金額合計", size=10, font="sans-bold")
    p.at(192, y + 8.2, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    p.y = y + 15
    for s in ("※ 遅延損害金は、延滞元金に対し各ご返済日の翌日から本書作成日まで年14.0％（年365日の日割計算）で計算して"
              "おります。お支払いはご返済口座へのご入金、または下記払込票をご利用ください。",
              "※ お支払期限までにご入金がない場合、カードローンのご利用を停止し、ご契約に基づき期限の利益を喪失することが"
              "ございます。本状と行き違いにご入金の節は、あしからずご容赦ください。"):
        p.para(s, x0=15, x1=196, size=7.3, indent="")
    slip(p, 236, account="02240-6-000214", payee="（株）あおばな銀行", amount=T, payer="猪熊　拓真",
         note=["お客様番号 AB-0091-33478", "延滞金（3件分）", f"期限 {due.month}/{due.day}"], title="払込取扱票（ローン延滞金）",
         bank_line="ATM・インターネットバンキングからもお振込みいただけます")
    q = Page(font="sans", size=9, top=14)
    q.line("株式会社あおばな銀行　個人ローン集中管理センター", size=8, align="r")
    q.title("ご返済に関するよくあるご質問", size=13)
    faq(q, [("3件のうち、一部だけ支払ってもよいですか。",
             "一部のご入金も承りますが、ご入金は遅延損害金、延滞利息、延滞元金の順に、返済日の古いものから充当されます。"),
            ("ご返済口座に入金しておけば大丈夫ですか。",
             "はい。入金後、翌営業日の自動引落しにより各ローンへ充当いたします。"),
            ("毎月の返済額を減らすことはできますか。",
             "ご返済条件の変更をご相談いただけます。審査がございますので、お早めに上記センターへお電話ください。"),
            ("延滞が続くとどうなりますか。",
             "期限の利益を喪失し、残りのご融資金全額を一括してご返済いただくことになるほか、保証会社による代位弁済の"
             "手続に移る場合がございます。また、個人信用情報機関に延滞の情報が登録されます。")],
        x0=20, x1=190)
    q.gap(3)
    q.line("お支払いが困難な場合", size=11, font="sans-bold")
    q.para("お一人で悩まずに、まずはご連絡ください。ご返済額の見直しのほか、公的機関（法テラス 0570-000-374 など）の"
           "ご案内もいたします。", x0=20, x1=190, size=8.8)
    q.gap(3)
    q.line("個人情報の取扱いについて", size=11, font="sans-bold")
    q.para("当行は、お客様の延滞情報を、ご契約時にご同意いただいた個人信用情報機関に登録いたします。詳しくは当行ホーム"
           "ページの「個人情報保護宣言」をご覧ください。", x0=20, x1=190, size=8.8)
    tr = truth(document_type="collection_notice", sender="株式会社あおばな銀行", phone="019-000-5526",
               creditor="株式会社あおばな銀行", status="not_applicable", debtor="猪熊拓真", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               reference="AB-0091-33478", input_kind="pdf_scan", template="proxy14_bank_three_loans_arrears_faq",
               received=D(2025, 10, 20))
    return dict(stem="j03", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (bank, arrears on three loans, 2 pages)",
                unusual="bank's 督促状 as a 2-page image-only PDF: dot dates 2025.10.17 (作成日) and the due date with "
                        "weekday; a square 「あ」 logo; address window with bars and a mailing code 0020-0000-99; sender in a "
                        "box headed 発信元; お客様情報 grid with ご返済口座 and 前回ご請求額 72,450 (令和7年9月19日付) as "
                        "distractors; a SEVEN-column ご請求明細 with THREE loans (契約番号 per row, ご返済日, 延滞元金 / "
                        "延滞利息 / 遅延損害金 / 小計) and a 合計 row, 「（単位：円）」; a ご参考 table with ご利用限度額, "
                        "ご融資額, 約定返済額 and contract rates (distractors); arrears only (lump false), no 最終入金日 and "
                        "no 喪失日 printed (both null); 払込取扱票 at the foot; p.2 FAQ")




# ---------------------------------------------------------------------------------------------
# j04 エー・シー・エス債権管理回収 (real, 第27号) — bought card debt, TWO contracts (shopping 手数料 + cashing 利息),
#     lump sum; phone photo.


def j04():
    R = 14.6
    issued, due = D(2026, 3, 9), D(2026, 3, 23)
    acc = D(2025, 5, 12)
    rows = [("KS-5521-0074", "ショッピング（分割払い）", 312_480, 18_960), ("KC-5521-0081", "キャッシング", 186_000, 12_744)]
    Ls = [late(pr, R, acc + timedelta(1), issued) for _, _, pr, _ in rows]
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(Ls)
    T = P + I + L
    p = Page(font="sans", size=10, top=10)
    p.add(Box(15, 10, 24, 11, color=None, fill=NAVY))
    p.at(27, 18.3, "ACS", size=16, font="sans-bold", align="c", color=WHITE)
    p.at(42, 15, "債権管理回収", size=9, color=NAVY)
    p.at(42, 20, "A.C.S. Servicer", size=7, color=NAVY)
    stamp(p, 150, 10, "重　要", color=RED, size=12)
    stamp(p, 172, 10, "親　展", color=RED, size=12)
    window(p, 15, 26, "900-0000", ["沖縄県那覇市いとまん通九丁目9番9号", "アーバンテラス那覇 403"], "比嘉　達郎　様", "j04",
           w=94, h=34, size=10.5, name_size=14)
    bx, by = 116, 26
    p.add(Box(bx, by, 80, 38, 0.4, NAVY))
    p.at(bx + 3, by + 6, f"{era(issued)}", size=9.5)
    p.at(bx + 3, by + 12.5, "エー・シー・エス債権管理回収株式会社", size=10, font="sans-bold")
    p.at(bx + 3, by + 18, "法務大臣許可番号　第27号", size=9)
    p.at(bx + 3, by + 23, "〒261-0000 千葉市美浜区なかせ九丁目9番9号", size=7.5)
    p.at(bx + 3, by + 29, "ＴＥＬ　043-000-2270", size=11, font="sans-bold")
    p.at(bx + 3, by + 34, "受付 平日9:00～18:00　担当：東條", size=8)
    p.y = 68
    p.title("ご請求書（一括）", size=16)
    p.para("当社は、きりさめカード株式会社より、お客様に対する下記カードご利用代金債権を譲り受けました。お客様は既に"
           "期限の利益を喪失されておりますので、下記ご請求額を一括してお支払いください。", size=10)
    p.gap(1)
    y = grid(p, 15, p.y, [28, 62, 30, 61],
             [["お客様番号", "AC-88310457", "原債権者", "きりさめカード株式会社"],
              ["債権譲受日", era(D(2025, 10, 1)), "期限の利益喪失日", era(acc)],
              ["最終ご入金日", era(D(2025, 2, 27)), "ご利用可能枠", "500,000円（解約済）"]], h=8, size=9.5)
    p.y = y + 4
    p.line(f"ご請求明細　{era(issued)}現在", size=11, font="sans-bold", color=NAVY)
    body = [["ご契約番号", "種別", "元金", "手数料・利息", "遅延損害金", "合計"]]
    for (no, kind, pr, it), li in zip(rows, Ls, strict=True):
        body.append([no, kind, f"{pr:,}", f"{it:,}", f"{li:,}", f"{pr + it + li:,}"])
    body.append(["合　計", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table(body, [28, 45, 26, 28, 25, 29], x=15, header=True, aligns="llrrrr", size=9.5, row_h=8)
    p.at(196, p.y + 4, "（単位：円）", size=8, align="r")
    p.gap(6)
    y = p.y
    p.add(Box(15, y, 181, 14, 1.0))
    p.at(19, y + 9.5, "お支払期限", size=11, font="sans-bold")
    p.at(50, y + 9.7, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.at(120, y + 9.5, "ご請求額", size=11, font="sans-bold")
    p.at(192, y + 9.7, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 18
    p.para("※遅延損害金は、元金に対し期限の利益喪失日の翌日から本書作成日まで年14.6％の割合（365日日割計算）により算出"
           "しています。お支払期限を過ぎますと、法的手続に移行する場合がございます。", x0=15, x1=196, size=8.5, indent="")
    p.para("※分割でのお支払いをご希望の場合は、お支払期限までにお電話ください。", x0=15, x1=196, size=8.5, indent="")
    slip(p, 222, account="00120-5-000270", payee="エー・シー・エス債権管理回収（株）", amount=T, payer="比嘉　達郎",
         note=["お客様番号 AC-88310457", "カード債権一括"], bank_line="払込手数料はお客様のご負担となります")
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2270", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="きりさめカード株式会社", debtor="比嘉達郎", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=D(2025, 2, 27),
               assignment=D(2025, 10, 1), reference="AC-88310457", input_kind="photo_jpeg",
               template="proxy14_servicer_card_two_contracts_photo", received=D(2026, 3, 11))
    return dict(stem="j04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.04, tilt=2.2, creases=2, warm=0.2, fill=0.88),
                about="collection_notice (servicer, bought card debt, two contracts)",
                unusual="phone photo on a pale desk, tri-fold creases; real servicer ★ with a navy 「ACS」 logo (abbreviated "
                        "brand) and the full name 「エー・シー・エス債権管理回収株式会社」 + 「法務大臣許可番号　第27号」 in a "
                        "navy-framed block; 重　要 / 親　展 with spaces; grid with ご利用可能枠 500,000（解約済） as a "
                        "distractor; TWO contracts (ショッピング分割 with 手数料, キャッシング with 利息) in a 6-column table "
                        "with 合計 (interest = 手数料 + 利息); 「（単位：円）」; heavy お支払期限 / ご請求額 bar; slip at the "
                        "foot")


# ---------------------------------------------------------------------------------------------
# j05 invented servicer はやぶさ債権回収 (第205号, not in the registry) — 催告書 on two loans of a consumer-finance
#     company, by fax; NO rate printed (late damages as an amount only).


def j05():
    issued, due = D(2025, 11, 21), D(2025, 12, 5)
    rows = [("SF-30-118842", "フリーローン", 742_300, 21_906, 118_452), ("SF-30-127705", "おまとめローン", 1_318_000, 38_870, 210_318)]
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(r[4] for r in rows)
    T = P + I + L
    fax = "06-0000-2052"
    p = Page(font="sans", size=10.5, top=12)
    p.at(195, 17, f"{issued.year}年{issued.month}月{issued.day}日", size=10.5, align="r")
    p.at(195, 23, "お客様コード：HY-20519-0337", size=10.5, align="r")
    p.at(15, 19, "〒530-0000 大阪府大阪市北区てんじん橋九丁目9番9号", size=10)
    p.at(15, 27, "芦沢　恭平　様", size=14)
    stamp(p, 15, 33, "至急", color=(0, 0, 0), size=12)
    stamp(p, 33, 33, "重要", color=(0, 0, 0), size=12)
    p.add(Box(110, 30, 86, 36, 0.5))
    p.at(113, 37, "はやぶさ債権回収株式会社", size=12, font="sans-bold")
    p.at(113, 43, "法務大臣許可番号　第205号", size=10)
    p.at(113, 49, "〒541-0000 大阪市中央区よどや橋九丁目9番9号", size=9)
    p.at(113, 55, "回収管理部　ＴＥＬ 06-0000-2051", size=10.5, font="sans-bold")
    p.at(113, 61, f"ＦＡＸ {fax}　担当：伊集院", size=10)
    p.y = 72
    p.title("催　告　書", size=18)
    p.para("当社は、すみれ台ファイナンス株式会社（以下「原債権者」）から、同社が貴殿に対して有する下記貸金債権を令和7年"
           "6月30日付で譲り受けました。貴殿は令和6年12月18日をもって期限の利益を喪失しておられます。", size=10.5)
    p.para("つきましては、下記ご請求金額を令和7年12月5日（金）までに一括してお支払いください。期限までにお支払い又は"
           "ご連絡がない場合は、やむを得ず法的手続に移行いたします。", size=10.5)
    p.gap(2)
    body = [["契約番号", "商品名", "残元金", "利息", "遅延損害金", "合計"]]
    for no, kind, pr, it, li in rows:
        body.append([no, kind, f"{pr:,}", f"{it:,}", f"{li:,}", f"{pr + it + li:,}"])
    body.append(["合計", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table(body, [32, 32, 29, 25, 29, 34], x=15, header=True, aligns="llrrrr", size=10.5, row_h=9, line_w=0.4)
    p.gap(3)
    p.kv([("原債権者", "すみれ台ファイナンス株式会社"), ("最終ご入金日", era(D(2024, 10, 25))),
          ("ご請求金額", f"金{T:,}円（{era(issued)}現在）"), ("お支払期限", f"{era(due)}（{wd(due)}）"),
          ("お振込先", "よどがわ橋銀行　淀屋橋支店　普通　2051337　ﾊﾔﾌﾞｻｻｲｹﾝｶｲｼｭｳ(ｶ)")],
         x=20, label_w=34, sep="：", size=10.5)
    p.gap(3)
    p.para("※遅延損害金は原契約所定の割合により計算しております。お支払期限の翌日以降も完済まで発生いたします。", x0=15,
           x1=196, size=9.5, indent="")
    p.para("※本書と行き違いにお支払い済みの場合はご容赦ください。振込手数料は貴殿のご負担となります。", x0=15, x1=196,
           size=9.5, indent="")
    p.gap(3)
    p.add(Box(15, p.y, 181, 26, 0.4))
    p.at(18, p.y + 7, "【お支払いが困難な場合】", size=10.5, font="sans-bold")
    p.at(18, p.y + 14, "ご事情をお聞きしたうえで分割弁済のご相談に応じます。お支払期限までに", size=10)
    p.at(18, p.y + 20.5, "回収管理部（06-0000-2051）へお電話ください。", size=10)
    tr = truth(document_type="collection_notice", sender="はやぶさ債権回収株式会社", license_number=205,
               phone="06-0000-2051", creditor="はやぶさ債権回収株式会社", status="unverified",
               original="すみれ台ファイナンス株式会社", debtor="芦沢恭平", total=T, principal=P, interest=I, late_damages=L,
               rate=None, lump=True, issued=issued, payment_due=due, acceleration=D(2024, 12, 18),
               last_payment=D(2024, 10, 25), assignment=D(2025, 6, 30), reference="HY-20519-0337",
               input_kind="fax_tiff", template="proxy14_invented_servicer_two_loans_fax_no_rate", received=issued)
    return dict(stem="j05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:08 FROM:HAYABUSA SV {fax}",
                about="collection_notice (invented servicer, two loans, by fax)",
                unusual="one-page G4 fax from an INVENTED servicer 「はやぶさ債権回収株式会社」 printing 「法務大臣許可番号　第205号」 "
                        "(not in the registry → unverified); お客様コード with a colon top-right; 至急・重要 stamps in black; "
                        "TEL and FAX in the sender box (the fax header shows the FAX); 催　告　書 spaced; the 譲受 date and "
                        "the 喪失 in the prose; a 6-column table of TWO loans with 合計; colon kv lines; NO late-damage rate "
                        "anywhere (「原契約所定の割合」 → rate null); 【お支払いが困難な場合】 box")


# ---------------------------------------------------------------------------------------------
# j06 card company 一括請求 after acceleration, scanned: 元金 in two lines with a 元金合計 subtotal; the deadline only
#     relative (本状到着後10日以内 → payment_due null).


def j06():
    R = 14.6
    issued = D(2026, 2, 2)
    acc = D(2026, 1, 15)
    P1, P2, I = 228_600, 95_000, 6_318
    P = P1 + P2
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=10)
    p.add(Box(15, 9, 181, 13, color=None, fill=WINE))
    p.at(19, 18, "LUMINOUS CREDIT", size=13, font="sans-bold", color=WHITE)
    p.at(192, 18, "ルミナスクレジット", size=11, font="sans-bold", align="r", color=WHITE)
    window(p, 15, 27, "460-0000", ["愛知県名古屋市中区にしき通九丁目9番9号", "パークサイド錦 801"], "甘粕　美奈　様", "j06",
           w=90, h=38, code="LC 0602 B 1144")
    stamp(p, 118, 27, "重要", color=WINE, size=11, fill=WINE)
    p.at(196, 31, f"発行日　{issued.year}年{issued.month}月{issued.day}日", size=9, align="r")
    p.at(196, 37, "会員番号　4410-22＊＊-＊＊＊＊-8693", size=8.5, align="r")
    p.at(196, 42, "お客様番号　LC-4410-2286-93", size=8.5, align="r")
    p.at(118, 50, "株式会社ルミナスクレジット", size=11, font="sans-bold")
    p.at(118, 55, "債権管理部　特別管理課", size=8.5)
    p.at(118, 60, "ＴＥＬ 052-000-4410（自動音声：ガイダンス番号３）", size=8.5)
    p.y = 67
    p.title("カードご利用残高一括お支払いのご請求", size=13.5)
    p.para("お客様のカードご利用代金につきましては、再三のご請求にもかかわらずお支払いがなく、会員規約第21条に基づき、"
           "令和8年1月15日をもって期限の利益を喪失されました。つきましては、下記ご利用残高全額を、本状到着後10日以内"
           "に一括してお支払いくださいますようご請求いたします。", size=9)
    p.para("なお、カード会員資格は同日付で取消しとなっております。", size=9)
    p.gap(1)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["最終ご入金日", era(D(2025, 10, 27)), "期限の利益喪失日", era(acc)],
              ["ショッピング枠", "300,000円", "キャッシング枠", "100,000円"]], h=6.8, size=8.8)
    p.y = y + 3
    p.line(f"ご請求内訳（{era(issued)}現在）", size=10, font="sans-bold", color=WINE)
    p.table([["分割払い残高（元金）", f"{P1:,}円"], ["キャッシング残高（元金）", f"{P2:,}円"],
             ["元金合計", f"{P:,}円"], ["未払手数料", f"{I:,}円"],
             ["遅延損害金（年14.6％・365日日割）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]],
            [110, 60], x=20, aligns="lr", size=9.5, row_h=7.2, shade_col0=True)
    p.gap(2)
    for s in ("・遅延損害金は元金合計に対し期限の利益喪失日の翌日から本状発行日までの分です。以後も完済まで同率で発生します。",
              "・前回のご請求（令和7年12月8日付、ご請求額 58,120円）は本状により取り消し、本状のご請求に代えさせていただきます。",
              "・お支払いは下記の払込票または当社指定口座（あかね坂銀行 栄支店 当座 0044102）へお願いいたします。",
              "・お支払いがない場合は、法的措置に移行することがあります。ご相談はお早めに上記までお電話ください。"):
        p.para(s, x0=15, x1=196, size=7.8, indent="")
    qr(p, 176, p.y + 1, 17, "j06qr")
    p.at(140, p.y + 8, "スマホ決済・会員サイトはこちら→", size=7.5)
    slip(p, 236, account="00810-2-000441", payee="（株）ルミナスクレジット", amount=T, payer="甘粕　美奈",
         note=["お客様番号 LC-4410-2286-93", "カード残高一括"], title="払込取扱票",
         bank_line="コンビニエンスストアでは取り扱えません")
    tr = truth(document_type="collection_notice", sender="株式会社ルミナスクレジット", phone="052-000-4410",
               creditor="株式会社ルミナスクレジット", status="not_applicable", debtor="甘粕美奈", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=D(2025, 10, 27), reference="LC-4410-2286-93", input_kind="scan_png",
               template="proxy14_card_lump_relative_deadline_scan", received=D(2026, 2, 5))
    return dict(stem="j06", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (card company, lump sum, relative deadline)",
                unusual="card company letter, scanned: a wine-red band with a Latin brand and the katakana name; 重要 "
                        "filled tag; masked 会員番号 4410-22＊＊-… AND お客様番号 (the reference) top-right; deadline ONLY "
                        "relative 「本状到着後10日以内」 (payment_due null); grid with ショッピング枠 / キャッシング枠 "
                        "(distractors); shaded-label table with TWO principal lines and a 元金合計 subtotal, 未払手数料 "
                        "(→ interest), 遅延損害金 with the rate inside the label; 前回のご請求 58,120 (distractor); QR; "
                        "slip at the foot")


# ---------------------------------------------------------------------------------------------
# j07 joint 債権譲渡通知 (bank → アルファ債権回収, real, 第101号), 2 digital pages: p.1 notice with a 3-loan 明細 as
#     of the 譲渡日, p.2 よくあるご質問.  Informs only.


def j07():
    R = 14.0
    issued, asg = D(2026, 4, 6), D(2026, 3, 31)
    acc = D(2025, 12, 15)
    rows = [("HB-771-00428", "カードローン", 487_200, 14_655), ("HB-771-01936", "フリーローン", 1_125_000, 27_390),
            ("HB-771-02217", "マイカーローン", 652_800, 9_744)]
    Ls = [late(pr, R, acc + timedelta(1), asg) for _, _, pr, _ in rows]
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(Ls)
    T = P + I + L
    p = Page(font="serif", size=10, top=12)
    p.at(15, 17, "ALPHA SERVICER", size=9, font="sans-bold", color=NAVY)
    p.at(15, 22, "アルファ債権回収", size=13, font="sans-bold", color=NAVY)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22, "譲受債権番号　AL-2604-5527", size=9, align="r")
    window(p, 15, 27, "390-0000", ["長野県松本市ひばりが丘九丁目9番9号"], "忍足　俊之　様", "j07", w=88, h=32)
    stamp(p, 110, 27, "親展", size=11)
    stamp(p, 126, 27, "重要書類在中", size=9)
    p.add(Box(110, 39, 86, 42, 0.35))
    p.at(113, 44.5, "通知人（譲渡人）", size=8, font="sans")
    p.at(113, 50, "長野県松本市ほたか町九丁目9番9号", size=8)
    p.at(113, 55, "株式会社ひばりが丘銀行　取締役頭取　城之内　誠", size=9)
    p.add(Line(112, 58, 194, 58, 0.2))
    p.at(113, 62.5, "通知人（譲受人）", size=8, font="sans")
    p.at(113, 67.5, "東京都中央区しんかわ九丁目9番9号", size=8)
    p.at(113, 72.5, "アルファ債権回収株式会社　代表取締役　曽我部　亮", size=9)
    p.at(113, 77.5, "法務大臣許可番号　第101号", size=8.5)
    p.seal(190, 52, 10, "round", "ひばりが丘銀行|頭取/之印", angle=5, seed=14071)
    p.seal(190, 71, 10, "round", "アルファ債権回収|代表/取締役", angle=-4, seed=14072)
    p.y = 86
    p.title("債権譲渡及び譲受のご通知", size=14.5, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.5)
    p.para(f"さて、譲渡人株式会社ひばりが丘銀行は、貴殿に対して有する下記各債権（元金・利息・遅延損害金その他付随する一切"
           f"の権利を含みます。）を、{era(asg)}付で譲受人アルファ債権回収株式会社に譲渡いたしましたので、連名にてご通知"
           "申し上げます。今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。お支払方法につきましては、"
           "譲受人より改めてご案内いたします。", size=9.5)
    p.line("敬具", x=186, size=9.5)
    p.line("記", align="c", size=10)
    y = grid(p, 15, p.y, [28, 62, 30, 61],
             [["債権譲渡日", era(asg), "期限の利益喪失日", era(acc)],
              ["最終ご返済日", era(D(2025, 9, 26)), "お客様番号（譲渡人）", "7710-0428-55"]], h=6.8, size=9, vfont="serif")
    p.y = y + 3
    p.line(f"譲渡債権明細（{era(asg)}現在）", size=10, font="serif-bold")
    body = [["契約番号", "商品名", "元金", "利息", "遅延損害金", "合計"]]
    for (no, kind, pr, it), li in zip(rows, Ls, strict=True):
        body.append([no, kind, f"{pr:,}円", f"{it:,}円", f"{li:,}円", f"{pr + it + li:,}円"])
    body.append(["合計", "", f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"])
    p.table(body, [27, 30, 32, 26, 30, 36], x=15, header=True, aligns="llrrrr", size=9, row_h=7, font="serif")
    p.gap(1.5)
    p.para("※遅延損害金は、各元金に対し期限の利益喪失日の翌日から債権譲渡日まで年14.0％（年365日の日割計算）で計算して"
           "おります。債権譲渡日の翌日以降も同率にて発生いたします。", x0=15, x1=196, size=8, indent="")
    p.line("以上", x=186, size=9.5)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 20, 0.35, None, (0.95, 0.96, 1.0)))
    p.at(18, y + 6, "【お問い合わせ先】アルファ債権回収株式会社　お客様センター", size=9.5, font="sans-bold")
    p.at(18, y + 12, "フリーダイヤル 0120-000-101　受付時間 平日9:00～18:00", size=9.5, font="sans")
    p.at(18, y + 17.5, "※譲渡人（ひばりが丘銀行 ローンセンター 0263-00-7710）では本件のお問い合わせをお受けできません。", size=8,
         font="sans")
    p.y = 285
    p.line("1／2", align="c", size=8)
    q = Page(font="sans", size=9, top=14)
    q.line("アルファ債権回収株式会社", size=8, align="r")
    q.title("債権譲渡に関するよくあるご質問", size=13)
    faq(q, [("債権譲渡とは何ですか。", "債権者が持つお客様への請求権を、他の会社へ移すことです。お客様のご負担が増える"
             "ことはございません。"),
            ("今後、ひばりが丘銀行の口座から引き落とされますか。", "いいえ。譲渡日以降の自動引落しは停止されております。"),
            ("すぐに支払わなければなりませんか。", "本書は譲渡のご通知です。お支払方法は当社から別途ご案内いたしますが、"
             "その前にご相談いただくことも可能です。"),
            ("本当にアルファ債権回収からの通知か確かめたい。", "法務省ホームページの「債権回収会社一覧」で当社の許可番号と"
             "電話番号をご確認ください。")], x0=20, x1=190)
    q.gap(3)
    q.line("お支払いが困難な場合", size=11, font="sans-bold")
    q.para("収入の減少・ご病気等でお支払いが難しい場合も、まずはお客様センターへご連絡ください。", x0=20, x1=190, size=8.8)
    q.y = 285
    q.line("2／2", align="c", size=8)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-101", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社ひばりが丘銀行", debtor="忍足俊之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=D(2025, 9, 26),
               assignment=asg, reference="AL-2604-5527", input_kind="pdf_text_2page",
               template="proxy14_joint_assignment_three_loans_faq", received=D(2026, 4, 8))
    return dict(stem="j07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, bank → servicer, three loans, 2 pages)",
                unusual="joint 債権譲渡及び譲受のご通知, digital, serif: the two 通知人 (譲渡人 bank, 譲受人 real servicer ★ "
                        "「アルファ債権回収株式会社」 with 「法務大臣許可番号　第101号」) stacked in ONE box right of the address "
                        "window, a round seal each; logo 「ALPHA SERVICER / アルファ債権回収」; 譲受債権番号 top-right (the "
                        "reference) vs the bank's お客様番号（譲渡人） in the grid; THREE loans with 契約番号 and 合計 as of the "
                        "譲渡日; informs only (lump false, no payment date); the bank's own phone as a distractor; p.2 FAQ")


# ---------------------------------------------------------------------------------------------
# j08 株式会社住宅債権管理回収機構 (real, 第91号) — 受託のお知らせ 兼 ご請求 for a bank's housing loan (the bank stays
#     the creditor); iPhone HEIC photo.


def j08():
    R = 14.0
    issued, due = D(2026, 4, 15), D(2026, 5, 8)
    acc = D(2026, 2, 20)
    P, I = 16_284_000, 62_115
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=10)
    p.add(Box(15, 10, 8, 12, color=None, fill=(0.20, 0.45, 0.25)))
    p.at(26, 17, "住宅債権管理回収機構", size=13, font="sans-bold", color=(0.20, 0.45, 0.25))
    p.at(26, 21.5, "Housing Loan Servicer", size=7, color=GRAY)
    p.at(196, 16, f"{era(issued, True)}", size=10, align="r")
    window(p, 15, 26, "380-0000", ["長野県長野市みずかげ町九丁目9番9号"], "能勢　康介　様", "j08", w=92, h=32, size=10.5,
           name_size=14)
    stamp(p, 118, 26, "親展", color=RED, size=12)
    p.at(118, 42, "株式会社住宅債権管理回収機構", size=10.5, font="sans-bold")
    p.at(118, 47.5, "法務大臣許可番号　第91号", size=9)
    p.at(118, 52.5, "受託業務部　長野グループ", size=9)
    p.at(118, 58, "ＴＥＬ 026-000-9120（平日9時～17時）", size=10, font="sans-bold")
    p.y = 64
    p.title("債権管理回収業務受託のお知らせ 兼 ご請求書", size=13.5)
    p.para("当社は、株式会社みずかげ銀行（以下「委託元」といいます。）から、お客様と委託元との下記住宅ローン契約に基づく"
           "債権の管理及び回収業務の委託を令和8年4月1日付で受けました。債権者は引き続き委託元であり、当社は委託元のため"
           "にお支払いを受領いたします。", size=9.5)
    p.para("お客様は令和8年2月20日をもって期限の利益を喪失されておりますので、下記ご請求額を一括してお支払いください。",
           size=9.5)
    p.gap(1)
    y = grid(p, 15, p.y, [27, 63, 28, 63],
             [["お客様番号", "JH-0415-3320", "委託元", "株式会社みずかげ銀行"],
              ["ご契約番号", "MZ-2019-08841", "当初ご融資額", "22,800,000円"],
              ["最終ご入金日", era(D(2025, 11, 27)), "期限の利益喪失日", era(acc)]], h=7.5, size=9.5)
    p.y = y + 4
    p.line(f"ご請求明細（{era(issued)}現在）", size=11, font="sans-bold")
    p.table([["残元金", "未収利息", "遅延損害金", "ご請求額合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [45, 42, 42, 52], x=15, header=True, aligns="rrrr", size=11, row_h=9)
    p.gap(1)
    p.para("遅延損害金：残元金に対し喪失日の翌日から年14.0％（年365日日割計算）。未収利息：令和7年11月28日から喪失日まで。",
           x0=15, x1=196, size=8.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.0))
    p.at(19, y + 8.7, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 8.9, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(118, y + 8.7, "毎月のご返済額（参考）102,350円", size=9)
    p.y = y + 17
    p.para("お振込先：ながの中央銀行 本店営業部 普通 9120415 ｼﾞﾕｳﾀｸｻｲｹﾝｶﾝﾘｶｲｼﾕｳｷｺｳ(ｶ)ｼﾞﾕﾀｸｸﾞﾁ（振込手数料はお客様負担）",
           x0=15, x1=196, size=8.5, indent="")
    p.para("※委託元の「業務委託のご通知」を同封しております。委託元の窓口ではご入金を承ることができません。", x0=15, x1=196,
           size=8.5, indent="")
    p.para("※ご返済が難しい場合は、お支払期限までに当社へご相談ください。任意売却等のご相談も承ります。", x0=15, x1=196,
           size=8.5, indent="")
    qr(p, 174, 250, 20, "j08qr")
    p.at(15, 255, "ご返済相談は、右のコードからもお申込みいただけます。", size=9)
    p.at(15, 262, "当社の許可は法務省ウェブサイトの債権回収会社一覧でご確認いただけます。", size=8)
    tr = truth(document_type="assignment_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="026-000-9120", creditor="株式会社みずかげ銀行", status="licensed", original="株式会社みずかげ銀行",
               debtor="能勢康介", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=D(2025, 11, 27), assignment=None,
               reference="JH-0415-3320", input_kind="photo_heic", template="proxy14_servicer_entrusted_bank_heic",
               received=D(2026, 4, 17))
    return dict(stem="j08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.6, creases=2, glare=14, warm=0.35, fill=0.86),
                about="assignment_notice (servicer 受託 for a bank, with a demand)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; real servicer ★ 「株式会社住宅債権管理回収機構」 "
                        "(logo without 株式会社) with 「法務大臣許可番号　第91号」 sends a 受託のお知らせ 兼 ご請求書: the bank "
                        "stays the creditor (委託元), the 委託 date 4/1 is NOT an assignment (null); full-width era date; "
                        "grid with ご契約番号 and 当初ご融資額 22,800,000 (distractors); one-row table; heavy お支払期限 with "
                        "毎月のご返済額 102,350 (distractor) beside it; QR")


LETTERS = [j01, j02, j03, j04, j05, j06, j07, j08]
