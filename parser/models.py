"""Every pydantic model of the project, in one place.

Three groups live here:

* **Page objects** (`OcrWord`, `OcrLine`, `OcrPage`): what every OCR engine and the
  PDF text layer produce, so that everything after the OCR boundary sees one shape.
* **Data-file models** (`LabelSet`, `DocumentTypeRules`, `DeadlineRules`, `FraudRules`,
  `ServicerRecord`): the YAML/CSV tables under ``parser/data`` are validated by these.
* **The result contract** (`ParseResult` and its parts): see ``shared/result-contract.md``.
  Names there are a promise; fields may be added, never renamed or dropped.

`schemas/` is generated from the contract models by ``python -m parser.schema``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# --------------------------------------------------------------------------- page objects

BBox = Annotated[
    tuple[float, float, float, float],
    Field(description="x0, y0, x1, y1 in the page's own units (pixels, or PDF points for a text layer)"),
]


class OcrWord(BaseModel):
    """One word or character run with its box and confidence (0..1)."""

    model_config = ConfigDict(frozen=True)

    text: str
    bbox: BBox
    confidence: float = Field(ge=0.0, le=1.0)


class OcrLine(BaseModel):
    """A line as the engine found it. `text` is raw; `norm` is filled by the normalize stage."""

    model_config = ConfigDict(frozen=True)

    text: str
    bbox: BBox
    confidence: float = Field(ge=0.0, le=1.0)
    words: tuple[OcrWord, ...] = ()
    vertical: bool = False
    norm: str = ""


class OcrPage(BaseModel):
    """One page after OCR or text-layer extraction."""

    model_config = ConfigDict(frozen=True)

    number: int = Field(ge=1, description="1-based page number")
    width: float
    height: float
    lines: tuple[OcrLine, ...] = ()
    source: Literal["text_layer", "ocr"] = "ocr"
    engine: str = ""
    rotation: int = Field(0, description="degrees the page was turned to make it upright")
    vertical: bool = Field(False, description="the page is written vertically (縦書き)")
    quality: tuple[str, ...] = Field((), description="quality warnings for this page image")


# --------------------------------------------------------------------------- enums


class DocumentType(StrEnum):
    collection_notice = "collection_notice"
    assignment_notice = "assignment_notice"
    acceleration_notice = "acceleration_notice"
    payment_order = "payment_order"
    payment_order_enforceable = "payment_order_enforceable"
    lawsuit = "lawsuit"
    settlement_proposal = "settlement_proposal"
    other = "other"


class RegistryStatus(StrEnum):
    licensed = "licensed"
    license_mismatch = "license_mismatch"
    not_licensed = "not_licensed"
    unverified = "unverified"
    closed = "closed"
    not_applicable = "not_applicable"


class SenderKind(StrEnum):
    servicer = "servicer"
    bank = "bank"
    guarantor = "guarantor"
    lender = "lender"
    law_office = "law_office"
    court = "court"
    public_body = "public_body"
    other = "other"
    unknown = "unknown"


class Certainty(StrEnum):
    stated = "stated"
    computed = "computed"
    estimated = "estimated"


class InputKind(StrEnum):
    pdf_text = "pdf_text"
    pdf_scan = "pdf_scan"
    pdf_mixed = "pdf_mixed"
    image = "image"


# --------------------------------------------------------------------------- result contract


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Out):
    file: str = Field(description="file name as given")
    pages: int = Field(0, ge=0, description="pages read")
    kind: InputKind | None = Field(None, description="what kind of input this was")
    sha256: str | None = Field(None, description="content hash of the input file")
    engines: list[str] = Field(default_factory=list, description="OCR engines or text layers used")


class Sender(_Out):
    name: str | None = None
    license_number: int | None = Field(None, description="法務大臣許可番号 as printed (第N号 → N)")
    phone: str | None = Field(None, description="as printed, digits and hyphens only")
    kind: SenderKind = SenderKind.unknown


class NamedParty(_Out):
    name: str | None = None


class Registry(_Out):
    status: RegistryStatus = RegistryStatus.not_applicable
    license_number: int | None = None
    name: str | None = None
    checked_name: str | None = Field(None, description="the name on the letter that was checked")
    match_score: float | None = Field(None, description="similarity of the matched name, 0..100")
    registry_complete: bool = Field(False, description="the registry in use is the complete official list")
    registry_as_of: str | None = None
    source: str | None = Field(None, description="where the matched registry row comes from")
    note_ja: str = ""


class Amounts(_Out):
    total: int | None = None
    principal: int | None = None
    interest: int | None = None
    late_damages: int | None = None
    costs: int | None = None
    sum_check: Literal["ok", "repaired", "mismatch", "incomplete"] = Field(
        "incomplete", description="whether principal + interest + late damages + costs = total"
    )


class Dates(_Out):
    issued: date | None = None
    payment_due: date | None = None
    acceleration: date | None = None
    last_payment: date | None = None
    assignment: date | None = None
    hearing: date | None = None
    answer_due: date | None = None
    subrogation: date | None = None
    contract: date | None = None
    as_of: date | None = None


class Deadline(_Out):
    kind: str = Field(description="payment_due, payment_order_objection, answer_due, hearing, limitation_possible, …")
    date: date
    basis: str = Field(description="statute or the letter's own words this date rests on")
    certainty: Certainty
    note_ja: str
    trigger: str | None = Field(None, description="the date or assumption the rule started from")


class Evidence(_Out):
    page: int
    bbox: tuple[float, float, float, float] | None = None
    text: str
    confidence: float = Field(ge=0.0, le=1.0)


class ProblemItem(_Out):
    code: str
    message: str


class ParseResult(_Out):
    """The result object every interface returns (``shared/result-contract.md``)."""

    source: Source
    document_type: DocumentType = DocumentType.other
    sender: Sender = Field(default_factory=Sender)
    creditor: NamedParty = Field(default_factory=NamedParty)
    registry: Registry = Field(default_factory=Registry)
    original_creditor: NamedParty = Field(default_factory=NamedParty)
    debtor: NamedParty = Field(default_factory=NamedParty)
    amounts: Amounts = Field(default_factory=Amounts)
    late_damages_rate_percent: float | None = None
    lump_sum_demand: bool = False
    dates: Dates = Field(default_factory=Dates)
    reference_number: str | None = None
    deadlines: list[Deadline] = Field(default_factory=list)
    fraud_signals: list[str] = Field(default_factory=list)
    fraud_explanations_ja: dict[str, str] = Field(default_factory=dict)
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    confidence: dict[str, float] = Field(default_factory=dict, description="per extracted path, 0..1")
    needs_review: bool = False
    review_reasons: list[str] = Field(default_factory=list)
    quality: list[str] = Field(default_factory=list, description="image-quality warnings (retake advised)")
    warnings: list[str] = Field(default_factory=list)
    next_steps_ja: list[str] = Field(default_factory=list)
    summary_ja: str = ""
    errors: list[ProblemItem] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict, description="parser version, engines, timing; volatile")


class RegistryCheck(_Out):
    """Answer of ``debt-notice registry check``."""

    status: RegistryStatus
    license_number: int | None = None
    name: str | None = None
    query: str
    match_score: float | None = None
    former_name_of: str | None = None
    registry_complete: bool = False
    source: str | None = None
    note_ja: str = ""


# --------------------------------------------------------------------------- extraction (internal)


class Found(BaseModel):
    """One extracted value with its provenance, before it is placed into the result."""

    model_config = ConfigDict(frozen=True)

    value: Any
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    how: str = Field("", description="which rule found it, e.g. label:total or nlp:Company")


class Extraction(BaseModel):
    """Everything the extract stage found; keys are contract paths such as ``amounts.total``."""

    document_type: DocumentType
    type_confidence: float = 1.0
    fields: dict[str, Found] = Field(default_factory=dict)
    lump_sum_demand: bool = False
    sender_kind: SenderKind = SenderKind.unknown
    raw_text: str = ""
    norm_text: str = ""
    notes: list[str] = Field(default_factory=list)

    def value(self, path: str) -> Any:
        found = self.fields.get(path)
        return None if found is None else found.value


class Classification(BaseModel):
    document_type: DocumentType
    confidence: float = Field(ge=0.0, le=1.0)
    title: str | None = None
    lump_sum_demand: bool = False
    claims_nothing: bool = Field(False, description="the letter says it demands nothing (本書はご請求書ではありません, 完済)")
    scores: dict[str, float] = Field(default_factory=dict)


class Verification(BaseModel):
    registry: Registry
    fraud_signals: list[str] = Field(default_factory=list)
    fraud_explanations_ja: dict[str, str] = Field(default_factory=dict)
    scam: bool = Field(False, description="the signals add up to the scam threshold (架空請求)")


# --------------------------------------------------------------------------- data-file models


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


ValueType = Literal["yen", "date", "rate", "text", "name", "int", "phone", "instalment_start"]


class LabelSpec(_Data):
    path: str = Field(description="contract path the value goes to, e.g. amounts.total")
    type: ValueType
    labels: list[str] = Field(min_length=1, description="label spellings, canonical first")
    exclude: list[str] = Field(default_factory=list, description="a row containing one of these is not this label")
    document_types: list[DocumentType] = Field(default_factory=list, description="only in these types (empty: all)")
    letter_has: str | None = Field(None, description="the label holds only in a letter whose text matches this")
    fuzzy: bool = True
    priority: int = Field(0, description="higher wins when two labels claim the same row")
    patterns: list[str] = Field(
        default_factory=list,
        description="regular expressions for label spellings not listed (ご相談番号, 債務者番号 …); they rank after"
        " every listed label, must head their cell and take a value on the same row",
    )
    pattern_exclude: list[str] = Field(
        default_factory=list, description="a pattern match holding one of these words is not this label (口座番号 …)"
    )


class LabelSet(_Data):
    fields: list[LabelSpec]
    not_labels: list[str] = Field(default_factory=list, description="words a loose match must never be taken for")


class DocumentTypeSpec(_Data):
    type: DocumentType
    name_ja: str
    titles: list[str] = Field(default_factory=list, description="title words; a hit near the top weighs most")
    keywords: dict[str, float] = Field(default_factory=dict, description="regular expressions and their weights")
    priority: int = 0
    creditor: Literal["sender", "original_creditor", "labelled"] = Field(
        "sender", description="who claims the money when no 債権者/原告/譲受人 label names them"
    )
    creditor_if: dict[str, Literal["sender", "original_creditor", "labelled"]] = Field(
        default_factory=dict, description="a phrase in the letter that changes who the creditor is"
    )
    sender_is_court: bool = False
    lump_sum_prior: float = Field(0.0, description="added to the lump-sum score for this type")
    lump_sum_phrases: dict[str, float] = Field(
        default_factory=dict, description="phrases that weigh toward a lump-sum demand in this type only"
    )
    lump_sum_titles: list[str] = Field(
        default_factory=list, description="titles of this type whose letter orders the whole claim paid (a 判決)"
    )
    issued_date: Literal["first", "last"] = Field(
        "first", description="which date standing alone on page 1 is the letter's date (last: a 仮執行宣言 date)"
    )


class DocumentTypeRules(_Data):
    title_weight: float = 10.0
    types: list[DocumentTypeSpec]
    lump_sum_phrases: dict[str, float] = Field(
        description="regular expressions over the compacted text and their weight toward a lump-sum demand"
    )
    lump_sum_threshold: float = 3.0
    lump_sum_negations: list[str] = Field(default_factory=list)
    lump_sum_conditional: list[str] = Field(
        default_factory=list,
        description="regular expressions for a sentence that only warns of a lump-sum demand to come; its phrases do not count",
    )
    no_claim_phrases: list[str] = Field(
        default_factory=list,
        description="regular expressions for a letter's own words that it claims nothing; in a letter of type other "
        "its figures are history, not a claim",
    )
    generic_titles: list[str] = Field(
        default_factory=list, description="titles that say little (重要なお知らせ): they count only when no other type has a title"
    )
    title_value_labels: list[str] = Field(
        default_factory=list,
        description="cell labels whose value may be a document's name (種類 | 仮執行宣言付支払督促): such a row quotes "
        "another paper, it is not the letter's title",
    )
    cover_sheet_titles: list[str] = Field(
        default_factory=list,
        description="regular expressions for the title of a fax cover sheet (送付状); such a page in front of a letter "
        "is not read as the letter",
    )


class DeadlineRule(_Data):
    kind: str
    document_types: list[DocumentType | Literal["*"]]
    trigger: str = Field(description="a Dates field, 'received', or 'limitation'")
    computation: Literal["as_stated", "court_period", "before_date", "limitation", "late_charge"]
    days: int | None = None
    years: int | None = None
    statute: str
    certainty: Certainty
    note_ja: str
    missed_ja: str = ""
    label_ja: str = Field("", description="short Japanese name of the deadline, for lists and calendars")
    skip_if: list[str] = Field(default_factory=list, description="triggers whose presence makes this rule unnecessary")
    not_before: list[str] = Field(default_factory=list, description="drop the result when it falls before these triggers")
    if_closed: Literal["keep", "next_open", "previous_open"] = Field(
        "keep", description="what to do when the date falls on a day courts are closed"
    )
    closed_note_ja: str = Field("", description="added to the note when the raw date falls on a closed day")
    assumption_ja: str = Field("", description="the assumption an estimated date rests on, said in the note")


class DeadlineRules(_Data):
    rules: list[DeadlineRule]
    court_closed_days: list[str] = Field(description="MM-DD days courts are closed besides weekends and holidays")
    default_days_to_receipt: int = Field(2, description="assumed days between issue and receipt")
    lawyer_caveat_ja: str
    certainty_labels_ja: dict[Certainty, str] = Field(default_factory=dict)
    limitation: LimitationSpec | None = None
    late_charge: LateChargeSpec | None = None


class StepCondition(_Data):
    document_types: list[DocumentType] = Field(default_factory=list)
    scam: bool | None = None
    lump_sum: bool | None = None
    registry: list[RegistryStatus] = Field(default_factory=list)
    limitation_past: bool | None = None


class NextStep(_Data):
    when: StepCondition
    text_ja: str


class NextSteps(_Data):
    steps: list[NextStep]


class OcrFixes(_Data):
    replace: dict[str, str]
    patterns: dict[str, str] = Field(default_factory=dict, description="regular expression → replacement")


class SenderKindRule(_Data):
    kind: SenderKind
    pattern: str


class PartyRules(_Data):
    org_prefixes: list[str]
    org_suffixes: list[str]
    name_lead_noise: list[str]
    name_tail_noise: list[str]
    not_sender_context: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list, description="a party value containing these is no name")
    label_words: list[str] = Field(default_factory=list, description="a party value that is only one of these is a label read as a value")
    bystanders: list[str] = Field(
        default_factory=list, description="organisations printed on letters that are never a party (the post office's 内容証明 stamp)"
    )
    court_name_noise: list[str] = Field(default_factory=list, description="labels printed before a court's name")
    either_side_labels: list[str] = Field(
        default_factory=list, description="court-record party labels that may name either creditor or debtor (申立人, 相手方)"
    )
    court_phone_context: list[str] = Field(default_factory=list)
    party_phone_context: list[str] = Field(default_factory=list)
    sender_kinds: list[SenderKindRule]
    original_creditor_prose: list[str]
    creditor_prose: list[str] = Field(default_factory=list)
    agent_voice: str | None = Field(None, description="words of a lawyer writing for the party the letter names")
    mandate_voice: str = Field(
        "", description="prose in which a servicer says it collects on commission (受託): the lender stays the creditor"
    )
    assignor_voice: str = Field(
        "", description="prose in which the writer says it assigned the debt: the sender is then the original creditor"
    )
    honorifics: list[str]
    address_pattern: str


class ProseRule(_Data):
    path: str
    type: ValueType
    after: str | None = None
    before: str | None = None
    reject_after: str | None = Field(None, description="the rule does not apply when this follows the value")
    reject_before: str | None = Field(None, description="the rule does not apply when this precedes the value")
    value: str | None = Field(None, description="the value as printed must match this (e.g. 金…円, not a bare table number)")
    document_types: list[DocumentType] = Field(default_factory=list)
    letter_has: str | None = Field(None, description="the rule applies only to a letter whose text matches this")


class ProseRules(_Data):
    rules: list[ProseRule]


class FraudSignalSpec(_Data):
    code: str
    patterns: list[str] = Field(default_factory=list, description="regular expressions over the normalised text")
    explanation_ja: str
    weight: float = 1.0


class FraudRules(_Data):
    fake_senders: list[str]
    signals: list[FraudSignalSpec]
    scam_threshold: float = 2.0
    advice_ja: str


class ServicerRecord(_Data):
    license_number: int | None = None
    name: str
    former_names: list[str] = Field(default_factory=list)
    status: Literal["active", "closed", "merged", "unknown"]
    successor: str | None = None
    event_date: str | None = None
    head_office: str | None = None
    phone: str | None = None
    licensed_on: str | None = None
    source: str
    confidence: str = "medium"


# --------------------------------------------------------------------------- ingest output


class PageInput(BaseModel):
    """One page as ingest hands it on: either an image for OCR or a ready text-layer page."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    number: int = Field(ge=1)
    image: Any = Field(None, description="PIL.Image.Image, upright per EXIF, square pixels, RGB or L")
    text_page: OcrPage | None = Field(None, description="a PDF page with a usable text layer")
    dpi: float = 200.0


