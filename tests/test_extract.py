"""Extraction on text letters (no OCR): each letter type, label variants, prose roles, the sum check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textpages import page

from parser import classify, extract, fields, layout, normalize, parties
from parser.models import Extraction, OcrLine, OcrPage

LETTERS = Path(__file__).parent / "letters"


def run(text: str) -> Extraction:
    pages = normalize.pages([page(text)])
    return extract.extract(pages, classify.classify(pages), use_nlp=False)


def values(e: Extraction) -> dict[str, object]:
    return {path: found.value for path, found in e.fields.items()}


# fmt: off
EXPECTED: dict[str, dict[str, object]] = {
    "assignment_joint.txt": {
        "document_type": "assignment_notice", "sender.name": "ひかり債権回収株式会社", "sender.license_number": 987,
        "creditor.name": "ひかり債権回収株式会社", "original_creditor.name": "株式会社あおば銀行", "debtor.name": "佐藤花子",
        "amounts.total": 1650000, "amounts.principal": 1500000, "amounts.interest": 30000, "amounts.late_damages": 120000,
        "dates.assignment": date(2025, 9, 30), "dates.issued": date(2025, 10, 1), "reference_number": "HK-778899",
        "sender.phone": "06-0000-5678",
    },
    "entrust.txt": {
        "document_type": "assignment_notice", "sender.name": "はやて債権回収株式会社", "creditor.name": "株式会社みなと銀行",
        "original_creditor.name": "株式会社みなと銀行", "amounts.total": 543210, "dates.payment_due": date(2025, 11, 28),
        "debtor.name": "鈴木一郎", "reference_number": "99887766",
    },
    "subrogation.txt": {
        "document_type": "acceleration_notice", "sender.name": "いろは保証株式会社", "creditor.name": "いろは保証株式会社",
        "original_creditor.name": "株式会社いろは銀行", "amounts.total": 18103561, "amounts.principal": 18000000,
        "late_damages_rate_percent": 14.0, "dates.subrogation": date(2025, 8, 1), "dates.payment_due": date(2025, 9, 10),
        "lump_sum_demand": True,
    },
    "payment_order.txt": {
        "document_type": "payment_order", "sender.name": "東京簡易裁判所", "creditor.name": "ひかり債権回収株式会社",
        "debtor.name": "田中次郎", "reference_number": "令和7年(ロ)第4321号", "dates.issued": date(2025, 11, 10),
        "dates.acceleration": date(2025, 6, 15), "dates.last_payment": date(2025, 5, 27), "late_damages_rate_percent": 14.6,
        "original_creditor.name": "株式会社あおば銀行", "dates.payment_due": None,
    },
    "lawsuit.txt": {
        "document_type": "lawsuit", "sender.name": "横浜地方裁判所", "creditor.name": "みどり債権回収株式会社",
        "debtor.name": "伊藤三郎", "dates.hearing": date(2026, 1, 20), "dates.answer_due": date(2026, 1, 13),
        "reference_number": "令和7年(ハ)第5555号",
    },
    "settlement.txt": {
        "document_type": "settlement_proposal", "sender.name": "さつき債権回収株式会社", "amounts.total": 456000,
        "original_creditor.name": "株式会社さくらカード", "amounts.principal": None, "lump_sum_demand": False,
    },
    "western_dates_yen_marks.txt": {
        "document_type": "collection_notice", "sender.name": "サンライズ債権回収株式会社", "sender.license_number": 456,
        "original_creditor.name": "株式会社ひまわり銀行", "amounts.total": 2345678, "amounts.principal": 2100000,
        "amounts.interest": 45678, "amounts.late_damages": 200000, "dates.assignment": date(2025, 8, 1),
        "dates.acceleration": date(2025, 4, 30), "dates.last_payment": date(2025, 3, 31),
        "dates.payment_due": date(2025, 12, 19), "reference_number": "SR-99-1234", "lump_sum_demand": True,
    },
    "subrogation_prose.txt": {
        "document_type": "acceleration_notice", "sender.name": "株式会社さくら保証", "creditor.name": "株式会社さくら保証",
        "original_creditor.name": "株式会社もみじ銀行", "amounts.total": 32450000, "dates.subrogation": date(2025, 10, 31),
        "dates.payment_due": date(2025, 12, 26), "late_damages_rate_percent": 14.0, "debtor.name": "鈴木花子",
    },
    "settlement_debt_amount.txt": {
        "document_type": "settlement_proposal", "amounts.total": 600000, "dates.payment_due": date(2026, 1, 31),
        "original_creditor.name": "株式会社スター信販", "sender.license_number": 808, "lump_sum_demand": False,
    },
    "bank_acceleration.txt": {
        "document_type": "acceleration_notice", "amounts.total": 18572520, "amounts.principal": 18500000,
        "dates.acceleration": date(2025, 8, 25), "dates.payment_due": date(2025, 9, 30), "debtor.name": "中島誠",
        "lump_sum_demand": True,
    },
    "summons_only_hearing.txt": {
        "document_type": "lawsuit", "sender.name": "福岡地方裁判所", "creditor.name": "株式会社みずき銀行",
        "debtor.name": "中島誠", "dates.hearing": date(2026, 2, 10), "dates.answer_due": None,
        "reference_number": "令和7年(ワ)第1234号",
    },
    # 請求の趣旨 items named on the line below (「ただし、…残元金」), the sum printed in a bracket note,
    # 「年19. 9％」 spaced by OCR, a name printed with a wide space, 「(口)」 read for (ロ).
    "court_items.txt": {
        "document_type": "payment_order", "sender.name": "前橋簡易裁判所", "creditor.name": "株式会社みなかみローン",
        "debtor.name": "米村拓海", "amounts.total": 745760, "amounts.principal": 683412, "amounts.interest": 9871,
        "amounts.late_damages": 46947, "amounts.costs": 5530, "late_damages_rate_percent": 19.9,
        "reference_number": "令和7年(ロ)第4127号", "sender.phone": "027-000-3152",
    },
    # A court that does not exist signs with its department; the payee bank is not the sender.
    "fake_court.txt": {
        "sender.name": "西日本民事裁判所督促手続課", "amounts.total": 246000, "dates.issued": date(2026, 2, 20),
        "debtor.name": "竹内志保",
    },
    # A file-number label not in the list (ご相談番号), a masked card number, 2026年（令和8年）, a fax header
    # with the fax number, a 配当 table of history, a note on an amount naming other amounts.
    "servicer_variants.txt": {
        "dates.issued": date(2026, 2, 10), "reference_number": "P-260304-118", "amounts.total": 1392595,
        "amounts.principal": 1386215, "amounts.interest": None, "amounts.late_damages": 6380,
        "original_creditor.name": "株式会社ミモザファイナンス", "debtor.name": "増井達也", "sender.phone": "092-000-1570",
        "dates.assignment": date(2025, 6, 30),
    },
    # Two loans, each with its own 元金・利息・損害金, and one 合計; a lawyer signs as the 通知人's 代理人.
    "lawyer_two_loans.txt": {
        "sender.name": "佐伯総合法律事務所", "creditor.name": "ほたるび信用金庫", "debtor.name": "坂巻隆之",
        "amounts.total": 1973022, "amounts.principal": 1959115, "amounts.interest": 8422, "amounts.late_damages": 5485,
        "dates.acceleration": date(2025, 12, 8), "dates.payment_due": date(2026, 1, 9), "lump_sum_demand": True,
    },
    "scam.txt": {
        "document_type": "other", "sender.name": "法務省管轄支局民事訴訟管理センター", "reference_number": "わ251",
        "creditor.name": None, "dates.hearing": None, "dates.payment_due": None,
    },
}
# fmt: on


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_letter(name: str) -> None:
    e = run((LETTERS / name).read_text(encoding="utf-8"))
    got = values(e) | {"document_type": e.document_type.value, "lump_sum_demand": e.lump_sum_demand}
    for path, expected in EXPECTED[name].items():
        assert got.get(path) == expected, path


COLLECTION = """
                                                令和7年11月20日
東京都新宿区西新宿1-2-3
山田 太郎 様
                                   お客様番号  A-2025-00123
                     催 告 書
貴殿は令和7年6月15日をもって期限の利益を喪失されておりますので、
下記ご請求金額を一括してお支払いください。
  原債権者        株式会社さくら銀行
  最終ご入金日  令和7年5月27日
  残元金       金1,000,000円
  {interest_label}      金20,000円
  遅延損害金    金62,400円   (年14.6%)
  費用         金1,000円
  合計(ご請求金額)  金{total}円
  お支払期限  令和7年12月10日(水)
みらい債権回収株式会社  管理部
TEL 03-0000-1234  法務大臣許可番号 第999号
"""


def test_collection_notice_with_fuzzy_label_and_lump_sum() -> None:
    e = run(COLLECTION.format(interest_label="森収利尺", total="1,083,400"))  # OCR slip for 未収利息
    v = values(e)
    assert e.document_type.value == "collection_notice" and e.lump_sum_demand
    assert v["amounts.interest"] == 20000
    assert e.fields["amounts.interest"].confidence < e.fields["amounts.principal"].confidence
    assert v["dates.acceleration"] == date(2025, 6, 15)
    assert v["dates.last_payment"] == date(2025, 5, 27)
    assert v["sender.license_number"] == 999
    assert "sum_check:ok" in e.notes


def test_sum_check_repairs_a_dropped_digit() -> None:
    e = run(COLLECTION.format(interest_label="未収利息", total="108,400"))  # 1,083,400 read without a digit
    assert values(e)["amounts.total"] == 1083400
    assert "sum_check:repaired" in e.notes
    assert e.fields["amounts.total"].confidence <= 0.6


def test_sum_check_mismatch_lowers_confidence() -> None:
    e = run(COLLECTION.format(interest_label="未収利息", total="9,999,999"))
    assert "sum_check:mismatch" in e.notes
    assert e.fields["amounts.total"].confidence <= 0.5


def test_thousand_yen_table() -> None:
    e = run("""
令和7年11月1日
中村 一 様
            残債務のご通知
  (単位：千円)
  残元金    12,345
  遅延損害金  655
  合計     13,000
とうかい債権回収株式会社 法務大臣許可番号 第111号
""")
    v = values(e)
    assert (v["amounts.principal"], v["amounts.late_damages"], v["amounts.total"]) == (
        12345000,
        655000,
        13000000,
    )


def test_table_header_with_values_below() -> None:
    e = run("""
令和7年11月1日
中村 一 様
            督促状
  元金          利息        遅延損害金      合計
  500,000円     10,000円    25,000円        535,000円
  お支払期日  2025/12/01
あさひ債権回収株式会社
""")
    v = values(e)
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.late_damages"], v["amounts.total"]) == (
        500000,
        10000,
        25000,
        535000,
    )
    assert v["dates.payment_due"] == date(2025, 12, 1)


def test_no_value_is_invented() -> None:
    e = run("""
令和7年11月1日
中村 一 様
        お知らせ
平素より当社サービスをご利用いただきありがとうございます。
システム更新のため、12月1日はサービスを停止いたします。
ふじみ通信株式会社
""")
    v = values(e)
    for path in (
        "amounts.total",
        "amounts.principal",
        "dates.payment_due",
        "dates.acceleration",
        "late_damages_rate_percent",
    ):
        assert path not in v
    assert e.document_type.value == "other"


def test_a_date_without_a_year_takes_the_letters_year() -> None:
    e = run("""
令和7年12月20日
中村 一 様
            督促状
  ご請求金額  金50,000円
  お支払期限  1月10日(土)必着
みなみ債権回収株式会社
""")
    assert values(e)["dates.payment_due"] == date(2026, 1, 10)


def test_a_trade_name_before_koto_is_not_the_persons_name() -> None:
    assert parties.clean_name("米村設備こと 米村 拓海") == "米村拓海"
    assert (
        parties.clean_name("株式会社ことぶきローン") == "株式会社ことぶきローン"
    )  # こと inside a company name
    assert parties.clean_name("佐藤まこと") == "佐藤まこと"


def test_a_department_after_the_printed_space_is_not_part_of_the_name() -> None:
    e = run(
        "令和7年12月5日\n大友 隼人 様\n催告書\n株式会社あおばとキャッシング　回収管理課\nお問合せ 022-000-4862\n"
    )
    assert values(e)["sender.name"] == "株式会社あおばとキャッシング"


def test_an_organisation_form_on_its_own_line_joins_the_name_below() -> None:
    text = "弁護士法人                    令和8年2月6日\n                     当事務所受付番号 U8-0206\nうしお法律事務所\n"
    e = run(text + "            岩崎 悠斗 様\n受任のご通知\nTEL06-0000-7316\n")
    assert values(e)["sender.name"] == "弁護士法人うしお法律事務所"


def test_a_row_knows_which_cell_holds_a_position() -> None:
    from parser.layout import rows

    row = rows(normalize.pages([page("原債権者    株式会社かなめ銀行    物件所在地")]))[0]
    assert [s.text for s in row.segments] == ["原債権者", "株式会社かなめ銀行", "物件所在地"]
    assert row.segment_at(row.text.index("かなめ")) == 1
    assert row.segment_start(2) == row.text.index("物件所在地")


def test_a_court_claim_with_running_damages_is_both_total_and_principal() -> None:
    e = run("""
少額訴訟  口頭弁論期日呼出状及び答弁書催告状
被告 四方田 健 様
■原告の請求(訴状の要旨)
請求の趣旨  被告は、原告に対し、金428,450円及びこれに対する令和7年11月1日から支払済みまで
年3パーセントの割合による金員を支払え。
紛争の要点  被告は、令和7年10月31日に内金50,000円を支払ったのみで、残代金を支払わない。
原告 株式会社たてやまオートサービス 代表取締役 浦野 誠司    939-0000富山県射水市みなと台九丁目9番9号
""")
    v = values(e)
    assert e.document_type.value == "lawsuit"
    assert v["amounts.total"] == v["amounts.principal"] == 428450  # not the 内金 paid
    assert v["dates.last_payment"] == date(2025, 10, 31)
    assert v["creditor.name"] == "株式会社たてやまオートサービス"  # not the heading 「原告の請求」


def test_court_cost_lines_add_up_to_the_costs() -> None:
    e = run("""
支払督促
請求の趣旨
  1 求償金元金……      1,126,480円
  2 確定遅延損害金……   32,405円
  3 申立手数料……       6,000円
  4 送達費用……         2,198円
  5 書類作成及び提出費用……  1,000円
  請求金額(1から5まで)……  1,168,083円
""")
    v = values(e)
    assert v.get("amounts.interest") is None  # 申立手数料 is a court fee, not interest
    assert v["amounts.costs"] == 9198


def test_a_breakdown_row_whose_label_the_ocr_cut_short_fills_the_gap() -> None:
    e = run("""
ご請求書
元金:     ¥312,540-
利       ¥18,206-    (約定利息)
遅延損害金:   ¥25,503-
ご請求額計:   ¥356,249-
""")
    assert values(e)["amounts.interest"] == 18206


def test_the_telephone_of_a_tel_fax_pair_is_the_first_number() -> None:
    e = run("""
