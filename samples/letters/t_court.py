"""Court papers: 支払督促, 仮執行宣言付支払督促, 訴状 + 口頭弁論期日呼出状.

Sender = the court; creditor = 債権者 (当事者目録) or 原告; reference = 事件番号 as printed.
"""

from __future__ import annotations

from .fmt import comma, fmt_date, fullwidth, rate, yen
from .layout import Page, PageSpec
from .spec import Letter

WARNING_PO = ("（注意）債務者がこの支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、"
              "債権者の申立てにより仮執行の宣言がされます。")


def _clerk(p: Page, L: Letter, when: str, x: float = 100, seal: bool = True, seed: int = 0) -> None:
    c = L.sender
    p.line(when, x=x)
    base = p.line(f"{c.name}", x=x, size=11)
    p.line(f"裁判所書記官　{c.staff}", x=x + 10, size=11)
    if seal:
        p.seal(x + 72, base + 2, 16, "square", f"{c.name}書記官之印", angle=2, seed=seed)


def _parties_list(p: Page, L: Letter, fw: bool = False) -> None:
    cr = L.ex["creditor_org"]
    f = fullwidth if fw else (lambda s: s)
    p.line("当事者目録", align="c", size=11.5)
    p.gap(1)
    p.kv([("債権者", f"〒{f(cr.zip)} {f(cr.address)}"), ("", cr.name), ("", cr.rep),
          ("", f"（送達場所・連絡先）電話 {f(cr.phone)}")], x=24, label_w=22, size=10)
    p.gap(1)
    p.kv([("債務者", f"〒{f(L.ex['debtor_zip'])} {f(L.ex['debtor_addr'])}"), ("", L.debtor)], x=24, label_w=22, size=10)


def _cause(L: Letter, kind: str, ds: str, lawsuit: bool = False) -> list[str]:
    """請求の原因 bullets, naming the original lender, the last payment, the loss of the
    benefit of time and (for a servicer creditor) the assignment."""
    oc = L.original_creditor or L.ex["creditor_org"].name
    debtor, creditor = ("被告", "原告") if lawsuit else ("債務者", "債権者")
    out = [f"{oc}は、{debtor}に対し、{fmt_date(L.ex['contract_date'], ds)}、{kind}契約に基づき金{comma(L.ex['loan'])}円を貸し付けた。"]
    lp = f"{fmt_date(L.last_payment, ds)}までに" if L.last_payment else ""
    out.append(f"{debtor}は、{lp}一部を支払ったのみで、その後の支払を怠り、{fmt_date(L.acceleration, ds)}の経過により"
               "期限の利益を喪失した。")
    if L.assignment:
        out.append(f"{oc}は、{fmt_date(L.assignment, ds)}、上記債権を{creditor}に譲渡し、同日頃{debtor}にその旨を通知した。")
    return out


def po_standard(L: Letter) -> list[PageSpec]:
    """支払督促 on one dense page: full-width case number, 当事者目録, 請求の趣旨 with 確定
    遅延損害金 and 申立手続費用 and a 合計, 請求の原因 including the assignment."""
    ds = "fw"
    p = Page(size=9.8, font="serif", top=14, leading=1.55)
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.line(f"事件番号　{fullwidth(L.reference)}　{L.ex['claim_name']}", size=10.5)
    p.kv([("債権者", "別紙当事者目録記載のとおり"), ("債務者", "別紙当事者目録記載のとおり")], x=24, label_w=20)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債権者の申立てにより、上記のとおり支払督促を発する。")
    p.para(WARNING_PO, size=9, indent="")
    _clerk(p, L, fmt_date(L.issued, ds), seed=151)
    p.line(f"これは正本である。　（問合せ先）{L.sender.dept}　電話 {fullwidth(L.sender.phone)}", x=24, size=9)
    p.rule()
    p.gap(2)
    _parties_list(p, L, fw=True)
    p.rule()
    p.gap(2)
    p.line("請求の趣旨及び原因", align="c", size=11.5)
    p.line("請求の趣旨", size=10.5)
    p.para(f"１　金{fullwidth(comma(L.principal + L.late))}円（内訳　残元金 {yen(L.principal, 'fw')}、"
           f"確定遅延損害金 {yen(L.late, 'fw')}（{fmt_date(L.late_from, ds)}から{fmt_date(L.as_of, ds)}まで））", indent="")
    p.para(f"２　上記残元金{yen(L.principal, 'fw')}に対する{fmt_date(L.ex['next_day'], ds)}から完済まで"
           f"{rate(L.rate, 'pct_fw')}の割合による遅延損害金", indent="")
    p.para(f"３　金{fullwidth(comma(L.costs))}円（申立手続費用）", indent="")
    p.line(f"（請求額合計　{yen(L.total, 'kin_fw')}）", x=110, size=10)
    p.line("請求の原因", size=10.5)
    for i, s in enumerate(_cause(L, "カード利用", ds), 1):
        p.para(f"{fullwidth(str(i))}　{s}", indent="")
    p.para(f"{fullwidth(str(len(_cause(L, '', ds)) + 1))}　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。",
           indent="")
    return [p.spec]


