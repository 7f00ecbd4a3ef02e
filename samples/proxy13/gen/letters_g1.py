"""Proxy set 13, letters g01–g08 ("small senders and plain house styles"): a 農協's 縦書き 内容証明 期限の利益喪失通知
on a 住宅ローン; a lawyer's ご通知 for a dental clinic's unpaid 自費診療 instalments; a regional 信販's 期限の利益喪失通知
兼 一括請求 (scanned); a medium consumer-finance company's 催告書 (phone photo); a sublease 管理会社's 家賃 督促 (HEIC);
a 信用組合's 期限の利益喪失 to a baker (個人事業主 with his 屋号) by fax; a 司法書士's 縦書き 請求書 for a private
lender; a real servicer's claim for the rest after a 競売 with a 配当 statement (scanned, 2 pages)."""

from __future__ import annotations

from datetime import date as D

from common import Page, late, seal_after, truth, vsafe, wd

from samples.letters.fmt import fullwidth, kanji_number, kanji_small
from samples.letters.layout import PT_MM, Line, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
SHADE = (0.90, 0.90, 0.90)
PALE = (0.96, 0.96, 0.96)


def y(n: int) -> str:
    return f"{n:,}円"


def kj(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def ks(d: D) -> str:
    """令和七年十一月二十八日 (kansuji, for 縦書き)."""
    return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def rw(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def rsp(d: D) -> str:
    """令和 8 年 1 月 9 日: the spaced style of small offices' word processors."""
    return f"令和 {d.year - 2018} 年 {d.month} 月 {d.day} 日"


def rwd(d: D) -> str:
    return f"{rsp(d)}（{wd(d)}）"


def _seal_on(pg, prefix: str, kind: str, text: str, seed: int, dx=0.0, dy=-5.0, size=10.0, angle=0.0):
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith(prefix):
            pg.items.append(Seal(it.x + dx, seal_after(it, it.size, 2.0) + dy, size, kind, text, angle=angle, seed=seed))
            return
    raise AssertionError(prefix)


def _block(p: Page, x: float, lines: list[tuple[str, float]], big: float, bold: str) -> float:
    """A sender block at x; returns the vertical centre of the line set at size `big` (for the seal over the name)."""
    yc = p.y
    for s, sz in lines:
        if sz == big:
            yc = p.y + sz * PT_MM * 0.6
        p.line(s, x=x, size=sz, font=bold if sz == big else None)
    return yc


def _amount_table(p: Page, rows: list[tuple[str, str, str]], x: float, widths=(48, 38, 76), size=10.0, bold_last=True):
    """A ruled table with a shaded 項目 / 金額 / 摘要 header; the last row is the total."""
    data = [["項目", "金額", "摘要"]] + [list(r) for r in rows]
    top = p.y
    p.table(data, list(widths), x=x, size=size, row_h=8.0, aligns="lrl", header=True, font=p.font)
    if bold_last:
        p.add(Line(x, p.y - 8.0, x + sum(widths), p.y - 8.0, 0.7))
    return top


# ---------------------------------------------------------------------------------------------
# g01 農協 住宅ローン 期限の利益喪失通知書, 縦書き 内容証明 (digital): no phone, no reference number.


def g01():
    R = 14.0
    P, INT = 19_432_518, 71_236
    issued = D(2025, 11, 28)
    due = D(2025, 12, 19)
    L = late(P, R, D(2025, 11, 1), issued)
    T = P + INT + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、平成二十八年五月十三日、当組合との間で、金二千八百万円を借り受ける旨の金銭消費貸借契約（住宅ローン、"
                 "毎月二十六日払い）を締結されました。"),
        ("body", "しかしながら、貴殿は令和七年六月二十六日のご返済を最後にその後のご返済を怠られたため、当組合は、令和七年十月"
                 "十日付け催告書をもって、同月三十一日までに延滞額をお支払い下さるよう催告いたしましたが、期限までにお支払い"
                 "がありませんでした。"),
        ("body", "よって、貴殿は、約定に基づき、令和七年十月三十一日の経過をもって期限の利益を喪失されましたので、本書をもって"
                 "ご通知いたします。"),
        ("body", f"つきましては、左記の金員を{ks(due)}限り、当組合本所窓口へご持参いただくか、左記口座へお振込みのうえ、"
                 "一括してお支払い下さい。"),
        ("indent", "記"),
        ("indent", f"一、残元金　　　　{kj(P)}"),
        ("indent", f"二、未払利息　　　{kj(INT)}"),
        ("indent", f"三、遅延損害金　　{kj(L)}"),
        ("plain", "　　　（残元金に対する令和七年十一月一日から同月二十八日まで年十四パーセントの割合）"),
        ("indent", f"四、合計　　　　　{kj(T)}"),
        ("body", "なお、令和七年十一月二十九日以降も、完済に至るまで、残元金に対し年十四パーセント（年三百六十五日の日割計算）の"
                 "割合による遅延損害金が発生いたします。期限までにお支払いのない場合は、本件土地建物に設定された抵当権に基づき、"
                 "担保不動産競売の申立てその他の法的手続をとらせていただきますので、念のため申し添えます。"),
        ("low", "振込先　しらさぎ平農業協同組合　本所　普通貯金　〇四一二七七三"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", ks(issued)),
        ("low", "〒九一六－〇〇〇〇　福井県鯖江市しらさぎ平町九丁目九番九号"),
        ("low", "しらさぎ平農業協同組合"),
        ("low", "代表理事組合長　鵜飼　重信"),
        ("blank", ""),
        ("low", "〒九一六－〇〇〇〇　福井県鯖江市ほたる野二丁目九番地九"),
        ("low", "猪股　康弘　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "代表理事組合長", "square", "しらさぎ平農業協同組合長之印", 13011, dy=3.0, size=12)
    pg.items.append(post_office_stamp(pg, 13012))
    tr = truth(document_type="acceleration_notice", sender="しらさぎ平農業協同組合", phone=None,
               creditor="しらさぎ平農業協同組合", status="not_applicable", debtor="猪股康弘", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=D(2025, 10, 31), last_payment=D(2025, 6, 26), reference=None, input_kind="vertical_pdf",
               template="proxy13_vertical_naiyou_ja_housing_loan", received=D(2025, 12, 1))
    return dict(stem="g01", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (縦書き 内容証明, 農協 住宅ローン)",
                unusual="a 農業協同組合's 縦書き 期限の利益喪失通知書 on a 住宅ローン (digital, 郵便認証司 stamp, square 組合長印): "
                        "平成二十八年 contract of 金二千八百万円 (distractor), the 催告 date 十月十日 and its deadline, then "
                        "「令和七年十月三十一日の経過をもって」; 記 with positional kanji amounts 残元金 / 未払利息 / 遅延損害金 / "
                        "合計, the window on its own column; 年十四パーセント; 令和七年十二月十九日限り; 競売 threat; a 普通貯金 "
                        "account in kanji digits; NO phone and NO reference number anywhere (both null)")


# ---------------------------------------------------------------------------------------------
# g02 a lawyer's ご通知 for a dental clinic (自費診療 instalments), digital, one page.


def g02():
    R = 3.0
    P = 35_750 * 14
    issued, due = D(2025, 10, 17), D(2025, 10, 31)
    L = late(P, R, D(2024, 10, 1), issued)
    T = P + L
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.line(rsp(issued), align="r")
    p.gap(2)
    p.line("〒329-0000　栃木県那須塩原市くろいそ町九丁目9番9号", size=10)
    p.line("栃　尾　　美奈子　様", size=13)
    p.gap(3)
    x = 118
    for s, sz in [("〒325-0000　栃木県那須郡さくら坂町9番9号", 9), ("さくら坂ビル２階", 9),
                  ("相楽法律事務所", 12), ("弁護士　相　楽　　周　平", 11),
                  ("TEL 0287-00-4415　FAX 0287-00-4416", 9), ("（担当事務員　久米）", 9)]:
        p.line(s, x=x, size=sz, font="serif-bold" if sz == 12 else None)
    p.seal(176, p.y - 17, 11, "square", "弁護士相楽周平之印", angle=-3, seed=13021)
    p.gap(4)
    p.title("ご　通　知", size=17)
    p.para("冠省　当職は、医療法人社団おおるり会（おおるり歯科クリニック。以下「通知人」といいます。）の代理人として、"
           "貴殿に対し、下記のとおりご通知いたします。")
    p.para("貴殿は、令和5年9月8日、通知人との間でインプラント治療（自費診療）に係る診療契約を締結され、治療費総額858,000円を"
           "24回の分割（令和5年10月から毎月末日限り、月額35,750円）にてお支払いいただくことを約されました。")
    p.para("しかしながら、貴殿は、令和6年7月31日のお支払いを最後にその後のお支払いをされておらず、上記分割払いの約定により、"
           "令和6年9月30日の経過をもって期限の利益を喪失されております。")
    p.para(f"つきましては、下記金員を、{rwd(due)}までに、下記口座へ一括してお振込み下さい。期限までにお支払い又はご連絡の"
           "ない場合は、やむを得ず法的手続に移行いたしますので、予めご承知おき下さい。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    _amount_table(p, [("治療費残額", y(P), "35,750円×14回分"),
                      ("遅延損害金", y(L), "令和6年10月1日から令和7年10月17日まで、年3％"),
                      ("合計", y(T), "")], x=24, widths=(40, 36, 90))
    p.gap(4)
    p.kv([("お支払期限", rwd(due)),
          ("お振込先", "とちの木銀行　那須さくら坂支店　普通預金　0738215"),
          ("", "口座名義　ソウラクホウリツジムシヨ　アズカリキン"),
          ("当方整理番号", "R7-相-0388")], x=24, label_w=30, size=10)
    p.gap(3)
    p.para("※振込手数料は貴殿のご負担となります。本書と行き違いにお支払いいただいている場合は、何卒ご容赦下さい。"
           "分割でのお支払いをご希望の場合も、期限までに至急ご連絡下さい。なお、本件に関するご連絡は、通知人ではなく"
           "当職宛にお願いいたします。", size=9.5, indent="")
    p.gap(2)
    p.line("草々", align="r")
    assert p.y < 285, p.y
    tr = truth(document_type="collection_notice", sender="相楽法律事務所", phone="0287-00-4415",
               creditor="医療法人社団おおるり会", status="not_applicable", debtor="栃尾美奈子", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=D(2024, 9, 30),
               last_payment=D(2024, 7, 31), reference="R7-相-0388", input_kind="pdf_text",
               template="proxy13_lawyer_dental_clinic_instalments", received=D(2025, 10, 20))
    return dict(stem="g02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (lawyer for a dental clinic, 自費診療 instalments)",
                unusual="a one-lawyer office writes for a 医療法人社団 (its clinic name in brackets) about unpaid インプラント "
                        "fees: spaced era date 「令和 7 年 10 月 17 日」 top right, the lawyer block right with TEL/FAX on one "
                        "line and 担当事務員; 治療費総額 858,000 and 24 × 35,750 as distractors; 「令和6年9月30日の経過をもって"
                        "期限の利益を喪失」; 項目/金額/摘要 table 治療費残額 / 遅延損害金 at the 法定利率 年3％ / 合計; "
                        "reference 当方整理番号 R7-相-0388 with a kanji inside; 冠省 … 草々")


# ---------------------------------------------------------------------------------------------
# g03 regional 信販 期限の利益喪失通知 兼 残債務一括請求書 (個品割賦), scanned.


def g03():
    R = 6.0
    P, FEE = 278_600, 9_870
    issued, due = D(2026, 1, 9), D(2026, 1, 23)
    L = late(P, R, D(2025, 12, 13), issued)
    T = P + FEE + L
    p = Page(font="sans", size=10, top=14, left=20, right=20)
    p.line(rsp(issued), align="r")
    p.line("お客様番号　TM-08-441927", align="r", size=9.5)
    p.gap(1)
    p.line("〒781-0000", size=9.5)
    p.line("高知県南国市ひよし台九丁目9番9号", size=9.5)
    p.line("夏目　隆之　様", size=13)
    p.gap(5)
    p.title("期限の利益喪失通知 兼 残債務一括請求書", size=15)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para("さて、下記ご契約のお支払いにつきましては、令和7年11月28日付「催告書」にて、同年12月12日までに延滞分をお支払い"
           "下さるようお願いいたしましたが、本日に至るまでご入金を確認できておりません。")
    p.para("つきましては、ご契約の約款に基づき、令和 7 年 12 月 12 日の経過をもって期限の利益を喪失されましたので、ご通知"
           "いたしますとともに、下記残債務を一括してお支払い下さるようご請求いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("ご契約日", "令和 5 年 7 月 15 日　　（ご契約番号 2023-0715-883）"),
          ("お取扱店", "家具のくるみ沢　本店"),
          ("商品名", "ダイニングセット・ソファ"),
          ("割賦販売価格", "438,480円（36回払い　月々12,180円）"),
          ("最終お支払日", "令和 7 年 8 月 27 日"),
          ("期限の利益喪失日", "令和 7 年 12 月 12 日")], x=26, label_w=36, size=9.5)
    p.gap(2)
    _amount_table(p, [("残元金", y(P), ""), ("未払手数料", y(FEE), "分割払手数料"),
                      ("遅延損害金", y(L), "R7.12.13～R8.1.9　年6.0％"), ("ご請求金額合計", y(T), "")],
                  x=26, widths=(46, 40, 72))
    p.gap(4)
    yy = p.y
    p.box(26, yy, 158, 13, width=0.8)
    p.at(105, yy + 8.6, f"お支払期限　　{rwd(due)}", size=12.5, font="sans-bold", align="c")
    p.y = yy + 17
    p.kv([("お振込先", "くろしお銀行　南国支店　普通預金　1184032　カ）トサミズキシンパン"),
          ("ご注意", "期限までにお支払い又はご連絡のない場合は、法的手続（支払督促等）に移行することがございます。"
                   "本状と行き違いにお支払い済みの場合はご容赦下さい。")], x=26, label_w=22, size=9)
    p.gap(5)
    yc = _block(p, 112, [("〒780-0000　高知県高知市はりまや北町9番9号", 8.5), ("株式会社とさみずき信販", 12),
                         ("債権管理課　　担当　蒔田", 9.5), ("TEL 088-000-4172　／　FAX 088-000-4173", 9.5),
                         ("受付時間　平日 9：00～17：00", 8.5)], 12, "sans-bold")
    p.seal(160, yc, 13, "square", "株式会社とさみずき信販之印", angle=2, seed=13031)
    assert p.y < 285, p.y
    tr = truth(document_type="acceleration_notice", sender="株式会社とさみずき信販", phone="088-000-4172",
               creditor="株式会社とさみずき信販", status="not_applicable", debtor="夏目隆之", total=T, principal=P,
               interest=FEE, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=D(2025, 12, 12), last_payment=D(2025, 8, 27), reference="TM-08-441927",
               input_kind="scan_png", template="proxy13_regional_shinpan_acceleration_scan", received=D(2026, 1, 13))
    return dict(stem="g03", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.8,
                about="acceleration_notice (regional 信販, 個品割賦)",
                unusual="a Kōchi 信販's 期限の利益喪失通知 兼 残債務一括請求書, scanned: spaced era dates; the 催告書 date 11/28 and "
                        "its deadline 12/12 in the prose, then 「令和 7 年 12 月 12 日の経過をもって」; a kv list with the "
                        "ご契約番号 in brackets, the shop, 割賦販売価格 438,480 and 36 × 12,180 (distractors); 項目/金額/摘要 "
                        "table with 未払手数料 (→ interest) and a JIS window R7.12.13～R8.1.9 at 年6.0％; the due date in a "
                        "heavy frame; TEL／FAX on one line with 担当; square seal over the company name")


# ---------------------------------------------------------------------------------------------
# g04 a medium consumer-finance company's 催告書 (card loan), phone photo: 貸金業登録番号 as a distractor.


def g04():
    R = 20.0
    P, INT = 412_806, 6_108
    issued, due = D(2026, 2, 20), D(2026, 3, 6)
    L = late(P, R, D(2025, 12, 28), issued)
    T = P + INT + L
    p = Page(font="sans", size=10, top=14, left=20, right=20)
    p.add(Line(20, 12, 190, 12, 1.2))
    p.at(20, 20, "株式会社あかねファイナンス", size=13, font="sans-bold")
    p.at(190, 19, rsp(issued), size=10, align="r")
    p.y = 26
    p.line("〒656-0000　兵庫県洲本市しおさい町九丁目9番9号　コーポ潮見１０５", size=9.5)
    p.line("鶴岡　健吾　様", size=13)
    p.gap(6)
    p.title("催　告　書", size=18)
    p.para("拝啓　貴殿にご利用いただいておりますカードローン契約につきまして、再三にわたりお支払いのご案内をいたしましたが、"
           "現在までご入金もご連絡もいただけておりません。")
    p.para("貴殿は、約定のご返済を怠られたため、令和7年12月27日をもって期限の利益を喪失されております。つきましては、下記"
           "ご請求金額を、お支払期限までに一括にてお支払い下さいますよう、本書をもって催告いたします。")
    p.para("期限までにお支払い又はご連絡のない場合には、誠に遺憾ながら、法的手続をとらせていただく場合がございます。至急"
           "ご連絡下さい。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    p.table([["お客様番号", "AK-0294-1187", "ご利用限度額", "500,000円"],
             ["最終ご入金日", rsp(D(2025, 10, 25)), "期限の利益喪失日", rsp(D(2025, 12, 27))]],
            [30, 55, 32, 53], x=20, size=9.5, row_h=8, aligns="llll", font="sans")
    p.gap(3)
    _amount_table(p, [("残元金", y(P), ""), ("利息", y(INT), "約定利率 年18.0％（喪失日まで）"),
                      ("遅延損害金", y(L), "令和7年12月28日～令和8年2月20日　年20.0％"),
                      ("ご請求金額", y(T), "")], x=20, widths=(40, 38, 92))
    p.gap(4)
    p.kv([("お支払期限", rwd(due)),
          ("お振込先", "あわじ信用金庫　洲本中央支店　普通　0460917"),
          ("", "口座名義　カ）アカネフアイナンス　（振込手数料はお客様のご負担となります）")],
         x=22, label_w=28, size=10)
    p.gap(4)
    p.add(Line(20, p.y, 190, p.y, 0.4))
    p.gap(2)
    yc = p.y + 2.5
    for s, sz in [("株式会社あかねファイナンス　管理部　担当　嶋津", 10.5),
                  ("〒650-0000　兵庫県神戸市中央区みなと元町九丁目9番9号", 9),
                  ("TEL 078-000-7715　FAX 078-000-7716　（受付　平日 9：30～18：00）", 9.5),
                  ("貸金業登録番号　近畿財務局長（４）第０１２３４号　　日本貸金業協会会員　第００５５１２号", 8.5)]:
        p.line(s, size=sz)
    p.seal(62, yc, 13, "square", "株式会社あかねファイナンス之印", angle=-2, seed=13041)
    assert p.y < 285, p.y
    tr = truth(document_type="collection_notice", sender="株式会社あかねファイナンス", phone="078-000-7715",
               creditor="株式会社あかねファイナンス", status="not_applicable", debtor="鶴岡健吾", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=D(2025, 12, 27), last_payment=D(2025, 10, 25), reference="AK-0294-1187",
               input_kind="photo_jpeg", template="proxy13_consumer_finance_saikoku_photo", received=D(2026, 2, 23))
    return dict(stem="g04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=2.2, creases=2, shadow=0.3, shadow_side="right", warm=0.3),
                about="collection_notice (consumer finance, card loan 催告書)",
                unusual="a medium 消費者金融's 催告書, phone photo on a wooden table with tri-fold creases and a hand shadow on "
                        "the right: the company name top-left over a heavy rule, spaced date top-right; a 2×4 grid with "
                        "お客様番号, ご利用限度額 500,000 (distractor), 最終ご入金日 and 期限の利益喪失日; 項目/金額/摘要 table "
                        "with 利息 at 18.0％ and 遅延損害金 at 20.0％; 貸金業登録番号 「近畿財務局長（４）第０１２３４号」 and "
                        "日本貸金業協会会員番号 in full-width digits at the foot (NOT a servicer licence → null)")


