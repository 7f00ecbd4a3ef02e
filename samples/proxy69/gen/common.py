"""Set 69 (copied from set 18 unchanged, plus `biz` and `suit_fee` at the end). Set 18 was copied from set 16, which is set 14 plus vcheck, era and kdate; set 14 is set 10 plus set 12's vsafe and wd). The proxy sets share their truth builder
(samples/letters/proxykit.py) and their drawing helpers (samples/letters/proxydraw.py). This set adds the furniture
of a mass-mailing system's letter: customer barcode bars, QR-like squares, an address window, a 重要/親展 stamp, a
boxed sender block, label/value grids, a 払込取扱票 (payment slip) at the foot and a よくあるご質問 page."""
from __future__ import annotations

from samples.letters.mailing import (
                                     GRAY,
                                     NAVY,
                                     PT_MM,
                                     RED,
                                     SHADE,
                                     WHITE,
                                     Box,
                                     Line,
                                     Text,
                                     bars,
                                     dashed,
                                     era,
                                     faq,
                                     grid,
                                     kdate,
                                     qr,
                                     slip,
                                     stamp,
                                     text_width,
                                     vcheck,
                                     vsafe,
                                     wd,
                                     window,
)
from samples.letters.proxydraw import Page, cell, kman, leader, photo_real, seal_after, split_lines, wrap_nb
from samples.letters.proxykit import clean, late, truth

__all__ = ["photo_real", "clean", "late", "truth", "leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb",
           "Page", "vsafe", "wd", "vcheck", "era", "kdate", "bars", "qr", "window", "stamp", "grid", "slip", "faq", "dashed", "RED", "GRAY",
           "NAVY", "SHADE", "WHITE", "Box", "Line", "Text", "text_width", "PT_MM", "biz", "suit_fee", "HOLIDAYS"]


# --- added by set 69 -----------------------------------------------------------------------------------------

from datetime import date as _D  # noqa: E402

HOLIDAYS = {_D(2025, 9, 15), _D(2025, 9, 23), _D(2025, 10, 13), _D(2025, 11, 3), _D(2025, 11, 24), _D(2025, 12, 29),
            _D(2025, 12, 30), _D(2025, 12, 31), _D(2026, 1, 1), _D(2026, 1, 2), _D(2026, 1, 12), _D(2026, 2, 11),
            _D(2026, 2, 23), _D(2026, 3, 20), _D(2026, 4, 29), _D(2026, 5, 4), _D(2026, 5, 5), _D(2026, 5, 6),
            _D(2026, 7, 20), _D(2026, 8, 11), _D(2026, 9, 21), _D(2026, 9, 22), _D(2026, 9, 23)}


def biz(*ds):
    """Assert that every date is a weekday and no public holiday (court and letter dates)."""
    for d in ds:
        assert d.weekday() < 5 and d not in HOLIDAYS, d
    return ds[0] if len(ds) == 1 else ds


def suit_fee(v: int) -> int:
    """The 訴え 手数料 (収入印紙) for a claim of v yen (up to 10 million); a 支払督促 costs half of it."""
    if v <= 1_000_000:
        return -(-v // 100_000) * 1_000
    if v <= 5_000_000:
        return 10_000 + -(-(v - 1_000_000) // 500_000) * 2_000
    return 30_000 + -(-(v - 5_000_000) // 1_000_000) * 3_000