ご請求書
送信元    弁護士法人あまぎり総合法律事務所
TEL/FAX    03-0000-2585/03-0000-2586
""")
    assert values(e)["sender.phone"] == "03-0000-2585"


def test_zero_yen_is_no_claim_and_a_paid_fee_is_no_interest() -> None:
    e = run("""
ローンご完済のお知らせ(完済証明書)
契約番号    ローンの種類    現在残高
55-208814-1    住宅ローン    0円
3.繰上返済手数料(33,000円)は、令和8年3月25日にご返済口座から引落し済みです。
""")
    v = values(e)
    assert e.document_type.value == "other"
    assert v.get("amounts.total") is None and v.get("amounts.interest") is None


def test_a_date_under_its_own_heading_is_not_the_letters_date() -> None:
    e = run("""
民事訴訟開始のお知らせ
乙部智美様
裁判取下げ最終期日
令和8年3月9日(月)
令和8年3月3日
""")
    assert values(e)["dates.issued"] == date(2026, 3, 3)


def test_two_addressees_side_by_side_the_first_is_the_debtor() -> None:
    e = run("""
期限の利益喪失通知書
【主債務者】    【連帯保証人】
等々力誠殿    舟橋 久美子 殿
""")
    assert values(e)["debtor.name"] == "等々力誠"


def test_a_label_and_its_value_down_one_vertical_column_are_one_row() -> None:
    from parser.layout import rows
    from parser.models import OcrLine, OcrPage

    def col(text: str, x: float, y0: float, y1: float) -> OcrLine:
        return OcrLine(text=text, bbox=(x, y0, x + 17, y1), confidence=0.99, vertical=True)

    body = col("つきましては、当社は貴殿に対し、左記の求償金を請求いたします。", 364, 62, 778)
    columns = (body, col("一、求償元金", 328, 73, 139), col("金一七五万一九九〇円", 328, 173, 282),
               col("二、遅延損害金", 310, 73, 150), col("金一万七五一九円", 310, 173, 260))  # fmt: skip
    vpage = OcrPage(
        number=1, width=595, height=842, lines=columns, source="text_layer", engine="test", vertical=True
    )
    found = rows(normalize.pages([vpage]))
    assert [[s.text for s in r.segments] for r in found][1:] == [
        ["一、求償元金", "金一七五万一九九〇円"], ["二、遅延損害金", "金一万七五一九円"],
    ]  # fmt: skip


def test_of_two_joined_titles_the_first_heads_the_letter() -> None:
    pages = normalize.pages(
        [
            page("""
債権譲受のご通知およびお支払いのお願い
当社は、株式会社つばめ沢銀行から貴殿に対する債権を譲り受けました。
お支払期限までにお支払いください。
""")
        ]
    )
    assert classify.classify(pages).document_type.value == "assignment_notice"


def test_a_joint_notice_grid_gives_each_signer_its_role() -> None:
    e = run("""
通知人(譲渡人)    通知人(譲受人)
かやつり信用保証株式会社    黎明債権回収株式会社
代表取締役 錦織真司    法務大臣許可番号 第238号
債権譲渡のご通知
譲渡人は、貴殿に対して有する下記の求償債権を、令和8年1月20日付で譲受人に譲渡しましたので通知いたします。
原契約    株式会社とうかい湊銀行 住宅ローン
""")
    v = values(e)
    assert v["sender.name"] == "黎明債権回収株式会社"  # the assignee writes a joint notice
    assert v["original_creditor.name"] == "かやつり信用保証株式会社"  # the 譲渡人, not the first lender


def test_a_report_that_claims_nothing_gives_no_amounts() -> None:
    e = run("""
担保不動産競売事件の配当結果について(ご報告)
本書はご請求書ではありません。
項目    配当前残高    充当額    充当後残高
元金    17,912,804円    17,912,804円    0円
合計    18,652,337円    18,652,337円    0円
""")
    v = values(e)
    assert e.document_type.value == "other"
    assert v.get("amounts.total") is None and v.get("amounts.principal") is None


def test_a_demand_that_speaks_of_a_future_claim_is_not_history() -> None:
    assert classify.claims_nothing("本書はご請求書ではありません。")
    assert classify.claims_nothing("今後当行からお客様にご請求することはございません")
    assert not classify.claims_nothing(
        "下記金額を至急ご請求いたします。お支払いがない場合は法的手続に移ります。"
    )


def test_a_law_firm_signing_as_agent_keeps_its_legal_form() -> None:
    e = run("""
通知書
冠省 当職は、あかつき台債権回収株式会社(以下「通知人」といいます。)の代理人として通知いたします。
令和8年2月24日
通知人代理人    弁護士法人若竹総合法律事務所
弁護士 上嶋慎一郎
""")
    assert values(e)["sender.name"] == "弁護士法人若竹総合法律事務所"


def test_leader_dots_before_a_name_are_not_part_of_it() -> None:
    assert parties.clean_name("····株式会社ももとせ銀行") == "株式会社ももとせ銀行"


def test_a_sentence_broken_over_a_short_line_is_read_whole() -> None:
    e = run("""
債権譲渡通知書
通知人は、令和7年10月15日、株式会社千歳台銀行から、同行が貴殿に
対して有する
平成30年5月11日付金銭消費貸借契約に基づく貸金債権を、その担保とともに
一括して譲り受けました。
""")
    v = values(e)
    assert v["dates.assignment"] == date(2025, 10, 15)
    assert v["original_creditor.name"] == "株式会社千歳台銀行"


def test_a_loan_table_whose_names_take_two_lines_still_ends_in_its_total_row() -> None:
    e = run("""
ご融資金の一括返済についてのご請求
                    残元金        未収利息    遅延損害金    計
マイカーローン
                    1,283,400円    6,912円    12,306円    1,302,618円
No.4418-220931
フリーローン
                    486,250円    3,871円    4,662円    494,783円
No.4418-310577
合計                1,769,650円    10,783円    16,968円    1,797,401円
""")
    v = values(e)
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.late_damages"]) == (
        1769650,
        10783,
        16968,
    )
    assert v["amounts.total"] == 1797401


def test_a_note_in_brackets_between_label_and_amount_is_skipped() -> None:
    e = run("""
期限の利益喪失のご通知
項目    金額
ご融資残元金    (証書貸付No.5518)    8,946,300円
未払利息    (約定利率年2.85%・喪失日まで)    63,420円
遅延損害金    (年14%・令和8年5月26日から日割)    24,020円
ご請求合計    (令和8年6月1日現在)    9,033,740円
""")
    v = values(e)
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.late_damages"]) == (
        8946300,
        63420,
        24020,
    )
    assert v["late_damages_rate_percent"] == 14.0


def test_the_next_label_of_a_grid_is_not_part_of_a_name() -> None:
    e = run("""
ご返済方法のご提案
お客様番号    OX-7720-0416    原債権者    株式会社ひよどり信販債権譲受日    2025年11月28日
""")
    assert values(e)["original_creditor.name"] == "株式会社ひよどり信販"


def test_a_sole_traders_shop_name_is_not_the_debtors_name() -> None:
    assert parties.clean_name("左近充板金代表左近充里志殿") == "左近充里志"
    assert parties.clean_name("株式会社丹下工務店代表取締役丹下幸太郎") == "株式会社丹下工務店"


def test_a_letter_without_a_date_takes_the_date_its_figures_stand_at() -> None:
    e = run("""
譲受債権の一括お支払いについてのご請求
桝谷遼平様
ご請求明細(2026年5月14日現在)
合計    886,333円
""")
    assert values(e)["dates.issued"] == date(2026, 5, 14)
    assert e.fields["dates.issued"].confidence <= 0.6


def test_a_harmless_notice_that_needs_no_action_claims_nothing() -> None:
    e = run("""
住宅ローン適用金利変更のお知らせ
項目    変更前    変更後
うち元金    84,565円    79,436円
うち利息    13,847円    18,976円
このお知らせは金利変更のご案内であり、お手続きは不要です。
""")
    v = values(e)
    assert e.document_type.value == "other"
    assert v.get("amounts.principal") is None and v.get("amounts.interest") is None


def test_the_licence_holder_signs_not_its_branch_office() -> None:
    e = run("""
SMBC債権回収株式会社
法務大臣許可番号第10号
福島県福島市かやぶき台九丁目9番9号    東北回収センター
駒形悠真様
ご請求書(一括弁済のお願い)
""")
    assert values(e)["sender.name"] == "SMBC債権回収株式会社"


def test_a_principal_that_is_a_sum_of_two_parts_is_not_the_principal() -> None:
    e = run("""
支払督促
令和8年(ロ)第88号
請求の趣旨
1 金431,154円(立替金残元金412,380円及び未払分割手数料18,774円の合計)
2 金16,000円(上記立替金残元金に対する確定遅延損害金)
4 金4,227円(督促手続費用)
請求額合計(上記1、2及び4)    金451,381円
""")
    v = values(e)
    assert (v["amounts.principal"], v["amounts.interest"]) == (412380, 18774)


def test_an_account_number_in_running_text_is_not_money() -> None:
    e = run("""
ご請求書
元金    296,400円
利息    12,118円
遅延損害金    26,456円
                    334,974円
お振込先 ひめしゃら銀行五反田支店普通預金2135567 までお支払いください。
""")
    assert values(e)["amounts.total"] == 334974


def test_a_law_firm_instructed_by_its_client_names_the_creditor() -> None:
    e = run("""
かもめ坂法律事務所
ご通知
当職は、医療法人みさき台会(みさき台中央病院、以下「病院」といいます。)から、貴殿の未払診療費の回収について委任を受けた弁護士です。
病院の記録によれば、2025年6月2日に入院費の一部として100,000円のご入金があったのを最後に、その後のお支払いがございません。
""")
    v = values(e)
    assert v["creditor.name"] == "医療法人みさき台会"
    assert v["dates.last_payment"] == date(2025, 6, 2)


def test_a_rate_per_billing_period_is_not_a_yearly_rate() -> None:
    e = run("""
放送受信料のお支払いについて(ご通知)
未払受信料計    12期    26,400円
延滞利息(受信規約による・1期につき2%)    528円
お支払合計額    26,928円
""")
    v = values(e)
    assert v.get("late_damages_rate_percent") is None
    assert v["amounts.principal"] == 26400


def test_a_joint_notice_is_sent_by_the_buyer_even_when_the_seller_is_named_first() -> None:
    e = run("""
債権譲渡通知書
通知人株式会社すだち信販(以下「譲渡人」)は、貴殿に対して有する左記債権を、令和七年十二月十日、通知人楓丘債権回収株式会社(以下「譲受人」)に譲渡いたしました。
(譲渡人)徳島県徳島市萩の台町三丁目八番地
株式会社すだち信販 代表取締役 灰塚昭
(譲受人)大阪府大阪市西区楓丘二丁目四番九号
楓丘債権回収株式会社 代表取締役 城戸崎伸吾
法務大臣許可番号第二百四十九号
""")
    v = values(e)
    assert v["sender.name"] == "楓丘債権回収株式会社"
    assert v["original_creditor.name"] == "株式会社すだち信販"


def test_a_letter_to_the_heirs_of_a_late_debtor_claims_from_the_heir() -> None:
    e = run("""
亡仁多見辰雄様
相続人仁多見智恵子様
代位弁済のご通知
故仁多見辰雄様(令和7年9月2日ご逝去)は、平成31年3月18日、株式会社ささめ銀行との間で教育ローン契約を締結されました。
""")
    v = values(e)
    assert v["debtor.name"] == "仁多見智恵子"
    assert v["original_creditor.name"] == "株式会社ささめ銀行"


def test_a_given_name_ending_in_michi_is_not_an_address() -> None:
    assert not parties.looks_like_address("纐纈弘道")
    assert parties.looks_like_address("東京都千代田区丸の内一丁目")


def test_the_assignor_is_the_original_creditor_before_the_first_lender() -> None:
    e = run("""
競売手続終了後のご返済について(ご請求)
貴殿が平成22年7月16日に株式会社那須野銀行から借り入れられた住宅ローンについては、保証会社による代位弁済を経て競売手続が行われました。
当社は令和8年3月31日、いちいがし保証株式会社から本債権を譲り受けましたので、下記金額をお支払いください。
ご契約番号    JH-10716-22
""")
    v = values(e)
    assert v["original_creditor.name"] == "いちいがし保証株式会社"
    assert v["reference_number"] == "JH-10716-22"


def test_a_contract_number_yields_to_the_letters_own_reference() -> None:
    e = run("""
督促状
お客様番号 TN-2510-3317
ご契約番号 0386-215-0042
""")
    assert values(e)["reference_number"] == "TN-2510-3317"


def test_a_guarantors_recourse_demand_is_a_demand_and_its_subrogation_notice_an_acceleration() -> None:
    demand = run("""
求償金のご請求について
当社は、お客様の株式会社そよご銀行に対する住宅ローン債務について代位弁済いたしました。下記のとおりご請求いたします。
""")
    notice = run("""
代位弁済のご通知及び求償金のご請求
当社は、お客様の株式会社そよご銀行に対する住宅ローン債務について代位弁済いたしました。
""")
    assert demand.document_type.value == "collection_notice"
    assert notice.document_type.value == "acceleration_notice"
    assert values(demand)["original_creditor.name"] == "株式会社そよご銀行"


def test_a_joint_notice_in_prose_names_the_buyer_as_creditor() -> None:
    e = run("""
債権譲渡通知書
通知人のいばら総合リース株式会社(以下「譲渡人」)は、貴殿に対して有するリース料債権を、2026/01/30付で通知人オリックス債権回収株式会社(以下「譲受人」)に譲渡いたしました。
""")
    v = values(e)
    assert v["sender.name"] == v["creditor.name"] == "オリックス債権回収株式会社"
    assert v["original_creditor.name"] == "のいばら総合リース株式会社"


def test_a_sellers_own_notice_does_not_take_the_buyers_licence() -> None:
    e = run("""
株式会社きささげカード
代表取締役 寺嶋亮介
債権譲渡通知書
当社は、貴殿との間のカード会員契約に基づき貴殿に対して有する下記債権を、2026年3月31日付で、下記譲受人に譲渡いたしましたので、ご通知申し上げます。
譲受人 アビリオ債権回収株式会社(法務大臣許可番号第5号)
""")
    v = values(e)
    assert v["sender.name"] == "株式会社きささげカード"
    assert v.get("sender.license_number") is None


def test_each_signer_of_a_joint_notice_has_its_own_telephone() -> None:
    e = run("""
債権譲渡通知書
【譲渡人】    つがざくら住宅保証株式会社
代表取締役沓掛則夫
山梨県甲府市なつつばき台九丁目9番9号電話055-000-2740
【譲受人】    ほしくず債権回収株式会社
法務大臣許可番号第241号代表取締役汐崎亮
東京都新宿区いぬしで町九丁目9番9号電話03-0000-2411
""")
    v = values(e)
    assert v["sender.name"] == "ほしくず債権回収株式会社"
    assert v["sender.phone"] == "03-0000-2411"


def test_a_court_dates_its_paper_on_the_line_it_signs() -> None:
    e = run("""
