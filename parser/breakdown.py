"""The breakdown sum check: principal + interest + late damages + costs = total.

OCR drops or adds digits (1,111,111 read as 111,111). When the parts and the total do not
add up and exactly one amount can be replaced by the value that makes them add up — a
value whose digits differ from the printed reading by at most two edits — that reading is
repaired (and its confidence lowered). When nothing makes them add up, the check reports
a mismatch and the result is flagged for review.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

PARTS = ("amounts.principal", "amounts.interest", "amounts.late_damages", "amounts.costs")
TOTAL = "amounts.total"


@dataclass(frozen=True)
class Check:
    status: str  # ok | repaired | mismatch | incomplete
    values: dict[str, int | None]
    repaired: str | None = None


def _close(read: int, wanted: int, edits: int = 2) -> bool:
    return wanted > 0 and Levenshtein.distance(str(abs(read)), str(wanted)) <= edits


def check(values: dict[str, int | None]) -> Check:
    total = values.get(TOTAL)
    parts = {p: values.get(p) for p in PARTS}
    present = {p: v for p, v in parts.items() if v is not None}
    if total is None or len(present) < 2:
        return Check("incomplete", dict(values))
    if sum(present.values()) == total:
        return Check("ok", dict(values))
    repairs: list[tuple[str, int]] = []
    wanted_total = sum(present.values())
    # A total larger than its parts more often lacks a part no label named (「滞納管理費等 …179,200円」)
    # than it holds two OCR slips: repair it only for one.
    if _close(total, wanted_total, 1 if total > wanted_total else 2):
        repairs.append((TOTAL, wanted_total))
    for path, value in present.items():
        wanted = total - (sum(present.values()) - value)
        # Likewise a part that would have to grow: two dropped digits are rarer than a missing part.
        if _close(value, wanted, 1 if wanted > value else 2):
            repairs.append((path, wanted))
    if len(repairs) == 1:
        path, value = repairs[0]
        return Check("repaired", {**values, path: value}, repaired=path)
    return Check("mismatch", dict(values))
