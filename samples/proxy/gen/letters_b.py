"""Proxy letters h08–h14 (scam postcard, law office, auction fax, vertical, entrusted arrears, 仮執行宣言)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import (
    GRAY,
    PT_MM,
    RED,
    Box,
    Line,
    Page,
    Seal,
    VText,
    post_office_stamp,
    vertical_page,
)


def _seal_after(it, size, gap=7.0):
    """y of a seal centre just below the end of a vertical column."""
    return it.y + len(it.s) * it.size * PT_MM * it.pitch + gap

# ---------------------------------------------------------------------------------------------
# h08 架空請求 postcard from a fake "servicer" company printing a bogus 法務大臣許可番号; 080 number, gift-card
#     payment, お支払期限, no date, no creditor named.


def h08():
    p = Page(w=100, h=148, left=8, right=8, top=8, font="sans", size=7.5, leading=1.5)
    p.line("〒399-0000 長野県松本市しらかば台九丁目9-9", size=7)
    p.line("宮坂　紀子　様", size=10)
    p.gap(1)
    p.rule(width=0.5)
    p.gap(1)
    p.line("未納料金に関する最終通告書", align="c", size=11.5, font="sans-bold", color=RED)
    p.line("整理番号　ふ７０２", align="r", size=7.5)
    p.para("貴殿がご利用になられた有料動画配信サイトの未納料金につきまして、運営会社より当社が債権の譲渡を受けて"
           "おります。再三のご通知にもかかわらずご連絡をいただけないため、本書をもって最終通告といたします。",
           size=7.5)
    p.gap(1)
    p.line("ご請求金額　金198,000円", size=9.5, font="sans-bold")
    p.line("（未納料金・延滞金・調査費用を含む）", size=6.5)
    p.line("お支払期限　令和7年12月8日", size=9.5, font="sans-bold", color=RED)
    p.gap(1)
    p.para("期限までにご連絡なき場合は、法的手続に移行し、ご勤務先への訪問並びに給与・預貯金・不動産の差押えを"
           "執行いたします。お支払いは当社指定の電子マネー（ギフトカード）にて承ります。ご家族に知られたくない方は、"
           "必ずご本人様よりお電話ください。", size=7)
    p.gap(2)
    p.rule()
    p.gap(1)
    p.line("株式会社日本総合債権保全センター", size=8.5, font="sans-bold")
    p.line("法務大臣許可番号　第３２１号", size=7)
    p.line("東京都千代田区霞が関（詳細は電話にてご案内）", size=6.5)
    p.line("担当者直通　080-0000-5127", size=8.5, font="sans-bold")
    p.line("受付時間　平日9時～20時（土日も対応）", size=6.5)
    tr = truth(document_type="other", sender="株式会社日本総合債権保全センター", license_number=321,
               phone="080-0000-5127", creditor=None, status="not_licensed", debtor="宮坂紀子", total=198_000,
               payment_due=D(2025, 12, 8), reference="ふ702", is_scam=True, input_kind="photo_jpeg",
               template="proxy_scam_fake_servicer_postcard", received=None)
    return dict(stem="h08_scam_fake_servicer_postcard_photo_jpeg", ext="jpg", kind="photo_jpeg", pages=[p.spec],
                truth=tr, about="other (scam)", postcard=True,
                unusual="架空請求 postcard from an invented 'servicer' 株式会社日本総合債権保全センター printing a bogus "
                        "法務大臣許可番号 第３２１号 (kept as printed; not_licensed); 080 mobile, gift-card payment, "
                        "動画サイト未納料金, full-width hiragana 整理番号 ふ７０２, お支払期限 printed, no letter date")


# ---------------------------------------------------------------------------------------------
# h09 弁護士法人 demand for a lender client, prose only, 大字 amounts, kansuji dates, 限り deadline.


def h09():
    P, INT, R = 387_600, 12_400, 20.0
    L = late(P, R, D(2025, 7, 1), D(2025, 12, 22))
    T = P + INT + L
    dj = lambda n: "金" + kanji_number(n, daiji=True) + "円"  # noqa: E731
    p = Page(font="serif", size=10.5, leading=1.7)
    p.line("令和七年十二月二十二日", align="r")
    p.gap(2)
    p.line("〒273-0000　千葉県船橋市あさひ野九丁目9番9号")
    p.line("吉村　直人　殿", size=12.5)
    p.gap(2)
    x = 108
    p.line("〒101-0000　東京都千代田区神田しらかば町九丁目9番地", x=x, size=8.5)
    p.line("弁護士法人しらかば綜合法律事務所", x=x, size=11, font="serif-bold")
    p.line("株式会社トキワ・キャピタル代理人", x=x, size=9)
    p.line("弁護士　早川　聡一郎　　弁護士　門脇　結衣", x=x, size=9)
    p.line("TEL 03-0000-6620　FAX 03-0000-6621", x=x, size=9)
    p.seal(186, p.y - 14, 13, "square", "弁護士法人之印", angle=4, seed=909)
    p.gap(4)
    p.title("ご　通　知（請求書）", size=15, font="serif-bold")
    p.para("冠省　当職らは、株式会社トキワ・キャピタル（以下「通知人」といいます。）から依頼を受け、通知人の代理人として、"
           "貴殿に対し、以下のとおりご通知いたします。")
    p.para("一　通知人は、貴殿に対し、平成三十年十月五日付金銭消費貸借契約に基づく貸金債権を有しております。貴殿は約定の"
           "返済を怠ったため、令和七年六月三十日の経過により期限の利益を喪失しました。", indent="")
    p.para(f"二　本日現在の貴殿の債務額は、残元金{dj(P)}、未払利息{dj(INT)}、遅延損害金{dj(L)}（令和七年七月一日から"
           f"同年十二月二十二日まで年二〇パーセントの割合により計算）、以上合計{dj(T)}です。", indent="")
    p.para("三　つきましては、上記合計金額を令和八年一月九日限り、下記口座宛に一括してお振り込みください。同日までに"
           "お支払い又はご連絡がない場合には、訴訟提起その他の法的措置を講じますので、あらかじめ申し添えます。",
           indent="")
    p.para("四　本件に関するご連絡は、すべて当事務所宛にお願いいたします。通知人への直接のご連絡はお控えください。"
           "ご連絡の際は、当事務所の管理番号（Ｋ２５－０８７１）をお申し出ください。", indent="")
    p.line("草々", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.line("振込先　　ときわ中央銀行　神田支店　預り金口座（普通）0009871", x=35, size=10)
    p.line("口座名義　ベンゴシホウジンシラカバソウゴウホウリツジムショ", x=35, size=10)
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="弁護士法人しらかば綜合法律事務所", phone="03-0000-6620",
               creditor="株式会社トキワ・キャピタル", status="not_applicable", debtor="吉村直人", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 22), payment_due=D(2026, 1, 9),
               acceleration=D(2025, 6, 30), reference="K25-0871", input_kind="photo_jpeg",
               template="proxy_law_office_daiji", received=D(2025, 12, 24))
    return dict(stem="h09_law_office_daiji_photo_jpeg", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="collection_notice (law office)",
                unusual="弁護士法人 letter for a lender client (creditor = client, registry not_applicable); "
                        f"prose only, every amount in 大字 ({dj(T)}); kansuji dates 令和七年十二月二十二日; "
                        "rate 年二〇パーセント; 令和八年一月九日限り; full-width 管理番号 inside a sentence; phone photo")


# ---------------------------------------------------------------------------------------------
# h10 競売後の残債務一括請求 from a real licensed servicer (第91号), JIS R07.11.12 dates, ruled grid with
#     残元金/未収利息/遅延損害金/合計, auction case number (ケ) that is not the reference, 2-page fax with a
#     reply form; fax header carries the FAX number.


def h10():
    P, INT, R = 7_412_365, 48_210, 14.0
    L = late(P, R, D(2025, 9, 25), D(2025, 11, 10))
    T = P + INT + L
    p = Page(font="sans", size=10)
    p.gap(4)
    p.line("R07.11.12", align="r")
    p.line("債権管理番号　JS-309-1174", align="r", size=9.5)
    top = p.y
    p.line("〒250-0000")
    p.line("神奈川県小田原市うめの里九丁目9番9号")
    p.line("堀内　誠司　様", size=13)
    p.y = top + 12
    x = 122
    p.line("株式会社住宅債権管理回収機構", x=x, size=11, font="sans-bold")
    p.line("法務大臣許可 第９１号", x=x, size=9)
    p.line("債権管理第二部", x=x, size=9)
    p.seal(190, top + 17, 14, "square", "債権回収之印", seed=1010)
    p.gap(4)
    p.title("配当金充当のご報告及び残債務の一括お支払いのお願い", size=13.5)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para("さて、横浜地方裁判所小田原支部　令和６年（ケ）第１４１号　担保不動産競売事件につきましては、R07.09.24の"
           "配当期日において当社は配当金18,260,000円を受領し、貴殿に対する債権に充当いたしました。")
    p.para("しかしながら、充当後もなお下記のとおり債務が残存しております。貴殿は既に期限の利益を喪失されておりますので、"
           "残債務全額をR07.12.10までに一括してお支払いください。一括でのお支払いが困難な場合は、同封の「ご返済相談票」"
           "にご記入のうえ、期限までにFAX又は郵送にてご返送ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.table([["原債権者", "株式会社うみかぜ銀行"],
             ["債権譲受日", "R06.03.01"],
             ["最終入金日", "R05.07.26"],
             ["期限の利益喪失日", "R05.12.05"],
             ["配当金（充当済）", "18,260,000円"]], [50, 90], x=30, aligns="ll", shade_col0=True)
    p.gap(3)
    p.line("残債務の内訳（R07.11.10現在）", x=30, font="sans-bold")
    p.table([["残元金", f"{P:,}円"],
             ["未収利息", f"{INT:,}円"],
             ["遅延損害金", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [50, 90], x=30, aligns="lr", shade_col0=True, line_w=0.5)
    p.gap(1)
    p.para("※遅延損害金はR07.09.25からR07.11.10まで残元金に対し年14.0%で計算しております。R07.11.11以降も同率で"
           "発生いたします。", x0=30, size=9, indent="")
    p.gap(1)
    p.kv([("お支払期限", "R07.12.10"),
          ("お振込先", "うみかぜ銀行　本店　普通　0001234　カ）ジュウタクサイケンカンリカイシュウキコウ"),
          ("お問合せ先", "債権管理第二部　TEL 03-0000-9191　FAX 03-0000-9199（平日9:00～17:00）")],
         x=30, label_w=28, size=9.5)
    p.line("以上", align="r")

    q = Page(font="sans", size=10.5)
    q.gap(4)
    q.title("ご返済相談票", size=15)
    q.line("株式会社住宅債権管理回収機構　債権管理第二部　行　（FAX 03-0000-9199）")
    q.gap(4)
    q.table([["債権管理番号", "JS-309-1174"],
             ["ご氏名", ""],
             ["ご連絡先電話番号", ""],
             ["ご職業・勤務先", ""],
             ["月々のご返済可能額", "　　　　　　　　　　円"],
             ["ご返済開始希望月", "　　　年　　　月"],
             ["ご相談内容", ""]], [55, 115], aligns="ll", shade_col0=True, row_h=14)
    q.gap(6)
    q.para("※ご記入いただいた内容は、ご返済計画のご相談のためにのみ使用いたします。", size=9)
    q.para("※本票のご返送は、債務の承認にあたる場合があります。ご不明な点は担当者までお問い合わせください。", size=9)
    q.gap(10)
    q.line("記入日　　　　年　　　月　　　日　　　　ご署名　　　　　　　　　　　　　㊞", size=10)
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9191", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社うみかぜ銀行", debtor="堀内誠司", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=D(2025, 11, 12), payment_due=D(2025, 12, 10), acceleration=D(2023, 12, 5),
               last_payment=D(2023, 7, 26), assignment=D(2024, 3, 1), reference="JS-309-1174",
               input_kind="fax_tiff", template="proxy_auction_remainder_fax", received=D(2025, 11, 12))
    return dict(stem="h10_auction_remainder_fax_tiff", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (auction remainder)",
                fax_header="2025/11/12 14:03  FROM: JHS KANRI-2  03-0000-9199",
                unusual="競売後残債務一括請求 from real servicer 株式会社住宅債権管理回収機構 (法務大臣許可 第９１号, "
                        "company form first) ★; JIS dates R07.11.12 with leading zero; (ケ) auction case number and a "
                        "配当金 that are not reference/total; 残元金/未収利息/遅延損害金/合計 grid; 2-page G4 fax, page 2 "
                        "a blank reply form; fax header and FAX numbers as phone distractors")


# ---------------------------------------------------------------------------------------------
# h11 縦書き 内容証明 催告書 from a money lender: kanji numerals everywhere, rate 年二割, 限り deadline,
#     no reference number (契約番号 only), sender/recipient at the end.


def h11():
    P, INT, R = 820_000, 12_345, 20.0
    L = late(P, R, D(2025, 9, 30), D(2025, 12, 12))
    T = P + INT + L
    k = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "当社は、貴殿に対し、令和四年四月一日付金銭消費貸借契約（契約番号" + kanji_digits("4410-0372")
         + "）に基づく貸金債権を有しております。"),
        ("body", "貴殿は、令和七年六月二十七日の支払を最後に約定の返済を怠り、令和七年九月二十九日の経過をもって"
                 "期限の利益を喪失しました。"),
        ("body", f"令和七年十二月十二日現在の貴殿の債務額は、残元金{k(P)}、未払利息{k(INT)}、遅延損害金{k(L)}"
                 f"（令和七年九月三十日から同年十二月十二日まで、残元金に対し年二割の割合）、以上合計{k(T)}です。"),
        ("body", "つきましては、右合計金額を令和八年一月十五日限り、一括して当社にお支払いください。"
                 "右期限までにお支払いがないときは、何らの通知なく法的手続をとりますので、念のため申し添えます。"),
        ("blank", ""),
        ("low", "令和七年十二月十二日"),
        ("low", "神奈川県横浜市中区ことぶき町九丁目九番地"),
        ("low", "株式会社ことぶきローン"),
        ("low", "代表取締役　寿　隆之"),
        ("low", "電話〇四五―〇〇〇―七二一八"),
        ("blank", ""),
        ("low", "東京都大田区すずかけ台九丁目九番九号"),
        ("low", "大塚　由紀子　殿"),
    ]
    pages = vertical_page(cols, size=12.0)
    # company seal beside the sender name column
    for pg in pages:
        for it in pg.items:
            if isinstance(it, VText) and it.s == "代表取締役　寿　隆之":
                pg.items.append(Seal(it.x, _seal_after(it, 12), 12, "round", "|代表取/締役印", angle=-5, seed=1111))
    pages[-1].items.append(post_office_stamp(pages[-1], 1112))
    tr = truth(document_type="collection_notice", sender="株式会社ことぶきローン", phone="045-000-7218",
               creditor="株式会社ことぶきローン", status="not_applicable", debtor="大塚由紀子", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 12), payment_due=D(2026, 1, 15),
               acceleration=D(2025, 9, 29), last_payment=D(2025, 6, 27), reference=None,
               input_kind="vertical_pdf", template="proxy_vertical_lender_naiyou", received=D(2025, 12, 15))
    return dict(stem="h11_vertical_lender_naiyou_vertical_pdf", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (縦書き 内容証明)",
                unusual="縦書き 内容証明 催告書 from a money lender (not a servicer); kanji amounts without 大字 "
                        f"({k(T)}); rate 年二割 (=20%); 令和八年一月十五日限り; phone 〇四五―〇〇〇―七二一八; "
                        "契約番号 in kanji digits but no reference number (null); 郵便認証司 stamp; one amount (遅延損害金金三万／三千二百四十九円) breaks across two columns")


# ---------------------------------------------------------------------------------------------
# h12 縦書き joint 債権譲渡通知 (scan), real servicer ニッテレ債権回収 with licence 第七号 in kanji.


def h12():
    P, INT, R = 456_700, 8_912, 14.6
    L = late(P, R, D(2025, 5, 8), D(2025, 11, 4))
    T = P + INT + L
    k = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "譲渡人株式会社つばくろカードは、貴殿に対して有する左記の債権を、令和七年十一月四日付で"
                 "譲受人ニッテレ債権回収株式会社に譲渡しましたので、通知いたします。"
                 "今後のお支払い及びお問い合わせは譲受人宛にお願いいたします。"),
        ("plain", "記"),
        ("indent", "一　原契約　カードショッピング・キャッシング契約（平成二十九年二月十日契約）"),
        ("indent", "二　最終弁済日　令和七年三月二十七日"),
        ("indent", "三　期限の利益喪失日　令和七年五月七日"),
        ("indent", f"四　譲渡債権額（令和七年十一月四日現在）　元金{k(P)}　利息{k(INT)}"),
        ("indent", f"　　遅延損害金{k(L)}（年十四・六パーセント）　合計{k(T)}"),
        ("indent", "五　譲渡日　令和七年十一月四日"),
        ("bottom", "以上"),
        ("low", "令和七年十一月十日"),
        ("low", "（譲渡人）福岡県福岡市中央区つばめ町九丁目九番九号"),
        ("low", "株式会社つばくろカード　代表取締役　燕　正人"),
        ("low", "（譲受人）東京都千代田区ひいらぎ町九丁目九番九号"),
        ("low", "ニッテレ債権回収株式会社　代表取締役　新田　昭"),
        ("low", "法務大臣許可番号第七号　電話〇三―〇〇〇〇―七七〇七"),
        ("blank", ""),
        ("low", "埼玉県さいたま市浦和区あおい台九丁目九番九号"),
        ("low", "森田　千春　殿"),
    ]
    pages = vertical_page(cols, size=11.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("株式会社つばくろカード"):
            pg.items.append(Seal(it.x, _seal_after(it, 11), 11, "round", "|代表取/締役印", angle=6, seed=1201))
        if isinstance(it, VText) and it.s.startswith("ニッテレ債権回収株式会社"):
            pg.items.append(Seal(it.x, _seal_after(it, 11), 11, "round", "|代表取/締役印", angle=-8, seed=1202))
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="03-0000-7707", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社つばくろカード", debtor="森田千春", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=False, issued=D(2025, 11, 10), acceleration=D(2025, 5, 7), last_payment=D(2025, 3, 27),
               assignment=D(2025, 11, 4), reference=None, input_kind="vertical_scan",
               template="proxy_vertical_joint_assignment", received=D(2025, 11, 13))
    return dict(stem="h12_vertical_joint_assignment_vertical_scan", ext="png", kind="vertical_scan", pages=pages,
                truth=tr, about="assignment_notice (縦書き)",
                unusual="縦書き joint 債権譲渡通知書, scanned; real servicer ニッテレ債権回収 ★ with positional-kanji licence "
                        "法務大臣許可番号第七号; amounts in plain kanji, the 譲渡債権額 list continuing in a second column; 最終弁済日/期限の利益喪失日 in a 記 "
                        "list; 平成 contract date distractor; no reference number")


# ---------------------------------------------------------------------------------------------
# h13 invented servicer collecting ARREARS on behalf of a card company (受託): creditor = 委託元, not lump,
#     会員番号, weekday dates, a reference balance that is not the claim, a 払込票 stub at the bottom.


def h13():
    P, INT, L = 33_120, 5_280, 2_900
    T = P + INT + L
    p = Page(font="sans", size=10)
    p.line("発行日　令和7年12月1日(月)", align="r", size=9)
    top = p.y
    x2 = 115
    p.line("〒460-0000　愛知県名古屋市中区かすみ野九丁目9番9号", x=x2, size=8.5)
    p.line("かすみ野債権回収株式会社", x=x2, size=11.5, font="sans-bold")
    p.line("法務大臣許可番号：第２４５号", x=x2, size=8.5)
    p.line("回収第三課　TEL 052-000-2451", x=x2, size=8.5)
    p.line("（月～金 9:00～19:00 / 土 9:00～17:00）", x=x2, size=8)
    p.seal(190, top + 14, 13, "square", "かすみ野債権回収之印", angle=2, seed=1301)
    yr = p.y
    p.y = top + 2
    p.line("〒500-0000")
    p.line("岐阜県岐阜市やまぶき通九丁目9-9")
    p.line("レジデンス柳ヶ瀬 803号")
    p.line("坂本　陸　様", size=13)
    p.y = max(p.y, yr) + 4
    p.title("ご延滞金お支払いのお願い（督促状）", size=14.5)
    p.para("当社は、株式会社すずらんクレジット（委託元）より、貴方様のご契約に係る債権の管理回収業務を受託しております。"
           "下記のとおり、約定のお支払いが確認できておりませんので、支払期日までにご入金くださいますようお願いいたします。")
    p.para("なお、このままお支払いがない場合、ご契約に基づき期限の利益を喪失し、残債務全額を一括でご請求させていただく"
           "ことがございます。", size=9.5)
    p.gap(2)
    # two-column info block
    y0 = p.y
    p.kv([("委託元", "株式会社すずらんクレジット"),
          ("会員番号", "5521-0098-3317"),
          ("ご契約番号", "SZC-778120"),
          ("最終ご入金日", "R7.8.27")], x=22, label_w=27, size=9.5)
    y1 = p.y
    p.y = y0
    p.kv([("支払期日", "令和7年12月15日(月)"),
          ("延滞回数", "3回（9月・10月・11月分）"),
          ("遅延損害金率", "年20.0%")], x=112, label_w=27, size=9.5)
    p.y = max(p.y, y1) + 3
    p.line("ご延滞金額の内訳", font="sans-bold")
    p.table([["うち元金", "うち利息", "遅延損害金", "ご延滞金額合計"],
             [f"{P:,}円", f"{INT:,}円", f"{L:,}円", f"{T:,}円"]], [42, 42, 42, 44], header=True, aligns="rrrr")
    p.gap(1)
    p.line("（ご参考）ご融資残高　612,480円　※上記ご延滞金額を含みません。今回のご請求額ではありません。", size=8.5)
    p.gap(3)
    p.para("※お支払いは下記の払込票をご利用いただくか、お振込先口座へお振り込みください（振込手数料はお客様ご負担）。"
           "※行き違いでご入金済みの場合はご容赦ください。", size=8.5, indent="")
    # payment stub
    p.y = 222
    for xx in range(15, 196, 4):
        p.add(Line(xx, 222, xx + 2, 222, 0.3, GRAY))
    p.at(105, 226, "キ リ ト リ", size=7, align="c", color=GRAY)
    p.add(Box(20, 230, 170, 52, 0.4))
    p.at(25, 238, "払込取扱票（兼受領証）", size=11, font="sans-bold")
    p.at(25, 248, "加入者名　かすみ野債権回収株式会社", size=9)
    p.at(25, 256, "会員番号　5521-0098-3317", size=9)
    p.at(25, 264, "ご依頼人　坂本　陸　様", size=9)
    p.at(25, 274, "お支払期限　R7.12.15", size=9)
    p.at(120, 250, "金　額", size=9)
    p.at(185, 262, f"￥{T:,}-", size=16, font="sans-bold", align="r")
    tr = truth(document_type="collection_notice", sender="かすみ野債権回収株式会社", license_number=245,
               phone="052-000-2451", creditor="株式会社すずらんクレジット", status="unverified",
               original="株式会社すずらんクレジット", debtor="坂本陸", total=T, principal=P, interest=INT, late_damages=L,
               rate=20.0, lump=False, issued=D(2025, 12, 1), payment_due=D(2025, 12, 15), last_payment=D(2025, 8, 27),
               reference="5521-0098-3317", input_kind="pdf_text", template="proxy_entrusted_arrears_stub",
               received=D(2025, 12, 3))
    return dict(stem="h13_entrusted_arrears_stub_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (arrears, 受託)",
                unusual="invented servicer (第２４５号 → unverified) collecting arrears for 委託元 (creditor = original = "
                        "the card company); sender block top RIGHT above the addressee; 会員番号; 発行日 with weekday; "
                        "うち元金/うち利息 arrears breakdown; a ご融資残高 that is not the claim; only a threat of "
                        "acceleration (lump=false); 払込票 stub repeating ￥…-")


# ---------------------------------------------------------------------------------------------
# h14 仮執行宣言付支払督促 (仙台簡裁) on one page: 支払督促 date vs 仮執行宣言 date, 未払手数料, card-company creditor.


def h14():
    P, INT, R, C = 264_780, 7_406, 14.6, 4_424
    L = late(P, R, D(2025, 3, 6), D(2025, 10, 31))
    T = P + INT + L + C
    fw = fullwidth
    p = Page(font="serif", size=10, top=14, leading=1.55)
    p.line("令和７年（ロ）第３９０５号", size=10)
    p.title("仮執行宣言付支払督促", size=16)
    p.kv([("債権者", "株式会社けやき通りカード（〒980-0000 仙台市青葉区けやき通九丁目9番9号）"),
          ("", "代表者代表取締役　千葉　浩之　（電話 022-000-8808）"),
          ("債務者", "菅原　美穂（〒982-0000 仙台市太白区ひのき台九丁目9-9）")], x=20, label_w=18, size=9.5)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10)
    p.line(fw("令和7年11月12日") + "　仙台簡易裁判所　裁判所書記官　佐々木　亮", size=9.5, x=60)
    p.gap(2)
    p.line("請求の趣旨（立替金等請求）", font="serif-bold")
    p.table([["立替金残元金", "未払手数料", "確定遅延損害金", "督促手続費用", "合　計"],
             [fw(f"{P:,}円"), fw(f"{INT:,}円"), fw(f"{L:,}円"), fw(f"{C:,}円"), fw(f"{T:,}円")]],
            [34, 32, 36, 32, 36], header=True, aligns="rrrrr", font="serif", size=9.5)
    p.gap(1)
    p.para("上記立替金残元金に対する" + fw("令和7年11月1日") + "から完済まで年" + fw("14.6") + "％の割合による遅延損害金。"
           "確定遅延損害金は" + fw("令和7年3月6日") + "から" + fw("令和7年10月31日") + "まで同率で計算。", size=9, indent="")
    p.line("請求の原因", font="serif-bold")
    p.para("１　債務者は、" + fw("令和2年9月1日") + "、債権者との間でクレジットカード会員契約を締結し、同契約に基づき"
           "商品購入代金の立替払を受けた。", size=9.5, indent="")
    p.para("２　債務者は、" + fw("令和7年1月27日") + "の支払を最後に分割金の支払を怠り、" + fw("令和7年3月5日")
           + "の経過により期限の利益を喪失した。", size=9.5, indent="")
    p.gap(2)
    p.rule(width=0.5)
    p.gap(3)
    p.line("仮執行宣言", font="serif-bold", size=12)
    p.para("上記支払督促に、仮執行の宣言をする。債務者は、この仮執行宣言付支払督促の送達を受けた日から２週間以内に"
           "督促異議を申し立てないときは、この支払督促は確定判決と同一の効力を有することになります。", size=9.5)
    p.gap(2)
    p.line(fw("令和7年12月18日"), x=40)
    p.line("仙台簡易裁判所　裁判所書記官　佐々木　亮", x=95)
    p.seal(186, p.y - 4, 12, "square", "裁判所書記官印", seed=1401)
    p.gap(6)
    p.line("これは正本である。　同日同庁　裁判所書記官　佐々木　亮", x=40, size=9.5)
    p.gap(4)
    p.box(20, p.y, 170, 16, width=0.3)
    p.gap(3)
    p.line("問合せ先　仙台簡易裁判所　民事係（督促担当）　電話 022-000-6119", x=24, size=9.5)
    p.line("お問い合わせの際は、事件番号をお伝えください。", x=24, size=9)
    tr = truth(document_type="payment_order_enforceable", sender="仙台簡易裁判所", phone="022-000-6119",
               creditor="株式会社けやき通りカード", status="not_applicable", debtor="菅原美穂", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 12, 18),
               acceleration=D(2025, 3, 5), last_payment=D(2025, 1, 27), reference="令和7年(ロ)第3905号",
               input_kind="pdf_text", template="proxy_enforceable_compact", received=D(2025, 12, 22))
    return dict(stem="h14_enforceable_compact_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable",
                unusual="仮執行宣言付支払督促 (仙台簡裁) on one page: 支払督促 date 11/12 vs 仮執行宣言 date 12/18 (issued); "
                        "case number at the very top before the title; creditor card company with its own phone in "
                        "the party line; 5-column full-width claim table with 立替金残元金/未払手数料/確定遅延損害金/督促手続費用")


LETTERS = [h08, h09, h10, h11, h12, h13, h14]