口頭弁論期日呼出状及び答弁書催告状
事件番号 令和8年(ハ)第312号
令和8年5月18日 一関簡易裁判所民事係 裁判所書記官 鮎貝千尋
""")
    assert values(e)["dates.issued"] == date(2026, 5, 18)


def test_a_licence_written_as_no_is_read() -> None:
    assert [
        m.value for m in normalize.license_numbers(normalize.text("債権管理回収業 法務大臣許可No.10"))
    ] == [10]


def test_a_recourse_claim_and_a_judged_claim_are_claimed_whole() -> None:
    assert classify.lump_sum_demand(
        "当社は代位弁済により求償金債権を取得いたしました。求償金及び損害金を下記のとおりご請求いたします。",
        classify.DocumentType.collection_notice,
    )
    assert classify.lump_sum_demand(
        "仮執行宣言付支払督促により当社は債務名義を取得いたしました。下記金額をお支払いください。",
        classify.DocumentType.collection_notice,
    )
    assert not classify.lump_sum_demand(
        "今月分のご返済が確認できておりません。下記金額をお支払いください。",
        classify.DocumentType.collection_notice,
    )


def test_a_latin_middle_dot_between_katakana_is_the_japanese_one() -> None:
    assert normalize.text("エー·シー·エス債権管理回収株式会社") == "エー・シー・エス債権管理回収株式会社"
    assert normalize.text("令和5年10·11月期") == "令和5年10·11月期"


def test_a_sloping_photo_keeps_each_amount_on_its_labels_row() -> None:
    from parser import layout
    from parser.models import OcrLine, OcrPage, OcrWord

    slope = 0.05  # about 3 degrees, as a photo the deskew step did not straighten

    def line(text: str, x0: float, y: float, *, words: bool = False) -> OcrLine:
        x1 = x0 + 24 * len(text)
        y0 = y + slope * x0
        box = (x0, y0, x1, y + slope * x1 + 24)
        ws: tuple[OcrWord, ...] = ()
        if words:
            ws = tuple(
                OcrWord(
                    text=c,
                    bbox=(
                        x0 + 24 * i,
                        y + slope * (x0 + 24 * i),
                        x0 + 24 * (i + 1),
                        y + slope * (x0 + 24 * i) + 24,
                    ),
                    confidence=0.99,
                )
                for i, c in enumerate(text)
            )
        return OcrLine(text=text, bbox=box, confidence=0.99, words=ws)

    lines = [
        line("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", 100, 100, words=True),
        line("上記の支払督促は令和7年12月12日に発付されたが、異議がなかった。", 100, 160, words=True),
        line("よって、債権者の申立てにより、仮執行の宣言をする。あわせて通知する。", 100, 220, words=True),
    ]
    for i, (label, value) in enumerate([("元金", "415,870"), ("利息", "6,905"), ("督促手続費用", "4,382")]):
        y = 300 + 40 * i
        lines += [line(label, 100, y), line(value, 1300, y)]
    page = OcrPage(number=1, width=1654, height=2339, lines=tuple(lines), source="ocr", engine="test")
    texts = [r.text for r in layout.rows(normalize.pages([page]))]
    assert "元金 415,870" in texts and "利息 6,905" in texts and "督促手続費用 4,382" in texts


def test_a_letter_that_says_it_is_no_demand_is_not_a_collection_notice() -> None:
    e = run("""
受任通知受領のお知らせ
本書はご請求書ではありません。
貴殿の代理人弁護士から受任通知を受領いたしましたので、当社からのご請求及びご連絡を停止いたします。
今後のお支払いについては代理人弁護士を通じてご相談ください。
""")
    assert e.document_type.value == "other"


def test_court_case_numbers_of_every_kind_and_where_they_are_the_reference() -> None:
    seizure = run("""
令和8年(ル)第64号
債権差押命令
当事者 別紙当事者目録記載のとおり
さいたま地方裁判所熊谷支部 裁判所書記官 藤堂 朋子
""")
    plaintiff = run("""
和解条項(案)ご送付のご案内
事件番号    川越簡易裁判所令和8年(ハ)第456号譲受債権請求事件
""")
    servicer = run("""
ご請求書
当社は、令和7年(ケ)第219号担保不動産競売事件の配当後も残る債権についてご請求いたします。
""")
    assert values(seizure)["reference_number"] == "令和8年(ル)第64号"
    assert values(plaintiff)["reference_number"] == "令和8年(ハ)第456号"
    assert values(servicer).get("reference_number") is None


def test_the_bank_a_guarantor_paid_is_the_original_creditor() -> None:
    e = run("""
通知書
右判決は、通知人が令和七年八月二十日に株式会社いすのき銀行に対して代位弁済した金員の求償を認めたものです。
""")
    assert values(e)["original_creditor.name"] == "株式会社いすのき銀行"


def test_a_summons_that_names_no_sum_is_no_lump_sum_demand() -> None:
    e = run("""
第2回口頭弁論期日呼出状
事件番号 令和8年(ハ)第1207号
原告 アルファ債権回収株式会社
被告 閏間澄江
口頭弁論期日 令和8年6月10日(水)午前10時30分
""")
    assert e.document_type.value == "lawsuit"
    assert e.lump_sum_demand is False


def test_the_letters_labelled_date_is_not_the_date_of_the_sentence_after_it() -> None:
    e = run("""
債権移行最終通知
通知日 令和8年6月9日 貴方の未納料金に係る債権を当社が譲り受けました。
""")
    v = values(e)
    assert v["dates.issued"] == date(2026, 6, 9)
    assert v.get("dates.assignment") is None


def test_a_balance_row_under_an_unknown_label_is_the_principal_when_it_fills_the_gap() -> None:
    e = run("""
債権譲渡通知書
ショッピング・キャッシング残高    402,300円
手数料・利息    9,870円
遅延損害金(年18.0%)    24,997円
譲渡債権額合計    437,167円
""")
    assert values(e)["amounts.principal"] == 402300


@pytest.mark.parametrize(
    ("printed", "expected"), [("0R26-0177", "OR26-0177"), ("1S25-0616", "IS25-0616"), ("10-2651", "10-2651")]
)
def test_a_code_prefix_read_as_a_digit_gets_its_letter_back(printed: str, expected: str) -> None:
    e = run(f"""
督促状
お客様番号 {printed}
""")
    assert values(e)["reference_number"] == expected


COVER = """FAX送付状
宛先 生活再建相談窓口 御中
送信者 鶴来則子
TEL/FAX 0172-00-3356
送信日 2026年2月19日
枚数 2枚（この用紙を含む）
"""
LETTER = """ご請求書（一括）
発行日 2026年2月4日
鶴来則子 様
オリックス債権回収株式会社
法務大臣許可番号第11号
請求金額合計 557,357円
"""


def test_a_fax_cover_sheet_in_front_of_a_letter_is_not_read_as_the_letter() -> None:
    pages = normalize.pages([page(COVER, 1), page(LETTER, 2)])
    letter = classify.letter_pages(pages)
    assert [p.number for p in letter] == [2]
    v = values(extract.extract(letter, classify.classify(letter), use_nlp=False))
    assert v["dates.issued"] == date(2026, 2, 4)  # not the day it was faxed on
    assert v["sender.name"] == "オリックス債権回収株式会社"


def test_a_cover_sheet_that_states_an_amount_or_stands_alone_is_kept() -> None:
    alone = normalize.pages([page(COVER, 1)])
    assert classify.letter_pages(alone) == alone
    both = normalize.pages([page(COVER + "請求額合計 1,516,746円\n", 1), page(LETTER, 2)])
    assert classify.letter_pages(both) == both


def test_the_heir_after_a_late_debtor_and_a_sender_after_its_address() -> None:
    assert parties.clean_name("亡八田正樹承継人八田紀子") == "八田紀子"
    assert (
        parties.clean_name("仙台市宮城野区灯台町九丁目9番9号さくらそう債権管理回収株式会社")
        == "さくらそう債権管理回収株式会社"
    )
    assert parties.clean_name("送信元味岡総合法律事務所") == "味岡総合法律事務所"


def test_a_letter_to_a_guarantor_is_addressed_to_its_debtor_not_the_principal() -> None:
    e = run("""
国府田隆 殿
（株式会社アサギ測量設計 連帯保証人）
保証債務履行請求書
連帯保証人である貴殿に対し、保証債務の履行として、下記金額を一括してお支払いくださるよう請求いたします。
主債務者 株式会社アサギ測量設計
合計 8,911,895円
""")
    assert values(e)["debtor.name"] == "国府田隆"


def test_spaced_out_party_labels_of_a_court_paper_are_labels() -> None:
    e = run("""
訴状
原　告　株式会社すずなローン
被　告　神宮寺恵
""")
    v = values(e)
    assert v["creditor.name"] == "株式会社すずなローン"
    assert v["debtor.name"] == "神宮寺恵"


def test_fax_slips_in_company_words_and_numbers() -> None:
    assert normalize.text("オリックス債権回収株式金社") == "オリックス債権回収株式会社"
    assert (
        normalize.text("アルファ慎権回収株式会社、原債梅者、求償権者")
        == "アルファ債権回収株式会社、原債権者、求償権者"
    )
    assert normalize.text("令和8年(7)第96号、557;357円、ー括して") == "令和8年(ワ)第96号、557,357円、一括して"


def test_a_companys_warning_that_quotes_its_court_order_is_a_demand() -> None:
    e = run("""
株式会社住宅債権管理回収機構  作成日 令和8年4月21日
法務大臣許可第91号  お客様番号 JK-91-40872
刀根隆之 様
強制執行（給与差押え）のご予告
当社は、下記の債務名義を取得しております。令和8年5月8日までにお支払いがない場合、当社は函館地方裁判所に債権差押命令の申立てを行います。
種類  仮執行宣言付支払督促
事件番号  函館簡易裁判所令和8年(ロ)第52号
元金  2,418,300円
利息  38,214円
遅延損害金  311,662円
督促手続費用  9,830円
仮執行宣言手続費用  1,296円
合計  2,779,302円
""")
    v = values(e)
    assert e.document_type.value == "collection_notice"
    assert v["sender.name"] == "株式会社住宅債権管理回収機構"
    assert v["reference_number"] == "JK-91-40872"
    assert v["amounts.costs"] == 9830 + 1296  # two cost rows, one claim


def test_a_courts_notice_that_the_suit_was_withdrawn_claims_nothing() -> None:
    e = run("""
事務連絡  令和8年6月12日
被告 稗貫薫 殿
尼崎簡易裁判所民事係 裁判所書記官 鶴来正臣
訴えの取下げについて（通知）
下記事件について、原告から訴えの取下書が提出され、本件訴訟は終了しましたので、お知らせします。
事件番号  令和8年(ハ)第1529号
原告  しきなみ債権回収株式会社
訴訟物の価額  金412,660円
令和8年6月24日（水）午前10時00分に指定されていた第1回口頭弁論期日は取り消されました。
""")
    v = values(e)
    assert e.document_type.value == "other"
    assert v.get("amounts.total") is None


def test_a_warning_of_a_suit_to_come_is_a_demand_and_its_total_row_adds_up_one_row() -> None:
    e = run("""
ニッテレ債権回収株式会社  令和8年2月6日
鯨岡康之 様
訴訟提起のご予告
令和8年2月20日までに下記金額をお支払いいただくか、ご返済についてご連絡ください。期限までにご入金がない場合、当社は貴殿を被告として訴訟を提起する準備に入ります。
元金  利息  遅延損害金（年18%）
612,300円  21,488円  72,167円
合計  705,955円
""")
    v = values(e)
    assert e.document_type.value == "collection_notice"
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.late_damages"], v["amounts.total"]) == (
        612300,
        21488,
        72167,
        705955,
    )


def test_a_title_word_inside_a_sentence_and_a_date_a_sentence_runs_into_are_not_the_letters() -> None:
    e = run("""
期限の利益喪失通知書
そこで当金庫は、  令和七年十二月十九日付
催告書をもって、  延滞元利金の支払を催告いたしましたが、催告期限である
令和八年一月九日までにお支払いがありませんでした。
つきましては、左記の金員を令和八年一月三十日限り、当金庫本店営業部へ一括してお支払いください。
合計  金三百五十万八千百七十六円
令和八年一月十六日
""")
    v = values(e)
    assert e.document_type.value == "acceleration_notice"
    assert v["dates.payment_due"] == date(2026, 1, 30)
    assert v["dates.issued"] == date(2026, 1, 16)


def test_names_of_every_script_and_office() -> None:
    assert parties.clean_name("☑廿楽剛志") == "廿楽剛志"
    assert parties.clean_name("株式会社やしゃぶし保証求償管理課") == "株式会社やしゃぶし保証"
    assert parties.clean_name("******") is None
    e = run("""
〒027-0000 岩手県北上浜市みさご浜九丁目9番9号
OLIVEIRA CARLOS EDUARDO 様
北上浜市長 外舘章太郎
市営住宅家賃の納付について（催告）
滞納家賃（5か月分）  117,000円
延滞金  3,802円
滞納額合計  120,802円
""")
    v = values(e)
    assert v["debtor.name"] == "OLIVEIRACARLOSEDUARDO"
    assert v["sender.name"] == "北上浜市"
    assert v["amounts.principal"] == 117000


def test_a_fishery_cooperative_signs_as_an_organisation() -> None:
    e = run("""
催告書
左記金員を令和八年一月九日限り、一括してお支払いください。
合計  金二百八十万二百九十三円
令和七年十二月十二日
和歌山県東牟婁郡串本町しおみ岬九丁目九番九号
くまのなだ漁業協同組合
代表理事組合長 下里源吾
宮﨑德蔵 殿
""")
    assert values(e)["sender.name"] == "くまのなだ漁業協同組合"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("しかるに貴殿は令和七年十月三十一日に第十三回分割金を支払たのを最後に分割金の支払を怠りました。", date(2025, 10, 31)),
        ("2025年4月27日  最終ご入金（約定返済28,300円）", date(2025, 4, 27)),
        ("債務者は、令和7年6月26日までに元金のうち588,000円を支払ったのみで、その余を支払わない。", date(2025, 6, 26)),
        ("前回ご入金（2025年10月27日）以降のご入金が確認できておりません。", date(2025, 10, 27)),
        ("期限の利益喪失日 令和6年11月5日  最終二入金日 令和6年8月27日", date(2024, 8, 27)),
    ],
)
def test_the_last_payment_in_its_many_phrasings(sentence: str, expected: date) -> None:
    e = run(f"督促状\n{sentence}\n")
    assert values(e)["dates.last_payment"] == expected


def test_a_settlement_proposal_never_demands_the_whole_at_once() -> None:
    e = run("""
分割弁済のご案内
残元金の全額を一括してお支払いいただく場合は、遅延損害金を免除いたします。
分割の場合は、毎月末日限り20,000円ずつお支払いください。分割金の支払を2回怠ったときは、残額を一括してお支払いいただきます。
ご債務合計  435,601円
""")
    assert e.document_type.value == "settlement_proposal"
    assert e.lump_sum_demand is False


def test_a_faxed_demand_whose_dakuten_and_strokes_are_lost() -> None:
    assert normalize.text("ド記金員を令和8年9月11目(金)必着にてお支払いくたさい。以ドのとおり") == (
        "下記金員を令和8年9月11日(金)必着にてお支払いください。以下のとおり"
    )
    assert [m.value for m in normalize.license_numbers("法務大許可済号第246号")] == [246]
    e = run("""