def po_card_two_page(L: Letter) -> list[PageSpec]:
    """支払督促 over two pages: page 1 the order and a ruled 当事者目録; page 2 the claim as
    a table (請求金額 / 内訳 / 督促手続費用 / 合計) and the cause, half-width digits."""
    ds = "kanji"
    cr = L.ex["creditor_org"]
    p = Page(size=10.5, font="serif")
    p.y = 22
    p.line(f"{L.reference}　{L.ex['claim_name']}", size=10.5)
    p.gap(4)
    p.title("支払督促", size=20, font="serif-bold", spaced=True)
    p.gap(2)
    p.para("債務者は、債権者に対し、別紙請求の趣旨及び原因記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から2週間以内に督促異議を申し立てないときは、債権者は、仮執行の宣言の申立てをすることが"
           "できます。督促異議の申立ては、同封の督促異議申立書により、この裁判所に提出してください。")
    p.gap(4)
    _clerk(p, L, fmt_date(L.issued, ds), x=105, seed=161)
    p.gap(8)
    p.line("当事者目録", align="c", size=12)
    p.gap(2)
    p.table([["債権者", f"〒{cr.zip}　{cr.address}"], ["", f"{cr.name}　{cr.rep}"],
             ["", f"電話 {cr.phone}"],
             ["債務者", f"〒{L.ex['debtor_zip']}　{L.ex['debtor_addr']}"], ["", L.debtor]],
            [26, 144], size=10.5, aligns="ll", ruled="outer", row_h=8.5)
    p.gap(10)
    p.para("※この支払督促に関するお問い合わせは、事件番号をお知らせのうえ、下記までお願いします。", size=9.5, indent="")
    c = L.sender
    p.line(f"{c.name}　{c.dept}　電話 {c.phone}", x=30, size=10)
    q = Page(size=10.5, font="serif")
    q.y = 22
    q.line("請求の趣旨及び原因", align="c", size=13)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11)
    q.table([["請求金額", yen(L.principal + L.interest, "kin")],
             ["（内訳）立替金残額", yen(L.principal, "kin")],
             ["（内訳）未払手数料", yen(L.interest, "kin")],
             ["督促手続費用", yen(L.costs, "kin")],
             ["合計", yen(L.total, "kin")]],
            [70, 60], x=30, size=11, shade_col0=True, row_h=9)
    q.gap(3)
    q.para(f"上記立替金残額に対する{fmt_date(L.ex['next_day'], ds)}から完済まで{rate(L.rate)}の割合による遅延損害金", indent="")
    q.gap(4)
    q.line("第２　請求の原因", size=11)
    for i, s in enumerate(_cause(L, "クレジットカード会員", ds), 1):
        q.para(f"{i}　{s}", indent="")
    q.para(f"{len(_cause(L, '', ds)) + 1}　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。", indent="")
    return [p.spec, q.spec]


