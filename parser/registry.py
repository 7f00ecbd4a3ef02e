"""The servicer registry: load the list of licensed 債権回収会社 and match names from letters against it.

This is the only module that reads the registry data (``parser/data/servicers.csv`` or an imported
official list) and the fake-sender list in ``parser/data/fraud.yml``.

Which file is used
    ``$DEBT_NOTICE_REGISTRY`` if set and present, else the user copy written by
    ``debt-notice registry import`` (``$XDG_DATA_HOME/debt-notice-parser/servicers.csv``, by default
    under ``~/.local/share``), else the packaged snapshot. The packaged file is never written.

Registry file format
    A CSV with the `ServicerRecord` columns; list cells (former names, phones, sources) are joined with
    `` | ``. Leading ``# key: value`` lines carry `RegistryInfo`: ``complete`` (the official list was
    imported, so a servicer absent from it is not licensed) and ``as_of``.

Matching rule (why a look-alike never matches)
    Names are reduced to a key: NFKC, no spaces or middle dots, no 株式会社/(株), glyphs that look
    identical folded together (ロ/口, ー/一, カ/力, ニ/二, small/large kana …). Equal keys match. Otherwise
    the Levenshtein edit script from a registry key to the letter's key must look like OCR noise:
    at most two edits, substitutions only between visually similar characters (債/積, バ/パ, シ/ツ …),
    at most one dropped or extra character (and inside the name only a kana inside a long name), and few
    edits in the *core* — the name minus the generic words 債権回収/債権管理回収 — relative to its length:
    none for cores of one or two characters, one for three or four, two from five. Adding or changing a
    meaningful word (日本, 中央, 総合, センター, 管理 …) is never an OCR confusion, so 日本中央債権回収
    matches neither 日本債権回収 nor 中央債権回収. Two registry names equally close → no match.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import ValidationError
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from parser import parties
from parser.errors import DataError
from parser.models import (
    FraudRules,
    RegistryCheck,
    RegistryInfo,
    RegistryStatus,
    SenderKind,
    ServicerRecord,
)
from parser.rules import load_yaml

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
PACKAGED_REGISTRY = DATA_DIR / "servicers.csv"
FRAUD_FILE = DATA_DIR / "fraud.yml"
ENV_VAR = "DEBT_NOTICE_REGISTRY"
LIST_SEP = " | "
CSV_FIELDS = tuple(ServicerRecord.model_fields)
_LIST_FIELDS = ("former_names",)

MOJ_LIST_TITLE = "債権管理回収業の営業を許可した株式会社一覧"

# --------------------------------------------------------------------------- files


def user_registry_path() -> Path:
    """Where an imported registry lives (and is looked for): $DEBT_NOTICE_REGISTRY or the user data dir."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "debt-notice-parser" / "servicers.csv"


def active_registry_path() -> Path:
    user = user_registry_path()
    return user if user.is_file() else PACKAGED_REGISTRY


@dataclass(frozen=True)
class _Entry:
    """One matchable name of a registry row (its current name or a former name)."""

    key: str
    mask: tuple[bool, ...]  # True where the key holds a generic word (債権回収 …)
    core_len: int
    record: ServicerRecord
    former: bool


@dataclass(frozen=True)
class ServicerRegistry:
    """A loaded registry: rows, what kind of list it is, and lookup indexes."""

    info: RegistryInfo
    records: tuple[ServicerRecord, ...]
    _entries: tuple[_Entry, ...] = field(repr=False, default=())
    _by_key: dict[str, tuple[_Entry, ...]] = field(repr=False, default_factory=dict)
    _by_license: dict[int, ServicerRecord] = field(repr=False, default_factory=dict)

    @classmethod
    def build(cls, info: RegistryInfo, records: Sequence[ServicerRecord]) -> ServicerRegistry:
        entries: list[_Entry] = []
        by_license: dict[int, ServicerRecord] = {}
        for rec in records:
            if rec.license_number is not None:
                if rec.license_number in by_license:
                    raise DataError(
                        f"registry {info.path}: license number {rec.license_number} appears twice"
                    )
                by_license[rec.license_number] = rec
            for name, former in [(rec.name, False), *((n, True) for n in rec.former_names)]:
                key = name_key(name)
                if key:
                    mask = _generic_mask(key)
                    entries.append(_Entry(key, mask, mask.count(False), rec, former))
        by_key: dict[str, list[_Entry]] = {}
        for e in entries:
            by_key.setdefault(e.key, []).append(e)
        return cls(
            info=info.model_copy(update={"rows": len(records)}),
            records=tuple(records),
            _entries=tuple(entries),
            _by_key={k: tuple(v) for k, v in by_key.items()},
            _by_license=by_license,
        )

    def by_license(self, number: int) -> ServicerRecord | None:
        return self._by_license.get(number)

    def by_name(self, name: str, *, former: bool = False) -> ServicerRecord | None:
        """The row whose current name (or, with `former`, a former name) is `name` after key folding."""
        entries = sorted(self._by_key.get(name_key(name), ()), key=lambda e: e.former)
        return next((e.record for e in entries if former or not e.former), None)