催告書
つきましては、下記金員を令和8年9月11日（金）必着にてお支払いください。
""")
    assert values(e)["dates.payment_due"] == date(2026, 9, 11)


@pytest.mark.parametrize(
    ("sentence", "creditor"),
    [
        ("当職らは、かじか信用組合（以下「組合」といいます。）の代理人として、貴殿に対し、次のとおり通知いたします。", "かじか信用組合"),
        ("当職は、貴殿が賃借中の上記建物の賃貸人である泉妻トミ子様（以下「通知人」といいます。）から依頼を受けた司法書士です。", "泉妻トミ子"),
        ("当法人は、せり野農機こと卯木茂様（以下「ご依頼者様」といいます。）から、下記売買代金残金の回収について依頼を受けました。", "卯木茂"),
        ("冠省 当職は、当職の依頼者であるアルファ債権回収株式会社（以下「依頼者」といいます。）から、本件債権の回収について委任を受けました。", "アルファ債権回収株式会社"),
    ],
)
def test_the_client_a_lawyer_writes_for_is_the_creditor(sentence: str, creditor: str) -> None:
    e = run(f"""
ご通知
{sentence}
下記金額をお支払いください。
請求金額 216,000円
雁金・凪良法律事務所
弁護士 雁金一郎
""")
    assert values(e)["creditor.name"] == creditor


def test_the_bank_under_a_payee_heading_does_not_sign_the_letter() -> None:
    e = run("""
神水葵 様
お支払いが確認できておりません（ご入金のお願い）
下記の金額を、お支払期限までにお振込みください。
合計  55,374円
お支払期限  お振込先
りんぼく銀行本店営業部 普通4403128
株式会社コデマリカード
""")
    assert values(e)["sender.name"] == "株式会社コデマリカード"
    assert normalize.text("株式会社さるすベりクレジット") == "株式会社さるすべりクレジット"


def test_a_courts_record_of_a_settlement_is_a_settlement() -> None:
    e = run("""
調停調書（成立）
事件の表示  令和8年(特ノ)第14号特定調停事件
当事者間に次のとおり調停成立
相手方  東京都新宿区はこべ台九丁目9番9号 株式会社千歳緑カード
申立人は、相手方に対し、本件債務として金537,300円の支払義務があることを認める。
""")
    assert e.document_type.value == "settlement_proposal"
    assert parties.clean_name("東京都新宿区はこべ台九丁目9番9号株式会社") is None


def test_a_surname_with_den_in_it_and_a_faded_hyphen_as_a_dot() -> None:
    e = run("""
鵜殿 千尋様  ご照会番号：AL-23-884012
ご返済条件のご提案
""")
    assert values(e)["debtor.name"] == "鵜殿千尋"
    assert normalize.text("受任番号SMZ·26-0412 FAX058·000-0962") == "受任番号SMZ-26-0412 FAX058-000-0962"


@pytest.mark.parametrize(
    ("head", "debtor"),
    [
        ("有限会社さざ波精工 御中\n代表取締役 鰍沢英二 様", "有限会社さざ波精工"),
        ("株式会社了サギ測量設計 御中\n代表取締役 国府田隆 様", "株式会社アサギ測量設計"),
        ("国府田隆 殿\n（株式会社アサギ測量設計 連帯保証人）", "国府田隆"),
    ],
)
def test_a_company_addressed_with_onchu_is_the_debtor(head: str, debtor: str) -> None:
    e = run(f"{head}\nご請求書\n下記金額をお支払いください。\n合計 1,407,987円\n")
    assert values(e)["debtor.name"] == debtor


def test_a_short_legal_form_before_a_name_is_part_of_it() -> None:
    e = run("督促状\n債務者 (有)高嶋精肉店\n")
    assert values(e)["debtor.name"] == "(有)高嶋精肉店"


def test_a_buyer_of_the_debt_demanding_the_total_by_a_date_demands_it_all() -> None:
    e = run("""
ご連絡のお願い兼ご請求書
貴殿が株式会社デネブファイナンスとの間で締結された金銭消費貸借契約に基づく債権は、2026年3月27日に当社が譲り受けております。
上記ご債務額を2026年9月25日（金）までにお支払いいただくか、同日までに必ず当社担当者へご連絡ください。
元金 612,300円
合計 705,955円
""")
    assert e.document_type.value == "collection_notice"
    assert e.lump_sum_demand is True


def test_a_payment_still_to_come_is_not_the_last_payment() -> None:
    e = run("""
繰上返済のお知らせ
発行日 2026年2月3日
最終お支払日 2042年3月10日
""")
    assert "dates.last_payment" not in e.fields


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("酒田簡易裁判所 裁判所書記官 勝又千尋  令和8年5月15日", date(2026, 5, 15)),
        ("令和8年5月25日 紫雲債権回収株式会社", date(2026, 5, 25)),
    ],
)
def test_the_date_on_a_signature_line_is_the_letters(line: str, issued: date) -> None:
    e = run(f"""
ご通知
当社は、令和8年6月15日より下記へ事務所を移転いたします。
{line}
""")
    assert values(e)["dates.issued"] == issued


@pytest.mark.parametrize(
    "sentence",
    [
        "遅延損害金（2026年8月1日から2026年8月7日まで 年20%）をお支払いください。",
        "当社は、貸室の未払賃料金四十万八千円を、令和七年十二月二十七日までに賃貸人に代位弁済いたしました。",
    ],
)
def test_the_end_of_a_period_and_a_payment_already_made_are_no_deadline(sentence: str) -> None:
    e = run(f"督促状\n{sentence}\n")
    assert "dates.payment_due" not in e.fields


@pytest.mark.parametrize(
    ("sentence", "original"),
    [
        ("当社は、2025年11月28日付で株式会社あけびクレジットより、貴殿に対する貸金債権（平成24年7月ご契約）\nを譲り受けました。", "株式会社あけびクレジット"),
        ("売却代金を充当した後も、株式会社ほだか銀行から当機構が譲り受けた住宅ローン債権に、下記の残額がございます。", "株式会社ほだか銀行"),
        ("株式会社ひめうつぎ信販から2023/10/02に弊社が譲り受けた債権について、ご提案をお送りします。", "株式会社ひめうつぎ信販"),
        ("乙は、甲に対し、株式会社さわぐるみファイナンスが乙に対して有し、平成19年11月30日甲が譲り受けた金銭消費貸借契約上の債務を負うことを認める。", "株式会社さわぐるみファイナンス"),
    ],
)
def test_the_seller_of_the_debt_in_more_sentences(sentence: str, original: str) -> None:
    e = run(f"ご通知\n{sentence}\n")
    assert values(e)["original_creditor.name"] == original


def test_the_numbered_items_of_a_payment_order_take_their_parts_from_the_cause() -> None:
    e = run("""令和8年(ロ)第412号
支払督促
債務者は、債権者に対し、請求の趣旨記載の金額を支払え。
請求の趣旨
1 金 527,300円
2 金 18,440円
3 金 35,434円
4 督促手続費用 金 4,482円
合計 金 585,656円
請求の原因
4 請求の趣旨1は立替金残金,同2は確定手数料,同3は上記1に対する期限の利益喪失の日の翌日から令和8年5月7日(申立日)まで年14.6%の割合による確定遅延損害金である。
""")
    v = values(e)
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.late_damages"]) == (527300, 18440, 35434)
    assert v["amounts.total"] == 585656 and "sum_check:ok" in e.notes


def test_the_itemised_costs_and_their_sum_are_the_costs_not_the_claim() -> None:
    e = run("""支払督促
請求の趣旨
元金 428,650円
遅延損害金 43,207円
督促手続費用 5,109円
請求額合計 476,966円
督促手続費用の内訳
申立手数料 2,500円
送達費用 1,099円
書類作成提出費用 1,510円
合計 5,109円
""")
    v = values(e)
    assert v["amounts.total"] == 476966 and v["amounts.costs"] == 5109


@pytest.mark.parametrize(
    ("line", "total"),
    [
        ("整理手続費用 ¥86,000", 86000),  # a scam's one fee is its whole demand
        ("未納利用料金(延滞金・訴訟費用を含む) ¥298,000", 298000),  # a sum that says what it holds
    ],
)
def test_a_letter_with_one_amount_claims_that_amount(line: str, total: int) -> None:
    v = values(run(f"最終通知\n{line}\nお振込期限 令和8年3月6日\n"))
    assert v["amounts.total"] == total and "amounts.costs" not in v


def test_header_cells_run_together_still_find_their_columns() -> None:
    e = run("""ご提案
【お支払残高】
ご利用残元金    手数料・利息(未払分) 遅延損害金(年14.6%)    お支払残高合計
742,380円    26,514円    21,083円    789,977円
""")
    v = values(e)
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.late_damages"]) == (742380, 26514, 21083)


@pytest.mark.parametrize(
    ("sentence", "paid"),
    [
        ("最後にご入金を確認できましたのは2026年11月27日(金)のお振替分です。", date(2026, 11, 27)),
        ("最後のご入金は2025/08/25の50,000円となっております。", date(2025, 8, 25)),
        ("貴殿は令和7年5月7日以降ご入金が確認できておりません。", date(2025, 5, 7)),
        ("2026年12月21日にお支払いいただいて以降、ご入金のない状態が続いております。", date(2026, 12, 21)),
    ],
)
def test_the_last_payment_in_more_sentences(sentence: str, paid: date) -> None:
    assert values(run(f"督促状\n令和9年2月1日\n{sentence}\n"))["dates.last_payment"] == paid


def test_a_deadline_already_past_at_the_letters_date_is_not_its_deadline() -> None:
    e = run("""期限の利益の喪失について(ご通知)
令和9年2月1日
これまでの経過 催告書の発送(延滞金のお支払期限令和9年1月25日)
ご返済期限 令和9年2月15日(月)
""")
    assert values(e)["dates.payment_due"] == date(2027, 2, 15)


def test_the_day_a_period_starts_from_is_not_the_acceleration_date() -> None:
    e = run("""ご請求
期限の利益喪失日 令和7年11月30日
遅延損害金は、期限の利益喪失日の翌日から令和8年5月12日までの日割計算です。
""")
    assert values(e)["dates.acceleration"] == date(2025, 11, 30)


def test_a_masked_card_number_is_no_reference() -> None:
    v = values(run("ご請求\nお問合せ番号AK-118-40273 会員番号4980-XXXX-XXXX-2718\n"))
    assert v["reference_number"] == "AK-118-40273"


def test_a_lawyers_client_named_after_tsuuchinin_is_the_creditor() -> None:
    e = run("""期限の利益喪失通知書
当職は通知人刈田トヨ以下通知人といいますの代理人として貴殿に対し次のとおり通知いたします。
翠川法律事務所
通知人代理人弁護士翠川律
""")
    assert values(e)["creditor.name"] == "刈田トヨ"


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("日本みなかぜ放送協会受信料特別対策センター", "日本みなかぜ放送協会"),  # a centre of the body
        ("島根県松江市うおまち九番九号曾我司法書士事務所", "曾我司法書士事務所"),  # an address in kanji numerals
        ("株式会社全国未納料金債権回収センター", "株式会社全国未納料金債権回収センター"),  # the centre is the name
        ("株式会社あかぎねキャピタル桐生営業所", "株式会社あかぎねキャピタル"),  # a branch
        ("株式会社いろはレントサポート債権管理課行", "株式会社いろはレントサポート"),  # a reply form's section
        ("株式会社碇谷精工以下主", "株式会社碇谷精工"),  # 「(以下「主債務者」)」 with its brackets lost
    ],
)
def test_a_name_without_its_department_or_address(printed: str, name: str) -> None:
    assert parties.clean_name(printed) == name


def test_short_labels_spaced_to_a_columns_width() -> None:
    v = values(run("""支払督促
請求の趣旨
1 元 金 642,000円
2 利 息 11,386円
3 確定損害金 25,680円
合 計 679,066円
"""))
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.total"]) == (642000, 11386, 679066)


def test_a_balance_row_beside_one_labelled_part_is_the_principal() -> None:
    v = values(run("""ご通知(売買代金残金のご請求)
売買代金 810,000円
お支払済額(頭金を含む) △594,000円
売買代金残金 216,000円
遅延損害金(年14.6%) 11,923円
ご請求金額 227,923円
"""))
    assert (v["amounts.principal"], v["amounts.total"]) == (216000, 227923)


def test_a_plaintiffs_lawyer_is_not_the_plaintiff() -> None:
    v = values(run("""訴状
原 告 株式会社やぶつばき不動産
原告訴訟代理人 弁護士 亀卦川 誠
被 告 午来 大輔
"""))
    assert v["creditor.name"] == "株式会社やぶつばき不動産"


def test_a_party_label_in_a_sentence_is_no_label() -> None:
    v = values(run("""支払督促
債務者 雲類鷲健吾
一債務者は令和元年十月十一日ひめさゆり信用金庫から金二百五十万円を借り受け
"""))
    assert v["debtor.name"] == "雲類鷲健吾"


def test_a_note_to_all_customers_is_no_addressee() -> None:
    v = values(run("""〒902-0000 お取引いただいているお客様へ
沖縄県那覇市かぼす町三丁目9番9号
冨名腰 健斗 様
ご請求書
"""))
    assert v["debtor.name"] == "冨名腰健斗"


def test_the_balance_column_of_a_total_row_is_the_claim() -> None:
    v = values(run("""未払診療費のお支払いについて(ご請求)
治療内容 ご契約日 治療費 お支払済額 未払診療費
合計 517,000 286,000 231,000
"""))
    assert v["amounts.total"] == 231000


def test_a_subtotal_of_the_debts_own_items_is_the_principal() -> None:
    v = values(run("""債権譲渡のご通知
未払利用料金(令和7年6月分~9月分) 23,760円
契約解除料 22,000円
工事費残額(分割払残15回分) 16,500円
小計 62,260円
延滞利息(年14.5%・令和7年10月1日から譲渡日まで) 3,091円
譲渡債権額合計 65,351円
"""))
    assert (v["amounts.principal"], v["amounts.late_damages"], v["amounts.total"]) == (62260, 3091, 65351)


def test_items_named_in_a_note_after_the_list() -> None:
    v = values(run("""支払督促
請求の趣旨
1金 212,400円
2金 8,316円
3金 2,932円
4金 3,482円
合計 227,130円
(内訳)1は立替金残元金、2は分割払手数料(期限の利益喪失日まで)、3は1に対する
令和7年8月16日から令和7年11月7日まで年6%の割合による確定遅延損害金、4は督促手続費用
5上記1の金額に対する令和7年11月8日から完済まで年6%の割合による遅延損害金
"""))
    assert [v[p] for p in ("amounts.principal", "amounts.interest", "amounts.late_damages", "amounts.costs")] == [212400, 8316, 2932, 3482]


def test_the_sum_the_damages_run_on_is_the_claimed_principal() -> None:
    v = values(run("""訴 状