# ---------------------------------------------------------------------------------------------
# g05 sublease 管理会社's 家賃 督促状, iPhone HEIC: no interest, no rate, no acceleration.


def g05():
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    rent, kyo = 62_000, 3_000
    months = ["令和7年10月分", "令和7年11月分", "令和7年12月分"]
    T = (rent + kyo) * len(months)
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.line(f"発行日　{rsp(issued)}", align="r", size=10)
    p.line("管理番号　F-203-117", align="r", size=10)
    p.gap(1)
    p.line("ハイツふじだな　203号室", size=10)
    p.line("蕪木　拓也　様", size=13)
    p.gap(5)
    p.title("家賃お支払いのお願い（督促状）", size=15)
    p.para("いつも弊社管理物件をご利用いただき、ありがとうございます。")
    p.para("さて、貴殿にご入居いただいております下記物件の賃料等につきまして、本日現在、下記のとおりお支払いが確認できて"
           "おりません。ご多忙のことと存じますが、下記お支払期限までに、未払額の全額をお振込み下さいますようお願いいたします。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("物件名", "ハイツふじだな　203号室（静岡県富士市ふじだな町9番9号）"),
          ("貸主（転貸人）", "株式会社つるがや不動産管理"),
          ("月額賃料", f"{rent:,}円（共益費{kyo:,}円別）　毎月末日までに翌月分を前払い"),
          ("最終ご入金日", f"{rsp(D(2025, 8, 29))}（令和7年9月分）")], x=26, label_w=34, size=10)
    p.gap(2)
    rows = [["対象月", "賃料", "共益費", "小計"]]
    rows += [[m, y(rent), y(kyo), y(rent + kyo)] for m in months]
    rows += [["未払額合計", "", "", y(T)]]
    p.table(rows, [44, 36, 36, 42], x=26, size=10, row_h=8, aligns="lrrr", header=True, font="sans")
    p.add(Line(26, p.y - 8, 184, p.y - 8, 0.7))
    p.gap(4)
    yy = p.y
    p.box(26, yy, 158, 12, width=0.3, color=None, fill=SHADE)
    p.at(105, yy + 8, f"お支払期限　{rwd(due)}", size=12.5, font="sans-bold", align="c")
    p.y = yy + 16
    p.kv([("お振込先", "ふじの国銀行　吉原支店　普通預金　3306618"),
          ("口座名義", "カ）ツルガヤフドウサンカンリ")], x=26, label_w=26, size=10)
    p.gap(3)
    p.para("期限までにお支払い又はご連絡がない場合は、連帯保証人様へご請求させていただくとともに、賃貸借契約の解除の手続き"
           "に入らせていただくことがございます。お支払いが難しいご事情がおありの場合は、至急担当までご連絡下さい。"
           "本状と行き違いにお振込みいただいた場合は、悪しからずご容赦下さい。", size=9.5, indent="")
    p.gap(5)
    yc = _block(p, 108, [("〒417-0000　静岡県富士市つるがや本町9番9号", 8.5), ("株式会社つるがや不動産管理", 12),
                         ("賃貸管理課　担当　能勢", 9.5), ("TEL 0545-00-3318　FAX 0545-00-3319", 9.5)], 12, "sans-bold")
    p.seal(166, yc, 12, "square", "つるがや不動産管理之印", angle=3, seed=13051)
    assert p.y < 285, p.y
    tr = truth(document_type="collection_notice", sender="株式会社つるがや不動産管理", phone="0545-00-3318",
               creditor="株式会社つるがや不動産管理", status="not_applicable", debtor="蕪木拓也", total=T, principal=T,
               lump=False, issued=issued, payment_due=due, last_payment=D(2025, 8, 29), reference="F-203-117",
               input_kind="photo_heic", template="proxy13_sublease_rent_arrears_heic", received=D(2025, 12, 8))
    return dict(stem="g05", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.04, tilt=1.6, creases=2, glare=16, warm=0.2),
                about="collection_notice (管理会社 as 転貸人, rent arrears)",
                unusual="a sublease 管理会社's 家賃お支払いのお願い（督促状）, iPhone HEIC on a pale desk with creases and lamp "
                        "glare: 発行日 and 管理番号 flush right; the property line above the addressee; 貸主（転貸人） = the "
                        "管理会社 itself; 月額賃料 62,000 (共益費 3,000 別) as a distractor; a 4-column month table 対象月 / "
                        "賃料 / 共益費 / 小計 with 未払額合計 195,000; NO interest, NO damages, NO rate (null); no loan → no "
                        "acceleration, the tenancy goes on (lump false); threats of the guarantor and 契約解除")


