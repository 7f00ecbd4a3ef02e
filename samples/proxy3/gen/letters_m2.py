"""Proxy-3 letters m09–m16 (law offices, two scams, 縦書き, 簡裁 lawsuit)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fmt_date as fd
from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import PT_MM, RED, Page, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth


def _seal_after(it, gap=7.0):
    return it.y + len(it.s) * it.size * PT_MM * it.pitch + gap


def _kdc(n: int) -> str:
    """Kanji digits with 読点 thousands separators, as in some 縦書き legal letters: 金一、二三四円."""
    return "金" + kanji_digits(f"{n:,}").replace(",", "、") + "円"


# ---------------------------------------------------------------------------------------------
# m09 弁護士法人 for a credit company: letterhead block top right with a square seal, western dates with weekday,
#     当職事件番号, ruled table 残元金/約定利息/延滞損害金/総額, 限り deadline, two attorney names.


def m09():
    P, INT, R = 756_300, 11_842, 18.0
    L = late(P, R, D(2025, 8, 28), D(2025, 11, 28))
    T = P + INT + L
    p = Page(font="serif", size=10.5)
    x = 112
    p.line("2025年12月1日（月）", align="r")
    p.gap(2)
    p.line("弁護士法人けやき通り総合法律事務所", x=x, size=11.5, font="serif-bold")
    p.line("〒160-0000　東京都新宿区けやき通り九丁目9番9号", x=x, size=8.5)
    p.line("電話 03-0000-6174　FAX 03-0000-6175", x=x, size=8.5)
    p.line("株式会社ふたばクレジット代理人", x=x, size=9.5)
    p.line("弁護士　楠本　信也", x=x, size=10)
    p.line("弁護士　早乙女　里奈", x=x, size=10)
    p.seal(186, p.y - 9, 14, "square", "けやき通り法律事務所", angle=3, seed=9909)
    p.gap(2)
    p.line("〒330-0000　埼玉県さいたま市大宮区つつじヶ丘九丁目9番9号")
    p.line("高畑　誠　殿", size=13)
    p.gap(2)
    p.title("ご通知（受任のご連絡及び残債務のご請求）", size=14.5)
    p.para("冠省　当職らは、株式会社ふたばクレジット（以下「通知人」といいます。）から、貴殿に対する債権の回収について"
           "委任を受けましたので、本書をもってご通知いたします。今後、本件に関するご連絡は通知人ではなく当職ら宛に"
           "お願いいたします。")
    p.para("貴殿は、通知人との間のカードローン契約に基づく約定返済を2025年5月27日を最後に怠り、2025年8月27日の経過を"
           "もって期限の利益を喪失しております。2025年11月28日現在の残債務は下表のとおりです。")
    p.gap(1)
    p.table([["項　目", "金　額", "摘　要"],
             ["残元金", f"{P:,}円", ""],
             ["約定利息", f"{INT:,}円", "2025年5月28日～同年8月27日"],
             ["延滞損害金", f"{L:,}円", "2025年8月28日～同年11月28日（年18%）"],
             ["総　額", f"{T:,}円", ""]],
            [36, 40, 94], header=True, aligns="lrl", font="serif", size=10)
    p.gap(2)
    p.para(f"つきましては、上記総額金{T:,}円を、2025年12月12日（金）限り、下記口座へお振込みください。"
           "期限までにお支払い又は誠意あるご連絡がない場合は、通知人の指示により、直ちに訴訟提起等の法的手続に"
           "移行いたします。")
    p.gap(1)
    p.kv([("振込先", "ふじみ野銀行　新宿西口支店　普通　0000617"),
          ("口座名義", "ベンゴシホウジンケヤキドオリソウゴウホウリツジムショ　アズカリグチ"),
          ("当職事件番号", "K25-1093（お振込みの際、お名前の前にご記入ください）")], x=25, label_w=30, sep="：", size=9.5)
    p.gap(2)
    p.para("なお、貴殿が既に弁護士等に債務整理を依頼されている場合は、お手数ですがその代理人の氏名・連絡先を当職ら"
           "までお知らせください。", size=9.5)
    p.line("草々", align="r")
    tr = truth(document_type="collection_notice", sender="弁護士法人けやき通り総合法律事務所", phone="03-0000-6174",
               creditor="株式会社ふたばクレジット", status="not_applicable", debtor="高畑誠", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 1), payment_due=D(2025, 12, 12),
               acceleration=D(2025, 8, 27), last_payment=D(2025, 5, 27), reference="K25-1093",
               input_kind="pdf_text", template="proxy3_law_firm_table", received=D(2025, 12, 3))
    return dict(stem="m09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (弁護士法人)",
                unusual="弁護士法人 受任 + 請求 letter with the firm block TOP RIGHT above the addressee (date first), two "
                        "lawyers and a square seal; western dates with weekday 2025年12月1日（月）; 3-column ruled table "
                        "with 摘要 periods; 総額 label; 「…（金）限り」 deadline; 当職事件番号 K25-1093 in the bank block "
                        "(reference); acceleration phrased 「…の経過をもって」; creditor = client")


# ---------------------------------------------------------------------------------------------
# m10 司法書士法人 (claim under 140万円) for a consumer-finance client, phone photo: label：value block with
#     full-width amounts, 貴殿番号, letter date in full-width 令和 but due date in full-width western form.


def m10():
    P, INT, R = 318_000, 4_187, 20.0
    L = late(P, R, D(2025, 9, 2), D(2025, 11, 25))
    T = P + INT + L
    p = Page(font="sans", size=10.5)
    p.line(fw("令和7年11月26日"), align="r")
    p.gap(2)
    p.line("〒600-0000　京都府京都市下京区あやめ小路九丁目999番地")
    p.line("西山　拓海　様", size=13)
    p.gap(2)
    p.title("受任通知兼督促状", size=16, spaced=True)
    p.para("前略　当事務所は、株式会社ことのはローン（以下「債権者」といいます。）から、貴殿に対する貸金債権の"
           "請求に関し委任を受けました。貴殿は約定どおりのご返済をされておらず、既に期限の利益を喪失されています。"
           "つきましては、下記ご請求金額を期日までに一括してお支払いください。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("債権者", "株式会社ことのはローン"),
          ("貴殿番号", "ＳＨ－４０７７"),
          ("最終ご入金日", fw("令和7年6月30日")),
          ("期限の利益喪失日", fw("令和7年9月1日")),
          ("ご請求元金", fw(f"金{P:,}円")),
          ("未収利息", fw(f"金{INT:,}円")),
          ("延滞損害金", fw(f"金{L:,}円") + "（" + fw("年20%") + "・" + fw("9/2～11/25") + "）"),
          ("ご請求金額合計", fw(f"金{T:,}円")),
          ("お支払期日", fw("2025年12月15日") + "（月）")], x=30, label_w=44, sep="：", size=11)
    p.gap(3)
    p.para("お支払いが困難な場合でも、必ずお支払期日までに当事務所へご連絡ください。ご連絡のないまま期日を経過した"
           "場合には、債権者と協議の上、簡易裁判所への訴え提起等の手続をとることがあります。", size=10)
    p.line("草々", align="r")
    p.gap(4)
    p.line("司法書士法人みなせ坂リーガル", x=100, size=12, font="sans-bold")
    p.line("代表社員　司法書士　瀬戸口　玲子", x=100, size=10)
    p.line("京都司法書士会会員　登録番号　第0000号", x=100, size=8.5)
    p.line("（簡裁訴訟代理等関係業務認定番号　第000000号）", x=100, size=8.5)
    p.line("京都府京都市中京区みなせ坂九丁目9番地", x=100, size=8.5)
    p.line("TEL 075-000-2290（受付 平日10時～17時）", x=100, size=9)
    p.seal(184, p.y - 16, 13, "round", "司法書士|瀬戸口", angle=6, seed=1010)
    tr = truth(document_type="collection_notice", sender="司法書士法人みなせ坂リーガル", phone="075-000-2290",
               creditor="株式会社ことのはローン", status="not_applicable", debtor="西山拓海", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 26), payment_due=D(2025, 12, 15),
               acceleration=D(2025, 9, 1), last_payment=D(2025, 6, 30), reference="SH-4077",
               input_kind="photo_jpeg", template="proxy3_judicial_scrivener_kv", received=D(2025, 11, 28))
    return dict(stem="m10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="collection_notice (司法書士法人)",
                unusual="司法書士法人 受任通知兼督促状 (phone photo); sender at the BOTTOM with 司法書士会 登録番号 and "
                        "認定番号 (not licences); one label：value block with full-width amounts (ご請求元金/未収利息/延滞損害金/"
                        "ご請求金額合計) and a short window ９/２～１１/２５ after the late damages; full-width 貴殿番号 ＳＨ－４０７７; "
                        "letter date full-width 令和, due date full-width western ２０２５年１２月１５日（月）")


# ---------------------------------------------------------------------------------------------
# m11 scam: look-alike of a real servicer, 「アビリオ債券回収株式会社」 (債券 instead of 債権) printing the real
#     company's 第5号; 総合消費料金, electronic money, 090 direct line, no street address; scanned.


def m11():
    AMT = 298_000
    p = Page(font="sans", size=10.5)
    p.line(fw("令和7年11月28日"), align="r")
    p.line("石井　和子　様", size=13)
    p.gap(4)
    p.title("債権移行に伴う最終通知書", size=17, color=RED)
    p.para("貴殿がご契約された総合消費料金（携帯端末・有料コンテンツ利用料等）について、契約会社より未納のご連絡を"
           "いただいておりましたが、再三の督促にも応じていただけないため、当該債権は当社へ移行されました。")
    p.para("本通知は最終通知となります。本状到着後、本日中に必ず担当者までご連絡ください。ご連絡なき場合は、"
           "民事訴訟の手続きに移行し、給与・動産・不動産の差押え、並びに信用情報機関への登録を執行いたします。")
    p.gap(2)
    p.box(30, p.y, 150, 30, width=0.9, color=RED)
    p.gap(3)
    p.line("管理番号　　ＡＢ－７２９１", x=38, size=11)
    p.line(f"ご請求金額　　￥{AMT:,}-（遅延金・調査費用含む）", x=38, size=13, font="sans-bold", color=RED)
    p.line("お支払期限　　" + fw("令和7年12月3日") + "（水）", x=38, size=12, font="sans-bold")
    p.gap(6)
    p.para("お支払いはコンビニエンスストアにて電子マネー（ギフトコード）をご購入の上、担当者へコード番号をお伝えください。"
           "または担当者個人名義の口座への振込も可能です。", size=10)
    p.para("※ご家族・勤務先への連絡を希望されない場合は、期限内にお手続きください。※法務省認可の正規業者です。", size=10)
    p.gap(8)
    p.line("アビリオ債券回収株式会社", x=100, size=13, font="sans-bold")
    p.line("法務大臣許可番号　" + fw("第5号"), x=100, size=9.5)
    p.line("東京都千代田区（詳細は担当者まで）", x=100, size=9.5)
    p.line("債権移行管理部　担当　佐々木", x=100, size=9.5)
    p.line("担当直通　090-0000-4471（受付 9:00～20:00）", x=100, size=10.5, font="sans-bold")
    tr = truth(document_type="other", sender="アビリオ債券回収株式会社", license_number=5, phone="090-0000-4471",
               creditor=None, status="not_licensed", debtor="石井和子", total=AMT, issued=D(2025, 11, 28),
               payment_due=D(2025, 12, 3), reference="AB-7291", is_scam=True, input_kind="scan_png",
               template="proxy3_scam_lookalike_servicer", received=None)
    return dict(stem="m11", ext="png", kind="scan_png", pages=[p.spec], truth=tr, about="other (scam, look-alike servicer)",
                unusual="架空請求 from 「アビリオ債券回収株式会社」 — one character off the real アビリオ債権回収 (債券 vs 債権) "
                        "and printing the real company's 第５号 (→ scam, not_licensed; 5 kept as printed); 債権移行 wording, "
                        "総合消費料金, electronic money / staff's personal account, 090 担当直通, no street address, 法務省認可 "
                        "claim; red title and red box with ￥…- amount; scanned")


# ---------------------------------------------------------------------------------------------
# m12 scam: court-like letter from a non-existent 「関東簡易裁判所 民事訴訟管理局」 with a fake (ハ) case number,
#     a 和解金 and 取下げ期限; phone photo stored sideways (EXIF 8).


def m12():
    AMT = 186_000
    p = Page(font="serif", size=10.5)
    p.line("関東簡易裁判所", size=13, font="serif-bold")
    p.line("民事訴訟管理局　訴訟受付係", size=10)
    p.line("令和7年(ハ)第08813号", size=10)
    p.line("令和7年11月27日", align="r")
    p.gap(2)
    p.line("被告　前田　雅人　殿", size=13)
    p.gap(2)
    p.title("民事訴訟提起に関する最終通達書", size=16)
    p.para("貴殿に対し、契約不履行による未納料金請求の訴状が原告（大手通信販売業者）より提出されましたので通達いたします。"
           "本通達書到着後、下記取下げ期限までに当局へご連絡がない場合、原告の主張を認めたものとみなし、裁判所の"
           "許可のもと、貴殿の給与、預貯金、動産及び不動産の強制執行（差押え）を行います。")
    p.para("なお、和解による訴訟取下げをご希望の場合は、下記和解金を期限までにお支払いいただくことで、裁判の取下げ"
           "手続きが可能です。個人情報保護のため、ご本人様より直接ご連絡ください。")
    p.gap(2)
    p.line("記", align="c")
    p.table([["事件番号", "令和7年(ハ)第08813号"],
             ["事件名", "総合消費料金未納請求事件"],
             ["和解金", f"金{AMT:,}円"],
             ["和解金お支払期限（取下げ期限）", fd(D(2025, 12, 4), "kanji", weekday=True)],
             ["取下げ相談窓口", "03-0000-9184（担当書記官　橋本）"]],
            [62, 98], x=25, aligns="ll", shade_col0=True, font="serif", size=10.5)
    p.gap(3)
    p.para("※和解金のお支払いは、当局指定の収納代行業者を通じた電子マネーにて承ります。", size=9.5)
    p.para("※本通達書は裁判所の正式書面です。無視された場合の不利益は全て貴殿の責任となります。", size=9.5)
    p.seal(170, 30, 18, "round", "関東簡易|裁判所", angle=8, seed=1212)
    tr = truth(document_type="other", sender="関東簡易裁判所民事訴訟管理局", phone="03-0000-9184", creditor=None,
               status="not_licensed", debtor="前田雅人", total=AMT, issued=D(2025, 11, 27), payment_due=D(2025, 12, 4),
               reference="令和7年(ハ)第08813号", is_scam=True, input_kind="photo_exif_rotated",
               template="proxy3_scam_fake_court_letter", received=None)
    return dict(stem="m12", ext="jpg", kind="photo_exif_rotated", exif=8, pages=[p.spec], truth=tr,
                about="other (scam, court-like)",
                unusual="架空請求 posing as a court: 「関東簡易裁判所 民事訴訟管理局」 (no such court) with a fake 令和7年(ハ)第08813号, "
                        "被告 殿, round red court-like seal, 強制執行 threats, 和解金 186,000円 with 和解金お支払期限（取下げ期限）, "
                        "電子マネー via 収納代行, 03 取下げ相談窓口; a letter, not a postcard; phone photo stored sideways "
                        "(EXIF Orientation 8)")


# ---------------------------------------------------------------------------------------------
# m13 縦書き 債権譲渡通知書 (内容証明) sent by the ASSIGNOR (consumer-finance company) alone; assignee
#     三菱HCキャピタル債権回収 (registry, no number); amounts in kanji digits with 読点 separators.


def m13():
    P, INT, R = 1_236_480, 27_315, 20.0
    L = late(P, R, D(2025, 4, 16), D(2025, 10, 31))
    T = P + INT + L
    k = lambda d: fd(d, "kansuji")  # noqa: E731
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "当社は、貴殿に対して有する後記債権を、" + k(D(2025, 11, 1)) + "付けで、三菱ＨＣキャピタル債権回収株式会社"
                 "（以下「譲受人」という。）に譲渡いたしましたので、民法第四百六十七条に基づき通知いたします。"),
        ("body", "つきましては、今後の後記債権に関するお支払い及びお問い合わせは、すべて譲受人に対してなされますようお願い"
                 "申し上げます。当社に対するお支払いはお受けできませんのでご注意ください。"),
        ("plain", "後記"),
        ("indent", "一　原契約　" + k(D(2019, 7, 8)) + "付金銭消費貸借契約（極度借入基本契約）"),
        ("indent", "二　お客様番号　５５０３２１８"),
        ("indent", "三　最終弁済日　" + k(D(2025, 1, 27))),
        ("indent", "四　期限の利益喪失日　" + k(D(2025, 4, 15))),
        ("indent", "五　譲渡債権額（" + k(D(2025, 10, 31)) + "現在）"),
        ("indent", "　　元金　" + _kdc(P) + "　利息　" + _kdc(INT)),
        ("indent", "　　遅延損害金　" + _kdc(L) + "（年二〇・〇パーセント）"),
        ("indent", "　　合計　" + _kdc(T)),
        ("bottom", "以上"),
        ("low", k(D(2025, 11, 5))),
        ("low", "（譲渡人）青森県青森市ねぶた通九丁目九番九号"),
        ("low", "株式会社やまびこローン"),
        ("low", "代表取締役　山彦　誠一"),
        ("low", "電話　〇一七―〇〇〇―三三九一"),
        ("blank", ""),
        ("low", "（譲受人）東京都千代田区ときわ橋九丁目九番九号"),
        ("low", "三菱ＨＣキャピタル債権回収株式会社"),
        ("blank", ""),
        ("low", "岩手県盛岡市かたくり町九丁目九番九号"),
        ("low", "菅野　昌子　殿"),
    ]
    pages = vertical_page(cols, size=10.5, col_pitch=6.0)
    assert len(pages) == 1, len(pages)
    for pg in pages:
        for it in pg.items:
            if isinstance(it, VText) and it.s == "代表取締役　山彦　誠一":
                pg.items.append(Seal(it.x, _seal_after(it), 12, "round", "|代表取/締役印", angle=-4, seed=1313))
    pages[-1].items.append(post_office_stamp(pages[-1], 1314))
    tr = truth(document_type="assignment_notice", sender="株式会社やまびこローン", phone="017-000-3391",
               creditor="三菱HCキャピタル債権回収株式会社", status="not_applicable", original="株式会社やまびこローン",
               debtor="菅野昌子", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False,
               issued=D(2025, 11, 5), acceleration=D(2025, 4, 15), last_payment=D(2025, 1, 27),
               assignment=D(2025, 11, 1), reference="5503218", input_kind="vertical_pdf",
               template="proxy3_vertical_assignor_notice", received=D(2025, 11, 7))
    return dict(stem="m13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (縦書き 内容証明, assignor alone)",
                unusual="縦書き 債権譲渡通知書 sent by the ASSIGNOR (consumer-finance company) alone → sender = lender, creditor = "
                        "譲受人 三菱ＨＣキャピタル債権回収 ★ (full-width ＨＣ, no licence printed; sender not a servicer → "
                        "not_applicable); amounts in kanji digits with 読点 separators (金一、二三六、四八〇円); 民法第四百六十七条; "
                        "rate 年二〇・〇パーセント; full-width お客様番号 ５５０３２１８; kansuji dates; 郵便認証司 stamp; "
                        "譲受人 address block after the sender")


# ---------------------------------------------------------------------------------------------
# m14 縦書き 催告書 from servicer アイ・アール債権回収 (registry, no number printed) — scanned; breakdown in plain
#     kanji, the total in 大字; 限り deadline; 管理番号 in full-width latin.


def m14():
    P, INT, R = 876_500, 15_904, 14.6
    L = late(P, R, D(2024, 10, 29), D(2025, 11, 30))
    T = P + INT + L
    k = lambda d: fd(d, "kansuji")  # noqa: E731
    kn = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "当社は、株式会社あかねぐもカードから、同社が貴殿に対して有する後記債権を" + k(D(2025, 7, 1))
                 + "に譲り受け、同社より貴殿にその旨の通知がなされております。"),
        ("body", "貴殿は、" + k(D(2024, 8, 27)) + "の弁済を最後にその後の弁済を怠り、" + k(D(2024, 10, 28))
                 + "に期限の利益を喪失されております。"),
        ("body", "よって、本書をもって、後記債権合計" + "金" + kanji_number(T, daiji=True) + "円を" + k(D(2025, 12, 19))
                 + "限り、一括してお支払いくださるよう催告いたします。右期限までにお支払いなき場合は、訴訟等の法的手続を"
                   "とらせていただきます。"),
        ("plain", "後記"),
        ("indent", "管理番号　ＩＲ－５５２０１"),
        ("indent", "残元金　" + kn(P)),
        ("indent", "利息　" + kn(INT)),
        ("indent", "遅延損害金　" + kn(L) + "（" + k(D(2024, 10, 29)) + "から" + k(D(2025, 11, 30))
                   + "まで年十四・六パーセント）"),
        ("indent", "合計　金" + kanji_number(T, daiji=True) + "円"),
        ("bottom", "以上"),
        ("low", k(D(2025, 12, 2))),
        ("low", "東京都品川区しおさい町九丁目九番九号"),
        ("low", "アイ・アール債権回収株式会社"),
        ("low", "債権管理部長　入江　篤"),
        ("low", "電話〇三―〇〇〇〇―八二一七"),
        ("blank", ""),
        ("low", "神奈川県相模原市中央区すすき野九丁目九番九号"),
        ("low", "北村　博之　殿"),
    ]
    pages = vertical_page(cols, size=12.0)
    assert len(pages) == 1, len(pages)
    for it in list(pages[0].items):
        if isinstance(it, VText) and it.s == "債権管理部長　入江　篤":
            pages[0].items.append(Seal(it.x, _seal_after(it), 11, "square", "債権管理部長", angle=3, seed=1414))
    tr = truth(document_type="collection_notice", sender="アイ・アール債権回収株式会社", phone="03-0000-8217",
               creditor="アイ・アール債権回収株式会社", status="licensed", original="株式会社あかねぐもカード",
               debtor="北村博之", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True,
               issued=D(2025, 12, 2), payment_due=D(2025, 12, 19), acceleration=D(2024, 10, 28),
               last_payment=D(2024, 8, 27), assignment=D(2025, 7, 1), reference="IR-55201",
               input_kind="vertical_scan", template="proxy3_vertical_servicer_demand", received=D(2025, 12, 4))
    return dict(stem="m14", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="collection_notice (縦書き, servicer)",
                unusual="縦書き 催告書 from servicer アイ・アール債権回収 ★ (registry, no number printed → licensed), scanned; "
                        "breakdown in plain kanji but the total in 大字 (金壱百…円) both in the prose and the 合計 line; "
                        "late-damages window spans 2024→2025 in kansuji; assignment date only in the prose; 管理番号 "
                        "ＩＲ－５５２０１ stacked vertically; 〇三―〇〇〇〇 phone; no 内容証明 stamp")


# ---------------------------------------------------------------------------------------------
# m15 縦書き 和解のご提案 from servicer AG債権回収 (registry, no number printed), old 平成 debt; 和解金額 < 総額,
#     回答期限 = payment_due.


def m15():
    P, INT, R = 398_000, 52_714, 20.0
    L = late(P, R, D(2018, 12, 27), D(2025, 11, 30))
    T = P + INT + L
    OFFER = 300_000
    k = lambda d: fd(d, "kansuji")  # noqa: E731
    kn = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "和解のご提案"),
        ("body", "拝啓　時下ますますご清祥のこととお喜び申し上げます。"),
        ("body", "さて、当社が株式会社みやびローンより譲り受けました貴殿に対する貸金債権につき、" + k(D(2025, 11, 30))
                 + "現在の残債務額は左記のとおりとなっております。"),
        ("body", "当社といたしましては、貴殿のご事情も考慮し、左記和解金額を分割にてお支払いいただくことで、残余の債務を"
                 "免除する和解をご提案いたします。ご検討の上、回答期限までに同封の回答書をご返送ください。"),
        ("bottom", "敬具"),
        ("plain", "記"),
        ("indent", "一　お客様番号　ＡＧ－３３７０２"),
        ("indent", "二　最終ご返済日　" + k(D(2018, 9, 25))),
        ("indent", "三　期限の利益喪失日　" + k(D(2018, 12, 26))),
        ("indent", "四　残債務額　元金　" + kn(P) + "　利息　" + kn(INT)),
        ("indent", "　　延滞損害金　" + kn(L) + "（年二十パーセント）"),
        ("indent", "　　総額　" + kn(T)),
        ("indent", "五　和解金額　" + kn(OFFER) + "（月々金一万二千五百円の二十四回払い）"),
        ("indent", "六　回答期限　" + fd(D(2025, 12, 26), "kansuji", weekday=True)),
        ("bottom", "以上"),
        ("low", k(D(2025, 12, 5))),
        ("low", "滋賀県草津市うぐいす台九丁目九番九号"),
        ("low", "ＡＧ債権回収株式会社"),
        ("low", "業務第一部　担当　相沢"),
        ("low", "電話〇七七―〇〇〇―五八二〇"),
        ("blank", ""),
        ("low", "大阪府枚方市かささぎ町九丁目九番九号"),
        ("low", "佐野　光　様"),
    ]
    pages = vertical_page(cols, size=11.0, col_pitch=6.3)
    assert len(pages) == 1, len(pages)
    for pg in pages:
        for it in pg.items:
            if isinstance(it, VText) and it.s == "ＡＧ債権回収株式会社":
                pg.items.append(Seal(it.x, _seal_after(it), 13, "square", "ＡＧ債権回収印", angle=-3, seed=1515))
    tr = truth(document_type="settlement_proposal", sender="AG債権回収株式会社", phone="077-000-5820",
               creditor="AG債権回収株式会社", status="licensed", original="株式会社みやびローン", debtor="佐野光",
               total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False, issued=D(2025, 12, 5),
               payment_due=D(2025, 12, 26), acceleration=D(2018, 12, 26), last_payment=D(2018, 9, 25),
               reference="AG-33702", input_kind="vertical_pdf", template="proxy3_vertical_settlement_old_debt",
               received=D(2025, 12, 8))
    return dict(stem="m15", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="settlement_proposal (縦書き, old debt)",
                unusual="縦書き 和解のご提案 from servicer ＡＧ債権回収 ★ (full-width ＡＧ, registry, no number → licensed); "
                        "very old debt: last payment 平成三十年九月二十五日 (7 years → prescription territory) and late damages "
                        "over 7 years larger than the principal; 残債務額 split over three columns (元金・利息 / 延滞損害金 / 総額); "
                        "和解金額 and 月々 instalment amount in kanji as distractors; 回答期限 with weekday; no assignment date")


# ---------------------------------------------------------------------------------------------
# m16 千葉簡易裁判所 (ハ) 口頭弁論期日呼出状 on ONE page with a 請求の要旨 table instead of a 訴状;
#     plaintiff 信販 company (registry n/a); court block at the top, plaintiff phone in the party lines.


def m16():
    P, INT, R = 684_500, 12_733, 14.6
    L = late(P, R, D(2025, 5, 28), D(2025, 11, 10))
    T = P + INT + L
    p = Page(font="serif", size=10.5)
    p.line("千葉簡易裁判所民事第2係", size=11, font="serif-bold")
    p.line("〒260-0000　千葉市中央区なのはな町九丁目9番9号　電話 043-000-5163", size=8.5)
    p.rule(width=0.5)
    p.gap(3)
    p.line(fd(D(2025, 12, 3), "kanji", weekday=True), align="r")
    p.kv([("事件番号", "令和7年(ハ)第3307号　立替金請求事件"),
          ("原　　告", "株式会社こもれびクレジット（東京都豊島区さつき通九丁目9番9号　電話 03-0000-4856）"),
          ("被　　告", "浅野　美咲")], label_w=26, sep="", size=10)
    p.gap(3)
    p.line("千葉県市原市なでしこ台九丁目9番9号", x=25)
    p.line("浅野　美咲　様", x=25, size=13)
    p.title("第1回口頭弁論期日呼出状", size=15)
    p.para("上記事件について、口頭弁論期日が下記のとおり指定されましたので、当裁判所に出頭してください。"
           "訴状副本等を同封しますので、答弁書を" + fd(D(2026, 1, 5), "kanji") + "までに提出してください。")
    p.gap(1)
    p.kv([("日　時", fd(D(2026, 1, 14), "kanji", weekday=True) + "　午前10時00分"),
          ("場　所", "千葉簡易裁判所　3階　302号法廷")], x=35, label_w=22, sep="：", size=11.5, font="serif-bold")
    p.gap(3)
    p.line("請求の要旨（訴状より抜粋）", font="serif-bold")
    p.table([["請求項目", "金額", "備考"],
             ["残元金", f"{P:,}円", "カードショッピング分割払"],
             ["未払利息", f"{INT:,}円", "分割払手数料"],
             ["遅延損害金", f"{L:,}円", "R7.5.28～R7.11.10・年14.6%"],
             ["訴額（合計）", f"{T:,}円", "別途 R7.11.11以降の遅延損害金"]],
            [40, 40, 80], x=25, header=True, aligns="lrl", font="serif", size=10)
    p.gap(2)
    p.para("紛争の要点：被告は令和7年3月27日の分割金支払を最後に支払を怠り、原告の催告にもかかわらず支払をしなかったため、"
           "令和7年5月27日に期限の利益を喪失した。", size=10)
    p.gap(2)
    btop = p.y
    p.box(20, btop, 170, 22, width=0.3)
    p.gap(2)
    p.para("（ご注意）答弁書を提出せずに期日に欠席されると、原告の請求を認めたものとして扱われることがあります。"
           "分割払いの和解を希望される場合は、その旨を答弁書に記載してください。簡易裁判所では司法委員が話合いを"
           "お手伝いします。", x0=23, x1=187, size=9.5)
    p.y = btop + 22 + 6
    p.line("裁判所書記官　　船木　遼", x=120)
    p.seal(182, p.y - 4, 12, "square", "千葉簡易裁判所書記官印", angle=-3, seed=1616)
    tr = truth(document_type="lawsuit", sender="千葉簡易裁判所", phone="043-000-5163",
               creditor="株式会社こもれびクレジット", status="not_applicable", debtor="浅野美咲", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 3), acceleration=D(2025, 5, 27),
               last_payment=D(2025, 3, 27), hearing=D(2026, 1, 14), reference="令和7年(ハ)第3307号",
               input_kind="pdf_text", template="proxy3_summary_court_summons_1p", received=D(2025, 12, 5))
    return dict(stem="m16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr, about="lawsuit (簡裁 (ハ))",
                unusual="千葉簡裁 (ハ) 第1回口頭弁論期日呼出状 on ONE page: court name + phone in a header band above a rule; "
                        "plaintiff 信販 with its own phone inside the 原告 line; 日時/場所 in bold label：value; answer deadline "
                        "in prose; 請求の要旨 table with 備考 using JIS dates R7.5.28～R7.11.10; 訴額（合計） label; "
                        "紛争の要点 prose for last payment / acceleration")
