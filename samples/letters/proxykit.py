"""Truth for the proxy sets (samples/proxy*): the builder every set's generator uses, and late-damage math."""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path


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


# --------------------------------------------------------------------------- rendering a set


@dataclass(frozen=True)
class Look:
    """How a proxy set degrades its letters (each set chose its own, and its files must not change)."""

    scan_skew: float = 1.3  # a letter's own "skew" wins
    photo_fill: float = 0.84
    jpeg_quality: int = 84
    fine_postcards: bool = True  # postcards rasterised at 300/340 dpi for their small print
    pdf_title: bool = True  # False: the PDF carries no title
    orientation_key: str = "orientation"  # the letter's key for an EXIF orientation


def write_letter(b: dict, rng, tmp: Path, out_dir: Path, look: Look, photo: Callable | None = None) -> Path:
    """Render letter `b` as its input kind into `out_dir`, with its truth; `photo(b, img, rng)` may
    replace the ordinary phone photo. Returns the letter's path."""
    from samples.letters import degrade
    from samples.letters.render import rasterise, write_pdf

    stem, kind = b["stem"], b["kind"]
    assert b["truth"]["input_kind"] == kind, stem
    pdf = tmp / f"{stem}.pdf"
    write_pdf(b["pages"], pdf, title=stem if look.pdf_title else "")
    out = out_dir / f"{stem}.{b['ext']}"
    small = look.fine_postcards and b.get("postcard", False)
    if kind in ("pdf_text", "pdf_text_2page", "vertical_pdf"):
        out.write_bytes(pdf.read_bytes())
    elif kind in ("scan_png", "vertical_scan"):
        (img,) = rasterise(pdf, 300 if small else 200)
        degrade.save_png(degrade.scan(img, rng, max_skew=b.get("skew", look.scan_skew)), out)
    elif kind in ("photo_jpeg", "photo_exif_rotated", "photo_heic"):
        (img,) = rasterise(pdf, 340 if small else 200)
        shot = photo(b, img, rng) if photo is not None else None
        if shot is None:
            canvas = (1700, 2300) if small else (1800, 2400)
            shot = degrade.photo(img, rng, canvas=canvas, fill=0.8 if small else look.photo_fill)
        if kind == "photo_heic":
            degrade.save_heic(shot, out)
        else:
            degrade.save_jpeg(shot, out, quality=look.jpeg_quality, orientation=b.get(look.orientation_key))
    elif kind == "pdf_scan":  # every page of the letter, scanned at 200 dpi into one image-only PDF
        pages = [degrade.scan(im, rng, max_skew=b.get("skew", look.scan_skew), noise=2.5) for im in rasterise(pdf, 200)]
        degrade.save_scan_pdf(pages, out, 200)
    elif kind == "fax_tiff":
        imgs = rasterise(pdf, 200)
        pages = [degrade.fax(im, rng, b.get("fax_header", "FAX"), i + 1, len(imgs)) for i, im in enumerate(imgs)]
        degrade.save_fax_tiff(pages, out)
    else:
        raise ValueError(kind)
    truth_json = json.dumps(b["truth"], ensure_ascii=False, indent=2) + "\n"
    (out_dir / f"{stem}.truth.json").write_text(truth_json, encoding="utf-8")
    return out


def write_manifest(built: list[dict], out_dir: Path) -> None:
    with (out_dir / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "input_kind", "document_type", "template", "received"])
        for b in built:
            t = b["truth"]
            w.writerow([f"{b['stem']}.{b['ext']}", t["input_kind"], t["document_type"], t["template"], t["received"] or ""])


def table(built: list[dict]) -> str:
    """The README table of a set: file, type, kind, what is unusual."""
    rows = ["| file | type | kind | what is unusual |", "|---|---|---|---|"]
    rows += [f"| `{b['stem']}.{b['ext']}` | {b['about']} | {b['kind']} | {b['unusual']} |" for b in built]
    return "\n".join(rows) + "\n"