def po_guarantor_boxes(L: Letter) -> list[PageSpec]:
    """支払督促 for a guarantor's 求償金: creditor and debtor in two boxes side by side,
    full-width yen amounts, mixed-width case number."""
    ds = "fw"
    cr = L.ex["creditor_org"]
    p = Page(size=10.2, font="sans", top=16)
    p.line(f"{fmt_date(L.issued, ds)}", align="r")
    p.title("支払督促", size=18)
    p.line(f"事件番号：{L.reference}　{L.ex['claim_name']}", size=10.5)
    p.gap(2)
    y = p.y
    p.box(20, y, 83, 34)
    p.box(107, y, 83, 34)
    p.at(23, y + 5, "債権者", size=10, font="sans-bold")
    p.at(110, y + 5, "債務者", size=10, font="sans-bold")
    for i, s in enumerate([f"〒{cr.zip}", cr.address, cr.name, cr.rep, f"電話 {cr.phone}"]):
        p.at(23, y + 11 + i * 5.2, s, size=9)
    for i, s in enumerate([f"〒{L.ex['debtor_zip']}", L.ex["debtor_addr"], L.debtor]):
        p.at(110, y + 11 + i * 5.2, s, size=9.5 if i < 2 else 11)
    p.y = y + 38
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。" + WARNING_PO)
    p.gap(2)
    p.line("【請求の趣旨】", size=10.5, font="sans-bold")
    p.table([["求償金残元金", yen(L.principal, "kin_fw")],
             [f"確定遅延損害金（{fmt_date(L.late_from, ds)}～{fmt_date(L.as_of, ds)}）", yen(L.late, "kin_fw")],
             ["申立手続費用", yen(L.costs, "kin_fw")],
             ["合計", yen(L.total, "kin_fw")]],
            [112, 58], size=10, shade_col0=True, row_h=8)
    p.para(f"並びに上記求償金残元金に対する{fmt_date(L.ex['next_day'], ds)}から完済まで{rate(L.rate, 'pct_fw')}"
           "（年３６５日の日割計算）の割合による遅延損害金", size=9.5, indent="")
    p.line("【請求の原因】", size=10.5, font="sans-bold")
    oc = L.original_creditor
    p.para(f"１　債務者は、{fmt_date(L.ex['contract_date'], ds)}、{oc}から金{fullwidth(comma(L.ex['loan']))}円を借り受け、"
           "債権者は、債務者の委託を受けて上記債務を保証した。", indent="")
    p.para(f"２　債務者は、{fmt_date(L.acceleration, ds)}の経過により期限の利益を喪失し、債権者は、"
           f"{fmt_date(L.ex['subrogation_date'], ds)}、{oc}に対し保証債務の履行として金{fullwidth(comma(L.principal))}円を代位弁済した。",
           indent="")
    p.para("３　よって、債権者は、債務者に対し、求償金として請求の趣旨記載の金員の支払を求める。", indent="")
    p.gap(2)
    _clerk(p, L, "", x=112, seed=171)
    p.line(f"（問合せ先）{L.sender.dept}　電話 {L.sender.phone}", x=24, size=9)
    return [p.spec]


