"""Drawing helpers the proxy sets share (samples/proxy6-10/gen/common.py re-export them): a dotted leader line,
form cells, 金…万…円 in kanji, a Page whose paragraphs never break inside a number or a date, and a realistic
phone photo. The truth builder stays in proxykit.py."""
from __future__ import annotations

from samples.letters import layout as _layout
from samples.letters.fmt import kanji_digits
from samples.letters.layout import PT_MM, Box, Text, text_width

__all__ = ["leader", "cell", "kman", "split_lines", "seal_after", "wrap_nb", "Page", "photo_real"]


def leader(p: _layout.Page, label: str, value: str, x0: float, x1: float, size: float | None = None,
           font: str | None = None, dot: str = "…") -> None:
    """label ……… value on one line (dotted leader), value flush right at x1."""
    size = size or p.size
    font = font or p.font
    base = p.y + size * PT_MM
    p.add(Text(x0, base, label, size, font))
    p.add(Text(x1, base, value, size, font, "r"))
    free = (x1 - text_width(value, size, font)) - (x0 + text_width(label, size, font)) - 2.0
    assert free > 4.0, (label, value, free)
    n = max(2, int(free / text_width(dot, size, font)))
    p.add(Text(x0 + text_width(label, size, font) + 1.0, base, dot * n, size, font))
    p.y += p.lh(size)


def cell(p: _layout.Page, x: float, y: float, w: float, h: float, label: str, value: str, lsize: float = 7.5,
         vsize: float = 11.0, font: str | None = None, vfont: str | None = None, align: str = "l",
         width: float = 0.3) -> None:
    """A form cell: the small label on top, the value below it (label above value)."""
    font = font or p.font
    p.add(Box(x, y, w, h, width))
    p.add(Text(x + 1.5, y + 1.2 + lsize * PT_MM, label, lsize, font))
    vx = {"l": x + 2.5, "r": x + w - 2.5, "c": x + w / 2}[align]
    p.add(Text(vx, y + h - 2.0, value, vsize, vfont or font, align))


def kman(n: int) -> str:
    """金一二三万四五六七円 style: kanji digits with a 万 unit (vertical letters)."""
    hi, lo = divmod(n, 10000)
    if not hi:
        return "金" + kanji_digits(str(lo)) + "円"
    return "金" + kanji_digits(str(hi)) + "万" + kanji_digits(f"{lo:04d}") + "円"


def split_lines(p: _layout.Page, lines: list[str], x: float, size: float | None = None, font: str | None = None) -> None:
    """Lines set exactly as given (used to break an amount across two lines, as justified text does)."""
    for s in lines:
        p.line(s, x=x, size=size, font=font)


def seal_after(it, size, gap=7.0):
    return it.y + len(it.s) * it.size * PT_MM * it.pitch + gap


# --- paragraphs that never break inside a number, an amount or a date (from set 8) ------------------------

_TOK = set("0123456789０１２３４５６７８９,，.．年月日")
_TAIL = set("円%％")


def _tok_start(cur: str) -> int:
    """Index in `cur` where the trailing number/date token starts (len(cur) when there is none)."""
    i = len(cur)
    while i > 0 and cur[i - 1] in _TOK:
        i -= 1
    if i < len(cur) and cur[i:i + 1] in ("年", "月", "日", ",", "，", ".", "．"):  # a token starts with a digit
        while i < len(cur) and not cur[i].isdigit() and cur[i] not in "０１２３４５６７８９":
            i += 1
    if i >= 2 and cur[i - 2:i] in ("令和", "平成"):
        i -= 2
    return i


def wrap_nb(s: str, width: float, size: float, font: str = "sans", indent: str = "") -> list[str]:
    """layout.wrap (greedy, simple kinsoku), but a line never ends inside a run such as 令和7年8月27日 or
    1,176,480円: the whole run moves to the next line."""
    lines: list[str] = []
    for para in s.split("\n"):
        cur = indent if para and not para.startswith(("（", "(", "※", "・", " ", "　")) else ""
        for ch in para:
            if (_layout.text_width(cur + ch, size, font) > width and cur.strip()
                    and ch not in _layout._NO_LINE_START):
                k = len(cur)
                if (ch in _TOK or ch in _TAIL) and cur[-1] in _TOK:
                    k = _tok_start(cur)
                elif ch in "和成" and cur[-1] in "令平":  # 令|和 → keep the era name whole
                    k = len(cur) - 1
                while k > 0 and cur[k - 1] in "（「(":  # no opening bracket at a line end
                    k -= 1
                if k <= len(cur) - len(cur.lstrip("　")) or k == 0:
                    k = len(cur)
                lines.append(cur[:k])
                cur = cur[k:]
            cur += ch
        lines.append(cur)
    return lines


class Page(_layout.Page):
    def para(self, s, x0=None, x1=None, size=None, font=None, indent="　"):
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        size = size or self.size
        for ln in wrap_nb(s, x1 - x0, size, font or self.font, indent):
            self.line(ln, x=x0, size=size, font=font)


# --- a phone photo of a letter as people really take it (from set 7) --------------------------------------


