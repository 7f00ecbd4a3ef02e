"""Regenerate every sample letter, its ground truth, the manifest and samples/README.md.

    .venv/bin/python samples/generate.py            # everything (2–3 minutes on 2 cores)
    .venv/bin/python samples/generate.py --only c01 # letters whose stem contains "c01"
    .venv/bin/python samples/generate.py --truth-only --out /tmp/x  # truth JSON + manifest only

Deterministic: every random choice comes from a generator seeded with --seed and the file's
stem, PDFs are written with reportlab's invariant mode, and fonts are subset the same way
each run. The letters themselves are described in samples/letters/ (catalog*.py = facts,
t_*.py = layouts).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from samples.letters.catalog import all_letters  # noqa: E402
from samples.letters.spec import Letter  # noqa: E402

SAMPLE_EXTS = (".pdf", ".png", ".jpg", ".heic", ".tif", ".truth.json")
MANIFEST_FIELDS = ["file", "input_kind", "document_type", "template", "received"]


def templates() -> dict:
    from samples.letters import t_acceleration, t_assignment, t_collection, t_court, t_other

    reg: dict = {}
    for mod in (t_collection, t_assignment, t_acceleration, t_court, t_other):
        reg.update(mod.TEMPLATES)
    return reg


def seed_for(name: str, base: int) -> int:
    return (int(hashlib.sha256(name.encode()).hexdigest()[:12], 16) + base) % (2**32)


def render_kind(L: Letter, kind: str, pdf: Path, out: Path, base_seed: int) -> None:
    import numpy as np

    from samples.letters import degrade
    from samples.letters.render import rasterise

    rng = np.random.default_rng(seed_for(L.stem + kind, base_seed))
    if kind in ("pdf_text", "pdf_text_2page", "vertical_pdf"):
        out.write_bytes(pdf.read_bytes())
        return
    small = L.ex.get("page_size") == "postcard"
    if kind not in ("pdf_scan", "fax_tiff"):
        from pypdfium2 import PdfDocument

        n = len(PdfDocument(str(pdf)))
        if n != 1:
            raise ValueError(f"{L.stem}: {kind} holds one page but the letter has {n}")
    if kind in ("scan_png", "vertical_scan"):
        img = rasterise(pdf, 300 if small else 200)[0]
        degrade.save_png(degrade.scan(img, rng), out)
    elif kind == "pdf_scan":
        pages = [degrade.scan(im, rng, noise=2.5) for im in rasterise(pdf, 200)]
        degrade.save_scan_pdf(pages, out, 200)
    elif kind in ("photo_jpeg", "photo_exif_rotated", "photo_heic"):
        img = rasterise(pdf, 340 if small else 200)[0]
        shot = degrade.photo(img, rng)
        if kind == "photo_heic":
            degrade.save_heic(shot, out)
        else:
            degrade.save_jpeg(shot, out, orientation=L.exif if kind == "photo_exif_rotated" else None)
    elif kind == "fax_tiff":
        imgs = rasterise(pdf, 200)
        header = L.ex.get("fax_header", "FAX")
        pages = [degrade.fax(im, rng, header, i + 1, len(imgs)) for i, im in enumerate(imgs)]
        degrade.save_fax_tiff(pages, out)
    else:
        raise ValueError(kind)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--only", default="", help="only letters whose stem contains this")
    ap.add_argument("--seed", type=int, default=20251124)
    ap.add_argument("--truth-only", action="store_true", help="write truth JSON, manifest and README only")
    args = ap.parse_args(argv)

    letters = [L for L in all_letters() if args.only in L.stem]
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    full = not args.only
    if full and not args.truth_only:
        for f in out.iterdir():
            if f.is_file() and f.name.endswith(SAMPLE_EXTS) and f.name[0].isalnum():
                f.unlink()

    rows = []
    for L in letters:
        for kind in L.kinds:
            name = L.file_name(kind)
            stem = name.rsplit(".", 1)[0]
            truth = L.truth(kind)
            (out / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                                   encoding="utf-8")
            rows.append({"file": name, "input_kind": kind, "document_type": L.document_type,
                         "template": L.template, "received": truth["received"] or ""})
    if full:
        with (out / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        from samples.letters.readme import write_readme

        write_readme(out / "README.md", all_letters())
    if args.truth_only:
        print(f"wrote truth for {len(rows)} files to {out}")
        return 0

    from samples.letters.render import collect_chars, register_fonts, write_pdf

    reg = templates()
    # the font subset always covers every letter, so --only writes the same bytes as a full run
    built = {L.stem: reg[L.template](L) for L in all_letters()}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="samples-") as tmp:
        tmpd = Path(tmp)
        register_fonts(collect_chars(p for pages in built.values() for p in pages), tmpd)
        for L in letters:
            pdf = tmpd / f"{L.stem}.pdf"
            write_pdf(built[L.stem], pdf, title=L.stem)
            for kind in L.kinds:
                target = out / L.file_name(kind)
                render_kind(L, kind, pdf, target, args.seed)
                print(f"{target.name:60s} {target.stat().st_size / 1024:8.0f} KiB")
    print(f"{len(rows)} files in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