def read(path: Path) -> ServicerRegistry:
    """Read and validate one registry file. Raises DataError on a malformed file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DataError(f"cannot read registry {path}: {exc}") from exc
    meta: dict[str, str] = {}
    body: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep:
                meta[key.strip()] = value.strip()
        elif line.strip():
            body.append(line)
    records: list[ServicerRecord] = []
    for i, row in enumerate(csv.DictReader(body), start=2):
        data: dict[str, object] = {k: (v or "").strip() for k, v in row.items() if k}
        for k in _LIST_FIELDS:
            data[k] = [s.strip() for s in str(data.get(k, "")).split("|") if s.strip()]
        for k, v in list(data.items()):
            if v == "":
                data[k] = None
        try:
            records.append(ServicerRecord.model_validate(data))
        except ValidationError as exc:
            raise DataError(f"registry {path}, data row {i - 1}: {exc.errors()[0]['msg']}") from exc
    try:
        as_of = date.fromisoformat(meta["as_of"]) if meta.get("as_of") else None
    except ValueError as exc:
        raise DataError(f"registry {path}: bad as_of {meta.get('as_of')!r}") from exc
    info = RegistryInfo(
        complete=meta.get("complete", "false").lower() == "true",
        as_of=as_of,
        origin=meta.get("origin", ""),
        path=str(path),
    )
    return ServicerRegistry.build(info, records)


def dump_csv(records: Iterable[ServicerRecord], info: RegistryInfo) -> str:
    """The registry file text for `records` (the inverse of `read`)."""
    out = io.StringIO()
    out.write("# debt-notice-parser servicer registry (債権回収会社). Lines starting with # are metadata.\n")
    out.write(f"# complete: {'true' if info.complete else 'false'}\n")
    if info.as_of:
        out.write(f"# as_of: {info.as_of.isoformat()}\n")
    if info.origin:
        out.write(f"# origin: {' '.join(info.origin.split())}\n")
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for rec in records:
        row = rec.model_dump()
        for k in _LIST_FIELDS:
            row[k] = LIST_SEP.join(row[k])
        writer.writerow({k: "" if row[k] is None else row[k] for k in CSV_FIELDS})
    return out.getvalue()


@functools.cache
def load() -> ServicerRegistry:
    """The registry in use, read once per process (see the module doc for which file)."""
    path = active_registry_path()
    env = os.environ.get(ENV_VAR)
    if env and not Path(env).expanduser().is_file():
        log.warning("%s=%s does not exist yet; using the packaged partial registry", ENV_VAR, env)
    return read(path)


def reload() -> ServicerRegistry:
    """Forget the cached registry (after an import, or when the environment changed) and read it again."""
    load.cache_clear()
    return load()


@functools.cache
def fraud_rules() -> FraudRules:
    """Fake sender names and scam-signal rules from parser/data/fraud.yml."""
    rules = load_yaml(FRAUD_FILE.name, FraudRules)
    # YAML folds a wrapped line into a space, which Japanese prose does not have
    rules = rules.model_copy(
        update={
            "advice_ja": _join_ja(rules.advice_ja),
            "signals": [
                s.model_copy(update={"explanation_ja": _join_ja(s.explanation_ja)}) for s in rules.signals
            ],
        }
    )
    for spec in rules.signals:
        for pattern in spec.patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise DataError(
                    f"{FRAUD_FILE.name}: signal {spec.code}: bad pattern {pattern!r}: {exc}"
                ) from exc
    return rules


def _join_ja(text: str) -> str:
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text.strip())


# --------------------------------------------------------------------------- normalisation

_SPACE = re.compile(r"\s+")
_DOTS = "・･·•‧⋅∙."
# Glyphs OCR cannot tell apart at all: folded to one character before comparing.
_IDENTICAL = (
    "口ロ", "ー一-‐‑‒–—―−ｰ─━", "カ力ヵ", "ニ二", "エ工ェ", "タ夕", "ト卜", "ハ八", "ヘへ", "ペぺ", "ベべ",
    "オ才ォ", "アァ", "イィ", "ウゥ", "ツッ", "ヤャ", "ユュ", "ヨョ", "ワヮ", "ケヶ",
    "あぁ", "いぃ", "うぅ", "えぇ", "おぉ", "つっ", "やゃ", "ゆゅ", "よょ", "0OＯ〇○", "1lI",
)  # fmt: skip
_FOLD = str.maketrans({c: g[0] for g in _IDENTICAL for c in g[1:]})
# Glyphs OCR often confuses: a substitution between two of one group counts as a small edit.
_SIMILAR = (
    "カガ", "キギ", "クグ", "ケゲ", "コゴ", "サザ", "シジ", "スズ", "セゼ", "ソゾ", "タダ", "チヂ", "ツヅ", "テデ",
    "トド", "ハバパ", "ヒビピ", "フブプ", "ヘベペ", "ホボポ", "ウヴ", "かが", "きぎ", "くぐ", "けげ", "こご",
    "さざ", "しじ", "すず", "せぜ", "そぞ", "ただ", "ちぢ", "つづ", "てで", "とど", "はばぱ", "ひびぴ", "ふぶぷ",
    "へべぺ", "ほぼぽ", "シツ", "ソン", "シン", "ソリ", "クタ", "ウワ", "コユ", "チテ", "ルレ", "ヌス", "ロコ",
    "5S", "8B", "2Z", "0DQ", "CG", "MN", "UV",
    "債積漬績責", "権榷椎權", "回囘", "収收取攻扠", "管菅官", "理埋", "機械磯", "構講溝購", "株珠抹", "式武",
    "社杜祉", "会合", "日目曰白田", "本木末未", "中申", "東束", "京亰", "住佳往", "宅宇字", "協恊", "証詔",
    "保堡", "菱萎", "整瞥", "央夾",
)  # fmt: skip
_SIMILAR_PAIRS = frozenset(
    (a, b) for g in _SIMILAR for a in g.translate(_FOLD) for b in g.translate(_FOLD) if a != b
)
# Characters OCR adds from specks and rules; one may be inserted anywhere.
_NOISE = frozenset("ー'\"`^~_、。,:;|丶ヽ゛゜’‘“”")
_KANA = re.compile(r"[ァ-ヶぁ-ゖー]")

_KABUSHIKI = ("株式会社", "(株)")
_KABUSHIKI_FUZZY = re.compile(r"^\(?株\)|\(株\)?$")
_GENERIC_WORDS = ("債権管理回収", "債権回収")
_OTHER_FORMS = re.compile(r"有限会社|\(有\)|合同会社|\(同\)|合資会社|\(資\)|合名会社|\(名\)")
# A tail after "…株式会社" that names a department or a person, not a different company.
_TAIL = re.compile(
    r"(部|課|室|係|支店|支社|本部|本社|営業所|センター|グループ|チーム|窓口|デスク)$|^(代表|担当|取締役|支配人|管理部|回収部)"
)


def clean_name(name: str) -> str:
    """NFKC, spaces removed: the name as the contract returns it."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", name or ""))


