"""Sample letters, continued: assignment, acceleration, court papers, settlement, other."""

from __future__ import annotations

from .catalog import _addr
from .parties import (
    ABILIO,
    AOBA,
    ASAGI,
    CHIHAYA,
    HARUKAZE,
    HOKUSHIN,
    MINATOBASHI,
    MIRAIE,
    NAGISA_BANK,
    NAGISA_GUAR,
    NAGOYA_SC,
    OSAKA_SC,
    PARTIR,
    SAITAMA_DC,
    SAITAMA_SC,
    SAKURANO_GAS,
    SCAM_MOJ,
    SCAM_SERVICER,
    SHINONOME,
    SORATO,
    SUIREI,
    TOKYO_SC,
    TOTO_BANK,
    TOTO_GUAR,
    WAKABA,
    YOKOHAMA_SC,
)
from .spec import Letter, d, plus


def _done(L: Letter, late: bool = True, total: bool = True) -> Letter:
    if late:
        L.compute_late()
    if total:
        L.compute_total()
    if L.as_of is not None:
        L.ex.setdefault("next_day", plus(L.as_of, 1))
    return _addr(L)


def assignment() -> list[Letter]:
    out = []
    out.append(_done(Letter(
        "a08_joint_two_page", "asg_joint_two_page", "assignment_notice", ["pdf_text_2page"],
        "joint 債権譲渡及び譲受通知書 (two round seals), claim table on page 2; real servicer name (licensed)",
        sender=ABILIO, debtor="田中健太", registry_status="licensed", creditor=ABILIO.name,
        original_creditor=MIRAIE.name, sender_license_printed=5, sender_phone_printed=ABILIO.phone,
        principal=356_940, interest=8_215, rate=18.0, lump=False,
        issued=d(2025, 11, 10), acceleration=d(2025, 5, 27), last_payment=d(2025, 2, 27),
        assignment=d(2025, 10, 31), reference="AB-0000-58213", received=d(2025, 11, 12),
        late_from=d(2025, 5, 28), as_of=d(2025, 10, 31), real_company=True,
        ex={"assignor": MIRAIE, "contract_date": d(2020, 8, 3), "contract_no": "MC-2008-03311",
            "account": "豊洲銀行（架空） 本店 普通 0000505　口座名義 アビリオサイケンカイシユウ（カ"},
    )))
    out.append(_done(Letter(
        "a09_entrusted_inline", "asg_entrusted_inline", "assignment_notice", ["photo_exif_rotated"],
        "受託通知: the bank stays creditor (= original creditor), inline 内訳, ¥…※, 受託日 is not an "
        "assignment date; sideways photo upright via EXIF 8",
        sender=CHIHAYA, debtor="伊藤由美", registry_status="unverified", creditor=NAGISA_BANK.name,
        original_creditor=NAGISA_BANK.name, sender_license_printed=289, sender_phone_printed=CHIHAYA.phone,
        principal=1_790_000, interest=12_870, rate=14.0, lump=True,
        issued=d(2026, 1, 6), payment_due=d(2026, 1, 20), acceleration=d(2025, 9, 30),
        last_payment=d(2025, 6, 27), reference="CH-8890-2231", received=d(2026, 1, 8),
        late_from=d(2025, 10, 1), as_of=d(2025, 12, 31), exif=8,
        ex={"entrust_date": d(2025, 12, 15), "contract_date": d(2018, 5, 21), "contract_no": "0451-220198",
            "account": "博多湾銀行（架空） 千早支店 普通 0000289　口座名義 チハヤサイケンカイシユウ（カ"},
    )))
    out.append(_done(Letter(
        "a10_vertical_joint", "asg_vertical_joint", "assignment_notice", ["vertical_pdf", "vertical_scan"],
        "縦書き joint 債権譲渡通知書: kanji amounts and dates, licence 第二六四号, phone 〇一一（〇〇〇）二六四〇",
        sender=HOKUSHIN, debtor="木村浩二", registry_status="unverified", creditor=HOKUSHIN.name,
        original_creditor=SORATO.name, sender_license_printed=264, sender_phone_printed=HOKUSHIN.phone,
        principal=428_000, interest=12_300, rate=20.0, lump=False,
        issued=d(2025, 10, 6), acceleration=d(2025, 1, 15), assignment=d(2025, 9, 30),
        received=d(2025, 10, 8), late_from=d(2025, 1, 16), as_of=d(2025, 9, 30),
        ex={"assignor": SORATO, "contract_date": d(2019, 4, 22),
            "assignor_addr_kanji": "神奈川県横浜市西区空都町九番九号",
            "sender_addr_kanji": "北海道札幌市中央区北辰西九丁目九十九番地",
            "phone_kanji": "〇一一（〇〇〇）二六四〇",
            "debtor_addr_kanji": "北海道札幌市豊平区木村九条九丁目九番九号"},
    )))
    out.append(_done(Letter(
        "a11_two_column_cards", "asg_two_column_cards", "assignment_notice", ["scan_png"],
        "債権譲渡・譲受のお知らせ: two-column header, label above boxed value, slash dates, ￥…- amounts, "
        "元本/経過利息/損害金/債務総額 labels, free-dial, no due date",
        sender=ASAGI, debtor="清水拓也", registry_status="unverified", creditor=ASAGI.name,
        original_creditor=SORATO.name, sender_license_printed=252, sender_phone_printed=ASAGI.phone,
        principal=615_400, interest=9_880, rate=14.6, lump=False,
        issued=d(2026, 1, 15), acceleration=d(2025, 8, 20), last_payment=d(2025, 5, 26),
        assignment=d(2025, 12, 19), reference="AS-26-00417", received=d(2026, 1, 17),
        late_from=d(2025, 8, 21), as_of=d(2025, 12, 31),
        ex={"contract_date": d(2022, 1, 11)},
    )))
    # --- acceleration
    out.append(_done(Letter(
        "x12_vertical_bank", "acc_vertical_bank", "acceleration_notice", ["vertical_pdf", "vertical_scan"],
        "縦書き 期限の利益喪失通知書 from a bank: 大字 amounts (金壱千弐百参拾四万五千円), relative deadline, "
        "phone 〇三（〇〇〇〇）五五一二, 内容証明 stamp",
        sender=TOTO_BANK, debtor="渡辺翔", registry_status="not_applicable", creditor=TOTO_BANK.name,
        sender_phone_printed=TOTO_BANK.phone, principal=12_345_000, interest=41_870, rate=14.0, lump=True,
        issued=d(2025, 11, 26), acceleration=d(2025, 10, 31), last_payment=d(2025, 5, 27),
        received=d(2025, 11, 28), late_from=d(2025, 11, 1), as_of=d(2025, 11, 25),
        ex={"contract_date": d(2017, 7, 3), "sender_addr_kanji": "東京都練馬区豊玉北九丁目九十九番九号",
            "phone_kanji": "〇三（〇〇〇〇）五五一二", "debtor_addr_kanji": "東京都練馬区渡辺九丁目九番九号"},
    )))
    out.append(_done(Letter(
        "x13_bank_ruled_table", "acc_bank_ruled_table", "acceleration_notice", ["fax_tiff"],
        "信用金庫 期限の利益喪失のご通知: loan row table with 残元金/未収利息/遅延損害金/合計 across columns, "
        "損害金率, ご入金期限; single-page fax",
        sender=WAKABA, debtor="中村恵子", registry_status="not_applicable", creditor=WAKABA.name,
        sender_phone_printed=WAKABA.phone, principal=2_480_000, interest=18_640, rate=14.0, lump=True,
        issued=d(2025, 11, 5), payment_due=d(2025, 11, 18), acceleration=d(2025, 10, 20),
        last_payment=d(2025, 6, 10), reference="W-0045821", received=d(2025, 11, 7),
        late_from=d(2025, 10, 21), as_of=d(2025, 11, 4),
        ex={"loan_no": "0123-456789", "fax_header": "2025/11/05 10:12  FAX 048-000-7199  ﾜｶﾊﾞｼﾝﾖｳｷﾝｺ ﾕｳｼﾌﾞ"},
    )))
    out.append(_done(Letter(
        "x14_subrogation_table", "acc_subrogation_table", "acceleration_notice", ["pdf_text", "photo_jpeg"],
        "保証会社 代位弁済のご通知: creditor = guarantor, original = bank; 貸金業登録番号 that is not a "
        "servicer licence; 求償元金 + 遅延損害金",
        sender=TOTO_GUAR, debtor="小林大輔", registry_status="not_applicable", creditor=TOTO_GUAR.name,
        original_creditor=TOTO_BANK.name, sender_phone_printed=TOTO_GUAR.phone, principal=3_016_736, rate=14.0,
        lump=True, issued=d(2025, 11, 10), payment_due=d(2025, 11, 25), acceleration=d(2025, 6, 30),
        reference="TG-004412", received=d(2025, 11, 12), late_from=d(2025, 10, 16), as_of=d(2025, 11, 7),
        ex={"subrogation_date": d(2025, 10, 15)},
    )))
    return out


