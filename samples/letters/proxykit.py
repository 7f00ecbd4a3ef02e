"""Truth for the proxy sets (samples/proxy*): the builder every set's generator uses, and late-damage math."""

from __future__ import annotations

import unicodedata
from datetime import date


def clean(s):
    if s is None:
        return None
    return "".join(unicodedata.normalize("NFKC", s).split())


def late(principal: int, rate: float, first: date, last: date) -> int:
    """遅延損害金: principal × rate × days / 365, both ends counted, rounded down."""
    days = (last - first).days + 1
    return principal * round(rate * 100) * days // (365 * 10000)


def truth(*, document_type, sender, license_number=None, phone=None, creditor=None, status,
          original=None, debtor, total=None, principal=None, interest=None, late_damages=None,
          costs=None, rate=None, lump=False, issued=None, payment_due=None, acceleration=None,
          last_payment=None, assignment=None, hearing=None, reference=None, is_scam=False,
          input_kind, template, received=None):
    iso = lambda d: None if d is None else d.isoformat()  # noqa: E731
    parts = [v for v in (principal, interest, late_damages, costs) if v is not None]
    if total is not None and parts and len(parts) > 1:
        assert sum(parts) == total, (template, parts, total)
    return {
        "document_type": document_type,
        "sender": {"name": clean(sender), "license_number": license_number, "phone": phone},
        "creditor": {"name": clean(creditor)},
        "registry": {"status": status},
        "original_creditor": {"name": clean(original)},
        "debtor": {"name": clean(debtor)},
        "amounts": {"total": total, "principal": principal, "interest": interest,
                    "late_damages": late_damages, "costs": costs},
        "late_damages_rate_percent": rate,
        "lump_sum_demand": lump,
        "dates": {"issued": iso(issued), "payment_due": iso(payment_due), "acceleration": iso(acceleration),
                  "last_payment": iso(last_payment), "assignment": iso(assignment), "hearing": iso(hearing)},
        "reference_number": clean(reference),
        "is_scam": is_scam,
        "input_kind": input_kind,
        "template": template,
        "received": iso(received),
    }