訴訟物の価額 2,380,000円 貼用印紙額17,000円 予納郵券6,000円
1 被告は、原告に対し、2,380,000円及びこれに対する令和7年9月1日から支払済みまで年3パーセントの割合による金員を支払え。
請負残代金(5,280,000円-3,000,000円) 2,280,000円
追加工事代金 100,000円
合計 2,380,000円
"""))
    assert (v["amounts.principal"], v["amounts.total"], v.get("amounts.costs")) == (2380000, 2380000, None)


@pytest.mark.parametrize(
    ("row", "path", "value"),
    [
        ("振替不能手数料(330円×3回) ¥990\nご請求金額 ¥24,024", "amounts.costs", 990),  # the note's unit price, then the fee
        ("再開には開栓手数料(3,300円)が必要です", "amounts.interest", None),  # a fee charged later
        ("ATMのご利用は手数料110円~220円", "amounts.interest", None),  # a range
    ],
)
def test_fees_in_notes(row: str, path: str, value: int | None) -> None:
    assert values(run(f"ご請求書\n{row}\n")).get(path) == value


def test_a_near_label_whose_slips_fall_on_its_meaning_is_no_label() -> None:
    v = values(run("ご参考\n協定金額 649,730円\n"))
    assert "amounts.principal" not in v and "amounts.late_damages" not in v
    assert values(run("ご請求\n二清求金額 2,875,158円\n"))["amounts.total"] == 2875158  # one slip in 請求


def test_a_lease_cancelled_is_accelerated_and_a_parking_lot_is_not() -> None:
    lease = values(run("ご請求\nリース料のお支払いがなかったため、令和8年2月2日付で契約を解除いたしました。\n"))
    parking = values(run("支払督促\n債権者は、令和7年12月15日到達の書面で契約を解除し、区画の明渡しを受けた。\n"))
    assert lease["dates.acceleration"] == date(2026, 2, 2) and "dates.acceleration" not in parking


def test_the_assignor_signs_its_own_notice_not_the_buyer_it_names() -> None:
    v = values(run("""頴川千尋殿
株式会社ルリタテハカード
代表取締役当銘隆文
債権譲渡通知書
さて、当社は、貴殿に対して有する下記の債権を、令和8年3月31日付で下記譲受人に譲渡いたしました。
1. 譲受人
商号 アルファ債権回収株式会社(法務大臣許可番号第101号)
"""))
    assert v["sender.name"] == "株式会社ルリタテハカード"


def test_a_title_joined_by_to_is_read_by_its_first_half() -> None:
    pages = normalize.pages([page("針生和江様\nガス料金のお支払いのお願いと供給停止のご予告\n")])
    assert classify.classify(pages).document_type.value == "collection_notice"


@pytest.mark.parametrize(
    "title",
    ["期限の利益喪失及び法的手続着手のご通知", "期限の利益喪失通知兼一括お支払いのご請求", "返還期限の利益喪失及び繰上一括返還請求のご通知"],
)
def test_two_acts_in_a_title_are_read_by_the_first(title: str) -> None:
    pages = normalize.pages([page(f"針生和江様\n{title}\n下記の金額を一括してお支払いください。\n")])
    assert classify.classify(pages).document_type.value == "acceleration_notice"


def test_a_warning_that_the_benefit_of_time_may_be_lost_is_no_acceleration() -> None:
    text = "ご返済のお願い\nお支払期日までにお支払いがない場合、期限の利益を喪失し、ご利用残高の全額を一括してご請求することがあります。\n"
    assert classify.classify(normalize.pages([page(text)])).document_type.value == "collection_notice"


@pytest.mark.parametrize(
    "sentence",
    [
        "令和7年8月27日のお支払い(第5回)を最後にご入金がありません。",
        "令和七年六月二十七日に六月分をお支払いいただいたのを最後に",
        "令和7年8月29日に50,000円のご入金があったのみで、その後はご連絡が取れません。",
        "口座振替は令和7年5・6月分(令和7年7月31日振替済)を最後に、振替できておりません。",
        "最後に振替ができたのは令和7年9月分(令和7年9月29日振替)です。",
    ],
)
def test_the_last_payment_in_the_words_of_many_trades(sentence: str) -> None:
    assert "dates.last_payment" in values(run(f"ご請求書\n{sentence}\n"))


@pytest.mark.parametrize(("addressee", "name"), [("賃借人樗木翔太殿", "樗木翔太"), ("区分所有者 錣山 誠 様", "錣山誠")])
def test_a_role_before_the_addressees_name_is_not_part_of_it(addressee: str, name: str) -> None:
    assert values(run(f"{addressee}\nご請求書\n"))["debtor.name"] == name


def test_a_court_order_after_judgment_carries_its_own_case_number() -> None:
    e = run("""令和7年(財チ)第36号財産開示事件
申立人 パルティール債権回収株式会社
債務者 郡司隆之
財産開示期日呼出状
頭書事件について財産開示手続を実施する旨の決定がされ、同決定は確定しました。
債務名義 厚木簡易裁判所令和7年(ロ)第412号
横浜地方裁判所小田原支部
裁判所書記官 甲野太郎
""")
    v = values(e)
    assert e.document_type.value == "other"
    assert (v["reference_number"], v["creditor.name"]) == ("令和7年(財チ)第36号", "パルティール債権回収株式会社")


def test_a_damages_sentence_states_its_rate_at_the_end() -> None:
    e = run("""
ご請求金額のお知らせ
ご請求金額    683,270円
※未払利息は、最終ご返済日の翌日から期限の利益喪失日までの約定利息(年15.0%)です。
※遅延損害金は、残元金648,212円に対し、期限の利益喪失日の翌日(令和7年8月5日)から令和8年2月9日まで(189日間)、年18.0%の割合により算出しています。
""")
    assert values(e)["late_damages_rate_percent"] == 18.0


def test_a_court_paper_counts_its_rate_in_bu() -> None:
    e = run("""
訴状
請求の趣旨
1 被告は、原告に対し、金546,000円及びこれに対する訴状送達の日の翌日から支払済みまで年3分の割合による金員を支払え。
""")
    assert values(e)["late_damages_rate_percent"] == 3.0


def test_a_long_note_after_a_misread_damages_label_still_gives_the_rate() -> None:
    e = run("""
ご請求明細
遅廷損害金(令和7年9月3日から令和8年1月27日まで年14.6%)    金13,750円
""")
    assert values(e)["late_damages_rate_percent"] == 14.6


def test_a_letter_on_squared_paper_spaces_its_digits() -> None:
    assert [m.value for m in normalize.amounts(normalize.text("残元金 金2, 8 4 1 , 0 0 0円"))] == [2841000]


def test_a_masked_card_number_is_no_reference_and_the_letters_own_number_wins() -> None:
    v = values(run("""
債権回収業務受託のご通知
受付番号    AL-26-118204
委託者会員番号    ****-****-7705
"""))
    assert v["reference_number"] == "AL-26-118204"


def test_the_banks_customer_number_in_a_servicers_letter_gives_way_to_its_own() -> None:
    v = values(run("""
債権回収業務受託のご通知
受託日 令和8年1月26日    銀行お客様番号 0412-7788-31
令和8年2月6日    受託番号 SB-2601-48817
"""))
    assert v["reference_number"] == "SB-2601-48817"


def test_a_plans_last_instalment_is_no_last_payment() -> None:
    v = values(run("""
分割弁済のご案内
送信日令和8年8月24日
なお、貴殿は令和6年12月2日に期限の利益を喪失され、最終のご入金は令和6年9月30日となっております。
最終お支払日    令和11年8月31日
"""))
    assert v["dates.last_payment"] == date(2024, 9, 30)


def test_a_share_in_brackets_is_not_the_sum_it_is_part_of() -> None:
    v = values(run("""
仮執行宣言付支払督促
元金    417,305円
手続費用(うち仮執行宣言の手続費用金1,206円)    5,336円
"""))
    assert v["amounts.costs"] == 5336


def test_an_amount_named_by_the_bracket_after_it() -> None:
    v = values(run("""
支払督促
請求の趣旨
1 金587,300円 (残元金)
3 金6,255円 (督促手続費用)
上記1及び3の合計額 金593,555円
"""))
    assert (v["amounts.principal"], v["amounts.costs"]) == (587300, 6255)


def test_two_cost_rows_add_up_to_the_costs() -> None:
    v = values(run("""
仮執行宣言付支払督促
(1) 立替金残元金    286,900円
(2) 未払分割手数料    4,870円
督促手続費用    金4,755円
仮執行宣言の手続費用    金1,245円
債務者が支払うべき確定額    金297,770円
"""))
    assert (v["amounts.total"], v["amounts.costs"]) == (297770, 6000)


def test_a_column_table_ends_in_its_total_row_with_a_unit() -> None:
    v = values(run("""
ご返済のお願い
ご返済日    元金    利息    延滞損害金    計
2025年12月26日    48,620    3,914    846    53,380
2026年1月26日    48,701    3,833    221    52,755
合計(円)    97,321    7,747    1,067    106,135
"""))
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.total"]) == (97321, 7747, 106135)


def test_the_court_auction_timetable_is_other_and_sets_no_payment_date() -> None:
    e = run("""
期間入札の通知
事件番号 令和7年(ケ)第112号担保不動産競売事件
債権者 ごいさぎ住宅保証株式会社
入札期間    令和8年10月14日(水)から令和8年10月21日(水)まで
開札期日    令和8年10月28日(水)午前10時00分
売却基準価額    金11,800,000円
""")
    assert e.document_type.value == "other"
    assert "dates.payment_due" not in values(e)


def test_a_creditors_notice_that_it_applied_for_a_payment_order_is_its_own_demand() -> None:
    pages = normalize.pages([page("舳松琢朗様\n支払督促申立てのご通知\n当社は、多治見簡易裁判所に対し支払督促の申立てをいたしました。\n")])
    assert classify.classify(pages).document_type.value == "collection_notice"


def test_the_lender_a_guarantor_paid_is_the_original_creditor() -> None:
    v = values(run("""
支払督促
債権者    燧灘信用保証株式会社
1 債権者は、債務者が株式会社石鎚銀行(以下「銀行」という。)とのカードローン契約に基づき負担する債務について連帯保証した。
3 債権者は、令和7年9月19日、銀行に対し金1,186,420円を代位弁済した。
"""))
    assert v["original_creditor.name"] == "株式会社石鎚銀行"


def test_a_creditor_label_centred_on_its_block_finds_the_name_above() -> None:
    v = values(run("""
支払督促
       〒860-0000熊本市中央区しいのき台二丁目3番7号
       火の国労働金庫
債権者    代表者理事長肥沼光博
"""))
    assert v["creditor.name"] == "火の国労働金庫"


def test_a_lenders_name_before_its_loan() -> None:
    v = values(run("""
ご通知
本債権は、貴殿の株式会社ゆきやなぎ銀行の住宅ローンにつき、保証会社が代位弁済したものです。
"""))
    assert v["original_creditor.name"] == "株式会社ゆきやなぎ銀行"


def test_the_legal_form_wrapped_under_a_senders_name() -> None:
    rows = extract.rows(normalize.pages([page("""
貝塚忠明様     アルファ債権回収
          株式会社
督促状
""")]))
    assert "アルファ債権回収株式会社" in [m.name for m in parties.org_mentions(rows)]


def test_the_licence_number_under_its_label() -> None:
    v = values(run("""
ご請求
園部真理子様    法務大臣許可番号:
          第252号
"""))
    assert v["sender.license_number"] == 252


def test_a_court_forms_party_label_heads_a_block_of_address_and_name() -> None:
    v = values(run("""
支払督促
事件番号    事件名    支払督促の日
令和8年(ロ)第208号    譲受債権支払督促事件    令和8年3月5日
債権者(住所・氏名)
104-0000東京都中央区梓川通九丁目9番9号
アルファ債権回収株式会社代表者代表取締役九戸昌弘
債務者(住所・氏名)
〒047-0000北海道小樽市しじみ浜九丁目9番9号
梶間颯太
"""))
    assert (v["creditor.name"], v["debtor.name"], v["dates.issued"]) == ("アルファ債権回収株式会社", "梶間颯太", date(2026, 3, 5))


def test_a_thousand_yen_note_belongs_to_its_table_only() -> None:
    v = values(run("""
ご融資残高明細
融資番号    当初融資額    残元金
101-0338    10,000    4,620
101-0415    8,000    5,840
合計    18,000    10,460
(単位:千円)
ご請求金額
未収利息    48,117
遅延損害金    104,390
ご請求金額合計    10,612,507
"""))
    assert (v["amounts.principal"], v["amounts.interest"], v["amounts.total"]) == (10460000, 48117, 10612507)


def test_a_value_wrapped_onto_a_second_line_of_its_cell() -> None:
    def cell(text: str, x: float, y: float) -> OcrLine:
        return OcrLine(text=text, bbox=(x, y, x + 20 * len(text), y + 40), confidence=0.99)

    lines = [cell("ご通知", 700, 100),
             cell("債権者(通知人)", 220, 1004), cell("当職受任番号", 600, 1004), cell("お支払期限", 1100, 1004),
             cell("株式会社霧笛", 236, 1073), cell("KJ-2602", 600, 1073), cell("令和8年2月", 1100, 1073),
             cell("ファイナンス", 236, 1100), cell("-0117", 600, 1100), cell("27日(金)限り", 1100, 1100)]
    pages = normalize.pages([OcrPage(number=1, width=1654, height=2339, lines=tuple(lines), source="ocr", engine="test")])
    v = values(extract.extract(pages, classify.classify(pages), use_nlp=False))
    assert (v["creditor.name"], v["reference_number"], v["dates.payment_due"]) == (
        "株式会社霧笛ファイナンス", "KJ-2602-0117", date(2026, 2, 27),
    )


def test_a_guarantee_number_shaped_like_a_phone_number_is_no_phone() -> None:
    v = values(run("""
保証債務履行のお知らせ
求償管理番号:HS-26-00158
保証番号:0427-118-2018(ご参考)
ひのきざか保証株式会社債権管理部
〒430-0000静岡県浜松市中央区つりがね丘九丁目9番9号電話053-000-2688
"""))
    assert v["sender.phone"] == "053-000-2688"


def test_a_group_name_under_a_logo_and_a_faq_are_no_sender() -> None:
    assert parties.clean_name("Q.銀行") is None
    rows = extract.rows(normalize.pages([page("ひのきざか銀行グループ\n保証債務履行のお知らせ\n")]))
    assert parties.org_mentions(rows) == []


def test_a_lender_named_after_a_bracket_and_its_particle() -> None:
    v = values(run("""
代位弁済のご通知
さて、当協会は、有限会社九戸精工(以下「主債務者」といいます。)がみくまり信用組合から借り受けた事業資金につき、信用保証をいたしておりました。
"""))
    assert v["original_creditor.name"] == "みくまり信用組合"


def test_a_landlords_role_in_brackets_is_not_part_of_its_name() -> None:
    assert parties.clean_name("有限会社東雲ハウス(賃貸人)") == "有限会社東雲ハウス"


def test_a_warning_that_the_benefit_will_be_lost_sets_no_acceleration_date() -> None:
    v = values(run("""
