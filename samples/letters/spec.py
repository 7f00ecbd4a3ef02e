"""The `Letter` record: what a sample letter says (its ground truth) plus what its template
needs to draw it. The truth JSON is derived from it, never written by hand."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .parties import Org

DOCUMENT_TYPES = (
    "collection_notice", "assignment_notice", "acceleration_notice", "payment_order",
    "payment_order_enforceable", "lawsuit", "settlement_proposal", "other",
)
REGISTRY_STATUSES = ("licensed", "license_mismatch", "not_licensed", "unverified", "closed", "not_applicable")

# Input kinds: how a letter reaches the parser. Groups are used by the benchmark's targets.
INPUT_KINDS = {
    "pdf_text": ("pdf", "digital PDF with a text layer (reportlab, embedded Noto subset)"),
    "pdf_text_2page": ("pdf", "two-page digital PDF, amounts on page 2"),
    "vertical_pdf": ("pdf", "縦書き letter as a digital PDF (one text-layer char per glyph, columns right to left)"),
    "pdf_scan": ("pdf", "image-only PDF: JPEG page scans at 200 dpi, no text layer"),
    "scan_png": ("png", "clean flatbed scan, 200 dpi, slight skew, light noise"),
    "vertical_scan": ("png", "縦書き letter scanned to PNG, 200 dpi"),
    "photo_jpeg": ("jpg", "phone photo: perspective, dark table, shadow gradient, blur, JPEG noise"),
    "photo_exif_rotated": ("jpg", "phone photo stored sideways, upright only through EXIF Orientation 6 or 8"),
    "photo_heic": ("heic", "phone photo saved as HEIC"),
    "fax_tiff": ("tif", "fax: binarised, 200x100 dpi (pixels squashed vertically by half), noisy, G4 TIFF"),
}
DIGITAL_KINDS = ("pdf_text", "pdf_text_2page", "vertical_pdf")
PHOTO_FAX_KINDS = ("photo_jpeg", "photo_exif_rotated", "photo_heic", "fax_tiff")


def clean_name(s: str | None) -> str | None:
    """Names in the truth: NFKC, all whitespace removed (the contract's convention)."""
    if s is None:
        return None
    return "".join(unicodedata.normalize("NFKC", s).split())


def late_damages(principal: int, rate_percent: float, first_day: date, last_day: date) -> int:
    """遅延損害金 = principal × rate × days / 365, both ends counted, rounded down to the yen."""
    days = (last_day - first_day).days + 1
    # integer arithmetic on hundredths of a percent avoids float rounding at the yen
    return principal * round(rate_percent * 100) * days // (365 * 10000)


@dataclass
class Letter:
    stem: str
    template: str
    document_type: str
    kinds: list[str]
    exercises: str  # one line for the README's provenance table
    sender: Org
    debtor: str
    registry_status: str
    creditor: str | None = None
    original_creditor: str | None = None
    sender_license_printed: int | None = None  # the number printed (may differ from the registry)
    sender_phone_printed: str | None = None  # phone as the truth wants it (digits and hyphens)
    total: int | None = None
    principal: int | None = None
    interest: int | None = None
    late: int | None = None
    costs: int | None = None
    rate: float | None = None
    lump: bool = False
    issued: date | None = None
    payment_due: date | None = None
    acceleration: date | None = None
    last_payment: date | None = None
    assignment: date | None = None
    hearing: date | None = None
    reference: str | None = None
    is_scam: bool = False
    received: date | None = None
    # accrual window of the printed late damages (for the consistency check), and whether the
    # printed breakdown is deliberately partial (e.g. only a total, or 利息・損害金 merged)
    late_from: date | None = None
    as_of: date | None = None
    breakdown_partial: bool = False
    exif: int | None = None  # orientation tag for photo_exif_rotated
    real_company: bool = False
    ex: dict[str, Any] = field(default_factory=dict)  # template-only details (addresses, numbers…)

    def compute_late(self) -> None:
        """Fill `late` (and the total) from principal, rate and the accrual window."""
        assert self.principal is not None and self.rate is not None
        assert self.late_from is not None and self.as_of is not None
        self.late = late_damages(self.principal, self.rate, self.late_from, self.as_of)

    def compute_total(self) -> None:
        self.total = sum(v for v in (self.principal, self.interest, self.late, self.costs) if v is not None)

    def truth(self, kind: str) -> dict[str, Any]:
        iso = lambda d: None if d is None else d.isoformat()  # noqa: E731
        return {
            "document_type": self.document_type,
            "sender": {
                "name": clean_name(self.sender.name),
                "license_number": self.sender_license_printed,
                "phone": self.sender_phone_printed,
            },
            "creditor": {"name": clean_name(self.creditor)},
            "registry": {"status": self.registry_status},
            "original_creditor": {"name": clean_name(self.original_creditor)},
            "debtor": {"name": clean_name(self.debtor)},
            "amounts": {
                "total": self.total,
                "principal": self.principal,
                "interest": self.interest,
                "late_damages": self.late,
                "costs": self.costs,
            },
            "late_damages_rate_percent": self.rate,
            "lump_sum_demand": self.lump,
            "dates": {
                "issued": iso(self.issued),
                "payment_due": iso(self.payment_due),
                "acceleration": iso(self.acceleration),
                "last_payment": iso(self.last_payment),
                "assignment": iso(self.assignment),
                "hearing": iso(self.hearing),
            },
            "reference_number": clean_name(self.reference),
            "is_scam": self.is_scam,
            "input_kind": kind,
            "template": self.template,
            "received": iso(self.received),
        }

    def file_name(self, kind: str) -> str:
        return f"{self.stem}_{kind}.{INPUT_KINDS[kind][0]}"


def d(y: int, m: int, day: int) -> date:
    return date(y, m, day)


def plus(x: date, days: int) -> date:
    return x + timedelta(days=days)