def court() -> list[Letter]:
    out = []
    out.append(_done(Letter(
        "p15_payment_order_standard", "po_standard", "payment_order", ["pdf_text", "scan_png"],
        "支払督促 (東京簡裁): full-width 令和７年（ロ）第１２３４号, 当事者目録, 確定遅延損害金 + 申立手続費用; "
        "creditor is a real servicer (licensed) named only in the 当事者目録",
        sender=TOKYO_SC, debtor="吉田誠", registry_status="licensed", creditor=PARTIR.name,
        original_creditor=MIRAIE.name, sender_phone_printed=TOKYO_SC.phone,
        principal=586_000, costs=3_800, rate=14.6, lump=True,
        issued=d(2025, 11, 17), acceleration=d(2024, 12, 26), last_payment=d(2024, 10, 27),
        assignment=d(2025, 3, 31), reference="令和7年(ロ)第1234号", received=d(2025, 11, 20),
        late_from=d(2024, 12, 27), as_of=d(2025, 10, 31), real_company=True,
        ex={"creditor_org": PARTIR, "claim_name": "譲受債権請求督促事件", "contract_date": d(2021, 2, 8),
            "loan": 700_000},
    )))
    out.append(_done(Letter(
        "p16_payment_order_card", "po_card_two_page", "payment_order", ["pdf_text_2page", "pdf_scan"],
        "支払督促 (横浜簡裁) over two pages: half-width case number, ruled 当事者目録, claim table on page 2 "
        "(立替金残額/未払手数料/督促手続費用/合計); creditor a card company",
        sender=YOKOHAMA_SC, debtor="加藤直子", registry_status="not_applicable", creditor=HARUKAZE.name,
        sender_phone_printed=YOKOHAMA_SC.phone, principal=318_500, interest=24_115, costs=3_216, rate=14.6,
        lump=True, issued=d(2025, 10, 28), acceleration=d(2025, 7, 27), last_payment=d(2025, 5, 27),
        reference="令和7年(ロ)第5678号", received=d(2025, 10, 31), as_of=d(2025, 9, 30),
        ex={"creditor_org": HARUKAZE, "claim_name": "立替金等請求督促事件", "contract_date": d(2020, 11, 2),
            "loan": 400_000},
    ), late=False))
    out.append(_done(Letter(
        "p17_payment_order_guarantor", "po_guarantor_boxes", "payment_order", ["photo_jpeg"],
        "支払督促 (大阪簡裁) for 求償金: creditor/debtor boxes side by side, full-width amounts, "
        "creditor = guarantee company, original = bank",
        sender=OSAKA_SC, debtor="藤田恵美", registry_status="not_applicable", creditor=NAGISA_GUAR.name,
        original_creditor=NAGISA_BANK.name, sender_phone_printed=OSAKA_SC.phone,
        principal=1_485_220, costs=4_610, rate=14.0, lump=True,
        issued=d(2025, 10, 24), acceleration=d(2025, 3, 31), reference="令和7年(ロ)第9012号",
        received=d(2025, 10, 28), late_from=d(2025, 6, 11), as_of=d(2025, 10, 15),
        ex={"creditor_org": NAGISA_GUAR, "claim_name": "求償金請求督促事件", "contract_date": d(2019, 9, 30),
            "loan": 2_000_000, "subrogation_date": d(2025, 6, 10)},
    )))
    out.append(_done(Letter(
        "e18_enforceable_standard", "poe_standard", "payment_order_enforceable", ["pdf_text_2page"],
        "仮執行宣言付支払督促 (東京簡裁), two pages: order date vs 仮執行宣言 date (issued = the latter), "
        "claim on page 2; creditor an invented servicer",
        sender=TOKYO_SC, debtor="山口里奈", registry_status="unverified", creditor=SHINONOME.name,
        original_creditor=SORATO.name, sender_phone_printed=TOKYO_SC.phone,
        principal=274_800, costs=3_900, rate=18.0, lump=True,
        issued=d(2025, 10, 20), acceleration=d(2024, 9, 5), last_payment=d(2024, 6, 27),
        assignment=d(2025, 2, 14), reference="令和7年(ロ)第2468号", received=d(2025, 10, 23),
        late_from=d(2024, 9, 6), as_of=d(2025, 9, 1),
        ex={"creditor_org": SHINONOME, "claim_name": "譲受債権請求督促事件", "contract_date": d(2020, 3, 16),
            "loan": 300_000, "order_date_issued": d(2025, 9, 16), "order_date": d(2025, 9, 19)},
    )))
    out.append(_done(Letter(
        "e19_enforceable_compact", "poe_compact", "payment_order_enforceable", ["fax_tiff"],
        "仮執行宣言付支払督促 (さいたま簡裁) on one page, 5-column claim table with 未払利息; fax",
        sender=SAITAMA_SC, debtor="岡田隆", registry_status="not_applicable", creditor=MIRAIE.name,
        sender_phone_printed=SAITAMA_SC.phone, principal=198_000, interest=5_420, costs=3_550, rate=18.0,
        lump=True, issued=d(2025, 9, 8), acceleration=d(2025, 4, 2), reference="令和7年(ロ)第3141号",
        received=d(2025, 9, 11),
        ex={"creditor_org": MIRAIE, "claim_name": "貸金請求督促事件", "contract_date": d(2023, 6, 5),
            "loan": 250_000, "order_date_issued": d(2025, 8, 4), "order_date": d(2025, 8, 7),
            "next_day": d(2025, 4, 3), "fax_header": "2025/09/12 09:40  FAX 048-000-9911"},
    ), late=False))
    out.append(_done(Letter(
        "e20_enforceable_two_column", "poe_two_column", "payment_order_enforceable", ["photo_exif_rotated"],
        "仮執行宣言付支払督促 (名古屋簡裁): two-column header, full-width case number, ￥…- amounts; "
        "sideways photo upright via EXIF 6",
        sender=NAGOYA_SC, debtor="後藤由香", registry_status="unverified", creditor=MINATOBASHI.name,
        original_creditor=AOBA.name, sender_phone_printed=NAGOYA_SC.phone,
        principal=802_000, costs=4_420, rate=14.6, lump=True,
        issued=d(2025, 10, 6), acceleration=d(2025, 1, 10), assignment=d(2025, 5, 1),
        reference="令和7年(ロ)第777号", received=d(2025, 10, 9), late_from=d(2025, 1, 11), as_of=d(2025, 8, 29),
        exif=6,
        ex={"creditor_org": MINATOBASHI, "claim_name": "譲受債権請求督促事件", "contract_date": d(2022, 4, 18),
            "loan": 900_000, "order_date_issued": d(2025, 9, 1), "order_date": d(2025, 9, 4)},
    )))
    out.append(_done(Letter(
        "l21_summons_summary_court", "law_summary_summons", "lawsuit", ["pdf_text_2page"],
        "第1回口頭弁論期日呼出状及び答弁書催告状 (東京簡裁 (ハ)) + 訴状 on page 2; hearing with weekday and "
        "time, 答弁書 deadline; creditor = 原告 (invented servicer)",
        sender=TOKYO_SC, debtor="山本彩", registry_status="unverified", creditor=CHIHAYA.name,
        original_creditor=HARUKAZE.name, sender_phone_printed=TOKYO_SC.phone,
        principal=960_000, rate=14.6, lump=True,
        issued=d(2025, 12, 10), acceleration=d(2025, 3, 14), last_payment=d(2024, 12, 27),
        assignment=d(2025, 6, 30), hearing=d(2026, 1, 20), reference="令和7年(ハ)第3456号",
        received=d(2025, 12, 12), late_from=d(2025, 3, 15), as_of=d(2025, 11, 28),
        ex={"creditor_org": CHIHAYA, "claim_name": "譲受債権請求事件", "contract_date": d(2021, 7, 1),
            "loan": 1_000_000, "hearing_time": "午前10時30分", "courtroom": "東京簡易裁判所 第712号法廷（7階）",
            "answer_due": d(2026, 1, 13), "filed": d(2025, 11, 28)},
    )))
    out.append(_done(Letter(
        "l22_summons_district_table", "law_district_table", "lawsuit", ["pdf_scan"],
        "呼出状 (さいたま地裁 (ワ)) with a ruled 期日/場所/答弁書提出期限 table, full-width dates; "
        "訴状 on page 2 with 未払利息; plaintiff a bank",
        sender=SAITAMA_DC, debtor="林真由美", registry_status="not_applicable", creditor=TOTO_BANK.name,
        sender_phone_printed=SAITAMA_DC.phone, principal=4_600_000, interest=41_500, rate=14.0, lump=True,
        issued=d(2025, 12, 22), acceleration=d(2025, 8, 1), hearing=d(2026, 2, 5),
        reference="令和7年(ワ)第789号", received=d(2025, 12, 24), late_from=d(2025, 8, 2), as_of=d(2025, 11, 30),
        ex={"creditor_org": TOTO_BANK, "claim_name": "貸金返還請求事件", "contract_date": d(2019, 2, 14),
            "loan": 6_000_000, "hearing_time": "午後1時15分", "courtroom": "さいたま地方裁判所 第301号法廷",
            "answer_due": d(2026, 1, 29), "filed": d(2025, 12, 3)},
    )))
    out.append(_done(Letter(
        "l23_small_claims", "law_small_claims", "lawsuit", ["photo_heic"],
        "少額訴訟 (大阪簡裁 (少コ)) 呼出状 with a boxed summary of the claim; plaintiff a lender; HEIC photo",
        sender=OSAKA_SC, debtor="村上舞", registry_status="not_applicable", creditor=AOBA.name,
        sender_phone_printed=OSAKA_SC.phone, principal=300_000, rate=20.0, lump=True,
        issued=d(2025, 12, 18), acceleration=d(2025, 6, 30), hearing=d(2026, 2, 12),
        reference="令和7年(少コ)第456号", received=d(2025, 12, 20), late_from=d(2025, 7, 1), as_of=d(2025, 10, 19),
        ex={"creditor_org": AOBA, "claim_name": "貸金請求事件", "contract_date": d(2023, 3, 1), "loan": 300_000,
            "hearing_time": "午後1時30分", "courtroom": "大阪簡易裁判所 第1001号法廷", "answer_due": d(2026, 2, 5)},
    )))
    return out


