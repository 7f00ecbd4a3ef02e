"""The classify stage: document type and lump-sum demand, read from the whole letter.

Both come from weighted phrases in parser/data/document_types.yml: a title on a short line
near the top of the first page weighs most, body phrases add evidence. A letter mentions
other procedures in passing (a 督促状 threatens 「支払督促・訴訟」), so single keywords
never decide alone.
"""

from __future__ import annotations

import re

from parser import normalize, rules
from parser.layout import Row, rows
from parser.models import Classification, DocumentType, DocumentTypeSpec, OcrPage

_TITLE_MAX_CHARS = 40


def _title_rows(rows: list[Row]) -> list[Row]:
    """Short rows in the upper part of page 1: where a letter prints its title."""
    first = [r for r in rows if r.page == rows[0].page] if rows else []
    if not first:
        return []
    vertical_page = all(len(r.segments) == 1 for r in first) and first[0].page_width > 0 and any(
        (s.bbox[3] - s.bbox[1]) > 3 * (s.bbox[2] - s.bbox[0]) for r in first for s in r.segments
    )
    candidates = first if vertical_page else [r for r in first if r.top_fraction < 0.45]
    return [r for r in candidates if len(r.text.replace(" ", "")) <= _TITLE_MAX_CHARS]


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _titles(specs: list[DocumentTypeSpec], title_rows: list[Row]) -> dict[str, str]:
    """The title each type finds; on one line only the longest title counts
    (「仮執行宣言付支払督促」 is not also a 「支払督促」)."""
    found: dict[str, str] = {}
    # A row may hold another column's cell beside the title (「…のお願い | ご請求額 ¥286,989-」): each
    # cell of a row is a line of its own too.
    quoting = set(rules.document_types().title_value_labels)
    title_rows = [r for r in title_rows if len(r.segments) < 2 or _compact(r.segments[0].text) not in quoting]
    lines = [row.text for row in title_rows] + [s.text for row in title_rows if len(row.segments) > 1 for s in row.segments]
    for line in lines:
        text = _compact(line)
        # A title stands nearly alone on its line (「催告書(一括請求)」), not inside a sentence.
        if normalize.first_date(text):
            continue  # 「支払督促発付日 令和7年8月4日」 is a dated entry, not a title
        if text.endswith("。") or re.search(r"では(?:ありません|ございません)", text):
            continue  # 「本書はご請求書ではありません。」 is a sentence about the letter, not its title
        # A bracket after the title is a subtitle: 「ご利用料金等のお支払いについて(最終のご案内)」.
        # Two titles joined (「期限の利益喪失のご通知及び残債務のご請求について」) are two parts as well.
        main = re.sub(r"[(（【][^)）】]*[)）】]", "", text)  # 「【重要】」 marks a title, it is not part of it
        # Joined by と after a title's ending, the first heads the letter: 「ガス料金のお支払いのお願いと供給停止のご予告」.
        joined = re.split(r"(?:(?<=お願い)|(?<=ご案内)|(?<=お知らせ)|(?<=ご通知)|(?<=ご請求)|(?<=ご予告))と", main)
        halves = re.split(r"及び|および|並びに|兼", main)
        # Two acts joined, the first heads the letter as with と (「期限の利益喪失通知兼一括お支払いのご請求」); the
        # first may be the bare act, a notice of it (「期限の利益喪失及び法的手続着手のご通知」).
        heads = (halves[0], halves[0] + "のご通知") if len(halves) > 1 and len(halves[0]) >= 4 else ()
        parts = [main, joined[0], *halves, *heads, *re.findall(r"[(（【]([^)）】]*)[)）】]", text)]
        hits = [
            (t, spec.type)
            for spec in specs
            for t in spec.titles
            if any(t in part and len(part) <= len(t) + 12 for part in (text, *parts))  # 「強制執行(給与差押え)のご予告」
            # 「催告書をもって、」 uses the word in a sentence (but 「和解のご提案について」 is a title);
            # 「訴状記載の請求額」 refers to another paper
            and not re.search(re.escape(t) + r"(?:[をがはでもへ]|記載|の写し|のとおり|の通り|と(?!\S{0,16}(?:ご予告|お知らせ|ご案内|ご通知|お願い)$)|に(?!つ(?:いて|き)|関す))", text)
        ]
        if not hits:
            continue
        heading = [(t, kind) for t, kind in hits if any(t in h and len(h) <= len(t) + 4 for h in heads)]
        hits = heading or hits
        at = {title: text.find(title) if title in text else main.find(title) for title, _ in hits}
        longest = max(len(title) for title, _ in hits)
        # Of two titles as long, the one printed first heads the line: 「債権譲受のご通知およびお支払いのお願い」.
        first = min(at[title] for title, _ in hits if len(title) == longest)
        for title, kind in hits:
            if len(title) == longest and at[title] == first and len(title) > len(found.get(kind, "")):
                found[kind] = title
    # 「仮執行宣言付支払督促」 on one line and 「支払督促」 on another (the order it restates): the longer heads.
    return {kind: t for kind, t in found.items() if not any(t != other and t in other for other in found.values())}