def name_key(name: str) -> str:
    """The comparison key: no company form, spaces or dots, identical-looking glyphs folded."""
    s = clean_name(name)
    for form in _KABUSHIKI:
        s = s.replace(form, "")
    s = _KABUSHIKI_FUZZY.sub("", s)
    # a misread 株式会社 at either end (株式会杜, 抹式会社, 株式会) is still a company form
    for n in (4, 3):
        if len(s) > n + 1 and Levenshtein.distance(s[:n], "株式会社") <= 1 and s[0] in "株抹珠":
            s = s[n:]
            break
    for n in (4, 3):
        if len(s) > n + 1 and Levenshtein.distance(s[-n:], "株式会社") <= 1 and s[-n] in "株抹珠":
            s = s[:-n]
            break
    s = s.translate(str.maketrans("", "", _DOTS))
    return s.translate(_FOLD)


def _generic_mask(key: str) -> tuple[bool, ...]:
    mask = [False] * len(key)
    for word in _GENERIC_WORDS:
        for m in re.finditer(re.escape(word), key):
            if not any(mask[m.start() : m.end()]):
                mask[m.start() : m.end()] = [True] * len(word)
    return tuple(mask)


def _core_allowance(core_len: int) -> int:
    return 0 if core_len <= 2 else 1 if core_len <= 4 else 2