def settlement() -> list[Letter]:
    out = []
    L = Letter(
        "s24_schedule_table", "set_schedule_table", "settlement_proposal", ["pdf_text"],
        "分割弁済のご提案: claim table, waiver of late damages, instalment table; ご回答期限 as payment_due",
        sender=SUIREI, debtor="長谷川修", registry_status="unverified", creditor=SUIREI.name,
        original_creditor=MIRAIE.name, sender_license_printed=271, sender_phone_printed=SUIREI.phone,
        principal=692_300, interest=14_880, rate=14.6, lump=False,
        issued=d(2025, 12, 5), payment_due=d(2025, 12, 19),
        reference="SR-3021-5567", received=d(2025, 12, 8),
        late_from=d(2024, 6, 11), as_of=d(2025, 11, 30),
    )
    settle = 692_300 + 14_880
    L.ex.update({"settlement": settle, "first": 27_180, "monthly": 20_000, "n": 35,
                 "schedule": [(d(2026, 1, 31), 27_180), (d(2026, 2, 28), 20_000), (d(2026, 3, 31), 20_000),
                              (d(2026, 4, 30), 20_000)]})
    out.append(_done(L))
    out.append(_done(Letter(
        "s25_terms_labelvalue", "set_terms_labelvalue", "settlement_proposal", ["scan_png"],
        "和解条件のご案内: label：value, only a total (債務総額) plus a smaller 和解金額 that is not the claim, "
        "ご返送期限, sender at the top right",
        sender=ASAGI, debtor="近藤光", registry_status="unverified", creditor=ASAGI.name,
        original_creditor=HARUKAZE.name, sender_license_printed=252, sender_phone_printed=ASAGI.phone,
        total=1_126_540, lump=False, issued=d(2026, 1, 23), payment_due=d(2026, 2, 13),
        reference="AZ-0213-558", received=d(2026, 1, 26), as_of=d(2026, 1, 20), breakdown_partial=True,
        ex={"settlement": 700_000, "first_due": d(2026, 3, 27), "monthly": 20_000, "n": 35},
    ), late=False, total=False))
    out.append(_done(Letter(
        "s26_prose_daiji", "set_prose_daiji", "settlement_proposal", ["photo_jpeg"],
        "ご返済計画のご提案 in prose with 大字 amounts; reply deadline only inside a sentence; sender block "
        "bottom left",
        sender=HOKUSHIN, debtor="橋本直樹", registry_status="unverified", creditor=HOKUSHIN.name,
        original_creditor=TOTO_BANK.name, sender_license_printed=264, sender_phone_printed=HOKUSHIN.phone,
        principal=1_500_000, interest=62_400, rate=14.6, lump=False,
        issued=d(2025, 12, 1), payment_due=d(2025, 12, 26), reference="HK-77-10293", received=d(2025, 12, 3),
        late_from=d(2024, 7, 11), as_of=d(2025, 11, 25),
        ex={"monthly_daiji": "参万"},
    )))
    return out