催告書
つきましては、下記延滞金額の合計を令和7年11月4日(火)までにお支払いください。同日までにお支払いのないときは、信用組合取引約定書第5条第2項により、同日の経過をもって貴社は本件貸付金全額について期限の利益を喪失し、残債務全額を一括してお支払いいただくこととなります。
"""))
    assert "dates.acceleration" not in v


def test_what_the_guarantor_paid_is_not_what_it_claims() -> None:
    v = values(run("""
求償債権明細書
代位弁済額    1,864,940円
うち元金    1,826,400円
うち利息    9,118円
うち遅延損害金    29,422円
ご請求金額(令和8年1月16日現在)
求償元金(代位弁済額)    1,864,940円
求償損害金(年14.6%)    18,649円
ご請求金額    1,883,589円
"""))
    assert (v["amounts.total"], v["amounts.principal"], v["amounts.late_damages"]) == (1883589, 1864940, 18649)
    assert "amounts.interest" not in v


def test_fax_slips_in_the_guarantors_words() -> None:
    assert normalize.text("二請求金額 求債元金 ご清求") == "ご請求金額求償元金ご請求"


def test_a_servicer_under_mandate_proposes_terms_for_its_mandator() -> None:
    v = values(run("""
分割弁済のご提案
当社は、北陵信用保証協会(以下「委託者」)から、委託者が貴社に対して有する求償債権の管理回収業務の委託を受けております。
委託者と協議の結果、下記の条件による分割でのお支払いに応じる用意がございます。
ヨシキリ債権回収株式会社
"""))
    assert v["creditor.name"] == "北陵信用保証協会"


def test_of_two_licence_numbers_the_senders_is_the_one_printed_with_its_name() -> None:
    v = values(run("""
債権譲渡通知書
譲渡人 SMBC債権回収株式会社
法務大臣許可番号第10号
譲受人
朱鷺野債権回収株式会社
法務大臣許可番号第241号
"""))
    assert (v["sender.name"], v["sender.license_number"]) == ("朱鷺野債権回収株式会社", 241)


def test_a_paid_in_full_notice_claims_nothing() -> None:
    e = run("""
ご完済のお知らせ(完済証明書)
和解契約に基づくお支払いがすべて完了いたしましたので、お知らせいたします。
本書の発行をもって、当社とお客様との間には何らの債権債務も存在しないことを証明いたします。
和解金額(ご参考)    金360,000円(24回払い)
""")
    assert e.document_type.value == "other"
    assert "amounts.total" not in values(e)


def test_the_debt_after_the_dividend_came_off_is_the_claim() -> None:
    v = values(run("""
配当金充当のお知らせ兼残債務のご請求
求償元金(代位弁済額)    20,349,729
損害金(令和7年6月21日~令和8年3月4日年14.6%)    2,091,952
1 配当期日現在の求償債権額    22,441,681
2 配当金受領額(1から差引き)    △13,731,300
3 充当後の求償元金(1-2)    8,710,381
4 損害金(令和8年3月5日~令和8年3月19日年14.6%)    52,262
5 ご請求残高(3+4)    8,762,643
"""))
    assert (v["amounts.total"], v["amounts.principal"], v["amounts.late_damages"]) == (8762643, 8710381, 52262)


def test_a_servicers_notice_that_it_will_apply_for_a_payment_order_is_its_own() -> None:
    e = run("""
芹川智恵様
支払督促申立予告通知書
お支払期日までにお支払いがない場合には、貴殿の住所地を管轄する簡易裁判所に支払督促を申し立てる予定です。
オリックス債権回収株式会社
法務大臣許可番号第11号
""")
    assert e.document_type.value == "collection_notice"
    assert values(e)["sender.name"] == "オリックス債権回収株式会社"


def test_the_contract_named_after_a_lender_is_not_part_of_its_name() -> None:
    assert parties.clean_name("株式会社くいなの銀行ご契約くいなのカードローン") == "株式会社くいなの銀行"


def test_a_court_record_of_a_settlement_is_the_courts_and_names_the_parties_by_who_they_are() -> None:
    e = run("""
調停調書(成立)
事件の表示    令和8年(特ノ)第14号特定調停事件
期日    令和8年3月4日(水)午後1時30分
場所    福山簡易裁判所調停室3
裁判所書記官    毒島千夏
申立人    広島県福山市つつじが丘四丁目7番2号宍道友梨(出頭)
相手方    東京都新宿区はこべ台九丁目9番9号株式会社千歳緑カード
当事者間に次のとおり調停が成立した。
1 申立人は、相手方に対し、本件債務として金537,300円の支払義務があることを認める。
2 申立人は、相手方に対し、前項の金員を次のとおり分割して支払う。
(1)令和8年4月30日限り金15,000円
(2)令和8年5月から令和11年2月まで毎月末日限り金15,000円ずつ
(3)令和11年3月31日限り金12,300円
福山簡易裁判所
裁判所書記官 毒島千夏
これは正本である。 令和8年3月9日
""")
    v = values(e)
    assert e.document_type.value == "settlement_proposal"
    # In a 特定調停 the debtor applies: the company is the creditor whichever label it stands under.
    assert (v["sender.name"], v["creditor.name"], v["debtor.name"]) == ("福山簡易裁判所", "株式会社千歳緑カード", "宍道友梨")
    assert (v["amounts.total"], v["dates.issued"], v["dates.payment_due"]) == (537300, date(2026, 3, 4), date(2026, 4, 30))


def test_a_judgment_is_other_and_orders_the_whole_sum_paid() -> None:
    e = run("""
令和8年2月4日判決言渡 同日原本領収 裁判所書記官 海野辺一臣
令和7年(ワ)第1086号 貸金返還請求事件
口頭弁論終結日 令和8年1月21日
判    決
原 告    株式会社遠賀銀行
被 告    石蕗和也
主    文
1 被告は、原告に対し、金1,988,479円を支払え。
""")
    assert (e.document_type.value, e.lump_sum_demand) == ("other", True)
    decision = run("""
令和8年(ハ)第58号 譲受債権請求事件
和解に代わる決定
1 被告は、原告に対し、金540,000円の支払義務があることを認める。
2 被告は、原告に対し、前項の金員を、令和8年4月から令和11年3月まで毎月末日限り金15,000円ずつ分割して支払う。
水戸簡易裁判所 裁判所書記官 来住健太
""")
    assert (decision.document_type.value, decision.lump_sum_demand) == ("other", False)
    assert values(decision)["dates.payment_due"] == date(2026, 4, 30)  # the first month's last day


def test_a_plan_by_the_month_is_first_due_on_its_first_months_day() -> None:
    found = list(normalize.instalment_starts("令和8年4月から令和11年9月まで毎月末日限り金10,000円ずつ"))
    assert [m.value for m in found] == [date(2026, 4, 30)]
    assert [m.value for m in normalize.instalment_starts("2026年2月から毎月15日限り1万円")] == [date(2026, 2, 15)]
    assert list(normalize.instalment_starts("毎月末日限り金10,000円")) == []  # no month to start from


def test_a_lawyer_writing_for_a_servicer_sends_the_letter_and_holds_no_licence() -> None:
    v = values(run("""
通知書
当職らは、通知人エー・シー・エス債権管理回収株式会社(法務大臣許可番号第27号。以下「通知人」といいます。)の代理人として、次のとおり通知いたします。
貴殿がカモミール信販株式会社との間で締結した立替払契約に基づく債権は、令和7年9月30日、同社から通知人に譲渡されております。
合計    金456,208円
令和7年12月5日
鵜久森・和仁法律事務所
右通知人代理人弁護士 鵜久森崇
"""))
    assert (v["sender.name"], v["creditor.name"]) == ("鵜久森・和仁法律事務所", "エー・シー・エス債権管理回収株式会社")
    assert "sender.license_number" not in v
    assert v["dates.assignment"] == date(2025, 9, 30)


def test_the_seller_sends_its_own_notice_with_the_buyers_licence_below() -> None:
    v = values(run("""
ききょう信用金庫
理事長 薪井康夫
債権譲渡通知書
当金庫は、2026年5月29日付で、貴殿に対して有する下記債権を、下記譲受人に譲渡いたしましたので、ご通知いたします。
1. 譲受人
東京都中央区雲雀丘西九丁目9番9号
明星債権回収株式会社(法務大臣許可番号第256号)
"""))
    assert (v["sender.name"], v["creditor.name"], v["original_creditor.name"]) == (
        "ききょう信用金庫", "明星債権回収株式会社", "ききょう信用金庫")
    assert "sender.license_number" not in v


def test_an_earlier_creditors_licence_does_not_mark_the_sender() -> None:
    v = values(run("""
アカンサス債権回収株式会社
ご請求書
原債権者    株式会社ローレルファイナンス
前債権者    アルファ債権回収株式会社(法務大臣許可番号第101号)
ご請求額    1,153,329円
アカンサス債権回収株式会社 管理部
法務大臣許可第251号
"""))
    assert (v["sender.name"], v["sender.license_number"]) == ("アカンサス債権回収株式会社", 251)


def test_the_label_keeps_its_last_kanji_when_the_amount_takes_it() -> None:
    # 「遅延損害金49,086円」 reads as 「遅延損害」 + 「金49,086円」.
    v = values(run("""
和解契約書
1 乙は、甲に対し、金400,770円(内訳 元金342,780円、利息8,904円、本日までの遅延損害金49,086円)の支払義務があることを認める。
"""))
    assert (v["amounts.total"], v["amounts.late_damages"]) == (400770, 49086)


def test_a_last_notice_is_no_last_payment_and_a_scams_settlement_is_its_demand() -> None:
    e = run("""
最終通達    令和8年1月20日
志茂大輔様
債権移行に伴う和解手続のご案内
期限内に下記の和解金をお支払いいただいた場合に限り、残りの債務はすべて免除となります。
和解金(一括)    148,000円
お振込期限    1月23日(金)正午
""")
    v = values(e)
    assert "dates.last_payment" not in v and v["dates.issued"] == date(2026, 1, 20)
    assert v["amounts.offer"] == 148000 and "amounts.total" not in v  # a real settlement's offer is no claim


def test_a_scam_reports_the_settlement_it_demands_as_its_total() -> None:
    from parser import pipeline
    from parser.models import Document, InputKind, PageInput, Settings

    letter = page("""
差押え執行予告通知
鮒田由紀様    通知日 令和8年5月27日
貴殿がご契約された通信サービス事業者より、未納となっている総合利用料金に関する債権の回収について、当センターが委託を受けております。
本通知到達後も連絡のない場合、法的措置として、給与及び動産の差押えを執行いたします。
ただし、期日までにご連絡をいただいた場合に限り、和解による解決が可能です。
和解調整金    ¥186,400-
ご連絡期日    6月2日(火)17時まで
※ご本人様以外のご連絡、弁護士・消費生活センター等を通じたご連絡には応じかねます。
国民債権整理センター
法務省認可債権回収業者
法務大臣許可番号第312号
東京都千代田区霞が関一丁目(中央合同庁舎内)
担当直通 080-0000-6634
""")
    document = Document(name="scam.pdf", kind=InputKind.pdf_text, sha256="0" * 64, pages=[PageInput(number=1, text_page=letter)])
    result = pipeline.parse_document(document, settings=Settings(use_nlp=False))
    assert result.registry.status.value == "not_licensed" and result.document_type.value == "other"
    assert result.amounts.total == 186400 and result.evidence["amounts.total"].text.startswith("和解調整金")
    assert result.dates.payment_due == date(2026, 6, 2) and result.deadlines == []


def test_a_debtors_conciliation_names_the_parties_under_their_addresses() -> None:
    v = values(run("""
令和8年(特ノ)第8号特定調停事件
調停に代わる決定
申立人    長野県松本市砧台九丁目9番9号
          麹池和也
相手方    東京都港区杼ノ木九丁目9番9号
          アウロラ債権回収株式会社
1 申立人は、相手方に対し、本件債務として金834,888円の支払義務があることを認める。
2 申立人は、相手方に対し、前項の金員を、令和8年8月20日から令和14年4月20日まで毎月20日限り金12,000円ずつ支払う。
令和8年6月17日
松本簡易裁判所 裁判所書記官 合羽坂雅人
"""))
    assert (v["creditor.name"], v["debtor.name"]) == ("アウロラ債権回収株式会社", "麹池和也")
    assert v["dates.payment_due"] == date(2026, 8, 20)  # the plan's own first day


def test_a_lawyers_proposal_after_the_suit_is_no_lawsuit_and_names_the_hearing() -> None:
    e = run("""
芦原法律事務所
宮脇康弘様
和解のご提案
(松江地方裁判所令和7年(ワ)第318号貸金請求事件)
当職らは、株式会社宍道湖銀行(原告)の訴訟代理人として、標記事件についてご連絡いたします。
1 訴状記載の請求額
請求額合計    3,021,754円
2 和解条件(案)
第1回口頭弁論期日    令和8年1月27日(火)午後1時30分
ご回答期限    令和8年1月21日(水)
""")
    assert e.document_type.value == "settlement_proposal"
    assert values(e)["dates.hearing"] == date(2026, 1, 27)


def test_the_sellers_own_notice_names_itself_as_the_debts_origin_over_the_first_lender() -> None:
    v = values(run("""
債権譲渡通知書
さて当社は貴殿に対して有する下記の求償債権を令和7年9月1日付で下記の譲受人に譲渡いたしましたので通知いたします。
一 譲受人 雪椿債権回収株式会社
二 原契約 株式会社まつがさき銀行との平成27年6月12日付金銭消費貸借契約に係る保証委託契約
令和7年9月8日
おぐにローン保証株式会社
"""))
    assert (v["sender.name"], v["original_creditor.name"]) == ("おぐにローン保証株式会社", "おぐにローン保証株式会社")


def test_a_court_table_closing_with_kei_and_a_guarantors_lender() -> None:
    v = values(run("""
仮執行宣言付支払督促
債権者    能登ひかり保証株式会社
1    求償金元金    1,236,480円
2    確定遅延損害金(令和7年8月21日~令和7年11月5日)    38,083円
3    督促手続費用    7,082円
4    仮執行宣言の手続費用    1,190円
計    1,282,835円
債権者は債務者の委託により債務者の株式会社手取川銀行に対するカードローン債務を保証し、代位弁済した。
七尾簡易裁判所 裁判所書記官 番匠
"""))
    assert (v["amounts.total"], v["amounts.costs"]) == (1282835, 8272)
    assert v["original_creditor.name"] == "株式会社手取川銀行"


def test_a_card_number_whose_mask_a_photo_read_as_dots_is_not_the_reference() -> None:
    v = values(run("""
籠島さやか様    会員番号...............-2207
協定番号 GZ-K-250916-041
分割金未払いのご連絡
"""))
    assert v["reference_number"] == "GZ-K-250916-041"


def test_of_two_labelled_dates_the_one_the_sentences_repeat_is_meant() -> None:
    v = values(run("""