def _ocr_edits(entry: _Entry, query: str) -> int | None:
    """Number of edits from the registry key to `query` if they look like OCR noise, else None."""
    rec, mask = entry.key, entry.mask
    if abs(len(rec) - len(query)) > 1:
        return None
    ops = Levenshtein.editops(rec, query)
    if len(ops) > 2:
        return None
    core_edits = indels = 0
    for op in ops:
        pos = op.src_pos
        if op.tag == "replace":
            if (rec[pos], query[op.dest_pos]) not in _SIMILAR_PAIRS:
                return None
            core_edits += not mask[pos]
            continue
        indels += 1
        if op.tag == "delete":
            char = rec[pos]
            if mask[pos]:
                continue  # a character dropped from 債権回収 itself
            inside = 0 < pos < len(rec) - 1 and not mask[pos - 1] and not mask[pos + 1]
            if not (inside and _KANA.match(char) and entry.core_len >= 5):
                return None
            core_edits += 1
        else:  # insert before rec[pos]
            char = query[op.dest_pos]
            if char in _NOISE:
                continue
            inside = 0 < pos < len(rec) and not mask[pos - 1] and not mask[pos]
            if not (inside and _KANA.match(char) and entry.core_len >= 5):
                return None
            core_edits += 1
    if indels > 1 or core_edits > _core_allowance(entry.core_len):
        return None
    return len(ops)


@dataclass(frozen=True)
class NameMatch:
    record: ServicerRecord
    matched_name: str
    former: bool
    edits: int
    score: float


def match_name(name: str, registry: ServicerRegistry | None = None) -> NameMatch | None:
    """The registry row `name` refers to, tolerating OCR noise but never a different company."""
    reg = registry or load()
    best: list[tuple[int, _Entry, str]] = []
    for variant in _variants(name):
        query = name_key(variant)
        if not query:
            continue
        exact = reg._by_key.get(query, ())
        found = [(0, e, query) for e in exact]
        if not found:
            for e in reg._entries:
                edits = _ocr_edits(e, query)
                if edits is not None:
                    found.append((edits, e, query))
        best.extend(found)
    if not best:
        return None
    fewest = min(b[0] for b in best)
    top = [b for b in best if b[0] == fewest]
    if len({id(b[1].record) for b in top}) > 1:
        log.debug("registry: ambiguous name match")
        return None
    top.sort(key=lambda b: b[1].former)  # prefer the current name over a former one
    edits, entry, query = top[0]
    name_on_row = entry.record.name if not entry.former else _former_spelling(entry)
    score = 100.0 if edits == 0 else round(fuzz.ratio(entry.key, query), 1)
    return NameMatch(entry.record, name_on_row, entry.former, edits, score)


def _former_spelling(entry: _Entry) -> str:
    for n in entry.record.former_names:
        if name_key(n) == entry.key:
            return n
    return entry.record.name


def _variants(name: str) -> list[str]:
    """The name, and the company part of names that go on with a department or a person."""
    n = unicodedata.normalize("NFKC", name or "").strip()
    out = [n]
    parts = n.split()
    for i in range(len(parts) - 1, 0, -1):
        head, tail = "".join(parts[:i]), "".join(parts[i:])
        if head.endswith(_KABUSHIKI) and _TAIL.search(tail):
            out.append(head)
    compact = clean_name(n)
    for m in re.finditer("株式会社|\\(株\\)", compact):
        head, tail = compact[: m.end()], compact[m.end() :]
        if m.start() > 0 and tail and _TAIL.search(tail):
            out.append(head)
    return out


# --------------------------------------------------------------------------- who is this sender

