"""Every sample letter: its facts (the ground truth) and the input kinds it is rendered into.

Amounts are computed, not typed: late damages = principal × rate × days / 365 over the
accrual window printed on the letter, and the total is the sum of the printed parts, so the
truth is consistent by construction (tests/test_samples.py re-checks it).
"""

from __future__ import annotations

from .parties import (
    AOBA,
    HARUKAZE,
    MINATOBASHI,
    MIRAIE,
    MISAKI_LAW,
    PARTIR,
    SHINONOME,
    SMBC_SV,
    SORATO,
    SUIREI,
    TOTO_BANK,
    WAKABA,
)
from .spec import Letter, d

ADDR = {
    "山田太郎": ("176-0000", "東京都練馬区豊玉南九丁目99番9号 ハイツ豊玉202号"),
    "佐藤花子": ("343-0000", "埼玉県越谷市花田九丁目9番99号"),
    "鈴木一郎": ("277-0000", "千葉県柏市鈴木台九丁目9番9号"),
    "高橋美咲": ("536-0000", "大阪府大阪市城東区高橋九丁目9番9号"),
    "田中健太": ("330-0000", "埼玉県さいたま市大宮区田中町9番9号 サンハイツ305"),
    "伊藤由美": ("710-0000", "岡山県倉敷市伊藤町九丁目9番9号"),
    "渡辺翔": ("179-0000", "東京都練馬区渡辺九丁目9番9号"),
    "中村恵子": ("336-0000", "埼玉県さいたま市南区中村九丁目9番9号"),
    "小林大輔": ("177-0000", "東京都練馬区小林町九丁目9番9号"),
    "加藤直子": ("222-0000", "神奈川県横浜市港北区加藤台9番9号 コーポ加藤101"),
    "吉田誠": ("120-0000", "東京都足立区吉田九丁目9番9号"),
    "山本彩": ("164-0000", "東京都中野区山本九丁目9番9号 メゾン山本401"),
    "松本陽介": ("569-0000", "大阪府高槻市松本町9番9号"),
    "井上千尋": ("193-0000", "東京都八王子市井上町九丁目9番9号"),
    "木村浩二": ("062-0000", "北海道札幌市豊平区木村九条9丁目9番9号"),
    "林真由美": ("338-0000", "埼玉県さいたま市中央区林九丁目9番9号"),
    "清水拓也": ("458-0000", "愛知県名古屋市緑区清水九丁目9番9号"),
    "山口里奈": ("815-0000", "福岡県福岡市南区山口九丁目9番9号"),
    "森田健二": ("336-0000", "埼玉県さいたま市南区森田九丁目9番9号"),
    "池田和也": ("103-0000", "東京都中央区池田町九丁目9番9号"),
    "橋本直樹": ("231-0000", "神奈川県横浜市中区橋本町9番9号"),
    "石川美穂": ("343-0000", "埼玉県越谷市石川九丁目9番9号"),
    "前田悠人": ("170-0000", "東京都豊島区前田九丁目9番9号"),
    "藤田恵美": ("541-0000", "大阪府大阪市中央区藤田九丁目9番9号"),
    "岡田隆": ("330-0000", "埼玉県さいたま市浦和区岡田九丁目9番9号"),
    "後藤由香": ("462-0000", "愛知県名古屋市北区後藤九丁目9番9号"),
    "長谷川修": ("134-0000", "東京都江戸川区長谷川九丁目9番9号"),
    "村上舞": ("590-0000", "大阪府堺市堺区村上町九丁目9番9号"),
    "近藤光": ("060-0000", "北海道札幌市中央区近藤西九丁目9番9号"),
}


def _addr(L: Letter) -> Letter:
    z, a = ADDR[L.debtor]
    L.ex.setdefault("debtor_zip", z)
    L.ex.setdefault("debtor_addr", a)
    return L