# ---------------------------------------------------------------------------------------------
# g06 信用組合 期限の利益喪失のご通知 to a baker (個人事業主, 屋号 above his name), by fax.


def g06():
    R = 14.0
    P, INT = 2_846_300, 13_574
    issued, due = D(2026, 3, 13), D(2026, 3, 27)
    L = late(P, R, D(2026, 2, 28), issued)
    T = P + INT + L
    tel, fax = "0463-00-2290", "0463-00-2291"
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.line(rsp(issued), align="r")
    p.line("債権管理番号　NS-26-0031", align="r", size=9.5)
    p.gap(1)
    p.line("〒259-0000　神奈川県平塚市なぎさ野一丁目9番9号", size=10)
    p.line("のぞみ野ベーカリー", size=11)
    p.line("代表　源田　裕之　様", size=13)
    p.gap(2)
    yc = _block(p, 116, [("〒254-0000　神奈川県平塚市かもめ通9番9号", 8.5), ("なぎさ野信用組合", 12.5),
                         ("融資部　債権管理課　（担当　飛田）", 9), (f"TEL {tel}　FAX {fax}", 9)], 12.5, "serif-bold")
    p.seal(158, yc, 12, "square", "なぎさ野信用組合之印", angle=-2, seed=13061)
    p.gap(3)
    p.title("期限の利益喪失のご通知", size=16)
    p.para("拝啓　平素は当組合をご利用いただき、誠にありがとうございます。")
    p.para("さて、貴殿にご融資いたしました下記事業資金のご返済につきましては、令和8年2月10日付書面にて、延滞額を同月27日"
           "までにお支払い下さるよう催告いたしましたが、期限までにお支払いがございませんでした。")
    p.para("つきましては、当組合との銀行取引約定書第５条に基づき、令和 8 年 2 月 27 日の経過をもって、貴殿は本件借入金債務に"
           "ついて期限の利益を喪失されましたので、ご通知申し上げます。下記ご請求金額を、お支払期限までに一括してお支払い"
           "下さいますよう、お願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    p.table([["ご融資日", rsp(D(2022, 6, 15)), "ご融資金額", "5,000,000円"],
             ["約定返済額", "月額 72,000円", "約定利率", "年2.90％"],
             ["最終ご返済日", rsp(D(2025, 11, 17)), "貸付番号", "0341-226"]],
            [28, 56, 28, 56], x=22, size=9.5, row_h=7.5, aligns="llll", font="serif")
    p.gap(3)
    _amount_table(p, [("残元金", y(P), ""), ("未収利息", y(INT), "約定利率による"),
                      ("遅延損害金", y(L), f"{rw(D(2026, 2, 28))}～{rw(issued)}　年14.0％"),
                      ("ご請求金額", y(T), "")], x=22, widths=(40, 38, 88))
    p.gap(4)
    p.kv([("お支払期限", rwd(due)),
          ("お支払方法", "当組合本店窓口へご持参いただくか、貴殿名義の当組合普通預金口座（No.2207713）へご入金下さい。")],
         x=24, label_w=28, size=10)
    p.gap(2)
    p.para("なお、期限までにお支払いのない場合は、担保・保証の実行その他の法的手続に移らせていただきます。ご不明な点は、"
           "至急上記担当までご連絡下さい。", size=9.5, indent="　")
    p.line("以上", align="r")
    assert p.y < 285, p.y
    tr = truth(document_type="acceleration_notice", sender="なぎさ野信用組合", phone=tel, creditor="なぎさ野信用組合",
               status="not_applicable", debtor="源田裕之", total=T, principal=P, interest=INT, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=D(2026, 2, 27), last_payment=D(2025, 11, 17),
               reference="NS-26-0031", input_kind="fax_tiff", template="proxy13_credit_union_bakery_acceleration_fax",
               received=issued)
    return dict(stem="g06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"R8/03/13 16:21 NAGISANO SHINKUMI {fax}",
                about="acceleration_notice (信用組合, business loan to a 個人事業主)",
                unusual="a 信用組合's 期限の利益喪失のご通知 by one-page fax to a baker: the 屋号 「のぞみ野ベーカリー」 on its own line "
                        "above 「代表　源田　裕之　様」; 債権管理番号 top right under the spaced date; the 催告 date 2/10 and "
                        "its deadline; 「令和 8 年 2 月 27 日の経過をもって」; a 3×4 grid of distractors (ご融資金額 5,000,000, "
                        "月額 72,000, 年2.90％, 貸付番号 0341-226 and the debtor's own 預金口座 number further down); "
                        "項目/金額/摘要 table; TEL and FAX on one line, the fax header shows the FAX")