_SERVICER_STRONG = re.compile(r"債権管理回収|サービサー|回収機構")
_SERVICER_DEPT = re.compile(r"(債権回収|債権管理)(部|課|室|グループ|チーム|担当|センター)")
_INSTITUTIONS = frozenset(
    {SenderKind.court, SenderKind.law_office, SenderKind.bank, SenderKind.guarantor, SenderKind.lender}
)


def _has_servicer_word(name: str) -> bool:
    if "債権回収" in name or "債権管理" in name or _SERVICER_STRONG.search(name):
        return True
    # 債権回収 itself misread in one place (債権回扠, 積権回収)
    return any(
        sum(a != b for a, b in zip(name[i : i + 4], "債権回収", strict=True)) == 1
        and all(a == b or (a, b) in _SIMILAR_PAIRS for a, b in zip(name[i : i + 4], "債権回収", strict=True))
        for i in range(len(name) - 3)
    )


def classify_name(name: str | None) -> SenderKind:
    """What kind of sender a name says it is (the words are parties.yml's), with two additions for the
    licence question: 債権管理 and a misread 債権回収 also claim to be a servicer, unless they only name
    a department of a bank or another institution (「○○銀行 債権管理部」)."""
    n = clean_name(name or "")
    if not n:
        return SenderKind.unknown
    kind = parties.sender_kind(n)
    if not _has_servicer_word(n):
        return kind
    without_dept = _SERVICER_DEPT.sub("", n)
    if not _SERVICER_STRONG.search(n) and not _has_servicer_word(without_dept):
        institution = parties.sender_kind(without_dept)
        if institution in _INSTITUTIONS:
            return institution
    return SenderKind.servicer


def presents_as_servicer(name: str | None, license_number: int | None = None) -> bool:
    """Does the sender claim to be a debt collector (a servicer word, or a printed 法務大臣許可番号)?"""
    return license_number is not None or classify_name(name) is SenderKind.servicer


def known_fake(name: str | None) -> str | None:
    """The fake sender name from fraud.yml that `name` contains, if any."""
    n = clean_name(name or "")
    return next((f for f in fraud_rules().fake_senders if clean_name(f) in n), None) if n else None


def other_company_form(name: str | None) -> bool:
    """有限会社/合同会社…: a form that can never hold a servicer licence (only 株式会社 can)."""
    return bool(_OTHER_FORMS.search(clean_name(name or "")))


def phone_digits(phone: str | None) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", phone or ""))


def is_mobile(phone: str | None) -> bool:
    d = phone_digits(phone)
    # 0800 is free dial, not a mobile
    return len(d) == 11 and d[:3] in {"070", "080", "090"} and not d.startswith("0800")


# --------------------------------------------------------------------------- the verdict


@dataclass(frozen=True)
class Assessment:
    """A registry verdict with the reason code verify.py turns into fraud signals."""

    check: RegistryCheck
    reason: str
    kind: SenderKind
    record: ServicerRecord | None = None


def check(
    name: str,
    license_number: int | None = None,
    phone: str | None = None,
    *,
    registry: ServicerRegistry | None = None,
) -> RegistryCheck:
    """Is `name` (with the licence number and phone printed on the letter) a licensed servicer?"""
    return assess(name, license_number, phone, registry=registry).check