class Document(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    name: str
    kind: InputKind
    sha256: str
    pages: list[PageInput]


# --------------------------------------------------------------------------- settings


class Limits(_Data):
    max_bytes: int = 40 * 1024 * 1024
    max_pages: int = 20
    max_pixels: int = 60_000_000
    max_page_points: float = 5000.0
    ocr_seconds_per_page: float = 60.0
    max_memory_mb: int = Field(
        2048, ge=0, description="data memory of the process that parses, in MiB (RLIMIT_DATA; 0: no limit)"
    )
    max_seconds_per_file: float = Field(
        300.0, ge=0, description="seconds to read one file, on the main thread (SIGALRM; 0: no limit)"
    )


class Settings(_Data):
    engine: Literal["rapidocr", "tesseract"] = "rapidocr"
    use_nlp: bool = True
    limits: Limits = Field(default_factory=Limits)
    dpi: int = 200


# --- sender verification (registry, registry_import, verify)


class RegistryInfo(_Data):
    """What the servicer registry in use is: complete official list or partial snapshot, and as of when."""

    complete: bool = Field(False, description="imported from the official MoJ list (absent ⇒ not licensed)")
    as_of: date | None = None
    origin: str = Field("", description="where the rows come from, in words")
    path: str = Field("", description="file the registry was loaded from")
    rows: int = 0


class ImportReport(BaseModel):
    """What `debt-notice registry import` did."""

    source_file: str
    format: Literal["html", "pdf", "csv"]
    as_of: date
    dest: str
    rows: int
    added: list[str] = Field(default_factory=list, description="official names not in the previous registry")
    renamed: dict[str, str] = Field(default_factory=dict, description="previous name → official name")
    retired: list[str] = Field(default_factory=list, description="previous active rows absent from the list")
    kept_history: list[str] = Field(default_factory=list, description="merged/closed rows kept from before")
    warnings: list[str] = Field(default_factory=list)


# --- deadlines


class CreditorKind(StrEnum):
    """Who lent the money first; under the old law (contracts before 2020-04-01) it sets 5 or 10 years."""

    bank = "bank"
    shinkin = "shinkin"
    shinkumi = "shinkumi"
    rokin = "rokin"
    ja = "ja"
    jhf = "jhf"
    guarantor = "guarantor"
    card = "card"
    consumer_finance = "consumer_finance"
    individual = "individual"
    unknown = "unknown"


class CreditorKindSpec(_Data):
    kind: CreditorKind
    label_ja: str
    patterns: list[str] = Field(default_factory=list, description="regular expressions over a creditor name")
    old_law_years: int = Field(description="5 (旧商法522条) or 10 (旧民法167条1項)")


class LimitationPeriod(_Data):
    years: int
    statute: str
    explain_ja: str


class LimitationSpec(_Data):
    new_law_from: date
    start_fields: list[str] = Field(description="Dates fields; the latest one present starts the period")
    start_labels_ja: dict[str, str]
    new_law: LimitationPeriod
    old_law_commercial: LimitationPeriod
    old_law_civil: LimitationPeriod
    court_fixed: LimitationPeriod
    creditor_kinds: list[CreditorKindSpec]
    court_fixed_patterns: list[str] = Field(
        default_factory=list, description="regular expressions for text showing an earlier judgment"
    )
    court_document_types: list[DocumentType] = Field(default_factory=list)
    new_law_unknown_contract_ja: str = ""
    old_law_inferred_ja: str = ""
    court_fixed_unknown_date_ja: str = ""
    last_payment_start_ja: str = ""
    rest_day_note_ja: str = ""
    caveats_ja: str
    past_prefix_ja: str = ""
    do_not_pay_ja: str
    document_notes_ja: dict[DocumentType, str] = Field(default_factory=dict)


class LateChargeSpec(_Data):
    start_fields: list[str] = Field(description="Dates fields; the first one present is the trigger")
    start_labels_ja: dict[str, str] = Field(default_factory=dict)
    end_fields: list[str] = Field(description="Dates fields; the first one present after the trigger is the end")
    day_basis_365_phrases: list[str]
    basis_365_ja: str
    basis_court_ja: str
    basis_unknown_ja: str


class DeadlineFacts(BaseModel):
    """What the deadline stage needs from a letter, whether it came from the extractor or the CLI."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_type: DocumentType
    dates: Dates = Field(default_factory=Dates)
    late_damages_rate_percent: float | None = Field(None, ge=0, le=100)
    principal: int | None = Field(None, ge=0)
    fixed_by_court: bool = Field(False, description="a judgment or final 支払督促 fixed the claim (10 years)")
    fixed_on: date | None = Field(None, description="the day that judgment or order became final, if known")
    creditor_kind: CreditorKind = Field(CreditorKind.unknown, description="the original lender's kind")
    day_basis_365: bool | None = Field(None, description="the contract has a 年365日の日割計算 clause")


# --- web (parser.web: the upload page and the REST API)


class WebSettings(_Data):
    """Limits of the web server. Each has an env var (DEBT_NOTICE_WEB_*) and a `serve` option."""

    max_bytes: int = Field(20 * 1024 * 1024, ge=1024, description="largest upload accepted (HTTP 413 above)")
    workers: int = Field(1, ge=1, le=32, description="letters read at the same time (one process each)")
    queue: int = Field(4, ge=0, le=1000, description="uploads that may wait for a worker (HTTP 503 above)")
    timeout_seconds: float = Field(120.0, gt=0, description="time to read one letter (HTTP 504 above)")
    queue_wait_seconds: float = Field(120.0, gt=0, description="time an upload may wait for a worker (HTTP 503)")
    retry_after_seconds: int = Field(30, ge=1, description="the Retry-After sent with a 503")
    executor: Literal["process", "thread"] = Field(
        "process", description="process: a stuck letter can be stopped; thread: for tests and small machines"
    )
    tmp_dir: str | None = Field(None, description="where uploads live while read (None: the system temp dir)")
    timezone: str = Field("Asia/Tokyo", description="whose calendar 'today' is when counting days left")
    preview_pages: int = Field(4, ge=0, le=20, description="page images shown with boxes on the result page")
    warm_up: bool = Field(True, description="load the OCR engine and GiNZA as each worker starts")
    parser: Settings = Field(default_factory=Settings)


class ApiError(BaseModel):
    """The body of every error answer of the web API."""

    detail: str = Field(description="what went wrong, in words a person can act on")
    code: str = Field(description="machine code: limit_exceeded, unsupported_input, unreadable_input, bad_received, busy, timeout, …")


# --- batch


class ManifestRow(_Data):
    """One row of the staff manifest CSV given to `debt-notice batch --manifest`."""

    file: str = Field(min_length=1, description="the letter's path or file name")
    received: date | None = Field(None, description="the day the letter was received")
    case_id: str | None = Field(None, description="the office's case id, carried into result.meta")