# ---------------------------------------------------------------------------------------------
# g07 a 司法書士's 縦書き 請求書 for a private lender (個人間の貸金), scanned: no reference number.


def g07():
    R = 3.0
    P = 780_000
    issued, due = D(2026, 4, 10), D(2026, 4, 30)
    L = late(P, R, D(2026, 1, 1), issued)
    T = P + L
    cols = [
        ("title", "請求書"),
        ("body", "前略　当職は、通知人甘利正子（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、次のとおり"
                 "ご請求いたします。"),
        ("body", "通知人は、令和五年三月二十日、貴殿に対し、金一百二十万円を、返済期限を令和七年十二月三十一日と定めて貸し付け"
                 "ました。貴殿は、その後、一部の返済をされましたが、令和七年六月三十日の返済を最後にその後の返済をされず、"
                 "返済期限を過ぎた現在も、残金をお支払いいただいておりません。"),
        ("body", f"つきましては、貸金残金{kj(P)}及びこれに対する令和八年一月一日から本日まで年三パーセント（民法所定の法定利率）"
                 f"の割合による遅延損害金{kj(L)}の合計{kj(T)}を、{ks(due)}限り、左記口座へお振込みのうえ、全額お支払い"
                 "下さい。"),
        ("body", "期限までにお支払いのない場合は、誠に遺憾ながら、簡易裁判所への訴えの提起その他の法的手続をとらせていただき"
                 "ますので、念のため申し添えます。"),
        ("low", "振込先　いずも中央銀行　松江駅前支店　普通預金　〇三九一一四六"),
        ("low", "口座名義　アマリ　マサコ"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", ks(issued)),
        ("low", "島根県松江市ほりかわ町九丁目九番九号"),
        ("low", "通知人　甘利　正子"),
        ("low", "島根県松江市うおまち九番九号　曽我司法書士事務所"),
        ("low", "電話　〇八五二（〇〇）六一七三"),
        ("low", "右通知人代理人　司法書士　曽我　英明"),
        ("blank", ""),
        ("low", "島根県出雲市ひかわ台九丁目九番九号"),
        ("low", "舘野　和也　殿"),
    ]
    size = 11.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=7.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "右通知人代理人", "maru", "曽我", 13071, dy=3.0, size=9)
    tr = truth(document_type="collection_notice", sender="曽我司法書士事務所", phone="0852-00-6173", creditor="甘利正子",
               status="not_applicable", debtor="舘野和也", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, last_payment=D(2025, 6, 30), reference=None, input_kind="vertical_scan",
               template="proxy13_vertical_shihoshoshi_private_lender", received=D(2026, 4, 13))
    return dict(stem="g07", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="collection_notice (縦書き, 司法書士 for a private lender)",
                unusual="縦書き 請求書 (前略 … 草々) from a 司法書士 acting for a PRIVATE INDIVIDUAL who lent money to the "
                        "addressee, scanned: the 貸付 of 金一百二十万円 and the 返済期限 令和七年十二月三十一日 (distractors); "
                        "no 期限の利益 at all (acceleration null); the claim only in prose — 貸金残金 金七十八万円 + 法定利率 "
                        "年三パーセント damages = 合計 — no 記; 令和八年四月三十日限り; the creditor (通知人) and her agent "
                        "both sign at the end, the phone in kanji digits with a 4-digit area code; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# g08 real servicer アルファ債権回収 (第101号): the rest after a 競売, 2-page scan with a 配当金充当明細.


def g08():
    R = 14.0
    P = 6_184_230
    issued, due = D(2026, 5, 22), D(2026, 6, 12)
    L = late(P, R, D(2026, 3, 25), issued)
    T = P + L
    tel = "03-0000-6541"
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.line(rsp(issued), align="r")
    p.line("債権番号　AL-5520-0917", align="r", size=9.5)
    p.gap(1)
    p.line("〒740-0000　山口県岩国市もみじ谷町九丁目9番9号", size=10)
    p.line("加賀谷　宏明　様", size=13)
    p.gap(2)
    x = 114
    for s, sz in [("アルファ債権回収株式会社", 12), ("法務大臣許可番号　第101号", 8.5),
                  ("〒105-0000　東京都港区しばうら台九丁目9番9号", 8.5), ("管理第二部　担当　垣内", 9.5),
                  (f"TEL {tel}　FAX 03-0000-6542", 9.5)]:
        p.line(s, x=x, size=sz, font="sans-bold" if sz == 12 else None)
    p.seal(178, p.y - 20, 13, "square", "アルファ債権回収株式会社之印", angle=2, seed=13081)
    p.gap(4)
    p.title("残債務のお支払いについて（ご請求）", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para("当社が令和6年9月30日に株式会社もみじ谷銀行から譲り受けました貴殿に対する住宅ローン債権につきましては、担保"
           "不動産競売事件において令和8年3月24日に配当を受け、別紙「配当金充当明細」のとおり充当いたしました。")
    p.para("しかしながら、配当金充当後もなお下記の残債務がございますので、お支払期限までに一括してお支払い下さいますよう"
           "ご請求申し上げます。一括でのお支払いが困難な場合は、期限までに必ず担当者までご連絡下さい。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    _amount_table(p, [("残元金（配当充当後）", y(P), ""),
                      ("遅延損害金", y(L), "令和8年3月25日～令和8年5月22日　年14.0％"),
                      ("ご請求金額合計", y(T), "")], x=22, widths=(50, 40, 76))
    p.gap(4)
    p.kv([("お支払期限", rwd(due)),
          ("お振込先", "かなで銀行　本店営業部　普通預金　7720154"),
          ("口座名義", "アルファサイケンカイシュウ（カ"),
          ("ご注意", "令和8年5月23日以降も、残元金に対し年14.0％の割合による遅延損害金が日々発生いたします。お振込みの際は、"
                   "ご依頼人名の前に債権番号をご入力下さい。")], x=24, label_w=26, size=9.5)
    p.gap(2)
    p.line("以上", align="r")
    p.at(105, 289, "（1／2）", size=9, align="c")
    assert p.y < 285, p.y
    q = Page(font="sans", size=10, top=18, left=22, right=22)
    q.line("別紙", size=10)
    q.title("配当金充当明細", size=14)
    q.line("債権番号　AL-5520-0917　　　債務者　加賀谷　宏明　様", size=9.5)
    q.gap(2)
    q.table([["事件番号", "山口地方裁判所岩国支部　令和6年(ケ)第118号　担保不動産競売事件"],
             ["配当期日", rsp(D(2026, 3, 24))],
             ["配当額", "13,205,000円"],
             ["原債権者", "株式会社もみじ谷銀行"],
             ["当初ご融資日", "平成 26 年 8 月 29 日"],
             ["当初ご融資額", "24,000,000円（住宅ローン）"],
             ["最終ご返済日", rsp(D(2024, 1, 26))],
             ["期限の利益喪失日", rsp(D(2024, 5, 20))],
             ["債権譲受日", rsp(D(2024, 9, 30))]],
            [40, 126], x=22, size=9.5, row_h=8, aligns="ll", shade_col0=True, font="sans")
    q.gap(5)
    q.line("充当の内訳（単位：円）", size=10, font="sans-bold")
    q.gap(1)
    rows = [["項目", "配当前残高", "充当額", "充当後残高"],
            ["手続費用", "318,400", "318,400", "0"],
            ["遅延損害金", "2,035,116", "2,035,116", "0"],
            ["未収利息", "41,870", "41,870", "0"],
            ["元金", "16,993,844", "10,809,614", f"{P:,}"],
            ["合計", "19,389,230", "13,205,000", f"{P:,}"]]
    assert 318_400 + 2_035_116 + 41_870 + 10_809_614 == 13_205_000
    assert 10_809_614 + P == 16_993_844
    assert 318_400 + 2_035_116 + 41_870 + 16_993_844 == 19_389_230
    q.table(rows, [42, 42, 42, 40], x=22, size=10, row_h=8.5, aligns="lrrr", header=True, font="sans")
    q.gap(4)
    q.para("※配当金は、当社の債権に対し、手続費用、遅延損害金、未収利息、元金の順に充当いたしました。遅延損害金は配当期日"
           "までの計算です。", size=9, indent="")
    q.at(105, 289, "（2／2）", size=9, align="c")
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101, phone=tel,
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社もみじ谷銀行", debtor="加賀谷宏明",
               total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=D(2024, 5, 20), last_payment=D(2024, 1, 26), assignment=D(2024, 9, 30),
               reference="AL-5520-0917", input_kind="pdf_scan", template="proxy13_servicer_after_auction_two_pages",
               received=D(2026, 5, 25))
    return dict(stem="g08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, rest after 競売)",
                unusual="real servicer アルファ債権回収株式会社 ★ (「法務大臣許可番号　第101号」 under its name) claims the rest "
                        "of a 住宅ローン after a 担保不動産競売, a 2-page image-only PDF: p.1 the sender block right under the "
                        "addressee, 残元金（配当充当後） / 遅延損害金 / ご請求金額合計 in a 項目/金額/摘要 table; p.2 別紙 配当金"
                        "充当明細 as a shaded-label grid (the (ケ) case of a 支部, 配当額 13,205,000, 平成26年 当初ご融資額 "
                        "24,000,000 — distractors; 最終ご返済日, 期限の利益喪失日, 債権譲受日) and a 4-column 充当 table in "
                        "(単位：円) whose 充当後残高 of 元金 is the principal")


LETTERS = [g01, g02, g03, g04, g05, g06, g07, g08]