def assess(
    name: str | None,
    license_number: int | None = None,
    phone: str | None = None,
    *,
    registry: ServicerRegistry | None = None,
) -> Assessment:
    reg = registry or load()
    info = reg.info
    query = clean_name(name or "")
    kind = classify_name(query)

    def result(
        status: RegistryStatus,
        reason: str,
        note: str,
        rec: ServicerRecord | None = None,
        *,
        score: float | None = None,
        former_of: str | None = None,
        name_out: str | None = None,
    ) -> Assessment:
        chk = RegistryCheck(
            status=status,
            license_number=rec.license_number if rec else None,
            name=name_out or (rec.name if rec else None),
            query=query,
            match_score=score,
            former_name_of=former_of,
            registry_complete=info.complete,
            source=rec.source if rec else None,
            note_ja=note,
        )
        return Assessment(chk, reason, kind, rec)

    fake = known_fake(query)
    if fake:
        return result(RegistryStatus.not_licensed, "fake_sender", _note_fake(fake))
    presents = presents_as_servicer(query, license_number)
    if presents and other_company_form(query):
        return result(RegistryStatus.not_licensed, "not_kabushiki", _NOTE_NOT_KABUSHIKI + _how_to_check(info))

    m = match_name(query, reg) if query else None
    numbered = reg.by_license(license_number) if license_number is not None else None
    if m is not None:
        rec = m.record
        status, reason, note = _status_of(m, reg)
        former_of = _successor_name(m, reg)
        if license_number is not None:
            # the row's own number differs, or the row has none and the number is another row's
            own_differs = rec.license_number is not None and license_number != rec.license_number
            others = rec.license_number is None and numbered is not None and numbered is not rec
            if own_differs or others:
                note = _note_number_mismatch(license_number, rec, numbered) + note
                status, reason = RegistryStatus.license_mismatch, "license_mismatch_number"
            elif rec.license_number is None:
                note += (
                    f"印刷されている許可番号（第{license_number}号）は、手元の登録簿にこの会社の番号がないため"
                    "照合できていません。"
                )
        note += _phone_note(phone, rec)
        return result(status, reason, note, rec, score=m.score, former_of=former_of)

    if license_number is not None and numbered is not None:
        if not query:
            return result(
                RegistryStatus.unverified,
                "number_only",
                f"送り主の名前が読み取れなかったため、許可番号だけで調べました。第{license_number}号は"
                f"「{numbered.name}」の番号です。手紙の会社名がこれと同じか確かめてください。"
                + _how_to_check(info),
                numbered,
            )
        return result(
            RegistryStatus.license_mismatch,
            "license_mismatch_name",
            f"印刷されている許可番号（第{license_number}号）は登録簿では「{numbered.name}」の番号ですが、"
            f"手紙の会社名「{query}」はこれと違います。実在する会社の番号をまねた偽物の可能性があります。"
            + _how_to_check(info),
            numbered,
        )

    if not query and license_number is None:
        return result(RegistryStatus.not_applicable, "empty", "送り主の名前が読み取れませんでした。")

    if presents:
        if info.complete:
            return result(
                RegistryStatus.not_licensed,
                "absent_complete",
                f"「{query}」は法務省の許可会社一覧（{_as_of(info)}時点の完全な一覧）に載っていません。"
                "法務大臣の許可を受けた債権回収会社ではない可能性が高いです。" + _how_to_check(info),
            )
        return result(
            RegistryStatus.unverified,
            "absent_partial",
            f"「{query}」は手元の登録簿に見つかりませんでした。手元の登録簿は一部の会社だけを収めたもの"
            f"（{_as_of(info)}時点）なので、載っていないことだけでは無許可とは言えません。"
            + _how_to_check(info),
        )

    return result(
        RegistryStatus.not_applicable, "institution", _NOTE_KIND.get(kind, _NOTE_KIND[SenderKind.other])
    )


def _status_of(m: NameMatch, reg: ServicerRegistry) -> tuple[RegistryStatus, str, str]:
    rec = m.record
    number = f"（法務大臣許可番号 第{rec.license_number}号）" if rec.license_number is not None else ""
    if m.former:
        when = f"{rec.event_date}に" if rec.event_date else ""
        return (
            RegistryStatus.closed,
            "former_name",
            f"「{m.matched_name}」は{when}「{rec.name}」に商号を変えた会社の旧名です{number}。"
            "今この名前で届く手紙は古い名前のままか、名前をかたった偽物の可能性があります。"
            + _how_to_check(reg.info),
        )
    if rec.status == "merged":
        succ = rec.successor or "別の会社"
        when = f"{rec.event_date}に" if rec.event_date else ""
        return (
            RegistryStatus.closed,
            "merged",
            f"「{rec.name}」は{when}「{succ}」に合併され、今はこの名前では営業していません。"
            f"債権の問い合わせは「{succ}」に、法務省の一覧に載っている番号でしてください。",
        )
    if rec.status == "closed":
        when = f"（{rec.event_date}）" if rec.event_date else ""
        return (
            RegistryStatus.closed,
            "closed",
            f"「{rec.name}」は以前許可を受けていた債権回収会社ですが、すでに廃業・解散しています{when}。"
            "今この名前で請求が届くのは不自然です。" + _how_to_check(reg.info),
        )
    if rec.status == "unknown":
        return (
            RegistryStatus.unverified,
            "status_unknown",
            f"「{rec.name}」は許可を受けた債権回収会社として資料に出てきますが、今も営業しているかは"
            "確認できていません。" + _how_to_check(reg.info),
        )
    complete = "法務省の許可会社一覧" if reg.info.complete else "手元の登録簿"
    return (
        RegistryStatus.licensed,
        "matched",
        f"「{rec.name}」は{complete}に法務大臣の許可を受けた債権回収会社として載っています{number}。"
        "ただし実在の会社名をかたる偽物もあるので、連絡するときは手紙の番号ではなく法務省の一覧や"
        "会社の公式サイトに載っている番号を使ってください。",
    )