def other() -> list[Letter]:
    out = []
    out.append(_done(Letter(
        "o27_scam_postcard", "scam_postcard", "other", ["photo_jpeg", "scan_png"],
        "架空請求 postcard 「総合消費料金に関する訴訟最終告知のお知らせ」 from 「法務省管轄支局 民事訴訟管理センター」: "
        "hiragana 管理番号 わ251, 取り下げ最終期日 (not a payment due date), no date, no creditor",
        sender=SCAM_MOJ, debtor="井上千尋", registry_status="not_licensed", sender_phone_printed=SCAM_MOJ.phone,
        lump=False, reference="わ251", is_scam=True,
        ex={"page_size": "postcard", "withdraw_by": d(2025, 12, 1)},
    ), late=False, total=False))
    out.append(_done(Letter(
        "o28_scam_fake_servicer", "scam_fake_servicer", "other", ["photo_heic"],
        "fake servicer 民事訴訟最終通告書: 「法務省認可 債権回収業者」, 090 number, electronic-money payment, "
        "same-day お支払期限, no creditor and no licence number",
        sender=SCAM_SERVICER, debtor="石川美穂", registry_status="not_licensed",
        sender_phone_printed=SCAM_SERVICER.phone, total=298_000, lump=False, issued=d(2025, 12, 3),
        payment_due=d(2025, 12, 3), reference="730221", is_scam=True, breakdown_partial=True,
    ), late=False, total=False))
    out.append(_done(Letter(
        "o29_notice_harmless", "notice_harmless", "other", ["pdf_text"],
        "harmless 口座振替日変更のお知らせ from a gas company: dates, a customer number and a free-dial number, "
        "no debt",
        sender=SAKURANO_GAS, debtor="森田健二", registry_status="not_applicable",
        sender_phone_printed=SAKURANO_GAS.phone, lump=False, issued=d(2025, 11, 14), reference="0012-345-678",
        ex={"from_month": d(2026, 1, 1)},
    ), late=False, total=False))
    return out

