"""assignment_notice templates: 債権譲渡通知 (joint, vertical, two-column) and 受託通知."""

from __future__ import annotations

from .blocks import CROSSED, PRIVACY, addressee, sender_block, sender_lines
from .fmt import fmt_date, kanji_digits, rate, yen
from .layout import PT_MM, Page, PageSpec, Seal, text_width, vertical_page
from .parties import Org
from .spec import Letter


def _party(p: Page, role: str, org: Org, seal_seed: int, license_line: str = "") -> None:
    y0 = p.y
    p.at(24, y0 + 4, f"（{role}）", size=10)
    p.line(org.address, x=48, size=9.5)
    base = p.line(org.name, x=48, size=11.5)
    p.line(org.rep, x=48, size=10)
    if license_line:
        p.line(license_line, x=48, size=9.5)
    x_end = 48 + text_width(org.rep, 10) + 4
    p.seal(x_end + 6, base + 3, 17, "round", f"{org.name}|代表/取締役/之印", angle=(seal_seed % 7) - 3, seed=seal_seed)
    p.gap(2)


def asg_joint_two_page(L: Letter) -> list[PageSpec]:
    """債権譲渡及び譲受通知書 sent jointly by 譲渡人 and 譲受人 (two round seals); page 2
    holds the 記: the claim table, the assignment date and the contact details."""
    a, s = L.ex["assignor"], L.sender
    ds = "kanji"
    p = Page(size=10.5, font="serif")
    p.at(190, 22, fmt_date(L.issued, ds), align="r")
    p.y = 28
    addressee(p, L, "様")
    p.gap(6)
    p.title("債権譲渡及び譲受通知書", size=16, font="serif-bold")
    _party(p, "譲渡人", a, 81)
    _party(p, "譲受人", s, 82, f"法務大臣許可番号 第{s.license}号")
    p.gap(4)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para(f"譲渡人は、貴殿に対して有する別紙記載の債権（元金・利息・遅延損害金その他これに付随する一切の権利を含みます。）を、"
           f"{fmt_date(L.assignment, ds)}付で譲受人に譲り渡しましたので、本書をもって譲渡人及び譲受人連名にてご通知申し上げます。")
    p.para("つきましては、今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。"
           "譲渡人宛てにお支払いいただいても、弁済の効力が生じない場合がございますのでご注意ください。")
    p.para("なお、本通知は債権譲渡の事実をお知らせするものであり、お客様のご負担が増えるものではございません。")
    p.line("敬具", align="r")
    p.gap(4)
    p.line("（別紙に続く）", align="r", size=9)
    q = Page(size=10.5, font="serif")
    q.y = 22
    q.line("別紙", size=10)
    q.line("記", align="c", size=12)
    q.gap(2)
    q.line("１　譲渡債権の表示", size=11)
    q.table([["お客様番号", L.reference],
             ["原契約", f"{fmt_date(L.ex['contract_date'], ds)}付 カードローン契約（契約番号 {L.ex['contract_no']}）"],
             ["最終弁済日", fmt_date(L.last_payment, ds)],
             ["期限の利益喪失日", fmt_date(L.acceleration, ds)],
             ["債権譲渡日", fmt_date(L.assignment, ds)]],
            [45, 125], size=10, aligns="ll", shade_col0=True)
    q.gap(5)
    q.line(f"２　譲渡債権額（{fmt_date(L.as_of, ds)}現在）", size=11)
    q.line("（単位：円）", x=190, align="r", size=9)
    q.table([["元金", "利息", "遅延損害金", "合計"],
             [yen(L.principal, "plain"), yen(L.interest, "plain"), yen(L.late, "plain"), yen(L.total, "plain")]],
            [42, 40, 44, 44], size=11, header=True, aligns="rrrr", row_h=10)
    q.gap(2)
    q.para(f"※上記元金に対し、{fmt_date(L.ex['next_day'], ds)}以降完済まで{rate(L.rate)}（1年を365日とする日割計算）の"
           "割合による遅延損害金が発生します。", size=9.5, indent="")
    q.gap(4)
    q.line("３　お振込先", size=11)
    q.line(L.ex["account"], x=28, size=10)
    q.gap(4)
    q.line("４　お問い合わせ先（譲受人）", size=11)
    q.kv([("会社名", s.name), ("担当部署", f"{s.dept}（担当 {s.staff}）"), ("電話番号", f"{s.phone}（平日9:00～17:00）")],
         x=28, label_w=26, size=10)
    q.gap(3)
    q.para(PRIVACY, size=9, indent="")
    q.line("以上", align="r")
    return [p.spec, q.spec]