def _successor_name(m: NameMatch, reg: ServicerRegistry) -> str | None:
    if m.former:
        return m.record.name
    if m.record.status == "merged" and m.record.successor:
        succ = reg.by_name(m.record.successor)
        return succ.name if succ else m.record.successor
    return None


def _note_number_mismatch(printed: int, rec: ServicerRecord, numbered: ServicerRecord | None) -> str:
    own = f"登録簿ではこの会社は第{rec.license_number}号です。" if rec.license_number is not None else ""
    other = (
        f"第{printed}号は「{numbered.name}」の番号です。"
        if numbered is not None and numbered is not rec
        else ""
    )
    return (
        f"会社名は登録簿の「{rec.name}」と一致しますが、印刷されている許可番号（第{printed}号）が合いません。"
        f"{own}{other}名前か番号をまねた偽物の可能性があります。"
    )


def _phone_note(phone: str | None, rec: ServicerRecord) -> str:
    digits = phone_digits(phone)
    known = [phone_digits(p) for p in (rec.phone or "").split("|") if phone_digits(p)]
    if not digits or not known or digits in known:
        return ""
    mobile = "携帯電話の番号で、" if is_mobile(phone) else ""
    return (
        f"手紙の電話番号（{phone}）は{mobile}登録簿にあるこの会社の番号と違います。会社は複数の番号を使うことが"
        "ありますが、念のため法務省の一覧や会社の公式サイトの番号にかけて確かめてください。"
    )


def _as_of(info: RegistryInfo) -> str:
    return info.as_of.isoformat() if info.as_of else "日付不明"


def _how_to_check(info: RegistryInfo) -> str:
    return (
        f"法務省のウェブサイトにある「{MOJ_LIST_TITLE}」で会社名と許可番号を確かめ、問い合わせるときは"
        "手紙に書かれた番号ではなく、その一覧に載っている電話番号にかけてください。"
    )


def _note_fake(fake: str) -> str:
    return (
        f"「{fake}」は、法務省や国民生活センターなどが架空請求に使われたと注意を呼びかけている名前です。"
        "実在する役所や裁判所、債権回収会社ではありません。連絡も支払いもしないでください。"
    )


_NOTE_NOT_KABUSHIKI = (
    "有限会社・合同会社などが債権回収会社を名乗っています。法務大臣の許可を受けられるのは株式会社だけなので、"
    "許可を受けた債権回収会社ではありません。"
)
_NOTE_KIND: dict[SenderKind, str] = {
    SenderKind.bank: "銀行・信用金庫などの金融機関です。自分の貸付金を請求するのに債権回収業の許可は要りません。",
    SenderKind.guarantor: "保証会社・信用保証協会です。代位弁済した分を請求するのに債権回収業の許可は要りません。",
    SenderKind.lender: "カード会社・消費者金融などの貸金業者です。自社の債権を請求するのに債権回収業の許可は要りません"
    "（貸金業の登録番号は別にあります）。",
    SenderKind.law_office: "法律事務所・司法書士事務所です。弁護士などが代理で請求するのに債権回収業の許可は要りません。"
    "日本弁護士連合会や各弁護士会のサイトで、弁護士が実在するか確かめられます。",
    SenderKind.court: "裁判所です。本物の裁判所の書類は「特別送達」の封筒で届きます。確かめるときは、"
    "手紙の番号ではなく裁判所のウェブサイトに載っている電話番号にかけてください。",
    SenderKind.public_body: "役所・公的機関を名乗る送り主で、債権回収業の許可の対象ではありません。本物かどうかは、"
    "手紙の番号ではなく、その機関の公式サイトに載っている番号で確かめてください。",
    SenderKind.other: "債権回収会社を名乗っていないため、債権回収業の許可の確認は対象外です。",
}
