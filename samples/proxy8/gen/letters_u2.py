"""Proxy set 8, letters u09–u16: a joint 縦書き 債権譲渡通知書 (信販 → セゾン債権回収), a 家賃保証 退去精算金 claim, a 地裁
支部 (ワ) 呼出状 + 訴状 with 別紙 請求債権目録, a bank card-loan guarantor's 代位弁済通知, a 司法書士法人 縦書き 督促状 for a
後払い決済 company, a scam posing as a collection bureau, a housing-loan body's 再通知 and a 信販 company's 一括請求."""

from __future__ import annotations

from datetime import date as D

from common import Page, late, seal_after, truth

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import GRAY, RED, Box, Line, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
NAVY = (0.12, 0.20, 0.42)
TEAL = (0.05, 0.45, 0.50)
WHITE = (1.0, 1.0, 1.0)


def kj(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# u09 縦書き joint 債権譲渡通知書 (信販 → real servicer セゾン債権回収, 法務大臣許可番号第三四号 in kanji digits): 記 list with
#     原契約 / 喪失日 / 最終弁済日 / 譲渡債権額 (positional kanji) / 管理番号 in full-width; both parties sign with round seals.


def u09():
    P, INT, R = 413_680, 5_906, 14.6
    L = late(P, R, D(2025, 5, 13), D(2025, 10, 1))
    T = P + INT + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "譲渡人株式会社みらいクレジットサービス（以下「譲渡人」といいます。）は、貴殿に対して有する左記債権を、"
                 "令和七年十月一日付で、譲受人セゾン債権回収株式会社（以下「譲受人」といいます。）に譲渡いたしましたので、"
                 "民法第四百六十七条に基づき、譲渡人及び譲受人の連名をもって通知いたします。"),
        ("body", "今後、右債権についてのお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人へのお支払いは"
                 "なさらないよう御注意下さい。"),
        ("plain", "　　　　　　　　　　　　　記"),
        ("indent", "一　原契約　令和三年九月六日付クレジットカード会員契約（ショッピング・キャッシング）"),
        ("indent", "二　期限の利益喪失日　令和七年五月十二日（最終弁済日　令和七年二月二十七日）"),
        ("indent", f"三　譲渡債権額（令和七年十月一日現在）　残元金　{kj(P)}"),
        ("indent", f"　　未払手数料　{kj(INT)}"),
        ("indent", f"　　遅延損害金　{kj(L)}（年十四・六パーセント）"),
        ("indent", f"　　合計　{kj(T)}"),
        ("indent", "四　管理番号　ＳＺ－７７０２１８"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和七年十月十日"),
        ("low", "譲渡人　東京都豊島区ひばり台九丁目九番九号"),
        ("low", "株式会社みらいクレジットサービス"),
        ("low", "代表取締役　倉持　宏"),
        ("blank", ""),
        ("low", "譲受人　東京都豊島区いちょう坂九丁目九番九号"),
        ("low", "（お問合せ）電話〇三―〇〇〇〇―三四一八"),
        ("low", "法務大臣許可番号第三四号"),
        ("low", "セゾン債権回収株式会社"),
        ("low", "代表取締役　三輪　和彦"),
        ("blank", ""),
        ("low", "神奈川県相模原市中央区くすのき台九丁目九番九号"),
        ("low", "江藤　真理子　殿"),
    ]
    pages = vertical_page(cols, size=10, col_pitch=6.1, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("代表取締役"):
            seed = 9101 if "倉持" in it.s else 9102
            pg.items.append(Seal(it.x - 2.5, seal_after(it, 10, 1.0) - 5.0, 12, "round", "|代表取/締役印", angle=-6,
                                 seed=seed))
    pg.items.append(post_office_stamp(pg, 9103))
    tr = truth(document_type="assignment_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-3418", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社みらいクレジットサービス", debtor="江藤真理子", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2025, 10, 10), acceleration=D(2025, 5, 12),
               last_payment=D(2025, 2, 27), assignment=D(2025, 10, 1), reference="SZ-770218",
               input_kind="vertical_pdf", template="proxy8_vertical_joint_assignment_saison", received=D(2025, 10, 14))
    return dict(stem="u09", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (縦書き 内容証明, joint)",
                unusual="縦書き joint 債権譲渡通知書 (内容証明) from a 信販 (譲渡人) and the real servicer セゾン債権回収 (譲受人) ★ "
                        "with its licence in kanji digits 「法務大臣許可番号第三四号」 and the 譲受人's phone column BETWEEN its "
                        "address and its name; 記 list (原契約 date 令和三年, 喪失日, 最終弁済日, 譲渡債権額 in positional kanji "
                        "(the 譲渡債権額 heading and 残元金 share a column) with 未払手数料 = interest, 最終弁済日 in brackets after the 喪失日, full-width 管理番号 ＳＺ－７７０２１８ stacked); 民法第四百六十七条; two round "
                        "代表取締役 seals; only informs (lump false, no payment date)")


# ---------------------------------------------------------------------------------------------
# u10 家賃保証 退去精算金 claim (phone photo): after the tenant moved out; 精算明細 with three 立替 items, a 立替金合計
#     (distractor), a △ 敷金充当 line, 充当後残債務 (= principal), 督促手数料 (= costs) and ご請求額; rate only as a threat.


def u10():
    items = [("立替家賃（令和7年7月分～9月分）", 204_000, "月額賃料等68,000円×3か月"),
             ("原状回復費用（立替）", 186_450, "管理会社見積書による"),
             ("残置物撤去費用（立替）", 38_500, "")]
    SUBT = sum(a for _, a, _ in items)
    DEP = 136_000
    P = SUBT - DEP
    C = 1_100
    T = P + C
    p = Page(font="sans", size=10, top=14)
    p.box(20, 12, 58, 14, width=0.3, color=None, fill=TEAL)
    p.at(49, 19.2, "ルームガード保証", size=13, font="sans-bold", align="c", color=WHITE)
    p.at(49, 23.8, "RENT GUARANTEE", size=7, align="c", color=WHITE)
    p.y = 14
    p.line("令和7年11月12日", align="r", size=10)
    p.line("管理番号　RG25-30418", align="r", size=9.5)
    p.y = 31
    p.line("〒812-0000　福岡県福岡市博多区みなみ坂九丁目9番9号", size=9.5)
    p.line("芦田　陽向　様", size=13)
    p.gap(1)
    x = 118
    p.line("株式会社ルームガード保証", x=x, size=11, font="sans-bold")
    p.line("督促センター　担当：二階堂", x=x, size=9)
    p.line("TEL 03-0000-6640（平日10:00～19:00）", x=x, size=9)
    p.seal(182, p.y - 8, 12, "square", "ルームガード保証之印", angle=-2, seed=9201)
    p.gap(3)
    p.title("退去精算金のお支払いについて（ご請求）", size=14)
    p.para("貴殿が賃借されていた下記物件につきましては、令和7年9月30日に明渡しが完了いたしました。当社は、賃貸保証委託"
           "契約に基づき、貸主様に対して未払賃料等及び退去に伴う費用を立替払いいたしましたので、敷金充当後の残額について"
           "下記のとおりご請求いたします。")
    p.gap(1)
    p.kv([("物件名", "グランシェ博多南　305号室"),
          ("賃貸借契約開始日", "令和4年4月1日（月額賃料等 68,000円／敷金 136,000円）"),
          ("最終ご入金日", "令和7年6月27日"),
          ("管理会社", "株式会社はかた住宅管理（TEL 092-000-3051）")], x=24, label_w=36, size=9)
    p.gap(2)
    p.line("【精算明細】", x=22, size=10, font="sans-bold")
    rows = [["項目", "金額（円）", "備考"]]
    rows += [[a, f"{b:,}", c] for a, b, c in items]
    rows += [["立替金合計", f"{SUBT:,}", ""],
             ["敷金充当", f"△{DEP:,}", "貸主様より受領"],
             ["充当後残債務", f"{P:,}", ""],
             ["督促手数料", f"{C:,}", "書面発送・通知費用"],
             ["ご請求額", f"{T:,}", ""]]
    p.table(rows, [66, 34, 70], header=True, aligns="lrl", size=9.5)
    p.gap(3)
    y = p.y
    p.box(20, y, 170, 12, width=0.8, color=TEAL)
    p.at(24, y + 8, "お振込期日", size=11, font="sans-bold")
    p.at(56, y + 8, "令和7年11月26日（水）", size=12, font="sans-bold")
    p.at(186, y + 8, f"ご請求額　{T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 16
    p.kv([("お振込先", "にしのみや銀行 東京営業部 普通 6640218 カ）ルームガードホショウ")], x=24, label_w=22, size=9.5)
    p.gap(2)
    p.para("上記ご請求額を、お振込期日までに全額を一括にてお振込みください。お振込期日を過ぎた場合、立替金に対し年14.6％の"
           "割合による遅延損害金を申し受けます。また、期日までにお支払い又はご連絡がない場合は、法的手続に移行することが"
           "ありますので、ご了承ください。", size=9.5)
    p.para("※管理会社へのお問合せはご遠慮ください。本件のお問合せは当社督促センターまでお願いいたします。", size=8.5,
           indent="")
    tr = truth(document_type="collection_notice", sender="株式会社ルームガード保証", phone="03-0000-6640",
               creditor="株式会社ルームガード保証", status="not_applicable", debtor="芦田陽向", total=T, principal=P,
               costs=C, rate=14.6, lump=True, issued=D(2025, 11, 12), payment_due=D(2025, 11, 26),
               last_payment=D(2025, 6, 27), reference="RG25-30418", input_kind="photo_jpeg",
               template="proxy8_rent_guarantee_moveout", received=D(2025, 11, 14))
    return dict(stem="u10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="collection_notice (家賃保証, 退去精算金)",
                unusual="家賃保証 claim AFTER the tenant moved out (退去精算金), phone photo; teal logo box; 精算明細 with three 立替 "
                        "items (立替家賃 3 months + 原状回復費用 + 残置物撤去費用), a 立替金合計 428,950 (distractor), a "
                        "△136,000 敷金充当 line, 充当後残債務 (= principal), 督促手数料 (= costs) and ご請求額; 月額賃料等 68,000, "
                        "敷金 136,000, 部屋番号, 契約開始日 and the 管理会社 phone as distractors; rate 14.6% only as a threat "
                        "(no late damages printed); お振込期日 with weekday in a box")


# ---------------------------------------------------------------------------------------------
# u11 水戸地裁土浦支部 (ワ) 呼出状 + 訴状 as a 2-page image-only PDF: p.1 呼出状 with 期日/場所/答弁書提出期限 in an outer-ruled
#     box and the clerk's direct line; p.2 the 訴状 (servicer plaintiff アウロラ債権回収, no number printed) with
#     「金…及びうち金…」 and the 別紙 請求債権目録 (元金/利息/遅延損害金/合計 with 備考 periods).


def u11():
    P, RI, R = 526_300, 14.0, 19.5
    INT = late(P, RI, D(2024, 11, 26), D(2025, 2, 10))
    L = late(P, R, D(2025, 2, 11), D(2026, 3, 12))
    T = P + INT + L
    fk = lambda n: fw(f"金{n:,}円")  # noqa: E731
    p = Page(font="serif", size=10.5, top=16, leading=1.7)
    p.line("令和８年（ワ）第１２６号　譲受債権請求事件", size=10.5)
    p.line("原告　アウロラ債権回収株式会社", size=10.5)
    p.line("被告　飯塚　勇気", size=10.5)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("〒300-0000　茨城県土浦市れんこん町九丁目9番地9", x=24, size=10)
    p.line("被告　飯　塚　　勇　気　殿", x=24, size=12)
    p.gap(2)
    p.line("令和８年４月３日", align="r", size=10.5)
    p.line("水戸地方裁判所土浦支部民事部", align="r", size=10.5)
    yc = p.y
    p.line("裁判所書記官　　向　井　　康　平", align="r", size=11)
    p.seal(150, yc + 2.4, 12, "square", "水戸地方裁判所土浦支部書記官印", angle=3, seed=9301)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので，同期日に出頭してください。"
           "なお，訴状を送達しますから，下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.table([["期　　日", "令和８年５月１４日（木）　午前１０時００分"],
             ["場　　所", "第２号法廷（２階）"],
             ["答弁書提出期限", "令和８年５月７日（木）"]], [44, 110], x=28, aligns="ll", ruled="outer", font="serif",
            size=11, row_h=9, line_w=0.6)
    p.gap(4)
    p.para("１　答弁書を提出しないで期日に欠席すると，原告の言い分どおりの判決がされることがあります。", size=9.5, indent="")
    p.para("２　出頭の際は，この呼出状と印鑑を持参してください。", size=9.5, indent="")
    p.para("３　分割払いなどの話合いによる解決を希望するときは，答弁書にその旨を記載してください。", size=9.5, indent="")
    p.gap(3)
    y = p.y
    p.box(24, y, 162, 20, width=0.4)
    p.at(28, y + 6, "【問合せ先】", size=10, font="serif-bold")
    p.at(28, y + 11.5, "〒300-0000　土浦市なかじょう町九丁目9番9号　水戸地方裁判所土浦支部民事部", size=9.5)
    p.at(28, y + 17, "電話　０２９－０００－８２６４（民事部直通）　　ＦＡＸ　０２９－０００－８２６９", size=9.5)
    p.y = 284
    p.line("- 1 -", align="c", size=9)

    q = Page(font="serif", size=10, top=14, leading=1.6)
    q.line("訴　　　状", align="c", size=15, font="serif-bold")
    q.line("令和８年３月１３日", align="r")
    q.line("水戸地方裁判所土浦支部　御中", size=10.5)
    q.kv([("原　告", "〒105-0000　東京都港区あたご台九丁目9番9号"),
          ("", "アウロラ債権回収株式会社　代表者代表取締役　稲葉　聡"),
          ("", "（送達場所）同社管理部　電話 03-0000-7621　ＦＡＸ 03-0000-7629"),
          ("被　告", "〒300-0000　茨城県土浦市れんこん町九丁目9番地9　飯塚　勇気")], x=24, label_w=20, size=9.5)
    q.line("譲受債権請求事件　　訴訟物の価額　" + fw(f"{T:,}円") + "　　貼用印紙額　７，０００円", x=24, size=9.5)
    q.gap(1)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告は，原告に対し，{fk(T)}及びうち{fk(P)}に対する令和８年３月１３日から支払済みまで年１９．５％の割合"
           "による金員を支払え。", size=9.8, indent="")
    q.para("２　訴訟費用は被告の負担とする。", size=9.8, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", size=9.8, indent="")
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    q.para("１　株式会社つくばね銀行（以下「訴外銀行」という。）は，令和２年１０月５日，被告との間で，極度額を７０万円，"
           "利息を年１４．０％，遅延損害金を年１９．５％（いずれも年３６５日の日割計算）とするカードローン契約を締結し，"
           "被告に対し金員を貸し付けた。", size=9.5, indent="")
    q.para("２　被告は，令和６年１１月２５日の返済を最後にその後の返済をしないため，訴外銀行からの催告を経て，令和７年２月１０日の経過"
           "により期限の利益を喪失した。", size=9.5, indent="")
    q.para("３　訴外銀行は，原告に対し，令和７年６月３０日，上記貸金債権を譲渡し，同年７月２日付の内容証明郵便で被告に対し"
           "その旨を通知し，同通知は同月４日に被告に到達した。", size=9.5, indent="")
    q.para("４　よって，原告は，被告に対し，別紙請求債権目録記載の金員及び元金に対する遅延損害金の支払を求める。",
           size=9.5, indent="")
    q.line("証拠方法　甲第１号証（カードローン契約書）ほか　　附属書類　資格証明書１通", x=20, size=9)
    q.gap(2)
    q.rule(width=0.3)
    q.gap(2)
    q.line("（別紙）　請　求　債　権　目　録", align="c", size=12, font="serif-bold")
    q.table([["番号", "項　目", "金　額", "備　考"],
             ["１", "元金", fk(P), "残元金"],
             ["２", "利息", fk(INT), "令和6年11月26日～令和7年2月10日（年14.0％）"],
             ["３", "遅延損害金", fk(L), "令和7年2月11日～令和8年3月12日（年19.5％）"],
             ["", "合　計", fk(T), ""]], [14, 30, 42, 84], header=True, aligns="clrl", font="serif", size=9.5)
    q.y = 284
    q.line("- 2 -", align="c", size=9)
    tr = truth(document_type="lawsuit", sender="水戸地方裁判所土浦支部", phone="029-000-8264",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社つくばね銀行",
               debtor="飯塚勇気", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True,
               issued=D(2026, 4, 3), acceleration=D(2025, 2, 10), last_payment=D(2024, 11, 25),
               assignment=D(2025, 6, 30), hearing=D(2026, 5, 14), reference="令和8年(ワ)第126号",
               input_kind="pdf_scan", template="proxy8_district_branch_servicer_plaintiff", received=D(2026, 4, 6))
    return dict(stem="u11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="lawsuit (地裁支部 (ワ), servicer plaintiff)",
                unusual="水戸地裁土浦支部 (a branch court) 口頭弁論期日呼出状及び答弁書催告状 + 訴状 as a 2-page image-only PDF; "
                        "p.1 期日/場所/答弁書提出期限 in an outer-ruled box (no inner rules), court phone （民事部直通） + ＦＡＸ in a "
                        "問合せ box; p.2 訴状 dated 3/13 ≠ 呼出状 4/3; plaintiff アウロラ債権回収 ★ (registry, no number printed) "
                        "with 送達場所 phone/FAX; 訴訟物の価額 and 貼用印紙額 on one line; 「金…及びうち金…」 running clause; "
                        "別紙 請求債権目録 with 備考 periods (contract 14.0% vs late 19.5%); 極度額70万円, 通知到達 7/4 ≠ 譲渡 6/30")


# ---------------------------------------------------------------------------------------------
# u12 bank card-loan guarantor 代位弁済のご通知 (digital): the ご請求額 in a big box with a 「内訳」 under it (求償元金 +
#     遅延損害金), then a 代位弁済の内容 table (代位弁済額 = うち貸越元金 + うち利息 — history), 期失日（銀行）.


def u12():
    BP, BI, R = 423_118, 9_842, 14.6
    SUB = BP + BI
    L = late(SUB, R, D(2026, 1, 21), D(2026, 2, 5))
    T = SUB + L
    p = Page(font="sans", size=10, top=16)
    p.add(Line(20, 12, 190, 12, 1.2, NAVY))
    p.line("令和8年2月5日", align="r")
    p.line("求償番号　HL-260120-0337", align="r", size=9.5)
    p.line("〒330-0000　埼玉県さいたま市浦和区つつじ野九丁目9番9号", size=9.5)
    p.line("樋口　知佳　様", size=13)
    p.gap(1)
    x = 116
    p.line("ひかり野ローン保証株式会社", x=x, size=11, font="sans-bold")
    p.line("求償債権グループ", x=x, size=9)
    p.line("TEL 048-000-7352　FAX 048-000-7359", x=x, size=9)
    p.line("貸金業登録番号　関東財務局長(2)第01765号", x=x, size=8)
    p.seal(184, p.y - 10, 13, "square", "ひかり野ローン保証之印", angle=5, seed=9401)
    p.gap(3)
    p.title("代位弁済のご通知（求償金のご請求）", size=14)
    p.para("貴殿が株式会社ひかり野銀行との間で締結されたカードローン契約（ひかり野カードローン、極度額50万円）につきましては、"
           "令和7年9月10日のご返済を最後にご返済がなく、同行は令和7年12月15日をもって貴殿の期限の利益を喪失させました。"
           "当社は、保証委託契約に基づき、令和8年1月20日に同行へ代位弁済いたしましたので、ご通知いたします。")
    p.para("つきましては、当社が取得した求償権に基づき、下記ご請求額をご入金期日までに一括にてお支払いくださいますよう"
           "お願い申し上げます。")
    p.gap(2)
    y = p.y
    p.box(30, y, 150, 34, width=0.8, color=NAVY)
    p.at(36, y + 10, "ご請求額", size=13, font="sans-bold")
    p.at(174, y + 10.5, f"金{T:,}円", size=17, font="sans-bold", align="r")
    p.at(174, y + 15, "（令和8年2月5日現在）", size=8, align="r")
    p.at(40, y + 21.5, "（内訳）", size=9.5)
    p.at(54, y + 26.5, "求償元金", size=10)
    p.at(130, y + 26.5, f"{SUB:,}円", size=10, align="r")
    p.at(54, y + 31.5, "遅延損害金", size=10)
    p.at(130, y + 31.5, f"{L:,}円", size=10, align="r")
    p.at(134, y + 31.5, "R8.1.21～R8.2.5　年14.6%", size=8.5)
    p.y = y + 38
    p.line("■ 代位弁済の内容", size=10, font="sans-bold")
    p.table([["代位弁済日", "代位弁済額", "うち貸越元金", "うち利息"],
             ["令和8年1月20日", f"{SUB:,}円", f"{BP:,}円", f"{BI:,}円"]], [42, 42, 43, 43], header=True, aligns="crrr",
            size=9.5)
    p.gap(3)
    p.kv([("ご入金期日", "令和8年2月20日（金）"),
          ("期失日（銀行）", "令和7年12月15日"),
          ("最終ご返済日", "令和7年9月10日"),
          ("お振込先", "ひかり野銀行 本店営業部 普通 2260118 ヒカリノローンホショウ（カ"),
          ("", "（振込手数料はお客様のご負担となります。）")], x=24, label_w=32, size=9.5)
    p.gap(2)
    p.para("※求償元金に対しては、令和8年2月6日以降も完済の日まで年14.6％の割合による遅延損害金が発生いたします。", size=9,
           indent="")
    p.para("※一括でのお支払いが困難な場合は、ご入金期日までに求償債権グループまでご相談ください。ご連絡なくお支払いが"
           "ない場合は、法的手続をとらせていただくことがあります。", size=9, indent="")
    tr = truth(document_type="acceleration_notice", sender="ひかり野ローン保証株式会社", phone="048-000-7352",
               creditor="ひかり野ローン保証株式会社", status="not_applicable", original="株式会社ひかり野銀行",
               debtor="樋口知佳", total=T, principal=SUB, late_damages=L, rate=R, lump=True, issued=D(2026, 2, 5),
               payment_due=D(2026, 2, 20), acceleration=D(2025, 12, 15), last_payment=D(2025, 9, 10),
               reference="HL-260120-0337", input_kind="pdf_text", template="proxy8_bank_guarantor_subrogation_box",
               received=D(2026, 2, 9))
    return dict(stem="u12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (銀行系カードローン保証会社 代位弁済)",
                unusual="bank card-loan guarantor 代位弁済のご通知（求償金のご請求）: the ご請求額 FIRST in a big framed box with a "
                        "（内訳） under it (求償元金 + 遅延損害金 with a JIS-date window); then a 代位弁済の内容 table whose "
                        "うち貸越元金 / うち利息 split looks like a claim but is history (interest null); label 期失日（銀行）; "
                        "ご入金期日 with weekday; 極度額50万円 and 振込手数料 note as distractors; 貸金業登録番号 (not a "
                        "licence); 求償番号")


# ---------------------------------------------------------------------------------------------
# u13 司法書士法人 縦書き 督促状 for a 後払い決済 company (small claim), scanned: 立替金 / 再請求書発行手数料 / 遅延損害金 /
#     合計 as a numbered list in positional kanji; 司法書士会 登録番号 column; full-width 受付番号 in a sentence.


def u13():
    P, C, R = 58_740, 660, 14.6
    L = late(P, R, D(2025, 10, 28), D(2026, 1, 30))
    T = P + C + L
    cols = [
        ("title", "督促状"),
        ("body", "当法人は、株式会社アトバライ・ネクスト（以下「依頼者」といいます。）から、貴殿に対する後払い決済サービスの"
                 "立替金債権の回収について委任を受けましたので、依頼者に代わって御通知いたします。"),
        ("body", "貴殿は、令和七年八月十二日から同年九月二十日までの間、依頼者の後払い決済サービスを利用して通信販売で商品を"
                 f"購入され、その代金合計{kj(P)}（三回分）は依頼者が加盟店に立替払いをいたしました。しかし、最終のお支払期日で"
                 "ある令和七年十月二十七日を過ぎても、いまだにお支払いがありません。"),
        ("body", "つきましては、左記の金額を令和八年二月十三日限り、左記口座にお振込みください。"),
        ("indent", f"一　立替金　{kj(P)}"),
        ("indent", f"二　再請求書発行手数料　{kj(C)}（二回分）"),
        ("indent", f"三　遅延損害金　{kj(L)}"),
        ("indent", "　　（令和七年十月二十八日から令和八年一月三十日まで年十四・六パーセント）"),
        ("indent", f"　　合計　{kj(T)}"),
        ("low", "振込先　はまかぜ銀行関内支店　普通預金　〇七七一二〇五"),
        ("body", "右期限までにお支払いのない場合は、依頼者と協議のうえ、簡易裁判所への支払督促の申立て等の法的手続をとることが"
                 "あります。分割でのお支払いを希望される場合は、期限までに当法人へ御連絡下さい。御連絡の際は、当法人受付番号"
                 "（ＨＫ８－０８７１）をお伝え下さい。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和八年一月三十日"),
        ("low", "横浜市中区かもめ通り九丁目九番九号"),
        ("low", "電話〇四五―〇〇〇―一九二六"),
        ("low", "神奈川県司法書士会登録番号第〇〇一二号"),
        ("low", "司法書士法人はるかぜ綜合事務所"),
        ("low", "代表社員　司法書士　葛城　美和"),
        ("blank", ""),
        ("low", "東京都町田市すずかけ台九丁目九番地九"),
        ("low", "宮路　颯太　殿"),
    ]
    pages = vertical_page(cols, size=10.5, col_pitch=6.5, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("代表社員"):
            pg.items.append(Seal(it.x - 3.0, seal_after(it, 10.5, 1.0) - 5.0, 13, "square", "司法書士法人はるかぜ綜合事務所印",
                                 angle=-3, seed=9501))
    tr = truth(document_type="collection_notice", sender="司法書士法人はるかぜ綜合事務所", phone="045-000-1926",
               creditor="株式会社アトバライ・ネクスト", status="not_applicable", debtor="宮路颯太", total=T, principal=P,
               late_damages=L, costs=C, rate=R, lump=False, issued=D(2026, 1, 30), payment_due=D(2026, 2, 13),
               reference="HK8-0871", input_kind="vertical_scan", template="proxy8_vertical_judicial_scrivener_bnpl",
               received=D(2026, 2, 2))
    return dict(stem="u13", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="collection_notice (縦書き, 司法書士法人 for a 後払い company)",
                unusual="縦書き 督促状 from a 司法書士法人 acting for a 後払い決済 (BNPL) company — a small claim, scanned, no "
                        "内容証明 stamp; numbered list 立替金 / 再請求書発行手数料 (= costs) / 遅延損害金 with its window on a "
                        "continuation column / 合計 in positional kanji; the principal also appears inside the prose; 最終のお支払"
                        "期日 10/27 is not a payment deadline of this letter (令和八年二月十三日限り is); never paid → "
                        "last_payment null; 司法書士会登録番号 column (not a licence); square seal over the 代表社員 column; "
                        "full-width 受付番号 ＨＫ８－０８７１ in a sentence")


# ---------------------------------------------------------------------------------------------
# u14 scam posing as a 「民事債権回収局」 collection bureau (phone photo): 債権回収業務執行最終通知書 for 光回線・携帯 解約違約金;
#     法務省届出 claim without a licence number, smartphone-payment / gift-card request, 080 担当直通, no street address.


def u14():
    T = 187_400
    p = Page(font="sans", size=10.5, top=16)
    p.line("令和8年2月26日", align="r")
    p.line("受理番号　ＫＨ２６－０４４１７", align="r", size=10)
    p.gap(1)
    p.line("岩瀬　麻衣　様", size=14)
    p.gap(3)
    p.line("債権回収業務執行最終通知書", align="c", size=18, font="sans-bold", color=RED)
    p.gap(3)
    p.para("この度、貴殿がご契約されていた大手通信事業者（契約会社）より、携帯電話・光回線に係る各種解約違約金及び未納料金に"
           "つきまして、当局へ債権回収業務が移行されましたので、ご通知申し上げます。")
    p.para("当局は法務省に届出済みの民事債権の回収機関であり、契約会社に代わり債権の回収を執行いたします。本通知到達後、"
           "下記お支払期限までにご入金又はご連絡がない場合、民事訴訟法に基づき、給与・預貯金・動産・不動産の差押え手続に"
           "直ちに着手いたします。勤務先及びご親族への事実確認調査を行う場合があります。")
    p.gap(2)
    y = p.y
    p.box(30, y, 150, 30, width=1.0, color=RED)
    p.at(38, y + 10, "ご請求金額", size=12, font="sans-bold")
    p.at(172, y + 10.5, f"{T:,}円", size=18, font="sans-bold", align="r", color=RED)
    p.at(38, y + 22, "お支払期限", size=12, font="sans-bold")
    p.at(172, y + 22.5, "令和8年3月2日（月）17時まで", size=13, font="sans-bold", align="r")
    p.y = y + 35
    p.para("お支払いは、当局指定のスマホ決済アプリによる送金、又はコンビニエンスストアで購入された電子マネーギフトカードの"
           "番号をお電話でお伝えいただく方法に限ります。個人情報保護の観点から、必ずご本人様より担当者直通番号までご連絡"
           "ください。", size=10)
    p.gap(2)
    p.para("※債権の内訳及び契約会社名は、個人情報保護のため書面には記載しておりません。", size=9, indent="")
    p.para("※期限を過ぎますと和解の余地はございません。裁判所への出頭が必要となります。", size=9, indent="")
    p.gap(8)
    p.line("民事債権回収局　東日本管理センター", x=104, size=12, font="sans-bold")
    p.line("（法務省届出　民事債権回収機関）", x=104, size=9)
    p.line("担当者直通　080-0000-2265", x=104, size=11, font="sans-bold")
    p.line("受付時間　9:00～20:00（土日祝も受付）", x=104, size=9)
    p.seal(178, p.y - 20, 20, "round", "民事債権回収局|東日本/管理印", angle=10, seed=9601)
    tr = truth(document_type="other", sender="民事債権回収局東日本管理センター", phone="080-0000-2265", creditor=None,
               status="not_licensed", debtor="岩瀬麻衣", total=T, lump=False, issued=D(2026, 2, 26),
               payment_due=D(2026, 3, 2), reference="KH26-04417", is_scam=True, input_kind="photo_jpeg",
               template="proxy8_scam_collection_bureau", received=None)
    return dict(stem="u14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="other (scam, fake collection bureau)",
                unusual="架空請求 letter from an invented 「民事債権回収局 東日本管理センター」 (法務省届出 claim, no licence number, no "
                        "street address) for 携帯・光回線 解約違約金 — the same kind of debt as the genuine u03; red title and "
                        "red amount box; payment by スマホ決済アプリ or e-money gift-card numbers read out by phone; 080 "
                        "担当者直通 only; creditor hidden (「個人情報保護のため」); 差押え / 勤務先・親族 threats; 4-day "
                        "deadline with a clock time; full-width 受理番号; round red seal")


# ---------------------------------------------------------------------------------------------
# u15 housing-loan body (invented 「独立行政法人住まい資金支援機構」) 再通知 of the lump-sum demand, 2-page digital PDF:
#     p.1 the letter with the total and 弁済期限 in a two-cell strip; p.2 別紙 債務明細書 with a ご融資の内容 kv of
#     distractors (借入金額, 毎月返済額, 最終弁済期日 = maturity, 期失日) and the 残債務の内訳 table.


def u15():
    P, INT, R = 19_846_300, 101_624, 14.6
    L = late(P, R, D(2025, 10, 15), D(2025, 12, 3))
    T = P + INT + L
    p = Page(font="sans", size=10, top=14)
    p.line("独立行政法人住まい資金支援機構", size=13, font="sans-bold", color=NAVY)
    p.line("債権管理部　回収管理グループ", size=9)
    p.add(Line(20, p.y + 1, 190, p.y + 1, 0.8, NAVY))
    p.gap(4)
    p.line("令和7年12月3日", align="r")
    p.line("債務者コード　JS-8830-41572", align="r", size=9.5)
    p.line("〒950-0000　新潟県新潟市中央区しなの川九丁目9番9号", size=9.5)
    p.line("筒井　康弘　様", size=13)
    p.gap(4)
    p.title("住宅資金融資の残債務一括弁済のご請求（再通知）", size=14)
    p.para("当機構は、令和7年10月15日付「期限の利益喪失通知書」により、お客さまの住宅資金のご融資（ご融資番号は別紙記載）について、令和7年10月14日の"
           "経過をもって期限の利益を喪失されたことをお知らせするとともに、残債務の一括弁済をお願いいたしましたが、現在までに"
           "お支払い又はご相談をいただいておりません。")
    p.para("つきましては、改めて、令和7年12月3日現在の残債務（明細は別紙「債務明細書」のとおり）を、下記弁済期限までに"
           "一括してお支払いくださいますよう、再度ご請求いたします。")
    p.gap(2)
    y = p.y
    p.box(20, y, 100, 16, width=0.5, fill=(0.93, 0.95, 0.98))
    p.box(120, y, 70, 16, width=0.5, fill=(0.93, 0.95, 0.98))
    p.at(23, y + 5, "ご請求金額（別紙合計と同額）", size=8)
    p.at(116, y + 13, f"金{T:,}円", size=14, font="sans-bold", align="r")
    p.at(123, y + 5, "弁済期限", size=8)
    p.at(186, y + 13, "令和7年12月19日（金）", size=12, font="sans-bold", align="r")
    p.y = y + 20
    p.kv([("お振込先", "えちご中央銀行 本店営業部 普通 8830415 ドク）スマイシキンシエンキコウ")], x=22, label_w=24, size=9.5)
    p.gap(2)
    p.para("弁済期限までにお支払い又はご相談のない場合は、ご融資の担保である抵当権に基づき、担保不動産競売の申立てを行い"
           "ます。競売によらず住宅を売却して返済に充てる方法（任意売却）をご希望の場合は、弁済期限までに下記へご相談ください。")
    p.para("なお、残元金に対しては、令和7年12月4日以降も完済の日まで年14.6％の割合による遅延損害金が発生いたします。")
    p.gap(3)
    y = p.y
    p.box(20, y, 170, 16, width=0.3)
    p.at(24, y + 6, "お問合せ先　独立行政法人住まい資金支援機構　債権管理部　回収管理グループ", size=9.5)
    p.at(24, y + 12, "TEL 03-0000-8812（平日9:00～17:00）　FAX 03-0000-8819", size=9.5)
    p.y = 284
    p.line("1/2", align="c", size=9)

    q = Page(font="sans", size=10, top=16)
    q.line("別紙", size=9.5)
    q.title("債　務　明　細　書", size=15)
    q.line("（令和7年12月3日現在）", align="c", size=10)
    q.gap(3)
    q.line("１．ご融資の内容", size=10.5, font="sans-bold")
    q.table([["ご融資番号", "26-0320-118804"],
             ["ご借入日", "平成26年3月20日"],
             ["借入金額", "28,500,000円"],
             ["返済方法", "元利均等毎月払い（返済期間35年）"],
             ["毎月のご返済額", "84,216円"],
             ["最終弁済期日", "令和31年3月20日"],
             ["最終入金日", "令和7年6月20日"],
             ["期失日", "令和7年10月14日"]], [48, 110], x=26, aligns="ll", shade_col0=True, size=9.5)
    q.gap(5)
    q.line("２．残債務の内訳", size=10.5, font="sans-bold")
    q.table([["項目", "金額", "計算期間等"],
             ["残元金", f"{P:,}円", ""],
             ["約定利息", f"{INT:,}円", "令和7年7月分～9月分（未払）"],
             ["遅延損害金", f"{L:,}円", "R7.10.15～R7.12.3　年14.6％"],
             ["残債務合計", f"{T:,}円", ""]], [40, 46, 72], x=26, header=True, aligns="lrl", size=9.5)
    q.gap(4)
    q.para("※団体信用生命保険は、期限の利益喪失に伴い脱退となっております。", size=9, indent="")
    q.para("※遅延損害金は、年365日の日割計算によります（閏年も同様）。", size=9, indent="")
    q.y = 284
    q.line("2/2", align="c", size=9)
    tr = truth(document_type="collection_notice", sender="独立行政法人住まい資金支援機構", phone="03-0000-8812",
               creditor="独立行政法人住まい資金支援機構", status="not_applicable", debtor="筒井康弘", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 3), payment_due=D(2025, 12, 19),
               acceleration=D(2025, 10, 14), last_payment=D(2025, 6, 20), reference="JS-8830-41572",
               input_kind="pdf_text_2page", template="proxy8_housing_body_renotice", received=D(2025, 12, 5))
    return dict(stem="u15", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (public housing-loan body, 再通知)",
                unusual="invented public housing-loan body 「独立行政法人住まい資金支援機構」 sends a 再通知 of its lump-sum demand "
                        "after acceleration: p.1 the earlier 期限の利益喪失通知書 date 10/15 (distractor) vs 喪失 10/14, ご請求金額 "
                        "and 弁済期限 as two shaded cells side by side; 競売 / 任意売却 wording; p.2 別紙 債務明細書: a shaded kv "
                        "table of distractors (ご融資番号, 平成26年 借入日, 借入金額 28,500,000, 毎月のご返済額 84,216, 最終弁済期日 "
                        "令和31年 = maturity) with 最終入金日 and 期失日, then 残元金/約定利息/遅延損害金/残債務合計; 債務者コード")


# ---------------------------------------------------------------------------------------------
# u16 信販 company's own ご請求書（残金一括お支払いのお願い） for an individual credit (リフォーム工事): total in a box with a
#     ruled 内訳 under it (割賦元金残高 / 割賦手数料 / 遅延損害金 at the statutory 3.0% of 割賦販売法), and a ご契約内容 grid
#     full of distractors (現金価格, 頭金, 分割支払金合計, 月々の分割額, 84回).


def u16():
    P, INT, R = 1_176_480, 27_316, 3.0
    L = late(P, R, D(2025, 11, 26), D(2025, 12, 19))
    T = P + INT + L
    p = Page(font="sans", size=10, top=16)
    p.line("令和7年12月19日", align="r")
    p.line("お客様番号　AT-5512-0837", align="r", size=9.5)
    p.line("〒980-0000　宮城県仙台市青葉区けやき坂九丁目9番9号", size=9.5)
    p.line("唐沢　慎吾　様", size=13)
    p.gap(1)
    x = 116
    p.line("株式会社あさつゆクレジット", x=x, size=11, font="sans-bold")
    p.line("債権管理センター", x=x, size=9)
    p.line("TEL 022-000-6184　FAX 022-000-6189", x=x, size=9)
    p.line("登録番号　東北財務局長(5)第00218号", x=x, size=8)
    p.seal(184, p.y - 10, 13, "square", "あさつゆクレジット之印", angle=-4, seed=9801)
    p.gap(3)
    p.title("ご請求書（残金一括お支払いのお願い）", size=14)
    p.para("貴殿と当社との間の令和5年2月24日付個別クレジット契約（リフォーム工事代金）につきまして、令和7年8月27日のお支払いを"
           "最後にお支払いがございません。当社は、令和7年11月4日付書面にて、20日以上の期間を定めて未払分のお支払いを催告"
           "いたしましたが、期間内にお支払いがなかったため、貴殿は令和7年11月25日の経過をもって期限の利益を喪失されました。")
    p.para("つきましては、下記の金額を一括お支払期限までにお支払いくださいますようお願いいたします。")
    p.gap(2)
    y = p.y
    p.box(20, y, 170, 12, width=0.9)
    p.at(24, y + 8, "一括お支払い額（令和7年12月19日現在）", size=11, font="sans-bold")
    p.at(186, y + 8.3, f"金{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 14
    p.line("内訳", x=24, size=9.5, font="sans-bold")
    p.table([["割賦元金残高", f"{P:,}円", "期限の利益喪失時の残元金"],
             ["割賦手数料", f"{INT:,}円", "令和7年11月25日までの確定分"],
             ["遅延損害金", f"{L:,}円", "R7.11.26～R7.12.19　年3.0％（法定利率）"]],
            [40, 36, 88], x=24, aligns="lrl", ruled="rows", size=9.5)
    p.gap(4)
    p.line("【ご契約内容】", size=10, font="sans-bold")
    p.table([["販売店", "有限会社みやぎ住設工房", "商品・役務", "リフォーム工事（浴室・給湯器）"],
             ["現金価格", "1,980,000円", "頭金", "200,000円"],
             ["分割支払金合計", "2,083,200円", "支払回数", "84回"],
             ["月々の分割額", "24,800円", "ご契約日", "令和5年2月24日"]], [34, 51, 30, 55], shade_col0=False,
            aligns="llll", size=9)
    p.gap(3)
    p.kv([("一括お支払期限", "令和8年1月9日（金）"),
          ("最終ご入金日", "令和7年8月27日"),
          ("期限の利益喪失日", "令和7年11月25日"),
          ("お振込先", "みちのく中央銀行 仙台支店 普通 6184052 カ）アサツユクレジット")], x=22, label_w=36, size=9.5)
    p.gap(2)
    p.para("※遅延損害金は、割賦販売法の定めにより、残金に対する法定利率（年3.0％）の割合で計算しております。期限までに"
           "お支払いがない場合は、連帯保証人様へのご請求及び法的手続に移行させていただきます。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社あさつゆクレジット", phone="022-000-6184",
               creditor="株式会社あさつゆクレジット", status="not_applicable", debtor="唐沢慎吾", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 19), payment_due=D(2026, 1, 9),
               acceleration=D(2025, 11, 25), last_payment=D(2025, 8, 27), reference="AT-5512-0837",
               input_kind="pdf_text", template="proxy8_shinpan_individual_credit_lump", received=D(2025, 12, 22))
    return dict(stem="u16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (信販 個別クレジット 一括請求)",
                unusual="信販 company's own ご請求書 for an individual credit (リフォーム工事): 一括お支払い額 in a box FIRST, then a "
                        "rows-only 内訳 under it (割賦元金残高/割賦手数料 (= interest)/遅延損害金 with 備考); late rate 3.0% "
                        "(割賦販売法's 法定利率 cap) — an unusually low rate; 20-day 催告 11/4 vs 喪失 11/25; a 4-column "
                        "ご契約内容 grid of distractors (現金価格 1,980,000, 頭金 200,000, 分割支払金合計 2,083,200, 84回, "
                        "月々の分割額 24,800, 契約日); 登録番号 東北財務局長 (not a licence)")


LETTERS = [u09, u10, u11, u12, u13, u14, u15, u16]
_ = (Box, GRAY)