def asg_entrusted_inline(L: Letter) -> list[PageSpec]:
    """債権管理回収業務受託のお知らせ: the bank stays creditor; amounts inline in one
    parenthesis; ¥…※ total; customer number at the top right next to the addressee."""
    s = L.sender
    bank = L.creditor
    p = Page(size=10.5)
    p.at(190, 20, fmt_date(L.issued, "kanji"), align="r")
    p.y = 28
    addressee(p, L, "様", size=12.5)
    p.at(190, 47, f"お客様番号：{L.reference}", align="r", size=10)
    p.y = 58
    p.title("債権管理回収業務受託のお知らせ", size=15)
    p.para(f"拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。当社は、{bank}（以下「委託者」といいます。）より、"
           f"貴殿と委託者との間の下記ご契約に基づく債権について、管理及び回収業務の委託を{fmt_date(L.ex['entrust_date'], 'kanji')}付で"
           "受けましたのでお知らせいたします。")
    p.para("なお、債権者は引き続き委託者であり、当社は委託者のためにお支払いを受領いたします。")
    p.para(f"貴殿は{fmt_date(L.acceleration, 'kanji')}をもって期限の利益を喪失しておりますので、下記ご請求額をお支払期限までに"
           "一括してお支払いくださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    rows = [
        ("ご契約先", bank),
        ("ご契約内容", f"証書貸付　ご契約日 {fmt_date(L.ex['contract_date'], 'kanji')}　契約番号 {L.ex['contract_no']}"),
        ("最終弁済日", fmt_date(L.last_payment, "kanji")),
        ("ご請求額", f"{fmt_date(L.as_of, 'kanji')}現在　合計 {yen(L.total, 'yen_kome')}"),
        ("", f"（内訳 元金 {yen(L.principal, 'en')} ／ 利息 {yen(L.interest, 'en')} ／ 遅延損害金 {yen(L.late, 'en')}）"),
        ("損害金利率", rate(L.rate)),
        ("お支払期限", fmt_date(L.payment_due, "kanji", weekday=True)),
        ("お振込先", L.ex["account"]),
    ]
    p.kv(rows, x=25, label_w=30, size=10.5)
    p.gap(3)
    p.para("※ご返済が困難な場合は、お支払期限までに必ず当社までご相談ください。", size=9.5, indent="")
    p.para(CROSSED, size=9.5, indent="")
    p.y = 232
    p.rule(110, 190)
    p.gap(2)
    sender_block(p, sender_lines(s, hours="受付 平日9:00～17:30", license_style="法務大臣許可番号　第{n}号"),
                 x=112, seal=("square", s.seal), seal_size=18, seed=91)
    return [p.spec]


def asg_vertical_joint(L: Letter) -> list[PageSpec]:
    """縦書き 債権譲渡通知書 (joint): kanji amounts, kanji phone number in parentheses form."""
    a, s = L.ex["assignor"], L.sender
    k = "kansuji"
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"譲渡人{a.name}（以下「譲渡人」という。）は、貴殿に対して有する下記の債権を、"
                 f"{fmt_date(L.assignment, k)}、譲受人{s.name}（以下「譲受人」という。）に譲渡いたしましたので、"
                 "連名をもって通知いたします。"),
        ("body", "今後のお支払い及びご連絡は、譲受人宛てにお願いいたします。"),
        ("plain", "記"),
        ("indent", f"一　原契約　{fmt_date(L.ex['contract_date'], k)}付金銭消費貸借契約"),
        ("indent", f"二　譲渡債権　{fmt_date(L.as_of, k)}現在"),
        ("low", f"元金　{yen(L.principal, 'kanji_bare')}"),
        ("low", f"利息　{yen(L.interest, 'kanji_bare')}"),
        ("low", f"遅延損害金　{yen(L.late, 'kanji_bare')}"),
        ("low", f"合計　{yen(L.total, 'kanji_bare')}"),
        ("indent", f"三　期限の利益喪失日　{fmt_date(L.acceleration, k)}"),
        ("indent", f"四　遅延損害金の割合　{rate(L.rate, 'kansuji')}"),
        ("plain", "以上"),
        ("indent", fmt_date(L.issued, k)),
        ("low", f"譲渡人　{L.ex['assignor_addr_kanji']}"),
        ("low", f"{a.name}　{a.rep.replace(' ', '　')}"),
        ("low", f"譲受人　{L.ex['sender_addr_kanji']}"),
        ("low", f"{s.name}　{s.rep.replace(' ', '　')}"),
        ("low", f"法務大臣許可番号第{kanji_digits(str(s.license))}号"),
        ("low", f"電話{L.ex['phone_kanji']}"),
        ("blank", ""),
        ("low", L.ex["debtor_addr_kanji"]),
        ("low", f"{L.debtor}　殿"),
    ]
    pages = vertical_page(cols, size=11.5, col_pitch=11.5 * PT_MM * 1.55)
    page = pages[-1]
    seeds = iter((101, 102))
    for it in page.items:
        txt = getattr(it, "s", "")
        if txt.startswith((a.name, s.name)):
            page.items.append(Seal(it.x - 2, it.y + len(txt) * 11.5 * PT_MM * 1.05 + 2, 14, "round",
                                   "代表者|代表/取締役/之印", angle=6, seed=next(seeds)))
    return pages