def _declaration(p: Page, L: Letter, ds: str, seed: int) -> None:
    p.line("仮執行宣言", align="c", size=13, font=p.font + "-bold")
    p.para(f"上記支払督促は、{fmt_date(L.ex['order_date'], ds)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てを"
           "しなかったので、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.para("前記金額につき、仮に執行することができる。")
    _clerk(p, L, fmt_date(L.issued, ds), x=105, seed=seed)


def poe_standard(L: Letter) -> list[PageSpec]:
    """仮執行宣言付支払督促, two pages: page 1 the order plus the 仮執行宣言 block with its own
    date (= issued); page 2 the parties and the claim."""
    ds = "kanji"
    p = Page(size=10.5, font="serif")
    p.y = 20
    p.line("仮執行宣言付支払督促", align="c", size=17, font="serif-bold")
    p.gap(3)
    p.line(f"事件番号　{L.reference}　{L.ex['claim_name']}", size=10.5)
    p.kv([("債権者", L.creditor), ("債務者", L.debtor)], x=26, label_w=22)
    p.gap(2)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債権者の申立てにより、上記のとおり支払督促を発する。")
    _clerk(p, L, fmt_date(L.ex["order_date_issued"], ds), x=105, seal=False)
    p.gap(4)
    p.rule()
    p.gap(4)
    _declaration(p, L, ds, 181)
    p.gap(4)
    p.para("この仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、この支払督促は確定判決と同一の"
           "効力を有することになります。", size=9.5, indent="")
    p.line("これは正本である。", x=24, size=10)
    p.line(f"（お問い合わせ）{L.sender.dept}　電話 {L.sender.phone}", x=24, size=9.5)
    q = Page(size=10.5, font="serif")
    q.y = 20
    _parties_list(q, L)
    q.gap(6)
    q.line("請求の趣旨", size=11.5)
    q.para(f"１　金{comma(L.principal + L.late)}円（残元金{comma(L.principal)}円及び確定遅延損害金{comma(L.late)}円"
           f"（{fmt_date(L.late_from, ds)}から{fmt_date(L.as_of, ds)}まで）の合計）", indent="")
    q.para(f"２　上記残元金{comma(L.principal)}円に対する{fmt_date(L.ex['next_day'], ds)}から完済まで{rate(L.rate)}の割合による遅延損害金",
           indent="")
    q.para(f"３　督促手続費用　金{comma(L.costs)}円", indent="")
    q.line(f"合計　金{comma(L.total)}円（２の遅延損害金を除く）", x=95, size=11)
    q.gap(4)
    q.line("請求の原因", size=11.5)
    for i, s in enumerate(_cause(L, "金銭消費貸借", ds), 1):
        q.para(f"{i}　{s}", indent="")
    return [p.spec, q.spec]


def poe_compact(L: Letter) -> list[PageSpec]:
    """仮執行宣言付支払督促 compressed onto one page with a 5-column claim table and
    half-width digits (sent as a fax)."""
    ds = "kanji"
    cr = L.ex["creditor_org"]
    p = Page(size=10, font="sans", top=18)
    p.line(f"{L.reference}", size=10)
    p.line(L.ex["claim_name"], size=10)
    p.title("仮執行宣言付支払督促", size=16)
    p.kv([("債権者", f"{cr.name}（{cr.address}）"), ("債務者", f"{L.debtor}（{L.ex['debtor_addr']}）")], x=22, label_w=18)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記の金額を支払え。")
    p.table([["元金", "未払利息", "督促手続費用", "合計", "遅延損害金"],
             [comma(L.principal), comma(L.interest), comma(L.costs), comma(L.total), f"元金に対し{rate(L.rate)}"]],
            [30, 28, 32, 34, 46], size=10, header=True, aligns="rrrrc", row_h=9)
    p.line("（単位：円。遅延損害金は" + fmt_date(L.ex["next_day"], ds) + "から完済まで）", size=8.5)
    p.gap(2)
    p.line("請求の原因", size=10.5, font="sans-bold")
    for i, s in enumerate(_cause(L, "金銭消費貸借", ds), 1):
        p.para(f"{i}　{s}", indent="", size=9.5)
    p.gap(2)
    p.line(f"支払督促発付日　{fmt_date(L.ex['order_date_issued'], ds)}", size=10)
    p.rule()
    p.gap(3)
    _declaration(p, L, ds, 191)
    p.line("これは正本である。", x=22, size=9.5)
    p.line(f"{L.sender.name} {L.sender.dept}　電話 {L.sender.phone}", x=22, size=9.5)
    return [p.spec]


def poe_two_column(L: Letter) -> list[PageSpec]:
    """仮執行宣言付支払督促 with a two-column header (case on the left, court on the right),
    full-width numbers, amounts as ￥…- in a ruled table."""
    ds = "fw"
    c = L.sender
    p = Page(size=10.2, font="serif", top=16)
    y = p.y
    p.line(f"事件番号　{fullwidth(L.reference)}", x=20, size=10.5)
    p.line(L.ex["claim_name"], x=20, size=10.5)
    p.y = y
    p.line(c.name, x=190, align="r", size=11)
    p.line(f"{c.dept}　電話 {fullwidth(c.phone)}", x=190, align="r", size=9.5)
    p.gap(6)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.table([["債権者", f"{L.creditor}　（{L.ex['creditor_org'].address}）"],
             ["債務者", f"{L.debtor}　（{L.ex['debtor_addr']}）"]], [24, 146], size=10, aligns="ll", shade_col0=True)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。")
    p.line("請求の趣旨", size=11)
    p.table([["残元金", yen(L.principal, "yen_dash")],
             [f"確定遅延損害金（{fmt_date(L.late_from, ds)}～{fmt_date(L.as_of, ds)}）", yen(L.late, "yen_dash")],
             ["督促手続費用", yen(L.costs, "yen_dash")],
             ["合計", yen(L.total, "yen_dash")]], [115, 55], size=10, row_h=8)
    p.para(f"及び残元金に対する{fmt_date(L.ex['next_day'], ds)}から完済まで{rate(L.rate, 'pct_fw')}の割合による遅延損害金",
           size=9.5, indent="")
    p.line("請求の原因", size=11)
    for i, s in enumerate(_cause(L, "金銭消費貸借", ds), 1):
        p.para(f"{fullwidth(str(i))}　{s}", indent="", size=9.5)
    p.line(f"支払督促　{fmt_date(L.ex['order_date_issued'], ds)}発付", size=9.5)
    p.gap(2)
    _declaration(p, L, ds, 201)
    p.line("これは正本である。", x=22, size=9.5)
    return [p.spec]


def _summons(p: Page, L: Letter, ds: str, table: bool, seed: int, small: bool = False) -> None:
    c = L.sender
    plaintiff = L.creditor
    p.line(f"事件番号　{L.reference}　{L.ex['claim_name']}", size=10.5)
    p.line(f"原告　{plaintiff}", size=10.5)
    p.line(f"被告　{L.debtor}", size=10.5)
    p.gap(3)
    title = "口頭弁論期日呼出状及び答弁書催告状" if small else "第1回口頭弁論期日呼出状及び答弁書催告状"
    p.title(title, size=15, font=p.font + "-bold")
    p.line(f"{L.debtor}　殿", size=12)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "同期日に出頭してください。")
    p.para("なお、訴状を読んだうえで、答弁書を下記提出期限までに当裁判所に提出してください。答弁書を提出せず、期日に出頭しないときは、"
           "原告の主張を認めたものとして、原告の請求どおりの判決がされることがあります。")
    if small:
        p.para("この訴訟は少額訴訟により審理されます。少額訴訟では、原則として１回の期日で審理を終え、直ちに判決が言い渡されます。")
    p.line("記", align="c")
    when = fmt_date(L.hearing, ds, weekday=True) + "　" + L.ex["hearing_time"]
    if table:
        p.table([["期日", when], ["場所", L.ex["courtroom"]], ["答弁書提出期限", fmt_date(L.ex["answer_due"], ds, weekday=True)]],
                [42, 128], size=11, aligns="ll", shade_col0=True, row_h=10)
    else:
        p.kv([("期　　日", when), ("出頭場所", L.ex["courtroom"]), ("答弁書提出期限", fmt_date(L.ex["answer_due"], ds))],
             x=30, label_w=38, size=11)
    p.gap(4)
    _clerk(p, L, fmt_date(L.issued, ds), x=105, seed=seed)
    p.line(f"{c.dept}　電話 {c.phone}（ご来庁の際は本書をお持ちください。）", x=24, size=9.5)