分割金未払いのご連絡
つきましては、未払いの分割金と下記の遅延損害金を、2026年5月25日(月)までにお支払いください。
今回お支払いいただく金額    お支払期限
15,084円    5月25日(月)
次回(第8回)の分割金15,000円のお支払日は2026年5月27日です。
"""))
    assert v["dates.payment_due"] == date(2026, 5, 25)


def test_a_licensed_servicers_name_misread_off_a_fax_takes_the_registry_spelling() -> None:
    # A dropped 「ー」 and a lost dakuten are OCR noise the registry match allows; a different company is not.
    assert parties.registry_spelling("エー・シ・エス債権管理回収株式会社") == "エー・シー・エス債権管理回収株式会社"
    assert parties.registry_spelling("セソン債権回収株式会社") == "セゾン債権回収株式会社"
    assert parties.registry_spelling("朱鷺野債権回収株式会社") == "朱鷺野債権回収株式会社"
    # On a clear line the name is read as printed: a scam's look-alike stays a look-alike.
    rows = [OcrLine(text="セソン債権回収株式会社", bbox=(0, 0, 200, 20), confidence=0.995)]
    clear = normalize.pages([OcrPage(number=1, width=600, height=800, lines=tuple(rows), source="text_layer")])
    assert parties.settled_name("セソン債権回収株式会社", extract.rows(clear), organisation=True, ocr_read=True) == "セソン債権回収株式会社"


def test_old_forms_the_model_puts_in_for_common_name_characters() -> None:
    assert normalize.text("瀬在 惠子様") == "瀬在恵子様"
    assert normalize.text("熊谷 聰子") == "熊谷聡子"
    assert [m.value for m in normalize.license_numbers("(法務大臣許可番号・第91号)")] == [91]


def test_a_hyphen_read_as_one_after_a_file_numbers_letters() -> None:
    def reference(confidence: float) -> object:
        lines = (OcrLine(text="督促状", bbox=(80, 80, 200, 120), confidence=confidence),
                 OcrLine(text="お客様番号 NS1260406", bbox=(80, 140, 500, 180), confidence=confidence))
        pages = normalize.pages([OcrPage(number=1, width=1654, height=2339, lines=lines, source="ocr")])
        return values(extract.extract(pages, classify.classify(pages), use_nlp=False))["reference_number"]

    assert reference(0.99) == "NS-260406"  # off a page image
    assert reference(1.0) == "NS1260406"  # a text layer is taken as printed


def test_a_file_number_stops_before_the_postal_code_in_the_next_cell() -> None:
    assert [m.value for m in fields._read_text("CR-88-21406 604-0000京都市中京区月桂町9番地")] == ["CR-88-21406"]
    assert [m.value for m in fields._read_text("R7 0388")] == ["R70388"]  # a code printed with a space


def test_a_title_inside_another_found_title_does_not_head_the_letter() -> None:
    e = run("""
令和8年(ロ)第36号
仮執行宣言付支払督促
債権者    別紙当事者目録記載のとおり
支払督促
上記支払督促は、令和8年2月2日に発付され、令和8年2月5日債務者に送達されたが、債務者は督促異議の申立てをしなかった。
""")
    assert e.document_type.value == "payment_order_enforceable"


def test_a_contracts_other_party_is_the_debtor_when_no_addressee_is_printed() -> None:
    v = values(run("""
和解契約書
鳩羽債権回収株式会社(以下「甲」という。)と葭谷千鶴(以下「乙」という。)とは、以下のとおり和解契約を締結する。
第一条 乙は、甲に対し、金365,463円の債務を負担していることを認める。
"""))
    assert v["debtor.name"] == "葭谷千鶴"


def test_what_the_guarantor_paid_the_bank_is_history_beside_its_claim() -> None:
    v = values(run("""
代位弁済のご通知および求償金のご請求について
【代位弁済の明細】
代位弁済日    令和7年9月30日
残元金    29,415,208円
利息    53,917円
遅延損害金(銀行所定)    361,041円
代位弁済額    29,830,166円
【ご請求金額】
求償元金(代位弁済額)    29,830,166円
損害金(令和7年10月1日から年14.6%)    95,456円
ご請求額合計    29,925,622円
"""))
    assert [v.get(p) for p in ("amounts.total", "amounts.principal", "amounts.interest", "amounts.late_damages")] == [
        29925622, 29830166, None, 95456]


def test_a_column_headed_by_a_qualified_damages_word() -> None:
    v = values(run("""
代位弁済のご通知
代位弁済額    19,183,363円(元金18,906,440円・利息52,118円・損害金224,805円)
2.ご請求額
求償元金    代位弁済日翌日からの損害金(年14.6%)    ご請求額(本日現在)
19,183,363円    84,406円    19,267,769円
"""))
    assert (v["amounts.total"], v["amounts.principal"], v["amounts.late_damages"]) == (19267769, 19183363, 84406)


def test_heirs_guarantors_and_the_deceased_in_the_address() -> None:
    assert parties.clean_name("新谷房江(連帯保証人) 同所") == "新谷房江"
    assert parties.clean_name("鞍谷美和氏 (投職") == "鞍谷美和"
    v = values(run("""
故三箇典子様
ご相続人三箇卓也様
ご債務の和解についてのご提案
"""))
    assert v["debtor.name"] == "三箇卓也"
    v = values(run("""
催告書
被相続人亡西願寺重雄様(令和七年五月九日ご逝去)のご逝去に際し、謹んでお悔やみ申し上げます。
被相続人亡西願寺重雄相続人
西願寺千秋殿
"""))
    assert v["debtor.name"] == "西願寺千秋"
    v = values(run("""
期限の利益喪失通知書
右期限までにお支払いのない場合は連帯保証人田名部ハル殿への請求及び法的手続をとることになります。
被通知人田名部恵一殿
"""))
    assert v["debtor.name"] == "田名部恵一"


def test_the_court_is_not_the_defendant_addressed_beside_it() -> None:
    v = values(run("""
令和8年(ワ)第214号
被告薄衣真理殿    盛岡地方裁判所第2民事部
裁判所書記官浅葉俊哉
口頭弁論期日呼出状及び答弁書催告状
"""))
    assert v["sender.name"] == "盛岡地方裁判所"


def test_a_servicer_collecting_on_commission_names_the_lender_twice() -> None:
    v = values(run("""
エー・シー・エス債権管理回収株式会社
ご返済についてのご案内(受託のお知らせ)
当社は、2026/07/01付で、グラジオラス・ローン株式会社(以下「委託元」)より、同社がお客様に対して有する下記債権の管理及び回収業務の委託を受けました。
債権者(委託元)    委託元ご契約番号    受託管理番号
グラジオラス・ローン株式会社    GL-550-81217    AC-6071-0388
"""))
    assert v["creditor.name"] == v["original_creditor.name"] == "グラジオラス・ローン株式会社"


def test_a_judicial_scriveners_firm_writes_in_its_own_voice() -> None:
    v = values(run("""
司法書士法人美濃輪・吹野合同事務所
代表社員司法書士美濃輪恒夫
電話06-000-5820
ご通知
前略当法人は、アルファ債権回収株式会社(以下「依頼者」といいます。)から委任を受け、依頼者が株式会社オリオン信販から譲り受けた貴殿に対する債権の請求に関する一切の件を受任いたしました。
お振込先    ささげ銀行北浜支店普通預金5820114
口座名義    司法書士法人美濃輪・吹野合同事務所預り金口
アルファ債権回収株式会社 法務大臣許可番号第101号 電話03-0000-1010
"""))
    assert v["sender.name"] == "司法書士法人美濃輪・吹野合同事務所" and "sender.license_number" not in v


def test_instalment_tables_closing_with_a_subtotal_or_a_sum_row() -> None:
    v = values(run("""
お支払いのお願い(督促)
お支払日    ご利用代金(元金)    手数料    遅延損害金
2026/02/27    19,300    1,482    347
2026/03/27    19,300    1,432    131
小計    38,600    2,914    478
今回ご請求額    ¥41,992
"""))
    assert [v.get(p) for p in ("amounts.principal", "amounts.interest", "amounts.late_damages")] == [38600, 2914, 478]
    v = values(run("""
ご請求額お支払いのお願い
お引落予定日    元金充当分    手数料充当分    遅延損害金    小計
7/27(月)    14,230円    4,170円    199円    18,599円
8/27(木)    14,402円    3,998円    23円    18,423円
お振込額計    28,632円    8,168円    222円    37,022円
"""))
    assert [v.get(p) for p in ("amounts.total", "amounts.principal", "amounts.interest", "amounts.late_damages")] == [
        37022, 28632, 8168, 222]


def test_a_breakdown_row_whose_figure_or_label_the_ocr_lost() -> None:
    v = values(run("""
一括請求書
元金......
利息......    ¥12,450
損害金(年20.0%)    ¥79,319
ご請求額......    ¥726,669
"""))
    assert v["amounts.principal"] == 634900
    v = values(run("""
ご請求書
残元金......    ¥198,700
¥3,116
遅延損害金(年20.0%)    ¥19,380
ご請求額合計    ¥221,196
"""))
    assert v["amounts.interest"] == 3116


def test_a_courts_numbered_amounts_named_on_the_line_below() -> None:
    v = values(run("""
支払督促
請求の趣旨
1金318,406円
(立替金残額)
2 金12,873円
(未払手数料)
3 金16,047円
(上記1に対する令和7年5月28日から令和7年9月30日まで年14.6%の割合に
よる遅延損害金)
5 金4,230円
(督促手続費用)
(合計金351,556円上記1、2、3及び5の合計)
"""))
    assert [v.get(p) for p in ("amounts.principal", "amounts.interest", "amounts.late_damages", "amounts.costs")] == [
        318406, 12873, 16047, 4230]


def test_headers_glossed_with_their_part_and_overdue_interest_beside_damages() -> None:
    v = values(run("""
期限の利益喪失のご通知
ご利用残高(元金)    利息    遅延損害金(年20%)    一括ご請求額
1,164,280円    27,406円    5,103円    1,196,789円
"""))
    assert v["amounts.principal"] == 1164280
    v = values(run("""
ご返済のお願い
ご返済予定日    延滞元金    延滞利息    遅延損害金    小計
2026/08/27    21,480円    3,120円    339円    24,939円
2026/09/28    21,530円    3,070円    37円    24,637円
合計    43,010円    6,190円    376円    49,576円
"""))
    assert (v["amounts.interest"], v["amounts.late_damages"]) == (6190, 376)


def test_a_history_table_prints_the_day_before_what_happened() -> None:
    v = values(run("""
令和8年1月16日
残債務のご請求
年月日    内容
2014年5月23日    株式会社たんぽぽ銀行より住宅資金28,000,000円をお借入れ
2024年6月27日    同行への最終ご返済日
2024年9月30日    同行に対する期限の利益喪失日
"""))
    assert (v["dates.last_payment"], v["dates.acceleration"]) == (date(2024, 6, 27), date(2024, 9, 30))


def test_an_enforceable_order_dated_by_its_declaration_not_its_application() -> None:
    e = run("""
令和8年(ロ)第312号
仮執行宣言付支払督促
上記の支払督促は、令和8年6月2日に発付され、債務者は督促異議の申立てをしなかった。
上記督促に仮執行の宣言をする。令和8年6月30日
松江簡易裁判所
裁判所書記官橘高美奈子
この書面について不明な点は、お問い合わせください。(申立日
令和8年6月1日)
""")
    assert values(e)["dates.issued"] == date(2026, 6, 30)


def test_titles_that_say_more_than_a_stamp() -> None:
    assert run("""
〒930-0000    重要なお知らせ
長峯千春様
期限の利益喪失のご通知(一括返済のご請求)
お客様は2026.9.29の経過をもって期限の利益を喪失されました。
""").document_type.value == "acceleration_notice"
    assert run("""
令和8年(ハ)第142号立替金等請求事件
決 定
当裁判所は、民事訴訟法275条の2第1項により、次のとおり和解に代わる決定をする。
原告    株式会社みなもクレジット
被告    稲用恵美
""").document_type.value == "other"
    e = run("""
住宅ローンのご返済について(ご延滞のお知らせ)
お支払期日    令和7年6月30日(月)
・ご延滞が続きますと、期限の利益を喪失し、残元金全額を一括してご返済いただくことになります。その場合、保証会社が当行に代位弁済し、保証会社からご請求が行われます。
""")
    assert (e.document_type.value, e.lump_sum_demand) == ("collection_notice", False)


def test_a_warning_of_a_lump_sum_demand_is_no_demand() -> None:
    e = run("""
ご延滞についての催告書
下記期限までに延滞額全額をご入金くださいますよう、本書をもって催告いたします。
上記期限までにご入金のない場合は、期限の利益を喪失し、ローン残高全額を一括してご請求するとともに、保証会社による代位弁済の手続に移行いたします。
""")
    assert e.lump_sum_demand is False
    e = run("""
受託のご通知
貴殿は期限の利益を喪失されておりますので、下記ご請求額を下記お支払期限までにー
括してお支払いください。
ご請求額    311,232円
""")
    assert e.lump_sum_demand is True


def test_a_conciliation_record_naming_each_side_in_a_cell() -> None:
    v = values(run("""
調停調書(成立)
事件の表示    令和8年(特ノ)第58号特定調停事件
当事者    申立人福地光太郎(出頭)    相手方アルファ債権回収株式会社(代理人社員粟津谷拓)
1 申立人は、相手方に対し、相手方がひよどり信用組合から譲り受けた貸金債権について、本日現在、金540,000円の支払義務があることを認める。
(参考)相手方主張の債権額金812,655円(元金・利息・損害金の計・令和8年8月31日現在)
松江簡易裁判所
裁判所書記官椎葉谷正樹
"""))
    assert (v["creditor.name"], v["debtor.name"], v["amounts.total"]) == ("アルファ債権回収株式会社", "福地光太郎", 540000)
    assert v["original_creditor.name"] == "ひよどり信用組合"


def test_a_header_rows_next_label_is_no_name() -> None:
    v = values(run("""
債権譲渡のご通知
当社は、令和8年4月1日付で株式会社たかね銀行から、同行が貴社に対して有する下記貸付債権を譲り受けました。
原債権者    原契約    連帯保証人
株式会社たかね銀行    令和4年2月手形貸付    鵜川義男
"""))
    assert v["original_creditor.name"] == "株式会社たかね銀行"


def test_a_building_run_into_the_name_and_the_rest_after_the_auction() -> None:
    assert parties.clean_name("千草台第二ビル四階蘇武法律事務所") == "蘇武法律事務所"
    assert run("""
アウロラ債権回収株式会社
柿迫俊介様
配当実施後の残債務に関するご通知
前橋地方裁判所高崎支部令和7年(ケ)第318号担保不動産競売事件につきましては、配当期日において当社に配当が実施されました。
""").document_type.value == "collection_notice"


def test_labels_paired_by_a_slash_take_their_values_in_order() -> None:
    v = values(run("""