def _box_field(p: Page, x: float, y: float, w: float, label: str, value: str, size: float = 11.0) -> None:
    p.at(x, y + 3.2, label, size=8.5)
    p.box(x, y + 4.5, w, 8.5, width=0.35)
    p.at(x + 2, y + 10.6, value, size=size)


def asg_two_column_cards(L: Letter) -> list[PageSpec]:
    """債権譲渡・譲受のお知らせ: addressee left / sender right, label above each boxed value,
    slash dates, ￥ amounts, free-dial number, no due date (information only)."""
    s = L.sender
    o = L.original_creditor
    p = Page(size=10.5)
    p.y = 16
    p.line(fmt_date(L.issued, "slash"), align="r", size=10)
    top = p.y + 6
    p.y = top
    addressee(p, L, "様", size=13)
    p.y = top
    sender_block(p, sender_lines(s, phone_label="フリーダイヤル", hours="受付時間 9:00～19:00（土日祝休）",
                                 license_style="法務大臣許可 第{n}号"), x=115, seal=("square", s.seal), seal_size=20,
                 seed=111)
    p.y = 76
    p.box(20, p.y, 170, 12, width=0.0, color=None, fill=(0.15, 0.3, 0.55))
    p.at(105, p.y + 8.3, "債権譲渡・譲受のお知らせ", size=15, font="sans-bold", align="c", color=(1, 1, 1))
    p.gap(17)
    p.para(f"お客様が{o}とご契約されていた下記債権は、{fmt_date(L.assignment, 'slash')}に{o}から当社へ譲渡されました。"
           "今後のご返済・お問い合わせは当社までお願いいたします。ご返済方法は、お電話にてご相談を承ります。")
    p.gap(3)
    w = 54.0
    y = p.y
    fields = [
        ("お客様番号", L.reference), ("原債権者", o), ("債権譲受日", fmt_date(L.assignment, "slash")),
        ("ご契約日", fmt_date(L.ex["contract_date"], "slash")), ("最終返済日", fmt_date(L.last_payment, "slash")),
        ("期限の利益喪失日", fmt_date(L.acceleration, "slash")),
        ("元本", yen(L.principal, "yen_dash")), ("経過利息", yen(L.interest, "yen_dash")),
        ("損害金", yen(L.late, "yen_dash")),
    ]
    for i, (lab, val) in enumerate(fields):
        r, c = divmod(i, 3)
        _box_field(p, 20 + c * (w + 4), y + r * 16, w, lab, val)
    p.y = y + 3 * 16 + 2
    _box_field(p, 20, p.y, 112, f"債務総額（{fmt_date(L.as_of, 'slash')}現在）", yen(L.total, "yen_dash"), size=14)
    _box_field(p, 136, p.y, 54, "損害金率", rate(L.rate))
    p.y += 20
    p.para("※債務総額には、計算基準日の翌日以降に発生する損害金は含まれておりません。", size=9.5, indent="")
    p.para(PRIVACY, size=9, indent="")
    return [p.spec]


TEMPLATES = {
    "asg_joint_two_page": asg_joint_two_page,
    "asg_entrusted_inline": asg_entrusted_inline,
    "asg_vertical_joint": asg_vertical_joint,
    "asg_two_column_cards": asg_two_column_cards,
}