def collection() -> list[Letter]:
    out = []

    L = Letter(
        "c01_ruled_table", "col_ruled_table", "collection_notice", ["pdf_text", "photo_jpeg"],
        "servicer 催告書 with 一括請求; ruled grid + amount table; square seal over the sender name",
        sender=SHINONOME, debtor="山田太郎", registry_status="unverified", creditor=SHINONOME.name,
        original_creditor=HARUKAZE.name, sender_license_printed=231, sender_phone_printed=SHINONOME.phone,
        principal=842_315, interest=12_480, rate=14.6, lump=True,
        issued=d(2025, 11, 24), payment_due=d(2025, 12, 8), acceleration=d(2025, 3, 10),
        last_payment=d(2024, 12, 27), assignment=d(2025, 7, 1), reference="SN-2511-004871",
        received=d(2025, 11, 26), late_from=d(2025, 3, 11), as_of=d(2025, 11, 20),
        ex={"contract_date": d(2021, 4, 12), "contract_no": "HK-0412-77815",
            "account": "東雲銀行（架空） 八丁堀支店 普通 0000123　口座名義 シノノメサイケンカイシュウ（カ"},
    )
    L.compute_late()
    L.compute_total()
    out.append(_addr(L))

    L = Letter(
        "c02_tokusoku_labelvalue", "col_tokusoku_labelvalue", "collection_notice", ["scan_png"],
        "card-company 督促状 for arrears: label：value, ￥…- total only, R7.12.10 dates, 殿, "
        "貸金業登録番号 (not a servicer licence), a balance that is not the claim",
        sender=MIRAIE, debtor="佐藤花子", registry_status="not_applicable", creditor=MIRAIE.name,
        sender_phone_printed=MIRAIE.phone, total=38_400, lump=False,
        issued=d(2025, 11, 24), payment_due=d(2025, 12, 10), last_payment=d(2025, 8, 27),
        reference="M-20418873", received=d(2025, 11, 26), breakdown_partial=True,
        ex={"missed_due": d(2025, 10, 27), "balance": 486_200,
            "account": "みらい銀行（架空） 新宿支店 普通 0000987　ｶ)ﾐﾗｲｴｸﾚｼﾞｯﾄ"},
    )
    out.append(_addr(L))

    L = Letter(
        "c03_auction_thousands", "col_auction_thousands", "collection_notice", ["pdf_scan"],
        "remainder demand after 競売 (配当金充当): amounts in 千円 tables, an auction case number "
        "that is not the reference; real servicer name (licensed)",
        sender=SMBC_SV, debtor="鈴木一郎", registry_status="licensed", creditor=SMBC_SV.name,
        original_creditor=TOTO_BANK.name, sender_license_printed=10, sender_phone_printed=SMBC_SV.phone,
        principal=23_750_000, rate=14.6, lump=True,
        issued=d(2025, 10, 31), payment_due=d(2025, 11, 28), acceleration=d(2024, 2, 26),
        last_payment=d(2023, 11, 27), reference="H-0003318", received=d(2025, 11, 4),
        late_from=d(2025, 9, 13), as_of=d(2025, 10, 22), real_company=True,
        ex={"contract_date": d(2016, 3, 25), "auction_court": "東京地方裁判所", "auction_case": "令和6年(ケ)第512号",
            "dividend_date": d(2025, 9, 12), "dividend": 18_640_000, "dividend_costs": 412_000,
            "dividend_late": 2_981_000, "dividend_interest": 96_000, "dividend_principal": 15_151_000,
            "account": "築地信託銀行（架空） 本店営業部 普通 0000321　口座名義 エスエムビーシーサイケンカイシユウ（カ"},
    )
    L.compute_late()
    L.compute_total()
    out.append(_addr(L))

    L = Letter(
        "c04_voluntary_sale_cards", "col_voluntary_sale_cards", "collection_notice", ["fax_tiff"],
        "remainder after 任意売却: label-above-value boxes, full-width digits and dates, 2-page fax "
        "with a reply form",
        sender=MINATOBASHI, debtor="高橋美咲", registry_status="unverified", creditor=MINATOBASHI.name,
        original_creditor=WAKABA.name, sender_license_printed=236, sender_phone_printed=MINATOBASHI.phone,
        principal=4_218_600, interest=23_118, rate=14.0, lump=True,
        issued=d(2025, 11, 17), payment_due=d(2025, 12, 12), acceleration=d(2025, 6, 16),
        last_payment=d(2025, 4, 30), assignment=d(2025, 10, 1), reference="MB-25-11873",
        received=d(2025, 11, 19), late_from=d(2025, 8, 29), as_of=d(2025, 11, 14),
        ex={"sale_date": d(2025, 8, 28), "fax_header": "2025/11/17 16:05  FAX 045-000-2369  ﾐﾅﾄﾊﾞｼｻｲｹﾝｶｲｼｭｳ",
            "account": "横浜港銀行（架空） 本店 普通 0000456　口座名義 ミナトバシサイケンカイシユウ（カ"},
    )
    L.compute_late()
    L.compute_total()
    out.append(_addr(L))

    L = Letter(
        "c05_law_office_prose", "col_law_office_prose", "collection_notice", ["photo_heic"],
        "law firm 受任通知兼請求書: 大字 amounts in prose (金壱百弐拾万円), creditor = the client, "
        "deadline only relative (本書到達後10日以内), rate stated without an amount",
        sender=MISAKI_LAW, debtor="池田和也", registry_status="not_applicable", creditor=AOBA.name,
        sender_phone_printed=MISAKI_LAW.phone, principal=1_200_000, interest=34_500, rate=20.0, lump=True,
        issued=d(2025, 12, 1), acceleration=d(2025, 4, 30), reference="AF-7730112",
        received=d(2025, 12, 3), late_from=d(2025, 5, 1),
        ex={"contract_date": d(2022, 9, 1),
            "account": "岬銀行（架空） 虎ノ門支店 普通 0000778　口座名義 ベンゴシホウジンミサキソウゴウホウリツジムシヨ アズカリキン"},
    )
    L.compute_total()
    out.append(_addr(L))

    L = Letter(
        "c06_final_two_column", "col_final_two_column", "collection_notice", ["photo_exif_rotated"],
        "最終催告書 with a wrong licence number for a real servicer (→ license_mismatch); horizontal "
        "amount table; 令和元年 dates; sideways photo upright only via EXIF 6",
        sender=PARTIR, debtor="前田悠人", registry_status="license_mismatch", creditor=PARTIR.name,
        original_creditor=SORATO.name, sender_license_printed=131, sender_phone_printed=PARTIR.phone,
        principal=486_210, interest=31_460, rate=20.0, lump=True,
        issued=d(2025, 12, 2), payment_due=d(2025, 12, 12), acceleration=d(2019, 12, 3),
        last_payment=d(2019, 9, 27), assignment=d(2024, 4, 1), reference="PT-19-552031",
        received=d(2025, 12, 4), late_from=d(2019, 12, 4), as_of=d(2025, 11, 28), exif=6, real_company=True,
        ex={"contract_date": d(2019, 5, 20),
            "account": "五反田銀行（架空） 西五反田支店 普通 0000113　口座名義 パルテイールサイケンカイシユウ（カ"},
    )
    L.compute_late()
    L.compute_total()
    out.append(_addr(L))

    L = Letter(
        "c07_vertical_naiyou", "col_vertical_naiyou", "collection_notice", ["vertical_pdf", "vertical_scan"],
        "縦書き 内容証明 催告書: kanji numerals for dates, amounts, rate and licence number; "
        "本書到達後七日以内 (no absolute due date); no phone",
        sender=SUIREI, debtor="松本陽介", registry_status="unverified", creditor=SUIREI.name,
        original_creditor=HARUKAZE.name, sender_license_printed=271, principal=750_000, rate=14.6, lump=True,
        issued=d(2025, 11, 25), acceleration=d(2024, 11, 5), last_payment=d(2024, 8, 27),
        assignment=d(2025, 2, 3), received=d(2025, 11, 27), late_from=d(2024, 11, 6), as_of=d(2025, 11, 21),
        ex={"contract_date": d(2021, 6, 14), "next_day": d(2025, 11, 22),
            "sender_addr_kanji": "大阪府大阪市北区翠嶺町九番九十九号　翠嶺ビル三階",
            "debtor_addr_kanji": "大阪府高槻市松本町九番九号"},
    )
    L.compute_late()
    L.compute_total()
    out.append(_addr(L))
    return out


def all_letters() -> list[Letter]:
    from .catalog_more import assignment, court, other, settlement  # noqa: PLC0415

    letters = collection() + assignment() + court() + settlement() + other()
    stems = [x.stem for x in letters]
    assert len(stems) == len(set(stems)), "duplicate stems"
    return letters