訴訟提起のご通知
事件の表示    千葉地方裁判所令和8年(ワ)第157号求償金請求事件
原告/被告    印旛ローン保証株式会社 / 賀集理沙子
(5) 約定利率/損害金    年18%/年20%
"""))
    assert (v["creditor.name"], v["late_damages_rate_percent"]) == ("印旛ローン保証株式会社", 20.0)
    # One value for two labels is no pair, and a date's slashes split no value.
    assert values(run("""
督促状
EDI情報/管理番号    SO-0117-2604
お支払期限/方法    2025/11/28
"""))["reference_number"] == "SO-0117-2604"


def test_whom_to_call_is_no_party_and_a_role_glossed_on_a_label_is_one() -> None:
    v = values(run("""
債権管理回収業務受託のお知らせ
当社は、委託元より、当該債権の管理及び回収業務の委託を令和8年2月2日付で受けました。
原債権者    株式会社ひめさゆり銀行    委託元(債権者)    パルティール債権回収株式会社
4.お問合せ先    譲受人住宅ローン管理部フリーダイヤル0120-000-391
"""))
    assert (v["creditor.name"], v["original_creditor.name"]) == ("パルティール債権回収株式会社", "株式会社ひめさゆり銀行")


def test_a_joint_notice_whose_seller_has_a_particle_in_its_name() -> None:
    assert parties.org_at_start("株式会社しまえなが銀行は、貴殿に対して有する下記債権") == "株式会社しまえなが銀行"
    v = values(run("""
通知人    株式会社しまえなが銀行
(譲渡人)
通知人    アウロラ債権回収株式会社
(譲受人)
債権譲渡及び譲受のご通知
前略譲渡人株式会社しまえなが銀行は、貴殿に対して有する下記債権を、2026年2月27日付で譲受人アウロラ債権回収株式会社に
譲渡いたしましたので、民法第467条に基づき連名をもってご通知申し上げます。
"""))
    assert (v["sender.name"], v["creditor.name"], v["original_creditor.name"]) == (
        "アウロラ債権回収株式会社", "アウロラ債権回収株式会社", "株式会社しまえなが銀行")


def test_a_kanji_table_closing_with_its_total_row_and_two_cells_printed_close() -> None:
    v = values(run("""
ご返済のお願い(督促状)
ご返済期日    元金    利息    遅延損害金    計
七年七月二十五日    十二万五千円    一万百四十円    四千百七十一円    十三万九千三百十一円
七年八月二十五日    十二万五千円    九千八百九十円    二千六百八十四円    十三万七千五百七十四円
七年九月二十五日    十二万五千円    九千六百四十円    千百九十八円    十三万五千八百三十八円
合計    三十七万五千円二万九千六百七十円    八千五十三円    四十一万二千七百二十三円
"""))
    assert [v[f"amounts.{p}"] for p in ("total", "principal", "interest", "late_damages")] == [412723, 375000, 29670, 8053]
    v = values(run("""
代位弁済のご通知および求償金のご請求
損害金(年14.6%・代位弁済日の翌日から通知日まで)    ご請求額合計    お支払期日
7,741円                                            1,390,147円令和8年3月23日(月)
"""))
    assert (v["amounts.total"], v["dates.payment_due"]) == (1390147, date(2026, 3, 23))


def test_a_lawyer_writing_for_the_seller_of_the_debt() -> None:
    v = values(run("""
玉利奈緒美様
通知人株式会社フロルクレジット
上記代理人
筑紫法律事務所
弁護士筑紫恵理
債権譲渡のご通知
当職は、株式会社フロルクレジット(以下「通知人」といいます。)の代理人として、貴殿に対し、以下のとおりご通知いたします。
通知人は、2026年1月30日付けで、貴殿に対して有する下記の債権を、下記譲受人に譲渡いたしました。
記
1.譲受人
商号    SMBC債権回収株式会社(法務大臣許可番号第10号)
所在地    東京都中央区くすだま町九丁目9番9号
"""))
    assert (v["creditor.name"], v["original_creditor.name"]) == ("SMBC債権回収株式会社", "株式会社フロルクレジット")


def test_a_letter_that_says_it_is_no_scam_still_demands() -> None:
    e = run("""
ご通知(未払いの携帯電話料金について)
当職は、アオバテレコム株式会社(以下「通知人」といいます。)から、貴殿に対する下記債権の回収について委任を受けた弁護士です。
つきましては、下記金額を令和8年4月27日までに、下記口座へ一括してお振込みください。
ご請求金額    101,759円
本書は架空請求ではありません。
""")
    assert (e.document_type.value, e.lump_sum_demand) == ("collection_notice", True)
    assert run("""
通告書
当社は、貴殿に対し、岩国簡易裁判所令和八年(ロ)第二一四号支払督促事件の仮執行宣言付支払督促正本に基づく左記の債権を有しております。
つきましては、本書をもって、令和八年六月二十六日限り、左記合計額をお支払いいただくよう通告いたします。
""").document_type.value == "collection_notice"


def test_amounts_named_after_or_under_their_figures() -> None:
    v = values(run("""
ご通知(請求書)
貴殿は通知人に対し、次の金員を直ちに一括して支払う義務を負っています。
金468,230円    立替金残元金
金9,655円    未払手数料
金29,030円    遅延損害金(3月6日から本書作成日まで年14.6%)
金506,915円    以上合計(ご請求額)
"""))
    assert [v[f"amounts.{p}"] for p in ("total", "principal", "interest", "late_damages")] == [506915, 468230, 9655, 29030]
    v = values(run("""
ご請求書(期限の利益喪失後のご請求)
331,040    6,210    1,986    ¥339,236
ご利用残高(元金)    未払手数料    遅延損害金    ご請求金額(一括)
お問い合わせ株式会社ミルトスカード債権管理センター0120-000-448(9:00〜18:00年末年始を除く)
"""))
    assert [v[f"amounts.{p}"] for p in ("total", "principal", "interest", "late_damages")] == [339236, 331040, 6210, 1986]
    assert parties.clean_name("株式会社ミルトスカード債権管理センター0120-000-448(9:00〜18:00)") == "株式会社ミルトスカード"


def test_a_note_on_the_principal_is_no_balance_and_a_month_is_no_day() -> None:
    assert [m.value for m in normalize.amounts("2025年8月 12,000円")] == [12000]
    assert not list(normalize.dates("2025年8月 12,000円"))
    v = values(run("""
債権目録
項目    金額(円)    備考
元金    389,540 ショッピング141,300 / キャッシング248,240
利息    7,812 キャッシング分2025年7月31日まで
遅延損害金    14,335年14.6% 2025年8月1日~2025年10月31日
合計    411,687
"""))
    assert [v[f"amounts.{p}"] for p in ("total", "principal", "interest", "late_damages")] == [411687, 389540, 7812, 14335]


def test_what_a_guarantor_paid_in_a_two_column_block_or_a_bracket_is_history() -> None:
    v = values(run("""
代位弁済通知兼求償金請求書
お借入日    令和4年5月20日    代位弁済額    1,935,884円
当初お借入額    2,400,000円    (うち元金)    1,921,005円
最終ご返済日    令和7年9月26日    (うち利息)    14,879円
当社の求償債権は、求償元金1,935,884円、これに対する損害金13,164円、以上合計1,949,048円です。
"""))
    assert (v["amounts.principal"], v.get("amounts.interest")) == (1935884, None)
    e = run("""
代位弁済通知兼求償金請求書
拝啓貴殿が鳩間信用金庫から借り受けられた証書貸付につきましては当社が連帯保証をしております
二求償元金    金壱百五拾弐万参千四百円
(代位弁済額内訳元金壱百五拾万八千円、利息壱万五千四百円)
三損害金    金四千弐百六拾五円
四ご請求額合計金壱百五拾弐万七千六百六拾五円
""")
    v = values(e)
    assert (e.document_type.value, v["amounts.principal"], v.get("amounts.interest")) == ("acceleration_notice", 1523400, None)
    assert v["original_creditor.name"] == "鳩間信用金庫"


def test_proposals_receipts_and_a_failed_plan_by_what_they_do() -> None:
    def kind(text: str) -> str:
        return run(text).document_type.value

    assert kind("""
ご返済条件の変更(ご返済計画)についてのご提案
当金庫では、ご返済期間を延長して毎月のご返済額を軽減する条件変更をご提案いたします。
""") == "settlement_proposal"
    assert kind("""
回答書
冠省当職らは、株式会社ひぐらしローンの代理人として、貴殿からいただいた分割弁済のお申出について、次のとおり回答いたします。
通知人は、月額二万円を毎月末日限りお支払いいただくことを条件に、分割弁済に応じます。
右条件にご同意いただける場合は、同封の合意書に署名押印のうえご返送ください。
""") == "settlement_proposal"
    assert kind("""
ご入金受領のご連絡
いつも和解契約に基づくお支払いをいただき、ありがとうございます。本状はご請求書ではございません。
和解成立日    2025年6月10日    和解金額    400,000円
""") == "other"
    assert kind("""
和解契約の解除及び残債務一括請求のご通知
貴殿と当社との間で令和6年6月28日に締結した和解契約(ほおずきクレジット株式会社から当社が譲り受けた債権に係る分割弁済の和解)につきまして
下記の金額を令和8年3月31日(火)までに一括してお支払いください。
""") == "collection_notice"


def test_a_servicers_harmless_notice_names_it_creditor_unless_the_debt_is_paid() -> None:
    letter = """
アウロラ債権回収株式会社
法務大臣許可第76号
小柳津聡子様
本社移転及び電話番号変更のお知らせ
なお、本状は新たなご請求を目的とするものではございません。
お客様番号    〒690-0000
AU-0871-2253    新潟県長岡市はまひるがお町9-9-9
原債権者    つわぶきクレジット株式会社
前回ご入金日    2025年3月27日
"""
    v = values(run(letter))
    assert (v["creditor.name"], v["reference_number"], v["dates.last_payment"]) == (
        "アウロラ債権回収株式会社", "AU-0871-2253", date(2025, 3, 27))
    assert values(run(letter + "お支払いがすべて完了いたしましたので、債権が消滅したことを証明いたします。\n")).get("creditor.name") is None


def test_a_surname_on_a_cover_note_and_the_whole_name_in_the_deed() -> None:
    assert values(run("""
井手迫様へ先日お電話でご相談いただいた分割弁済について左記の和解書案をお送りします
和解書    (案)
こぶし信用保証株式会社以下甲というと井手迫哲也以下乙というとは甲の乙に対する求償債権について次のとおり和解する
第一条乙は甲に対し甲が株式会社はしばみ銀行に対し令和七年四月十八日に保証債務を履行したことにより取得した求償債権として
"""))["original_creditor.name"] == "株式会社はしばみ銀行"
    assert parties.full_person("井手迫", layout.rows(normalize.pages([page("井手迫様へ\n乙    井手迫哲也\n")]))) == "井手迫哲也"


def test_a_column_of_figures_each_named_below_it() -> None:
    def line(left: str, right: str = "") -> str:
        return left.ljust(40, " ") + "    " + right if right else left

    v = values(run("\n".join([
        "ご請求書(一括)",
        line("ご契約の内容", "ご請求の内容(2025年6月16日現在)"),
        line("原債権者    株式会社ヴェガカード", "482,315円"),
        line("ご契約日    2019年8月2日", "残元金"),
        line("ご利用限度額    500,000円", "21,804円"),
        line("", "未払利息"),
        line("最終ご入金日    2024年9月27日"),
        line("", "53,041円"),
        line("期限の利益喪失日    2024年11月5日", "遅延損害金※1"),
        line("", "557,160円"),
        line("", "ご請求額(合計)"),
    ])))
    assert [v[f"amounts.{p}"] for p in ("total", "principal", "interest", "late_damages")] == [557160, 482315, 21804, 53041]
    v = values(run("""
■ご請求額の内訳
1,138,602円 +       1,834円 +          59,662円 =          1,200,098円
残元金              未収利息           遅延損害金(年14.6%)  ご請求額合計
"""))
    assert [v[f"amounts.{p}"] for p in ("total", "principal", "interest", "late_damages")] == [1200098, 1138602, 1834, 59662]


def test_figures_named_in_their_own_cell_or_by_a_proviso() -> None:
    v = values(run("""
2. ご請求金額
金    1,284,517円求償元金(代位弁済額)
金    5,138円    損害金(求償元金に対する10月11日から10月20日まで年14.6%)
金    1,289,655円ご請求金額合計
"""))
    assert [v[f"amounts.{p}"] for p in ("total", "principal", "late_damages")] == [1289655, 1284517, 5138]
    v = values(run("""
催告書
一、金弐百壱拾参万四千円也
但し、貸付金の残元本
一金六千九百壱拾八円也
但し右残元本に対する令和七年八月二十九日までの未収利息
合計金弐百弐拾五万五千五百壱拾円也
"""))
    assert (v["amounts.principal"], v["amounts.interest"]) == (2134000, 6918)


def test_a_thousand_yen_table_closing_in_its_total_column() -> None:
    table = [["貸付種類", "貸付日", "当初貸付金額", "残元金", "未収利息", "計"],
             ["証書貸付(設備資金)", "R2.10.15", "15,000", "9,360", "42", "9,402"],
             ["証書貸付(運転資金)", "R4.6.30", "5,000", "3,210", "17", "3,227"],
             ["合計", "", "20,000", "12,570", "59", "12,629"]]
    v = values(run("\n".join([
        "期限の利益喪失通知書",
        "(単位:千円)",
        *("".join(cell.ljust(14) for cell in row).rstrip() for row in table),
        "上記のほか、残元金に対し令和7年8月30日から完済の日まで年14%の割合(年365日の日割計算)による遅延損害金を申し受けます。",
    ])))
    assert (v["amounts.total"], v["amounts.principal"], v["late_damages_rate_percent"]) == (12629000, 12570000, 14.0)


def test_what_a_guarantor_paid_under_a_header_of_shares() -> None:
    v = values(run("""
代位弁済のご通知
代位弁済日    代位弁済額    うち元金    うち利息    うち損害金
令和8年1月9日    3,945,092    3,862,400    24,915    57,777
ご請求額(令和8年1月16日現在)
求償元金    3,945,092円
損害金(令和8年1月10日から年14.6%)    11,046円
ご請求額計    3,956,138円
"""))
    assert (v["amounts.principal"], v.get("amounts.interest"), v["amounts.late_damages"]) == (3945092, None, 11046)


def test_names_and_dates_in_the_corners_of_a_court_paper_and_a_table() -> None:
    assert parties.clean_name("株式会社コメットファイナンス貸金業者登録番号九州財務局長(5)第00412号") == "株式会社コメットファイナンス"
    v = values(run("""
令和7年(ワ)第623号貸金請求事件    和歌山地方裁判所第2民事部
口頭弁論期日呼出状及び答弁書催告状
"""))
    assert v["sender.name"] == "和歌山地方裁判所"
    v = values(run("""
債権譲受のご通知
元金    736,500円    令和7年2月26日譲受
お支払いのないまま次回のお支払日
(8月27日)を過ぎますと、ご契約により期限の利益を喪失し、ご利用残高全額を一括してご請求することがあります。
"""))
    assert (v["dates.assignment"], v.get("dates.acceleration")) == (date(2025, 2, 26), None)