def letter_pages(pages: list[OcrPage]) -> list[OcrPage]:
    """The pages of the letter: a fax cover sheet (送付状) in front of it is left out.

    Its sender, fax number and sending day belong to whoever faxed the letter on (often the
    debtor, to a support office), and would be taken for the letter's own. A cover sheet is
    a page, not the last, whose title rows hold one of `cover_sheet_titles` and which states
    no amount: a fax whose first page is cover and letter at once is read whole.
    """
    patterns = [re.compile(p) for p in rules.document_types().cover_sheet_titles]

    def cover(page: OcrPage) -> bool:
        page_rows = rows([page])
        if any(next(normalize.amounts(r.text), None) for r in page_rows):
            return False
        cells = [_compact(s.text) for r in _title_rows(page_rows) for s in r.segments]
        return any(p.search(cell) for cell in cells for p in patterns)

    covers = {page.number for page in pages[:-1] if cover(page)}
    return [page for page in pages if page.number not in covers] if covers else pages


def classify(pages: list[OcrPage]) -> Classification:
    """Score every document type over the letter; the best score wins, ties by priority."""
    letter_rows = rows(pages)
    data = rules.document_types()
    full = _compact("\n".join(r.text for r in letter_rows))
    titles = _title_rows(letter_rows)
    scores: dict[str, float] = {}
    found_titles = _titles(data.types, titles)
    if any(t not in data.generic_titles for t in found_titles.values()):
        found_titles = {kind: t for kind, t in found_titles.items() if t not in data.generic_titles}
    for spec in data.types:
        score = 0.0
        title = found_titles.get(spec.type)
        if title:
            score += data.title_weight + len(title) / 10
        for pattern, weight in spec.keywords.items():
            hits = len(re.findall(pattern, full))
            score += weight * min(hits, 3)
        scores[spec.type] = score
    by_priority: dict[str, int] = {spec.type.value: spec.priority for spec in data.types}
    ranked = sorted(scores, key=lambda t: (scores[t], by_priority[t]), reverse=True)
    best = ranked[0]
    if scores[best] <= 0:
        return Classification(document_type=DocumentType.other, confidence=0.3, claims_nothing=claims_nothing(full), scores=scores)
    nothing_claimed = claims_nothing(full)
    if nothing_claimed and best == DocumentType.collection_notice.value:
        # 「本書はご請求書ではありません」: a letter that says it demands nothing is no demand, whatever
        # words it shares with one (a servicer stopping after a lawyer's 受任通知).
        best = DocumentType.other.value
        scores[best] = max(scores.get(best, 0.0), scores[DocumentType.collection_notice.value])
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    margin = (scores[best] - runner_up) / scores[best]
    confidence = min(1.0, 0.5 + margin / 2 + (0.2 if best in found_titles else 0.0))
    return Classification(
        document_type=DocumentType(best),
        confidence=round(confidence, 3),
        title=found_titles.get(best),
        lump_sum_demand=lump_sum_demand(full, DocumentType(best), found_titles.get(best)),
        claims_nothing=nothing_claimed,
        scores={k: round(v, 2) for k, v in scores.items()},
    )


def claims_nothing(text: str) -> bool:
    """Does the letter say of itself that it demands nothing (a 配当結果 report, a 完済 notice)?"""
    return any(re.search(p, text) for p in rules.document_types().no_claim_phrases)


def lump_sum_demand(text: str, document_type: DocumentType, title: str | None = None) -> bool:
    """Does the letter demand the whole balance at once? Weighted phrases, not one keyword."""
    data = rules.document_types()
    spec = next(s for s in data.types if s.type == document_type)
    if document_type is DocumentType.other:
        # Its figures are history or another's business; only a judgment orders them paid.
        return title is not None and title in spec.lump_sum_titles
    # 「お支払いがない場合、…一括でご請求させていただくことがございます」 warns; it does not demand.
    # Only the warning goes: a demand before it in the same run of text, where a line ends without
    # a 。 (「…までに一括でお振込みください」), still counts.
    text = text.replace("ー括", "一括")  # 「…までにー」 / 「括してお支払いください」: 一 read as ー at a line's end
    for conditional in data.lump_sum_conditional:
        text = re.sub(conditional, "。", text)
    # Court papers whose claim rests on 期限の利益喪失 demand the whole balance (prior per type).
    phrases = {**data.lump_sum_phrases, **spec.lump_sum_phrases}
    score = spec.lump_sum_prior + sum(weight * min(len(re.findall(p, text)), 2) for p, weight in phrases.items())
    score -= sum(data.lump_sum_threshold for neg in data.lump_sum_negations if neg in text) / 2
    return score >= data.lump_sum_threshold