def _complaint(q: Page, L: Letter, ds: str, interest: bool) -> None:
    q.title("訴　　状", size=18, font=q.font + "-bold")
    q.line(f"{fmt_date(L.ex['filed'], ds)}", align="r")
    q.line(f"{L.sender.name}　御中", size=11)
    q.gap(2)
    q.kv([("原告", f"{L.creditor}（{L.ex['creditor_org'].address}）"), ("", L.ex["creditor_org"].rep),
          ("被告", f"{L.debtor}（{L.ex['debtor_addr']}）")], x=24, label_w=18, size=10)
    q.gap(2)
    q.line("請求の趣旨", size=11.5)
    if interest:
        q.para(f"１　被告は、原告に対し、金{comma(L.total)}円（残元金{comma(L.principal)}円、未払利息{comma(L.interest)}円、"
               f"確定遅延損害金{comma(L.late)}円）及びうち金{comma(L.principal)}円に対する{fmt_date(L.ex['next_day'], ds)}から"
               f"支払済みまで{rate(L.rate)}の割合による金員を支払え。", indent="")
    else:
        q.para(f"１　被告は、原告に対し、金{comma(L.total)}円及びうち金{comma(L.principal)}円に対する"
               f"{fmt_date(L.ex['next_day'], ds)}から支払済みまで{rate(L.rate)}の割合による金員を支払え。", indent="")
    q.para("２　訴訟費用は被告の負担とする。", indent="")
    q.para("との判決並びに仮執行宣言を求める。", indent="")
    q.gap(2)
    q.line("請求の原因", size=11.5)
    for i, s in enumerate(_cause(L, "金銭消費貸借", ds, lawsuit=True), 1):
        q.para(f"{i}　{s}", indent="")
    if not interest:
        q.para(f"{len(_cause(L, '', ds)) + 1}　確定遅延損害金は、残元金{comma(L.principal)}円に対する{fmt_date(L.late_from, ds)}から"
               f"{fmt_date(L.as_of, ds)}まで{rate(L.rate)}の割合による金{comma(L.late)}円である。", indent="")
    q.para("よって、原告は、被告に対し、請求の趣旨記載の金員の支払を求める。", indent="")
    q.gap(2)
    q.line("証拠方法", size=11)
    q.line("甲第1号証　金銭消費貸借契約書　　甲第2号証　取引履歴" + ("　　甲第3号証　債権譲渡通知書" if L.assignment else ""),
           x=26, size=9.5)


