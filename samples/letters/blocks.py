"""Building blocks shared by the templates: address blocks, sender blocks, boilerplate."""

from __future__ import annotations

from .fmt import fullwidth
from .layout import PT_MM, RED, Page, text_width
from .parties import Org
from .spec import Letter

CROSSED = "※本状と行き違いにご入金いただいている場合は、何卒ご容赦ください。"
PRIVACY = "※個人情報保護のため、お問い合わせはご本人様からお願いいたします。お電話の際はお客様番号をお知らせください。"


def addressee(p: Page, L: Letter, honorific: str = "様", x: float | None = None, size: float = 13.0,
              fw: bool = False, with_address: bool = True) -> None:
    x = p.left if x is None else x
    if with_address:
        z = L.ex.get("debtor_zip", "")
        addr = L.ex.get("debtor_addr", "")
        p.line(f"〒{fullwidth(z) if fw else z}", x=x)
        p.line(fullwidth(addr) if fw else addr, x=x)
        p.gap(1.5)
    p.line(f"{L.debtor}　{honorific}", x=x, size=size)


def sender_lines(org: Org, *, phone_label: str = "TEL", license_style: str = "法務大臣許可番号 第{n}号",
                 license_number: int | None = None, dept: bool = True, address: bool = True, hours: str = "",
                 fax: bool = False, rep: bool = False, staff: bool = False) -> list[tuple[str, float]]:
    """(text, size) lines for a sender block; the name is the first line with a larger size."""
    out: list[tuple[str, float]] = []
    if address:
        out.append((f"〒{org.zip} {org.address}", 9.0))
    out.append((org.name, 12.0))
    if rep and org.rep:
        out.append((org.rep, 10.0))
    if dept and org.dept:
        out.append((org.dept + (f"　担当 {org.staff}" if staff and org.staff else ""), 10.0))
    phone = f"{phone_label} {org.phone}"
    if fax and org.fax:
        phone += f"　FAX {org.fax}"
    out.append((phone, 10.0))
    if hours:
        out.append((hours, 9.0))
    n = license_number if license_number is not None else org.license
    if n is not None and license_style:
        out.append((license_style.format(n=n), 9.5))
    return out


def sender_block(p: Page, lines: list[tuple[str, float]], x: float, seal: tuple[str, str] | None = None,
                 seal_size: float = 20.0, seal_dx: float = 0.0, seal_angle: float = 4.0, seed: int = 1,
                 align: str = "l") -> None:
    """Write the block at the cursor from x; the seal (kind, text) sits over the end of the name
    (the largest line). Long address lines are wrapped to the right margin."""
    name_size = max(size for _, size in lines)
    name_base = None
    name_end = x
    for s, size in lines:
        parts = [s]
        if align == "l" and s.startswith("〒") and text_width(s, size) > p.right - x:
            zip_part, _, rest = s.partition(" ")
            parts = [zip_part, rest]
        for part in parts:
            base = p.line(part, x=x, size=size, align=align)
            if size == name_size and name_base is None:
                name_base = base
                name_end = x + text_width(part, size) if align == "l" else x
    if seal and name_base is not None:
        kind, text = seal
        p.seal(name_end + seal_dx - seal_size * 0.25, name_base - name_size * PT_MM * 0.35, seal_size, kind, text,
               angle=seal_angle, seed=seed)


def red_stamp(p: Page, x: float, y: float, text: str, size: float = 14.0) -> None:
    """A rubber-stamp style red boxed word such as 重要 or 法的手続移行予告 (printed, not a seal)."""
    w = text_width(text, size, "sans-bold") + 6
    h = size * PT_MM + 5
    p.box(x, y, w, h, width=0.8, color=RED)
    p.at(x + 3, y + h - 3.2, text, size=size, font="sans-bold", color=RED)


def bank_account(bank: str, branch: str, kind: str, number: str, holder: str) -> str:
    return f"{bank} {branch} {kind} {number}　口座名義 {holder}"
