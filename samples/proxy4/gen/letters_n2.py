"""Proxy set 4, letters n08–n14 (地裁 (ワ) 訴状+呼出状, 和解提案, law office 縦書き, fake servicer, court-like postcard,
old-debt 債務確認書, 農協 縦書き 期限の利益喪失)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import GRAY, PT_MM, RED, Line, Page, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth


def _seal_after(it, size, gap=7.0):
    return it.y + len(it.s) * it.size * PT_MM * it.pitch + gap


# ---------------------------------------------------------------------------------------------
# n08 名古屋地裁 (ワ) 呼出状 + 訴状; plaintiff 株式会社整理回収機構 (registry, no number); hearing/answer deadline as
#     bold label lines inside a frame; 訴状 with a (1)(2)(3) 内訳 list; rate 18.25%; assignment from a credit union.


def n08():
    P, INT, R = 3_118_000, 40_512, 18.25
    L = late(P, R, D(2025, 2, 26), D(2026, 1, 8))
    T = P + INT + L
    p = Page(font="serif", size=11)
    p.line("令和8年1月21日", align="r")
    p.gap(2)
    p.line("被告　遠山　大輔　殿", size=12.5)
    p.gap(2)
    p.line("名古屋地方裁判所民事第6部ロ係", x=105)
    p.line("裁判所書記官　　坂　口　　美　和", x=105)
    p.seal(184, p.y - 5, 13, "square", "裁判所書記官印", angle=3, seed=4801)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.kv([("事件の表示", "令和8年（ワ）第157号　貸金等請求事件"),
          ("原　告", "株式会社整理回収機構"),
          ("被　告", "遠山　大輔")], x=30, label_w=32)
    p.gap(3)
    p.para("原告から訴状が提出されましたので、訴状副本等を送達します。当裁判所に出頭する期日が下記のとおり定められ"
           "ましたので、出頭してください。また、答弁書を下記期限までに提出してください。")
    p.gap(3)
    y0 = p.y
    p.gap(3)
    p.line("口頭弁論期日　　令和8年3月4日（水）午後1時30分", x=32, font="serif-bold", size=12)
    p.line("出頭場所　　　　名古屋地方裁判所　第1004号法廷（10階）", x=32, size=11)
    p.line("答弁書提出期限　令和8年2月25日（水）", x=32, font="serif-bold", size=12)
    p.gap(2)
    p.box(25, y0, 160, p.y - y0, width=0.5)
    p.gap(5)
    p.line("〔注意事項〕", font="serif-bold", size=10)
    p.para("１　答弁書を提出せず、期日にも出頭しないときは、原告の言い分どおりの判決が言い渡されることがあります。",
           size=9.5, indent="")
    p.para("２　分割払いでの和解を希望される場合は、その旨を答弁書に記載してください。", size=9.5, indent="")
    p.para("３　この件のお問い合わせは、事件番号をお知らせのうえ、下記担当係へお願いします。", size=9.5, indent="")
    p.gap(3)
    p.line("〒460-0000　名古屋市中区さんのまる九丁目9番9号", size=9.5)
    p.line("名古屋地方裁判所民事第6部ロ係　電話052-000-6140（内線2614）", size=9.5)
    p.y = 284
    p.line("1/2", align="c", size=9, color=GRAY)

    q = Page(font="serif", size=10.5)
    q.title("訴　　状", size=16)
    q.line("令和8年1月9日", align="r")
    q.line("名古屋地方裁判所民事部　御中")
    q.line("原告訴訟代理人　支配人　小田切　稔", align="r", size=10)
    q.gap(2)
    q.kv([("当事者", "〒450-0000 名古屋市中村区ささしま九丁目9番9号"),
          ("原告", "株式会社整理回収機構　代表者代表取締役　堤　俊彦"),
          ("", "（送達場所）名古屋業務部　電話 052-000-8025　FAX 052-000-8026"),
          ("", "〒491-0000 一宮市くるみ台九丁目9番9号"),
          ("被告", "遠山　大輔")], x=22, label_w=22, size=10)
    q.gap(2)
    q.line(f"貸金等請求事件　　訴訟物の価額　金{T:,}円　　貼用印紙額　金23,000円", size=9.5)
    q.gap(2)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和8年1月9日から支払済みまで年18.25パーセントの"
           "割合による金員を支払え。", x0=25, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行宣言を求める。", x0=25, indent="")
    q.gap(1)
    q.line("第２　請求の原因", font="serif-bold")
    q.para("１　なごみ信用組合（以下「原債権者」という。）は、令和元年9月12日、被告に対し、金4,000,000円を、利息年9.5%、"
           "遅延損害金年18.25%（年365日の日割計算）、毎月25日限り元利均等分割返済の約定で貸し付けた。", x0=25, indent="")
    q.para("２　被告は、令和6年12月25日の支払を最後にその後の支払をせず、令和7年2月25日の経過により期限の利益を喪失した。",
           x0=25, indent="")
    q.para("３　原債権者は、令和7年8月29日、原告に対し本件貸金債権を譲渡し、被告に対し、同年9月3日到達の内容証明郵便"
           "によりその旨を通知した。", x0=25, indent="")
    q.para("４　本件貸金債権の内訳は次のとおりである。", x0=25, indent="")
    q.line(f"（1）残元金　　　　　　　　　　　　金{P:,}円", x=35)
    q.line(f"（2）未払利息　　　　　　　　　　　金{INT:,}円", x=35)
    q.line(f"（3）確定遅延損害金　　　　　　　　金{L:,}円", x=35)
    q.line("　　　（令和7年2月26日から令和8年1月8日まで）", x=35, size=9.5)
    q.line(f"　　　　　　　　　合　計　　　　　金{T:,}円", x=35, font="serif-bold")
    q.para("５　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。", x0=25, indent="")
    q.y = 284
    q.line("2/2", align="c", size=9, color=GRAY)
    tr = truth(document_type="lawsuit", sender="名古屋地方裁判所", phone="052-000-6140",
               creditor="株式会社整理回収機構", status="licensed", original="なごみ信用組合", debtor="遠山大輔",
               total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 21),
               acceleration=D(2025, 2, 25), last_payment=D(2024, 12, 25), assignment=D(2025, 8, 29),
               hearing=D(2026, 3, 4), reference="令和8年(ワ)第157号", input_kind="pdf_text_2page",
               template="proxy4_district_rcc_summons_2p", received=D(2026, 1, 24))
    return dict(stem="n08", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ))",
                unusual="名古屋地裁 第１回口頭弁論期日呼出状 + 訴状; plaintiff 株式会社整理回収機構 ★ (servicer in the registry, "
                        "no number → licensed); 口頭弁論期日/出頭場所/答弁書提出期限 as bold lines in a frame (not a table); "
                        "court phone with 内線; 訴状 dated 1/9 ≠ 呼出状 1/21; (1)(2)(3) 内訳 lines + 合計; rate 18.25; "
                        "assignment date ≠ 通知到達 date; 貼用印紙額 and 原告's FAX distractors")


# ---------------------------------------------------------------------------------------------
# n09 分割弁済のご案内 (和解提案) from a consumer-finance company, phone photo stored sideways (EXIF 6);
#     two framed boxes side by side (現在のご債務 | ご提案内容), 金…円也 amounts, western dates with weekday.


def n09():
    P, INT, R = 568_900, 17_322, 20.0
    L = late(P, R, D(2024, 12, 3), D(2026, 1, 30))
    T = P + INT + L
    yk = lambda n: f"金{n:,}円也"  # noqa: E731
    settle = P + INT
    p = Page(font="sans", size=10)
    p.line("2026年2月2日(月)", align="r")
    p.gap(1)
    p.line("〒400-0000　山梨県甲府市ぶどう坂九丁目9-9-101", size=9.5)
    p.line("三好　亜美　様", size=13)
    p.line("ご契約者コード　TF-0381-4452", size=9)
    p.gap(3)
    p.title("分割弁済のご案内", size=16)
    p.para("平素より格別のご高配を賜り、誠にありがとうございます。お客様のご契約につきましては、2024年11月1日以降ご入金が"
           "なく、2024年12月2日をもって期限の利益を喪失されております。このたび、お客様のご負担を考慮し、下記のとおり"
           "分割によるご返済（和解）をご提案させていただきます。")
    p.gap(2)
    top = p.y
    lx, rx, w = 20, 108, 82
    p.line("現在のご債務（2026年1月30日現在）", x=lx + 3, font="sans-bold", size=9.5)
    for lab, val in [("残元金", yk(P)), ("利息", yk(INT)), ("遅延損害金", yk(L)), ("ご債務総額", yk(T))]:
        p.line(lab, x=lx + 4, size=9.5, advance=0)
        p.line(val, x=lx + w - 3, size=9.5, align="r")
    p.line("遅延損害金利率　年20.0%", x=lx + 4, size=8.5)
    p.line("最終ご入金日　2024年11月1日(金)", x=lx + 4, size=8.5)
    yl = p.y
    p.y = top
    p.line("ご提案内容", x=rx + 3, font="sans-bold", size=9.5)
    for lab, val in [("和解金額", yk(settle)), ("お支払回数", "30回"), ("毎月のお支払額", "金19,540円（最終回19,562円）"),
                     ("初回お支払日", "2026年3月10日(火)"), ("免除額", yk(L) + "（遅延損害金）")]:
        p.line(lab, x=rx + 4, size=9.5, advance=0)
        p.line(val, x=rx + w - 3, size=9.5, align="r")
    yr = p.y
    bottom = max(yl, yr) + 2
    p.box(lx, top - 1, w, bottom - top + 1, width=0.4)
    p.box(rx, top - 1, w, bottom - top + 1, width=0.4)
    p.y = bottom + 4
    p.box(20, p.y, 170, 11, width=0.8)
    p.at(105, p.y + 7.3, "ご回答期限　2026年2月20日(金)　必着", size=12, font="sans-bold", align="c")
    p.y += 15
    p.para("ご提案にご同意いただける場合は、同封の和解書に署名・押印のうえ、ご回答期限までに返信用封筒でご返送ください。"
           "ご提案と異なる条件をご希望の場合も、ご回答期限までにご連絡ください。ご回答がない場合は、ご債務総額を一括で"
           "ご請求させていただくことになります。", size=9.5)
    p.para("※和解成立後、分割金のお支払いを２回以上怠り、その額が金39,080円以上に達したときは、期限の利益を失い、"
           "ご債務総額から既払額を控除した残額を一括でお支払いいただきます。", size=8.5, indent="")
    p.gap(4)
    p.rule()
    p.gap(2)
    p.line("株式会社つむぎファイナンス　お客様相談室", size=11, font="sans-bold")
    p.line("〒400-0000　山梨県甲府市はなみずき通九丁目9番9号　　フリーコール 0120-000-582", size=9)
    p.line("関東財務局長(2)第01904号　日本貸金業協会会員第006311号", size=8)
    p.seal(182, p.y - 10, 13, "square", "つむぎファイナンス", angle=-4, seed=4901)
    tr = truth(document_type="settlement_proposal", sender="株式会社つむぎファイナンス", phone="0120-000-582",
               creditor="株式会社つむぎファイナンス", status="not_applicable", debtor="三好亜美", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=False, issued=D(2026, 2, 2), payment_due=D(2026, 2, 20),
               acceleration=D(2024, 12, 2), last_payment=D(2024, 11, 1), reference="TF-0381-4452",
               input_kind="photo_exif_rotated", template="proxy4_settlement_two_boxes_exif6", received=D(2026, 2, 4))
    return dict(stem="n09", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                about="settlement_proposal",
                unusual="consumer-finance 分割弁済のご案内 (和解), phone photo stored sideways (EXIF Orientation 6); two framed "
                        "boxes side by side: 現在のご債務 (残元金/利息/遅延損害金/ご債務総額) ／ ご提案内容 (和解金額 = 元金+利息, "
                        "免除額 = 遅延損害金); 金…円也 amounts; western dates with weekday 2026年2月2日(月); ご回答期限 in a "
                        "thick box = payment_due; フリーコール; ご契約者コード")


# ---------------------------------------------------------------------------------------------
# n10 縦書き 内容証明 通知書 from an individual 弁護士 (not 弁護士法人) for a 信販 client; 大字 amounts throughout;
#     kansuji dates; full-width reference stacked vertically; kanji phone.


def n10():
    P, INT, R = 1_284_000, 36_915, 14.6
    L = late(P, R, D(2025, 9, 11), D(2026, 1, 26))
    T = P + INT + L
    dj = lambda n: "金" + kanji_number(n, daiji=True) + "円"  # noqa: E731
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、株式会社みなみかぜクレジット（以下「通知人」という。）の代理人として、貴殿に対し、"
                 "次のとおり通知いたします。"),
        ("body", "通知人は、貴殿との間の令和三年五月二十日付個品割賦購入あっせん契約に基づき、貴殿に対し立替金債権を"
                 "有しております。貴殿は令和七年七月二十七日の支払を最後に分割金の支払を怠り、通知人からの催告にも"
                 "応じなかったため、令和七年九月十日の経過をもって期限の利益を喪失しました。"),
        ("body", f"令和八年一月二十六日現在の債務額は、立替金残元金{dj(P)}、未払手数料{dj(INT)}、遅延損害金{dj(L)}"
                 f"（年十四・六パーセント）、以上合計{dj(T)}であります。"),
        ("body", "つきましては、右合計金額を令和八年二月十三日限り、当職の預り金口座（あおい銀行 紙屋町支店 普通"
                 + kanji_digits("0770215") + "）宛に一括してお支払いください。期限までにお支払いなき場合は、"
                 "直ちに訴訟提起の手続をとりますので、予めご承知おきください。"),
        ("body", "なお、本件のご連絡は当職宛にお願いいたします。当職管理番号" + fw("S26-004") + "。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", "令和八年一月二十六日"),
        ("low", "広島市中区こいのぼり町九丁目九番九号"),
        ("low", "佐伯法律事務所"),
        ("low", "右通知人代理人弁護士　佐伯　智也"),
        ("low", "電話〇八二―〇〇〇―五五一八"),
        ("blank", ""),
        ("low", "広島県呉市さざなみ台九丁目九番九号"),
        ("low", "川端　由香里　殿"),
    ]
    pages = vertical_page(cols, size=11.5)
    for pg in pages:
        for it in pg.items:
            if isinstance(it, VText) and it.s.startswith("右通知人代理人弁護士"):
                pg.items.append(Seal(it.x, _seal_after(it, 11.5), 11, "maru", "佐伯", angle=0, seed=5001))
    pages[-1].items.append(post_office_stamp(pages[-1], 5002))
    tr = truth(document_type="collection_notice", sender="佐伯法律事務所", phone="082-000-5518",
               creditor="株式会社みなみかぜクレジット", status="not_applicable", debtor="川端由香里", total=T,
               principal=P, interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 26),
               payment_due=D(2026, 2, 13), acceleration=D(2025, 9, 10), last_payment=D(2025, 7, 27),
               reference="S26-004", input_kind="vertical_pdf", template="proxy4_vertical_lawyer_daiji",
               received=D(2026, 1, 28))
    return dict(stem="n10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (縦書き 内容証明, lawyer)",
                unusual="縦書き 内容証明 通知書 from an individual 弁護士 (佐伯法律事務所, not a 弁護士法人; creditor = the 信販 "
                        f"client); every amount in 大字 ({dj(T)}); 未払手数料 = interest; kansuji dates; account number in "
                        "kanji digits; full-width 当職管理番号 Ｓ２６－００４ inside a sentence; kanji phone; 認印 (maru) "
                        "seal and 郵便認証司 stamp")


# ---------------------------------------------------------------------------------------------
# n11 fake servicer scam (digital PDF): 「国民信用債権回収株式会社」 with 法務省認可特殊法人 and a bogus 第138号,
#     050 IP phone, LINE ID, コンビニ払込番号, 3-day deadline, no street address.


def n11():
    p = Page(font="sans", size=10.5)
    p.line("通知日　2026年1月19日", align="r", size=9.5)
    p.line("お客様管理番号　KS-60119-22", align="r", size=9.5)
    p.gap(2)
    p.line("長野　智子　様", size=13)
    p.gap(4)
    p.title("【重要】債権移行に伴う最終確認通知書", size=15, color=RED)
    p.gap(1)
    p.para("貴殿が過去にご契約された大手通信事業者の有料コンテンツサービスにつき、長期未納となっている利用料金の債権が"
           "当社へ移行されました。当社は法務省認可特殊法人として、本件債権の回収業務を行っております。")
    p.para("再三にわたるご通知にもかかわらず、現在までご連絡をいただいておりません。このままご連絡のない場合、"
           "民事訴訟の手続を開始し、裁判所の許可を得たうえで、給与・財産の差押えを強制執行いたします。")
    p.gap(2)
    y0 = p.y
    p.gap(3)
    p.line("ご請求金額　　金79,800円", x=30, size=14, font="sans-bold", color=RED)
    p.line("（未納利用料金・延滞損害金・債権移行手数料を含む）", x=30, size=8.5)
    p.line("お支払期限　　2026年1月22日（木）", x=30, size=13, font="sans-bold")
    p.gap(2)
    p.box(24, y0, 162, p.y - y0, width=0.8, color=RED)
    p.gap(4)
    p.line("■お支払方法", font="sans-bold")
    p.para("全国のコンビニエンスストア端末にて、下記の払込番号をご入力のうえお支払いください（当社担当者が電話で"
           "ご案内いたします）。払込番号：7720-5581-0193", size=9.5, indent="")
    p.line("■ご相談・お問い合わせ", font="sans-bold")
    p.para("お支払いが困難な方、身に覚えのない方も、必ず期限内にご本人様よりご連絡ください。ご連絡のない場合は"
           "ご家族・勤務先への確認を行う場合がございます。", size=9.5, indent="")
    p.gap(6)
    p.rule()
    p.gap(2)
    p.line("国民信用債権回収株式会社", size=13, font="sans-bold")
    p.line("法務省認可特殊法人　法務大臣許可番号　第138号", size=9)
    p.line("東京都中央区（所在地の詳細は個人情報保護のため省略）", size=8.5)
    p.line("お客様相談窓口　050-0000-4170　（LINE ID：@kokumin-saiken）", size=10, font="sans-bold")
    p.line("受付　毎日 8:00～21:00", size=8.5)
    tr = truth(document_type="other", sender="国民信用債権回収株式会社", license_number=138, phone="050-0000-4170",
               creditor=None, status="not_licensed", debtor="長野智子", total=79_800, issued=D(2026, 1, 19),
               payment_due=D(2026, 1, 22), reference="KS-60119-22", is_scam=True, input_kind="pdf_text",
               template="proxy4_scam_fake_servicer_line", received=None)
    return dict(stem="n11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr, about="other (scam, fake servicer)",
                unusual="架空請求 as a digital PDF from an invented 「国民信用債権回収株式会社」 with 法務省認可特殊法人 and a "
                        "bogus 法務大臣許可番号 第138号 (kept; not_licensed); 債権移行 wording; 050 IP phone + LINE ID; "
                        "コンビニ払込番号 (not a reference); 3-day deadline; no street address; red title and red box")


# ---------------------------------------------------------------------------------------------
# n12 court-like scam postcard: 「東京簡易裁判所 民事訴訟受付センター」 (no such body), 訴訟提起のお知らせ, 取下げ最終期日,
#     printed date, hiragana 管理番号, no amount; phone photo.


def n12():
    p = Page(w=100, h=148, left=8, right=8, top=9, font="serif", size=7.5, leading=1.5)
    p.line("〒910-0000 福井県福井市あすなろ町九丁目9-9", size=7)
    p.line("北条　直樹　様", size=10.5)
    p.gap(1)
    p.add(Line(8, p.y, 92, p.y, 0.6))
    p.gap(2)
    p.line("民事訴訟提起のお知らせ", align="c", size=12, font="serif-bold")
    p.line("（訴訟最終通告）", align="c", size=8)
    p.line("管理番号　そ－４１８", align="r", size=7.5)
    p.para("この度、貴方の利用された契約会社より、未納料金に関する民事訴訟が当センターに提起されましたことをご通知"
           "いたします。本通知は最終通告であり、訴訟取下げ最終期日を過ぎますと、出廷の上、判決確定後に給与・動産・"
           "不動産の差押えが執行されます。", size=7.5)
    p.para("裁判の取下げ、和解等のご相談は、個人情報保護のため、必ずご本人様より下記窓口までお電話ください。", size=7.5)
    p.gap(1)
    p.line("訴訟取下げ最終期日　令和8年1月28日", align="c", size=9.5, font="serif-bold", color=RED)
    p.gap(2)
    p.add(Line(8, p.y, 92, p.y, 0.3))
    p.gap(2)
    p.line("東京簡易裁判所", size=9.5, font="serif-bold")
    p.line("民事訴訟受付センター", size=9.5, font="serif-bold")
    p.line("東京都千代田区霞が関一丁目", size=7)
    p.line("取下げ相談窓口　03-0000-2468", size=8.5, font="serif-bold")
    p.line("受付時間　9:00～18:00（土日祝除く）", size=6.5)
    p.line("通知日　令和8年1月19日", size=7)
    p.seal(80, p.y - 12, 15, "round", "民事訴訟|受付", angle=-8, seed=5201)
    tr = truth(document_type="other", sender="東京簡易裁判所民事訴訟受付センター", phone="03-0000-2468", creditor=None,
               status="not_licensed", debtor="北条直樹", issued=D(2026, 1, 19), reference="そ-418", is_scam=True,
               input_kind="photo_jpeg", template="proxy4_scam_court_like_postcard", received=None)
    return dict(stem="n12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                about="other (scam postcard, court-like)",
                unusual="架空請求 postcard posing as a court body 「東京簡易裁判所 民事訴訟受付センター」 (a real court name + an "
                        "invented centre) in Mincho with a round red seal; 民事訴訟提起のお知らせ; 訴訟取下げ最終期日 (not a payment "
                        "due → null); no amount, no creditor, no case number; hiragana 管理番号 そ－４１８; 通知日 printed "
                        "at the bottom; 03 取下げ相談窓口; phone photo")


# ---------------------------------------------------------------------------------------------
# n13 invented servicer, very old debt (平成29): 債務確認書 + 1,000円 入金 request (時効 trap), dotted-leader amount
#     lines, JIS dates H29.3.27 / R8.1.22, printed 第２１９号 → unverified.


def n13():
    P, INT, R = 312_480, 8_730, 14.6
    L = late(P, R, D(2017, 6, 2), D(2026, 1, 20))
    T = P + INT + L
    p = Page(font="sans", size=10)
    p.line("R8.1.22", align="r")
    top = p.y
    p.line("〒780-0000")
    p.line("高知県高知市やまもも町九丁目9番9号")
    p.line("浜口　大樹　様", size=13)
    p.line("ご連絡番号　HK-17-30552", size=9)
    yl = p.y
    p.y = top + 3
    x = 120
    p.line("ひかり総合債権サービス株式会社", x=x, size=10.5, font="sans-bold")
    p.line("法務大臣許可番号 第２１９号", x=x, size=8.5)
    p.line("〒530-0000 大阪市北区ひかり町九丁目9-9", x=x, size=8)
    p.line("業務部 TEL 06-0000-2190", x=x, size=8.5)
    p.seal(190, top + 14, 12, "square", "債権回収之印", angle=5, seed=5301)
    p.y = max(p.y, yl) + 5
    p.title("ご返済についてのご相談のお願い", size=15)
    p.para("当社は、令和7年11月28日付で、株式会社さくらんぼカードから貴殿に対する下記債権を譲り受けました。"
           "本件債権はH29.6.1に期限の利益を喪失しており、現在、下記の金額が未払いとなっております。")
    p.para("つきましては、下記ご請求額をR8.2.16までにお支払いください。一括でのお支払いが難しい場合には、同封の"
           "「債務確認書兼分割返済申込書」にご署名のうえご返送いただき、あわせて初回分として1,000円をお振込みいただければ、"
           "ご事情に合わせた分割でのご返済にも応じます。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("原債権者", "株式会社さくらんぼカード"), ("原契約日", "H24.10.5"), ("最終ご入金日", "H29.3.27"),
          ("期限の利益喪失日", "H29.6.1"), ("債権譲受日", "R7.11.28")], x=30, label_w=36, size=9.5)
    p.gap(2)
    p.line("ご請求額（R8.1.20現在）", x=30, font="sans-bold", size=10)
    dots = lambda lab, n: f"{lab}{'・' * (14 - len(lab))}{n:>12,}円"  # noqa: E731
    for lab, n in [("残元金", P), ("利息", INT), ("遅延損害金", L)]:
        p.line(dots(lab, n), x=34, size=10)
    p.add(Line(34, p.y, 120, p.y, 0.3))
    p.gap(1)
    p.line(dots("ご請求額", T), x=34, size=10.5, font="sans-bold")
    p.line("※遅延損害金はH29.6.2からR8.1.20まで残元金に対し年14.6%で計算しています。", x=30, size=8.5)
    p.gap(3)
    p.kv([("お支払期限", "R8.2.16（月）"),
          ("お振込先", "ひかり信用金庫　梅田支店　普通　0219219　ヒカリソウゴウサイケンサービス（カ")], x=30, label_w=26,
         size=9.5)
    p.gap(3)
    p.para("※お問合せの際はご連絡番号をお伝えください。受付：平日9:30～18:00", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="ひかり総合債権サービス株式会社", license_number=219,
               phone="06-0000-2190", creditor="ひかり総合債権サービス株式会社", status="unverified",
               original="株式会社さくらんぼカード", debtor="浜口大樹", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=D(2026, 1, 22), payment_due=D(2026, 2, 16), acceleration=D(2017, 6, 1),
               last_payment=D(2017, 3, 27), assignment=D(2025, 11, 28), reference="HK-17-30552",
               input_kind="pdf_text", template="proxy4_old_debt_acknowledgement", received=D(2026, 1, 26))
    return dict(stem="n13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (old debt, 債務確認書)",
                unusual="invented servicer (法務大臣許可番号 第２１９号 → unverified) buying a 平成29 debt: last payment "
                        "H29.3.27 (> 5 years: 時効 territory) and a 債務確認書 + 1,000円 request (acknowledgement trap); "
                        "JIS dates with 平成 H29.6.1 and 令和 R8.1.22; dotted-leader amount lines (・・・) with a rule "
                        "before ご請求額; late damages over 8½ years larger than the principal; ご連絡番号")


# ---------------------------------------------------------------------------------------------
# n14 縦書き 内容証明 期限の利益喪失通知兼催告書 from a 農業協同組合 (scan): plain kanji amounts with 万, rate
#     年十二・五パーセント, 組合員番号 in full-width digits, kanji phone, 代表理事組合長.


def n14():
    P, INT, R = 2_763_500, 41_280, 12.5
    L = late(P, R, D(2025, 12, 11), D(2026, 1, 27))
    T = P + INT + L
    k = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知兼催告書"),
        ("body", "当組合は、貴殿に対し、令和四年三月十八日付金銭消費貸借契約（農機具購入資金）に基づく貸付金債権を"
                 "有しております。（組合員番号" + fw("440127") + "）"),
        ("body", "貴殿は令和七年八月二十五日の約定返済を最後にその後の返済をせず、当組合の再三の催告にも応じないため、"
                 "同契約の定めにより、令和七年十二月十日をもって期限の利益を喪失しましたので通知します。"),
        ("body", f"令和八年一月二十七日現在の債務額は、残元金{k(P)}、未収利息{k(INT)}、遅延損害金{k(L)}（年十二・五"
                 f"パーセント）、合計{k(T)}です。"),
        ("body", "よって、右合計金額を令和八年二月十日限り当組合にお支払いくださるよう催告します。"),
        ("bottom", "以上"),
        ("low", "令和八年一月二十八日"),
        ("low", "宮崎県小林市ひなもり台九丁目九番地"),
        ("low", "あさぎり農業協同組合"),
        ("low", "代表理事組合長　霧島　康夫"),
        ("low", "（信用共済部）電話〇九八四―〇〇―五二一〇"),
        ("blank", ""),
        ("low", "宮崎県えびの市すすき野九丁目九番地"),
        ("low", "長谷部　修二　殿"),
    ]
    pages = vertical_page(cols, size=11.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("代表理事組合長"):
            pg.items.append(Seal(it.x, _seal_after(it, 11), 12, "square", "組合長之印", angle=-3, seed=5401))
    pg.items.append(post_office_stamp(pg, 5402))
    tr = truth(document_type="acceleration_notice", sender="あさぎり農業協同組合", phone="0984-00-5210",
               creditor="あさぎり農業協同組合", status="not_applicable", debtor="長谷部修二", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 28), payment_due=D(2026, 2, 10),
               acceleration=D(2025, 12, 10), last_payment=D(2025, 8, 25), reference="440127",
               input_kind="vertical_scan", template="proxy4_vertical_ja_accel", received=D(2026, 1, 30))
    return dict(stem="n14", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="acceleration_notice (縦書き 内容証明, 農協)",
                unusual="縦書き 内容証明 期限の利益喪失通知兼催告書 from a 農業協同組合 (代表理事組合長, square seal), scanned; "
                        f"plain kanji amounts ({k(T)}); rate 年十二・五パーセント; as-of date 1/27 ≠ letter date 1/28; "
                        "full-width 組合員番号 ４４０１２７ in brackets; kanji phone with 4-digit area code "
                        "〇九八四―〇〇―五二一〇; 「…をもって」 acceleration")


LETTERS = [n08, n09, n10, n11, n12, n13, n14]