def _table_top(kind: str, W: int, H: int, rng):
    """The surface the sheet lies on: wood, a pale desk, a dark cloth (kotatsu cover) or a tatami-like weave."""
    import cv2
    import numpy as np

    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    warp = cv2.resize(rng.normal(0, 1, (8, 6)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    if kind == "wood":
        base = np.array([118, 86, 58], np.float32)
        tex = np.sin(xx / rng.uniform(7, 14) + warp * 1.6 + np.sin(yy / 260.0) * 0.8) * 8 + np.sin(xx / 2.1 + warp) * 2
    elif kind == "desk":  # pale laminate desk, lighter than the shadows but darker than paper
        base = np.array([178, 172, 160], np.float32)
        tex = warp * 5
    elif kind == "cloth":
        base = np.array([52, 60, 86], np.float32)
        tex = (np.sin(xx / 2.3) * np.sin(yy / 2.3)) * 6 + warp * 6
    else:  # tatami
        base = np.array([150, 146, 96], np.float32)
        tex = np.sin(yy / 3.1) * 10 + np.sin(xx / 41.0) * 4 + warp * 5
    a = base[None, None, :] + tex[..., None]
    a += ((xx / W - 0.5) * rng.uniform(-30, 30) + (yy / H - 0.5) * rng.uniform(-30, 30))[..., None]
    a += rng.normal(0, 5, (H, W))[..., None]
    return a


def photo_real(img, rng, canvas=(1800, 2400), fill=0.84, keystone=0.05, tilt=2.5, bg="wood", creases=0,
               shadow=0.0, shadow_side="right", blur=0.9, bow=0.0, warm=0.0, glare=0.0):
    """A phone photo of a letter as people really take it.

    fill: how much of the frame the sheet takes (0.6 = taken from far away, table around it);
    keystone: the top edge narrower than the bottom (fraction of the width; 0.1 = phone held at a steep angle);
    tilt: degrees; creases: 2 for a letter unfolded from a tri-fold envelope (two crease lines with shading);
    shadow: depth of a hard-edged hand / phone shadow across one side; bow: the sheet bulging up (mm-ish, pixels);
    warm: indoor light colour; glare: a bright patch from a ceiling lamp. Everything stays readable."""
    import cv2
    import numpy as np
    from PIL import Image

    W, H = canvas
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    if creases:  # the sheet was folded in three: a soft valley shade and a thin bright ridge at each crease
        yy = np.arange(h, dtype=np.float32)[:, None]
        shade = np.ones((h, 1), np.float32)
        for i in range(1, creases + 1):
            yc = h * i / (creases + 1) + rng.uniform(-0.01, 0.01) * h
            side = 1 if i % 2 else -1
            d = (yy - yc) * side
            shade *= 1 - 0.10 * np.exp(-np.clip(d, 0, None) / 28.0) * (d > 0)
            shade *= 1 + 0.05 * np.exp(-((yy - yc) ** 2) / 8.0)
        src = src * shade[..., None]
    if bow:  # the unfolded sheet does not lie flat: a gentle bulge, columns pushed sideways
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        mx = xs + bow * np.sin(np.pi * ys / h) * np.sin(np.pi * xs / w)
        my = ys + bow * 0.6 * np.sin(2 * np.pi * xs / w) * np.sin(np.pi * ys / h)
        src = cv2.remap(src, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    scale = min(W * fill / w, H * fill / h)
    pw, ph = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W * (1 - fill + 0.2), H / 2 + rng.uniform(-0.03, 0.03) * H
    c = np.array([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2],
                  [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]], dtype=np.float32)
    k = keystone * pw
    c[0, 0] += k
    c[1, 0] -= k
    c[0, 1] += k * 0.25
    c[1, 1] += k * 0.25
    c += rng.uniform(-0.012, 0.012, c.shape).astype(np.float32) * np.float32(pw)
    th = np.deg2rad(tilt * (1 if rng.random() < 0.5 else -1))
    rot = np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]], dtype=np.float32)
    c = (c - [cx, cy]) @ rot.T + [cx, cy]
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), c.astype(np.float32))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    table = _table_top(bg, W, H, rng)
    drop = cv2.GaussianBlur(mask, (0, 0), 14)
    drop = np.roll(drop, (int(rng.uniform(6, 16)), int(rng.uniform(6, 16))), axis=(0, 1))
    table *= (1 - 0.4 * drop)[..., None]
    a = warped * mask[..., None] + table * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    lin = ((xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)) + 0.5
    light = 1.0 - rng.uniform(0.12, 0.24) * np.clip(lin, 0, 1) ** 1.4
    vign = 1.0 - 0.2 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.0)
    a = a * (light * vign)[..., None]
    if shadow:  # the photographer's hand and phone: a dark shape with a soft (not blurred-away) edge
        band = np.zeros((H, W), np.float32)
        if shadow_side == "right":
            x0 = W * rng.uniform(0.66, 0.74)
            pts = [[x0, -10], [W + 10, -10], [W + 10, H * 0.62], [x0 + W * 0.08, H * 0.5]]
        elif shadow_side == "bottom":
            y0 = H * rng.uniform(0.72, 0.78)
            pts = [[-10, y0 + H * 0.04], [W * 0.55, y0], [W + 10, y0 + H * 0.03], [W + 10, H + 10], [-10, H + 10]]
        else:  # top-left corner
            pts = [[-10, -10], [W * 0.5, -10], [W * 0.32, H * 0.2], [-10, H * 0.3]]
        cv2.fillPoly(band, [np.array(pts, np.int32)], 1.0)
        band = cv2.GaussianBlur(band, (0, 0), 22)
        a = a * (1 - shadow * band)[..., None]
    if glare:
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.45) * H
        g = np.exp(-(((xx - gx) ** 2) / (2 * (0.09 * W) ** 2) + ((yy - gy) ** 2) / (2 * (0.06 * H) ** 2)))
        a = a + (glare * g)[..., None]
    tint = np.array([1.0, 0.97 - 0.03 * warm, 0.92 - 0.08 * warm], dtype=np.float32) * rng.uniform(0.9, 0.97)
    a = a * tint
    a = cv2.GaussianBlur(a, (0, 0), blur)
    a += rng.normal(0, 3.0, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
