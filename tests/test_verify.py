"""The verify stage: verdict on the debt collector, scam signals and their Japanese explanations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parser import registry
from parser.models import (
    DocumentType,
    Evidence,
    Extraction,
    Found,
    RegistryInfo,
    RegistryStatus,
    SenderKind,
    ServicerRecord,
)
from parser.verify import verify


def extraction(
    text: str,
    document_type: DocumentType = DocumentType.collection_notice,
    sender_kind: SenderKind = SenderKind.unknown,
    **fields: object,
) -> Extraction:
    found = {
        path.replace("__", "."): Found(
            value=value, evidence=Evidence(page=1, text=str(value), confidence=0.9), confidence=0.9
        )
        for path, value in fields.items()
        if value is not None
    }
    return Extraction(document_type=document_type, sender_kind=sender_kind, fields=found, norm_text=text)


# Test letters. Names of real servicers appear only as senders being checked; numbers are fictitious.
SCAM_POSTCARD = """郵便はがき
総合消費料金に関する訴訟最終告知のお知らせ
管理番号 わ251
この度、貴方がご利用された契約会社ないしは運営会社から、未納料金に係る契約不履行として
民事訴訟の訴状が提出されましたのでお知らせします。
期日までにご連絡なき場合は、原告の主張が認められ、給与・預貯金・動産・不動産の差押えが執行されます。
取り下げのご相談は下記までご本人様よりご連絡ください。
取り下げ最終期日 令和8年12月1日
法務省管轄支局 民事訴訟管理センター
TEL 03-0000-0000 受付時間 平日9:00~20:00
"""

REAL_SERVICER = """ご通知
管理番号 A-20251124-0001
当社は、貴殿に対する下記債権を譲り受けましたので通知いたします。
アビリオ債権回収株式会社
法務大臣許可番号 第5号
お支払期限 令和8年12月10日
お振込先 ○○銀行 本店 普通 1234567
口座名義 アビリオサイケンカイシュウ(カ
当社が電子マネーやプリペイドカードでのお支払いをお願いすることはありません。
お問い合わせ 0120-000-000(平日9:00~18:00)
"""

PAYMENT_ORDER = """支払督促
令和8年(ロ)第1234号
債権者 SMBC債権回収株式会社
債務者 山田太郎
東京簡易裁判所 裁判所書記官
これは正本である。
"""


def real_letter(**overrides: object) -> Extraction:
    fields: dict[str, object] = {
        "sender__name": "アビリオ債権回収株式会社",
        "sender__license_number": 5,
        "sender__phone": "0120-000-000",
        "creditor__name": "アビリオ債権回収株式会社",
    }
    fields.update(overrides)
    return extraction(REAL_SERVICER, DocumentType.assignment_notice, SenderKind.servicer, **fields)


def test_fake_postcard_is_not_licensed_with_explained_signals():
    v = verify(
        extraction(SCAM_POSTCARD, DocumentType.other, sender__name="法務省管轄支局 民事訴訟管理センター")
    )
    assert v.registry.status is RegistryStatus.not_licensed
    expected = {
        "fake_sender_name",
        "fake_court_or_ministry",
        "lawsuit_notice_not_from_court",
        "postcard_form",
        "same_day_deadline",
        "case_number_not_court_format",
        "non_specified_claim",
    }
    assert expected <= set(v.fraud_signals)
    assert set(v.fraud_explanations_ja) == set(v.fraud_signals)
    assert all(v.fraud_explanations_ja.values())
    assert "188" in v.registry.note_ja


def test_fake_text_is_caught_even_when_the_sender_was_not_extracted():
    v = verify(extraction(SCAM_POSTCARD, DocumentType.other))
    assert v.registry.status is RegistryStatus.not_licensed
    assert "fake_sender_name" in v.fraud_signals


def test_real_servicer_letter_is_licensed_without_signals():
    v = verify(real_letter())
    assert v.registry.status is RegistryStatus.licensed
    assert v.registry.name == "アビリオ債権回収株式会社"
    assert v.registry.license_number == 5
    assert v.registry.checked_name == "アビリオ債権回収株式会社"
    assert v.registry.registry_as_of is not None
    assert v.fraud_signals == []  # the 電子マネー disclaimer is negated, the 管理番号 is not わ251


def test_real_name_on_a_scam_letter_is_never_licensed():
    text = REAL_SERVICER.replace("口座名義 アビリオサイケンカイシュウ(カ", "口座名義 ヤマダ タロウ").replace(
        "お問い合わせ 0120-000-000(平日9:00~18:00)",
        "担当直通 090-0000-0000 本日中にご連絡ください。コンビニでギフトカードを購入し番号をお伝えください。",
    )
    v = verify(
        extraction(
            text,
            DocumentType.collection_notice,
            sender__name="アビリオ債権回収株式会社",
            sender__license_number=5,
            sender__phone="090-0000-0000",
        )
    )
    assert v.registry.status is RegistryStatus.not_licensed
    assert v.registry.name == "アビリオ債権回収株式会社"  # whom the letter imitates
    assert {"personal_account", "mobile_only_contact", "same_day_deadline", "prepaid_or_gift_card"} <= set(
        v.fraud_signals
    )


@pytest.mark.parametrize(
    ("addition", "code"),
    [
        ("明日、給与の差し押さえを執行します。", "seizure_threat_immediate"),
        ("iTunesカードでお支払いください。", "prepaid_or_gift_card"),
        ("事件番号 わ251", "case_number_not_court_format"),
        ("有料番組未納料金について", "non_specified_claim"),
        ("民事訴訟最終通告書", "lawsuit_notice_not_from_court"),
        ("担当者の個人名義の口座にお振込みください。", "personal_account"),
    ],
)
def test_each_text_signal(addition: str, code: str):
    v = verify(real_letter(), norm_text=REAL_SERVICER + addition + "\n")
    assert code in v.fraud_signals
    assert v.fraud_explanations_ja[code]


def test_a_single_weak_signal_does_not_overturn_a_real_servicer():
    v = verify(real_letter(), norm_text="圧着はがき\n" + REAL_SERVICER + "郵便はがき\n")
    assert v.fraud_signals == ["postcard_form"]
    assert v.registry.status is RegistryStatus.licensed


def test_court_case_number_and_negated_warnings_are_not_signals():
    text = (
        REAL_SERVICER
        + "事件番号 令和8年(ロ)第1234号\n当社の社員が個人名義の口座への振込をお願いすることは一切ありません。\n"
        + "ギフトカードでのお支払いを求めることはありません。\n"
    )
    assert verify(real_letter(), norm_text=text).fraud_signals == []


def test_mobile_only_versus_mobile_beside_a_landline():
    only = "連絡先 090-1234-5678\n"
    both = "連絡先 090-1234-5678 / 03-1234-5678\n"
    assert (
        "mobile_only_contact" in verify(extraction(only, sender__name="株式会社サンプル商事")).fraud_signals
    )
    assert (
        "mobile_only_contact"
        not in verify(extraction(both, sender__name="株式会社サンプル商事")).fraud_signals
    )
    assert "mobile_only_contact" not in verify(extraction("0800-123-4567\n")).fraud_signals  # free dial


def test_payment_order_checks_the_servicer_creditor():
    v = verify(
        extraction(
            PAYMENT_ORDER,
            DocumentType.payment_order,
            SenderKind.court,
            sender__name="東京簡易裁判所",
            creditor__name="SMBC債権回収株式会社",
        )
    )
    assert v.registry.status is RegistryStatus.licensed
    assert v.registry.name == "SMBC債権回収株式会社"
    assert v.fraud_signals == []


def test_payment_order_for_a_bank_needs_no_licence():
    v = verify(
        extraction(
            PAYMENT_ORDER.replace("SMBC債権回収株式会社", "株式会社サンプル銀行"),
            DocumentType.payment_order,
            sender__name="東京簡易裁判所",
            creditor__name="株式会社サンプル銀行",
        )
    )
    assert v.registry.status is RegistryStatus.not_applicable


def test_payment_order_with_a_lookalike_creditor_is_not_licensed():
    v = verify(
        extraction(
            PAYMENT_ORDER.replace("SMBC債権回収株式会社", "中央SMBC債権回収株式会社"),
            DocumentType.payment_order,
            sender__name="東京簡易裁判所",
            creditor__name="中央SMBC債権回収株式会社",
        )
    )
    assert v.registry.status is RegistryStatus.unverified
    assert v.registry.checked_name == "中央SMBC債権回収株式会社"


def test_court_paper_without_a_court_is_a_signal():
    text = "訴状\n原告 サンプル債権管理センター\n口頭弁論期日 令和8年12月1日\n"
    v = verify(extraction(text, DocumentType.lawsuit, sender__name="サンプル債権管理センター"))
    assert "lawsuit_notice_not_from_court" in v.fraud_signals
    assert v.registry.status is not RegistryStatus.licensed


def test_bank_assignment_notice_is_the_banks_not_the_servicers_it_names():
    # The contract judges the sender outside court papers: a bank needs no servicer licence.
    text = "債権譲渡通知書\n株式会社サンプル銀行は、下記債権をセゾン債権回収株式会社に譲渡しました。\n"
    v = verify(
        extraction(
            text,
            DocumentType.assignment_notice,
            SenderKind.bank,
            sender__name="株式会社サンプル銀行",
            creditor__name="セゾン債権回収株式会社",
        )
    )
    assert v.registry.status is RegistryStatus.not_applicable


def test_bank_letter_is_not_applicable():
    text = "期限の利益喪失通知書\n株式会社サンプル銀行 融資管理部\nTEL 03-1234-5678\n"
    v = verify(
        extraction(
            text, DocumentType.acceleration_notice, SenderKind.bank, sender__name="株式会社サンプル銀行"
        )
    )
    assert v.registry.status is RegistryStatus.not_applicable
    assert v.fraud_signals == []


def test_yugen_gaisha_servicer_is_not_licensed():
    v = verify(
        extraction("有限会社サンプル債権回収\nTEL 03-1234-5678\n", sender__name="有限会社サンプル債権回収")
    )
    assert v.registry.status is RegistryStatus.not_licensed
    assert "servicer_not_kabushiki" in v.fraud_signals


def test_licence_mismatch_is_a_signal():
    v = verify(real_letter(sender__license_number=7))
    assert v.registry.status is RegistryStatus.license_mismatch
    assert "license_number_mismatch" in v.fraud_signals


def test_unlisted_servicer_in_a_complete_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "servicers.csv"
    records = [
        ServicerRecord(license_number=5, name="アビリオ債権回収株式会社", status="active", source="official")
    ]
    path.write_text(
        registry.dump_csv(records, RegistryInfo(complete=True, as_of=date(2026, 10, 1))), encoding="utf-8"
    )
    monkeypatch.setenv(registry.ENV_VAR, str(path))
    registry.reload()
    v = verify(
        extraction("ジャパン債権回収株式会社\nTEL 03-1234-5678\n", sender__name="ジャパン債権回収株式会社")
    )
    assert v.registry.status is RegistryStatus.not_licensed
    assert v.registry.registry_complete and v.registry.registry_as_of == "2026-10-01"
    assert "unlicensed_servicer_name" in v.fraud_signals


def test_unlisted_servicer_in_the_partial_snapshot_is_unverified():
    v = verify(
        extraction("ジャパン債権回収株式会社\nTEL 03-1234-5678\n", sender__name="ジャパン債権回収株式会社")
    )
    assert v.registry.status is RegistryStatus.unverified
    assert "unlicensed_servicer_name" not in v.fraud_signals
    assert "債権管理回収業の営業を許可した株式会社一覧" in v.registry.note_ja


def test_merged_name_on_an_old_letter_is_explained_by_its_date():
    def letter(issued: object) -> Extraction:
        return extraction(
            "セディナ債権回収株式会社\nTEL 03-1234-5678\n",
            sender__name="セディナ債権回収株式会社",
            dates__issued=issued,
        )

    old = verify(letter(date(2022, 5, 1)))
    assert old.registry.status is RegistryStatus.closed
    assert "当時はこの名前で正しかった" in old.registry.note_ja
    new = verify(letter("2025-01-10"))
    assert "より後です" in new.registry.note_ja
    # a rename known only to the month: a letter from that month is neither before nor after
    ag = verify(
        extraction(
            "アストライ債権回収株式会社\n",
            sender__name="アストライ債権回収株式会社",
            dates__issued=date(2020, 7, 15),
        )
    )
    assert "より前" not in ag.registry.note_ja and "より後" not in ag.registry.note_ja


def test_fraud_rules_cover_the_required_codes():
    rules = registry.fraud_rules()
    codes = {s.code for s in rules.signals}
    assert {
        "fake_sender_name",
        "fake_court_or_ministry",
        "lawsuit_notice_not_from_court",
        "postcard_form",
        "same_day_deadline",
        "prepaid_or_gift_card",
        "mobile_only_contact",
        "seizure_threat_immediate",
        "case_number_not_court_format",
        "servicer_not_kabushiki",
        "unlicensed_servicer_name",
        "personal_account",
    } <= codes
    assert len(codes) == len(rules.signals)
    assert all(s.explanation_ja and " " not in s.explanation_ja for s in rules.signals)
    assert {"法務省管轄支局", "民事訴訟管理センター", "地方裁判所管理局", "全国消費者相談センター"} <= set(
        rules.fake_senders
    )


def test_scam_marks_override_any_name_match():
    text = "郵便はがき\n東京債権回収株式会社\n本日中にご連絡ください。電子マネーでお支払いください。\n連絡先 090-1111-2222\n"
    v = verify(extraction(text, sender__name="東京債権回収株式会社"))
    assert v.registry.status is RegistryStatus.not_licensed
    assert v.registry.name == "東京債権回収株式会社"
    assert "廃業" in v.registry.note_ja  # what the registry knows is kept
    court = "郵便はがき\n東京簡易裁判所民事第9室\n訴訟最終告知のお知らせ\n取り下げ最終期日 本日中\n"
    assert (
        verify(extraction(court, sender__name="東京簡易裁判所民事第9室")).registry.status
        is RegistryStatus.not_licensed
    )


def test_a_real_letters_scam_warning_is_not_a_scam():
    text = REAL_SERVICER + (
        "「法務省管轄支局 民事訴訟管理センター」など、訴訟最終告知をうたう架空請求にご注意ください。\n"
        "本日中の入金を求めるはがきが届いた場合は、詐欺のおそれがあります。\n"
    )
    v = verify(real_letter(), norm_text=text)
    assert v.fraud_signals == []
    assert v.registry.status is RegistryStatus.licensed


def test_a_warning_about_those_who_use_the_servicers_name_is_not_a_scam() -> None:
    text = REAL_SERVICER + "※当社を名乗る者から電話・メール等で個人名義の口座への振込みを求められた場合は、当社までご確認ください。\n"
    v = verify(real_letter(), norm_text=text)
    assert v.fraud_signals == [] and v.registry.status is RegistryStatus.licensed


def test_a_look_alike_servicer_asking_for_a_call_about_a_debt_transfer_is_a_scam() -> None:
    # 法務省's warning quotes this wording: look-alike names, 「債権移行」, 「本日中に必ず御連絡下さい」.
    text = (
        "債権移行に関する重要なお知らせ\n契約会社より当社へ債権移行されましたことをお知らせいたします。\n"
        "債権移行につき確認事項が御座います。本日中に必ず御連絡下さい。\n"
        "確認事項の内容は個人情報保護のため、お電話にてご本人様にのみお伝えいたします。\n"
        "日本債権回収管理センター株式会社 TEL 03-0000-5871\n"
    )
    v = verify(extraction(text, sender__name="日本債権回収管理センター株式会社", sender__phone="03-0000-5871"))
    assert {"vague_transfer_wording", "same_day_deadline", "details_only_by_phone"} <= set(v.fraud_signals)
    assert v.scam and v.registry.status is RegistryStatus.not_licensed


def test_a_letter_that_tells_the_reader_not_to_consult_a_lawyer_is_a_scam_signal() -> None:
    text = "※本件は個人情報保護の観点から、ご家族・勤務先・弁護士等への相談はお控えください。\n"
    assert "discourages_advice" in verify(extraction(text)).fraud_signals


def test_a_lawyers_request_not_to_contact_the_debtors_family_is_no_scam_signal() -> None:
    # A 受任通知 asks the creditor to stop contacting the debtor's family (貸金業法21条1項9号): legitimate.
    text = "今後、債務者本人、その家族及び勤務先に対する連絡・請求等は一切なさらないよう、お願いいたします。\n"
    assert "discourages_advice" not in verify(extraction(text)).fraud_signals


def test_a_court_that_does_not_exist_is_a_scam_signal() -> None:
    v = verify(extraction("支払督促\n西日本民事裁判所\n督促手続課\n", DocumentType.payment_order, sender__name="西日本民事裁判所督促手続課"))
    assert "fake_court_or_ministry" in v.fraud_signals


def test_a_real_servicers_plain_assignment_notice_raises_none_of_the_transfer_signals() -> None:
    text = "債権譲渡通知書\n株式会社あおば銀行は、貴殿に対する下記債権を当社に譲渡しました。\nお問い合わせはお電話でも承ります。\n"
    v = verify(extraction(text, DocumentType.assignment_notice))
    assert not {"vague_transfer_wording", "details_only_by_phone", "fake_court_or_ministry"} & set(v.fraud_signals)


def test_a_negated_warning_that_runs_over_a_line_break_is_not_a_signal():
    text = (
        REAL_SERVICER
        + "当社の名前をかたる不審な電話が確認されています。当社が、お客様に電子マネーやギフトカードでのお支払い\n"
        + "をお願いすることは一切ございません。\n"
    )
    assert verify(real_letter(), norm_text=text).fraud_signals == []
    scam = REAL_SERVICER + "コンビニでギフトカードを購入し\nカード番号を担当者へお伝えください。\n"
    assert "prepaid_or_gift_card" in verify(real_letter(), norm_text=scam).fraud_signals


def test_a_godo_gaisha_beside_a_kabushiki_servicer_in_a_table_is_no_signal():
    text = "回 譲渡日 譲渡人 譲受人\n第2回 2025年12月12日 合同会社碧洋キャピタル アウロラ債権回収株式会社\n"
    v = verify(extraction(text, sender__name="アウロラ債権回収株式会社"))
    assert "servicer_not_kabushiki" not in v.fraud_signals