def law_summary_summons(L: Letter) -> list[PageSpec]:
    """簡易裁判所: page 1 the 呼出状 (label lines), page 2 the 訴状 with the amounts."""
    ds = "kanji"
    p = Page(size=10.5, font="serif")
    p.y = 22
    _summons(p, L, ds, table=False, seed=211)
    q = Page(size=10.5, font="serif")
    q.y = 18
    _complaint(q, L, ds, interest=False)
    return [p.spec, q.spec]


def law_district_table(L: Letter) -> list[PageSpec]:
    """地方裁判所 (ワ): the 呼出状 with the date / place / deadline in a ruled table; the
    訴状 on page 2 with 未払利息 in the claim; the plaintiff is a bank."""
    ds = "fw"
    p = Page(size=10.5, font="sans")
    p.y = 22
    _summons(p, L, ds, table=True, seed=221)
    q = Page(size=10.5, font="sans")
    q.y = 18
    _complaint(q, L, ds, interest=True)
    return [p.spec, q.spec]


def law_small_claims(L: Letter) -> list[PageSpec]:
    """少額訴訟 (少コ): one page — the 呼出状 plus a boxed 請求の要旨 with the amounts."""
    ds = "kanji"
    p = Page(size=10, font="sans", top=14, leading=1.5)
    _summons(p, L, ds, table=True, seed=231, small=True)
    p.gap(2)
    y = p.y
    p.box(20, y, 170, 33, width=0.4)
    p.y = y + 2
    p.line("（訴状の要旨）", x=24, size=10, font="sans-bold")
    p.kv([("請求額", f"{yen(L.total)}（元金{yen(L.principal, 'en')}、遅延損害金{yen(L.late, 'en')}）"),
          ("損害金の計算", f"元金に対する{fmt_date(L.late_from, ds)}から{fmt_date(L.as_of, ds)}まで{rate(L.rate)}"),
          ("期限の利益喪失日", fmt_date(L.acceleration, ds)),
          ("原告連絡先", f"{L.creditor}　電話 {L.ex['creditor_org'].phone}")], x=26, label_w=34, size=9.5)
    return [p.spec]


TEMPLATES = {
    "po_standard": po_standard,
    "po_card_two_page": po_card_two_page,
    "po_guarantor_boxes": po_guarantor_boxes,
    "poe_standard": poe_standard,
    "poe_compact": poe_compact,
    "poe_two_column": poe_two_column,
    "law_summary_summons": law_summary_summons,
    "law_district_table": law_district_table,
    "law_small_claims": law_small_claims,
}
