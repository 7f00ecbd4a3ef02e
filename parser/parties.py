"""Who is who: the sender, the creditor, the original creditor and the debtor.

The words come from parser/data/parties.yml. A letter names several organisations — the
servicer that writes, the bank the loan came from, the court it threatens with — so the
sender is chosen by where a name stands (near the 法務大臣許可番号, the 代表取締役 and the
seal, alone on a line at the head or foot of the letter) and names that the letter itself
calls 原債権者/委託者/譲渡人 are kept out.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from parser import normalize, rules
from parser.layout import Row, Segment
from parser.models import DocumentType, Evidence, SenderKind

if TYPE_CHECKING:
    from parser.fields import Paragraph
    from parser.registry import NameMatch

NAME_CHARS = r"[^\s、。,，:：「」『』()（）【】\[\]〒/]"
_COURT_RE = re.compile(r"[^\s\d、。,，:：「」()（）号殿様御中]{1,10}?(?:簡易|地方|高等|家庭)裁判所(?:[^\s、。,，]{1,6}?支部)?")
_STOP_AFTER = re.compile(r"(?<=.{2})(?:との間|より|から|は、|が、|に対し|において|代表|御中|様|殿|の(?:委託|依頼)|宛)")


@dataclass(frozen=True)
class Mention:
    name: str
    row: Row
    start: int
    end: int


@cache
def _org_re() -> re.Pattern[str]:
    data = rules.parties()
    prefixes = "|".join(re.escape(p) for p in data.org_prefixes)
    suffixes = "|".join(re.escape(s) for s in sorted(data.org_suffixes, key=len, reverse=True))
    # A town hall signs as its mayor (「北上浜市長 外舘章太郎」): the town is the organisation.
    mayor = r"[一-龯ぁ-ゖァ-ヶー]{1,6}?(?:市|町|村)(?=長\s?[一-龯])"
    return re.compile(rf"(?:{prefixes}){NAME_CHARS}{{1,24}}|{NAME_CHARS}{{1,24}}?(?:{suffixes})(?:{NAME_CHARS}{{1,8}}?支店)?|{mayor}")


_DEPARTMENT = re.compile(r"\S{1,8}(?:課|部|室|係|グループ|チーム|センター|支店|営業所)")


def clean_name(raw: str) -> str | None:
    """A name as the contract wants it: NFKC, spaces removed, no honorific, title or address."""
    data = rules.parties()
    # 「米村設備こと 米村 拓海」: a trade name, こと, then the person who trades under it.
    name = normalize.compact(raw)
    # The person's name after こと is in kanji (まこと, ことみ are names; 株式会社ことぶきローン is a company).
    trade = re.match(r"^(\S{1,20}?[^\sぁ-ゖ])こと([一-龯々]{2,8})$", name)
    if trade and not _org_re().search(trade.group(1)):
        name = trade.group(2)
    # 「左近充板金 代表 左近充里志 殿」: a sole trader's shop name, then the person who owns it.
    owner = re.match(r"^(\S{1,20}?)代表(?:者)?([一-龯々]{2,3}[一-龯々ぁ-ゖァ-ヶ]{1,4})$", name)
    if owner and not _org_re().search(owner.group(1)) and not re.search(r"法人|組合|協会|会$", owner.group(1)):
        name = owner.group(2)
    before = None
    while before != name:  # 「鞍谷美和氏 (投職…」: the open bracket goes first, then the honorific it hid
        before = name
        for pattern in data.name_tail_noise:
            name = re.sub(pattern, "", name)
    name = re.sub(r"^[☐☑☒□■✓✔◯○●◎※*・]+", "", name)  # a ticked box or a bullet before the name
    # 「…建物の賃貸人である泉妻トミ子」, 「前略当職はうつぎ台住宅保証株式会社」: a sentence ran into the name.
    name = re.sub(r"^.*(?:である|当職らは|当職は|当事務所は|当法人は|弊職は|拝啓|前略|冠省)(?=\S{2})", "", name)
    # 「株式会社やしゃぶし保証求償管理課」: the department that writes, after the company's name.
    dept = re.match(r"^(.*(?:株式会社|有限会社|銀行|金庫|組合|保証|債権回収|ファイナンス|カード|クレジット|信販|リース|ローン))\S{1,8}(?:課|係|室|グループ|チーム)$", name)
    # 「株式会社あかぎねキャピタル桐生営業所」: a branch after the name.
    branch = re.match(r"^((?:株式会社|有限会社|合同会社)\S{2,}?)[一-龯]{1,4}(?:営業所|出張所|支社|支店)$", name)
    if branch:
        name = branch.group(1)
    # 「株式会社いろはレントサポート債権管理課」: the legal form first, the section last.
    dept = dept or re.match(r"^((?:株式会社|有限会社|合同会社)\S{2,}?)(?:債権|管理|回収|業務|督促|お客様|料金)\S{0,6}(?:課|係|室|グループ|チーム)$", name)
    if dept:
        name = dept.group(1)
    # 「日本みなかぜ放送協会受信料特別対策センター」: a centre or department of a body whose legal form ends its name.
    centre = re.match(r"^(\S{2,}(?:協会|株式会社|銀行|金庫|組合|機構))\S{1,12}(?:センター|部)$", name)
    if centre:
        name = centre.group(1)
    # 「亡八田正樹承継人八田紀子」, 「被相続人…相続人…」: the heir after the late debtor's name.
    name = re.sub(r"^(?:亡|故|被相続人)\S{2,10}?(?:承継人|相続人)(?=\S{2})", "", name)
    # 「980-0000仙台市…九丁目9番9号さくらそう債権管理回収株式会社」: an address run into the name.
    ends = list(_ADDRESS_END.finditer(name))
    if ends and looks_like_address(name[: ends[-1].end()]):
        if _org_re().search(name[ends[-1].end() :]):
            name = name[ends[-1].end() :]
        elif name[ends[-1].end() :] in data.org_prefixes:
            return None  # 「…9番9号株式会社」: the name itself follows the legal form
    name = re.sub(r"^.*?[がはをにのと](?=当(?:センター|社|行|金庫|組合|事務所)$)", "", name)  # 「(訴)訟が当センター」
    name = re.sub(r"^\d{1,2}(?=請求|紛争|要旨)", "", name)  # 「1 請求原因の要旨 株式会社…」: a numbered paragraph
    # 「千草台第二ビル四階蘇武法律事務所」: the building and floor of the address run into the name.
    name = re.sub(r"^\S{1,16}?ビル\S{0,4}?[階F](?=\S{2,}(?:事務所|株式会社|会社|組合|金庫|銀行)$)", "", name)
    numbering = r"^(?:[(（]?\d{1,2}[)）.]?(?![\d年/.])|[①-⑳])"  # list numbering: 「1 株式会社…」, 「1 契約の内容 株式会社…」
    name = re.sub(numbering, "", name)
    stripped = True
    while stripped:  # 「通知書通知人 公益財団法人…」: more than one lead word
        stripped = False
        for lead in sorted(data.name_lead_noise, key=len, reverse=True):
            # (「訴外会社」 is an alias the letter defined, kept whole to be resolved)
            alias = lead == "訴外" and re.fullmatch(r"\S{0,4}(?:会社|銀行|金庫)", name[len(lead) :])
            if name.startswith(lead) and len(name) > len(lead) and not alias:
                name, stripped = name[len(lead) :], True
    name = re.sub(numbering, "", name)
    name = re.sub(r"^[QA][.．:：]", "", name)  # a FAQ's 「Q.銀行へのご返済は…」
    # 「お客様の株式会社東都みらい銀行」, 「…請求いたします一貴殿は平成二十九年八月株式会社雁が丘銀行」: a sentence
    # before the legal form that starts the name.
    inner = re.search(r"(?<=[ぁ-ゖ\d年月日])(株式会社|有限会社|合同会社)", name)
    if inner and not name.endswith(inner.group(1)) and re.search(r"[ぁ-ゖ]", name[: inner.start()]):
        name = name[inner.start() :]
    lead_date = next(normalize.dates(name), None)
    if lead_date is not None and lead_date.start == 0:
        name = name[lead_date.end :].lstrip("付にで、,")  # 「令和七年二月三日株式会社…」
    name = name.strip(":：・,、。 ·•…‥").lstrip("】」』)）]〕》.-").rstrip("【「『(（[〔《")  # 「【出頭場所】 津地方裁判所」, leader dots
    if any(word in name for word in data.not_names) or name in data.org_prefixes or name in data.org_suffixes or name in data.label_words:
        return None  # 「株式会社」 alone is no one's name
    if re.search(r"契約に係る|契約に基づく|に対する|について", name):
        return None  # 「株式会社こでまりクレジットのオートローン契約に係る貴…」: a clause, not a name
    if re.search(r"[はがをにのへと](?:株式会社|有限会社|合同会社)$", name):
        return None  # 「(貴)社が株式会社…」: a sentence ran into the legal form of the next name
    if re.fullmatch(r"[*＊●○×]+", name):
        return None  # a masked name (「******」) names no one
    return name if len(name) >= 2 else None


def _without_department(name: str, raw: str) -> str:
    """「株式会社あおばとキャッシング　回収管理課」: the printed space (which the normalised text no longer
    has) ends the name when a department follows it."""
    words = [normalize.compact(w) for w in unicodedata.normalize("NFKC", raw).split()]
    for j in range(len(words)):
        for i in range(j + 1, len(words)):
            head = "".join(words[j:i])
            if (
                name.startswith(head)
                and len(head) < len(name)
                and _DEPARTMENT.fullmatch(name[len(head) :])
                and _org_re().fullmatch(head)
            ):
                return head
    return name


def _prefix_above(rows: list[Row], row: Row, pos: int) -> str | None:
    """An organisation form (弁護士法人, 株式会社 …) printed alone right above the name's cell."""
    if row.index == 0:
        return None
    index = row.segment_at(pos)
    if row.segment_start(index) != pos:
        return None  # the name must head its cell
    seg = row.segments[index]
    height = seg.bbox[3] - seg.bbox[1]
    for prev in reversed(rows[max(0, row.index - 3) : row.index]):
        if prev.page != row.page or prev.bbox[3] < seg.bbox[1] - 2.5 * height:
            return None
        over = [a for a in prev.segments if a.bbox[0] < seg.bbox[2] and seg.bbox[0] < a.bbox[2]]
        if over:  # the nearest cell above in the same column
            first = over[0]
            found = first.text in rules.parties().org_prefixes and abs(first.bbox[0] - seg.bbox[0]) < height
            return first.text if found else None
    return None


@cache
def _prefix_re() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in rules.parties().org_prefixes)
    return re.compile(rf"(?:{prefixes}){NAME_CHARS}{{1,24}}")


def _org_matches(text: str) -> list[re.Match[str]]:
    """Organisation-like spans, leftmost first; a name in the 株式会社○○ form also where a span
    ending in its 株式会社 came first (「お問い合わせ株式会社|ひなたローン」)."""
    found = list(_org_re().finditer(text))
    covered = [(m.start(), m.end()) for m in found]
    for m in _prefix_re().finditer(text):
        inside = next(((a, b) for a, b in covered if a < m.start() < b), None)
        if (
            inside is not None
            and text[m.start() : inside[1]] in rules.parties().org_prefixes
            and clean_name(text[inside[0] : inside[1]]) is None  # the first span was no name at all
        ):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def org_mentions(rows: list[Row]) -> list[Mention]:
    out = []
    above = {r.index: r.text for r in rows}
    for row in rows:
        for m in _org_matches(row.text):
            if row.text[m.end() :].startswith("グループ"):
                continue  # 「ひのきざか銀行グループ」 under a subsidiary's logo names the group, not the sender
            text = m.group(0)
            # 「…センター株式会社」: the shortest name that ends like an organisation stops at センター.
            more = re.match(r"株式会社|有限会社|合同会社", row.text[m.end() :])
            if more:
                text += more.group(0)
            stop = _STOP_AFTER.search(text)
            if stop:
                text = text[: stop.start()]
            text = _without_department(text, row.raw)
            start = m.start()
            role = re.match(r"^.*代理人(?:弁護士(?!法人)|司法書士(?!法人))?", text)
            if role and re.match(r"[をがはのにへとで]", text[role.end() :]):
                continue  # 「…の訴訟代理人を務める弁護士です」: the role in a sentence, no name after it
            if role and len(text) - role.end() >= 4:  # 「右代理人堀之内総合法律事務所」: the role is not the name
                text, start = text[role.end() :], start + role.end()
            if text.endswith("裁判所"):
                text += _body_below(rows, row, row.text[start + len(text) :])
            # 「法務省管轄支局 民事訴訟管理センター」: an office name printed before a space belongs to it.
            lead = re.search(r"(\S*(?:支局|本部|事務局|省))\s$", row.text[:start])
            if lead:
                start, text = lead.start(1), lead.group(1) + text
            elif start == 0 and re.fullmatch(r"\S{2,12}(?:支局|本部|省|裁判所|庁|管轄)", above.get(row.index - 1, "")):
                text = above[row.index - 1] + text  # the office name on the line above
            elif not text.startswith(tuple(rules.parties().org_prefixes)) and (
                prefix := _prefix_above(rows, row, m.start())
            ) is not None:
                text = prefix + text  # 「弁護士法人」 on its own line over 「うしお法律事務所」
            name = clean_name(text)
            if name and not re.fullmatch(r"[\d\-]+", name) and name not in rules.parties().bystanders:
                out.append(Mention(name, row, start, start + len(text)))
        for index, seg in enumerate(row.segments):
            form = _form_below(rows, row, seg)
            start = row.segment_start(index)
            if form and not any(m.start <= start < m.end for m in out if m.row is row):
                name = clean_name(seg.text.replace(" ", "") + form)
                if name and _org_re().search(name):
                    out.append(Mention(name, row, start, start + len(seg.text)))
    return out


def _form_below(rows: list[Row], row: Row, seg: Segment) -> str | None:
    """「アルファ債権回収」 over 「株式会社」: a name wrapped before its legal form in a narrow sender block."""
    below = rows[row.index + 1] if row.index + 1 < len(rows) else None
    if below is None or below.page != row.page or any(form in seg.text for form in rules.parties().org_prefixes):
        return None
    height = max(seg.bbox[3] - seg.bbox[1], 1.0)
    for cell in below.segments:
        form = cell.text.replace(" ", "")
        if form in rules.parties().org_prefixes and abs(cell.bbox[0] - seg.bbox[0]) < height and cell.bbox[1] - seg.bbox[3] < 1.5 * height:
            return form
    return None


def agent(rows: list[Row], *, voice: bool = False) -> Mention | None:
    """The law office that signs as the sender's agent (「右代理人 ○○法律事務所」「通知人代理人 弁護士法人…」).
    With `voice` (the letter says 「当法人は…から委任を受け」), the one office it names signs even without 代理人."""
    offices: dict[str, Mention] = {}
    for mention in org_mentions(rows):
        before = mention.row.text[: mention.start].replace(" ", "")
        if sender_kind(mention.name) is SenderKind.law_office:
            above = rows[mention.row.index - 1].text.replace(" ", "") if 0 < mention.row.index < len(rows) else ""
            if before.endswith("代理人") or (not before and above.endswith("代理人")):  # 「上記代理人」 over the office
                return mention
            offices.setdefault(mention.name, mention)
    # 「株式会社にじますカード代理人 / 弁護士 剣持恭平」 under the office's letterhead: the one office signs.
    signs = voice or any(re.search(r"代理人\s*(?:弁護士|司法書士)", a.text + " " + b.text) for a, b in itertools.pairwise(rows))
    # 「夜鷹ビル5階剣持・笹倉法律事務所」 is the same office as its letterhead's 「剣持・笹倉法律事務所」.
    shortest = min(offices, key=len, default="")
    same = all(name.endswith(shortest) or name.startswith(shortest) for name in offices)  # and 「…事務所預り金口」
    return offices[shortest] if signs and offices and same else None


def org_at_start(text: str) -> str | None:
    """The organisation a run of text begins with (「株式会社みつまたローンとの金銭消費貸借契約…」)."""
    stripped = text.lstrip(" :：")
    found = next(iter(_org_matches(stripped)), None)
    if found is None or found.start() != 0:
        return None
    # The 株式会社○○ form runs on into the sentence: it stops at the particle that follows the name.
    # A particle before a kanji (「…カードは貴殿に」) ends it too; in 「株式会社はなみずき銀行」 は is the name, and in
    # 「株式会社しまえなが銀行」 が is (the kanji that follow are the kind of business).
    business = "銀行|信用|信託|証券|保証|債権|商事|物産|工務|建設|興業|産業|不動産|生命|信販|金融|商会"
    name = clean_name(re.split(rf"(?<=..)(?:との|から|より|に対し|において|の間|[はがをにへ](?=[一-龯、,（(]|$)(?!{business}))", found.group(0))[0])
    return name if name and len(name) >= 4 else None


def looks_like_org(name: str) -> bool:
    return bool(_org_re().search(name))


def sender_kind(name: str | None) -> SenderKind:
    if not name:
        return SenderKind.unknown
    for rule in rules.parties().sender_kinds:
        if re.search(rule.pattern, name):
            return rule.kind
    return SenderKind.other


def court(rows: list[Row]) -> Mention | None:
    """The court that issued the papers: the one signing (民事部, 書記官), not one they refer to
    (「督促事件 金沢簡易裁判所 令和7年(ロ)第…号」 above a district court's summons)."""
    noise = sorted(rules.parties().court_name_noise, key=len, reverse=True)
    found: list[tuple[float, Mention]] = []
    for row in rows:
        # Dates cut off, so 「令和7年11月12日 仙台簡易裁判所」 does not become 日仙台…; spaces go,
        # for the letter-spaced 「仙 台 簡 易 裁 判 所」.
        text = row.text
        for d in reversed(list(normalize.dates(text))):
            text = text[: d.start] + "、" + text[d.end :]
        text = text.replace(" ", "")
        m = _COURT_RE.search(text)
        if m and re.search(r"(?:する|した|される|の|を)(?:簡易|地方|高等|家庭)裁判所", m.group(0)):
            m = None  # 「住所地を管轄する簡易裁判所」 names no court (but 「さいたま地方裁判所」 does)
        if m:
            name = m.group(0)
            for word in noise:
                if word in name:
                    name = name[name.rindex(word) + len(word) :]
            after = text[m.end() : m.end() + 8] + " " + rows[row.index + 1].text[:12] if row.index + 1 < len(rows) else ""
            score = 1.0 if re.search(r"民事|書記官|裁判官|支部", after) else 0.0
            if re.search(r"督促事件|原審|移送|\(ロ\)|（ロ）", text) and "(ワ)" not in text:
                score -= 1.0  # the earlier case this one came from
            name = (clean_name(name) or name) + _body_below(rows, row, text[m.end() :])
            found.append((score, Mention(name, row, m.start(), m.end())))
    if not found:
        return _court_like(rows)
    best = max(found, key=lambda f: f[0])[1]  # the first among the best
    # Its evidence: the clearest line that names that court (a seal over the signature blurs it).
    return max((m for _, m in found if m.name == best.name), key=lambda m: m.row.confidence)


def org_under_heading(rows: list[Row], heading: str) -> Mention | None:
    """The organisation a heading row introduces: on its row or within the three rows below
    (「1. 譲受人」 / address / 「明星債権回収株式会社（法務大臣許可番号…）」)."""
    for row in rows:
        if not re.match(r"^[\s\d.．、・()（）①-⑳一二三四五六七八九十]*" + re.escape(heading) + r"\s*[:：]?", row.text):
            continue
        below = {r.index for r in rows[row.index : row.index + 4] if r.page == row.page}
        return next((m for m in org_mentions(rows) if m.row.index in below), None)
    return None


def either_side(rows: list[Row]) -> tuple[Mention | None, Mention | None]:
    """The organisation and the person a court record names under labels of either side (申立人 / 相手方)."""
    labels = rules.parties().either_side_labels
    org: Mention | None = None
    person: Mention | None = None
    for row in rows:
        # 「当事者 | 申立人福地光太郎(出頭) | 相手方アルファ債権回収株式会社(代理人…)」: each side in a cell of its own
        texts = [row.text, *(seg.text for seg in row.segments[1:])]
        for label, (i, text) in itertools.product(labels, enumerate(texts)):
            m = re.match(r"\s*" + r"\s*".join(map(re.escape, label)) + r"\s*", text)  # 「申 立 人」 too
            if m is None or re.match(r"[はがをにへと、]", text[m.end() :]):
                continue  # 「申立人は、相手方に対し…」: the role in a sentence
            cell = text[m.end() :].strip()
            name = after_address(cell) or clean_name(cell)
            below = rows[row.index + 1] if row.index + 1 < len(rows) else None
            if (not name or looks_like_address(name)) and below is not None and below.page == row.page and i == 0:
                name = clean_name(below.text.replace(" ", ""))  # the address on the label's line, the name below it
            if not name or len(name) < 2 or looks_like_address(name):
                continue
            mention = Mention(name, row, m.end(), len(row.text))
            if looks_like_org(name):
                org = org or mention
            elif not _not_a_person(name):
                person = person or mention
    return org, person


_COURT_LIKE = re.compile(r"(?<![当同本各])[一-龯ァ-ヶー]{2,10}裁判所")
_GENERIC_COURT = re.compile(r"^(?:管轄|上記|下記|受訴|執行|所轄|最寄り?|担当|正式)")
_DEPARTMENT_LINE = re.compile(r"^[一-龯ァ-ヶー]{2,12}(?:課|係|センター|局|室)$")


_FAKE_BODY = re.compile(r"^[一-龯ァ-ヶー]{2,12}(?:センター|管理局|事務局|通達局|調整室|管理室)")


def _body_below(rows: list[Row], row: Row, rest: str) -> str:
    """A court has no センター or 管理局: a scam prints one after a court's name, on its own line
    (「東京簡易裁判所」 / 「民事訴訟受付センター」), and the sender is the whole invented body."""
    if rest.strip():  # 「関東地方裁判所 訴訟記録調整室」 on one line
        same = _FAKE_BODY.match(rest.strip().split(" ")[0])
        return same.group(0) if same else ""
    if row.index + 1 >= len(rows) or rows[row.index + 1].page != row.page:
        return ""
    m = _FAKE_BODY.match(rows[row.index + 1].text.replace(" ", ""))
    return m.group(0) if m else ""


def _court_like(rows: list[Row]) -> Mention | None:
    """A name that ends in 裁判所 but is no court's (「西日本民事裁判所」, a scam's): the sender as
    printed, with the department on the line below it."""
    for row in rows:
        m = _COURT_LIKE.search(row.text.replace(" ", ""))
        if m is None or _GENERIC_COURT.match(m.group(0)):
            continue
        name = m.group(0)
        below = rows[row.index + 1].text.replace(" ", "") if row.index + 1 < len(rows) else ""
        if _DEPARTMENT_LINE.match(below) and rows[row.index + 1].page == row.page:
            name += below
        return Mention(name, row, m.start(), m.end())
    return None


# --------------------------------------------------------------------------- sender


def _is_prose(row: Row, mention: Mention) -> bool:
    after = row.text[mention.end : mention.end + 12]
    return bool(re.match(r"\s*(?:との間|より|から|に対し|の(?:委託|依頼)|\(以下|（以下|は、?債務者|は、?貴殿)", after))


# How a letter refers to its writer, and what the writer's name then ends with.
_VOICE = {"当行": r"銀行$", "当金庫": r"金庫$", "当組合": r"組合$", "当協会": r"協会$", "当機構": r"機構$",
          "当事務所": r"事務所$|弁護士法人|司法書士法人", "当職": r"事務所$|弁護士法人|司法書士",
          "弊所": r"事務所$|弁護士法人|司法書士法人"}  # fmt: skip


_FIELD_WORD = re.compile(r"\s*(?:商号|名称|社名|会社名|法人名|氏名)\s*[:：]?\s*")


def sender(
    rows: list[Row], *, exclude: set[str], license_row: int | None, debtor: str | None, assignor_writes: bool = False
) -> Mention | None:
    """The organisation that signs the letter. `assignor_writes`: the letter says its writer assigned
    the debt, so the 譲渡人 signs, not the 譲受人 it names."""
    best: tuple[float, Mention] | None = None
    last_page = rows[-1].page if rows else 1
    letter_voice = " ".join(r.text for r in rows)
    for mention in org_mentions(rows):
        if mention.name in exclude or (debtor and mention.name == debtor):
            continue
        row = mention.row
        score = 0.0
        if license_row is not None:
            distance = abs(row.index - license_row)
            score += 4.0 if distance <= 1 else 2.5 if distance <= 4 else 0.0
            if sender_kind(mention.name) is SenderKind.servicer:
                score += 2.0  # the licence is a servicer's: 「東北回収センター」 under it is only its office
        window = " ".join(r.text for r in rows[max(0, row.index - 1) : row.index + 2])
        if re.search(r"代表取締役|代表者|代表理事|支店長|[印㊞]", window):
            score += 2.0
        segment = next((s.text for s in row.segments if mention.name[:4] in s.text.replace(" ", "")), row.text)
        short = len(segment.replace(" ", "")) <= len(mention.name) + 8  # the name stands alone in its cell
        at_head = row.page == rows[0].page and row.top_fraction < 0.35
        at_foot = row.page == last_page and row.top_fraction > 0.55
        if short and (at_head or at_foot):
            score += 2.0
        # The party label in front of the name, on its row or alone on the row above.
        before, field_row = row.text[: mention.start], False
        if row.index > 0 and len(row.segments) > 1 and len(rows[row.index - 1].segments) == len(row.segments):
            # 「通知人(譲渡人) | 通知人(譲受人)」 over 「A株式会社 | B債権回収株式会社」: each name's own heading
            cell = row.segments[row.segment_at(mention.start)]
            heading = min(rows[row.index - 1].segments, key=lambda s: abs(s.bbox[0] - cell.bbox[0]))
            before = heading.text + " " + row.text[row.segment_start(row.segment_at(mention.start)) : mention.start]
        elif (mention.start == 0 or (field_row := bool(_FIELD_WORD.fullmatch(before)))) and row.index > 0 and len(rows[row.index - 1].text) <= 40:
            before = rows[row.index - 1].text + " " + before  # 「1. 譲受人」 over 「商号 アルファ債権回収株式会社」
        if assignor_writes and "譲渡人" in before:
            score += 8.0  # 「当社は…譲渡いたしました」 signed (譲渡人) …: the assignor writes
        elif assignor_writes and "譲受人" in before:
            score -= 8.0  # the buyer it names (with the buyer's licence) does not sign the seller's notice
        elif re.search(r"譲受人|差出人|通知人|発信者", before) and not field_row:  # not an item of the 記 (「1 譲受人 / 名称 …」)
            score += 3.0
        elif re.search(r"原債権者|譲渡人|委託者|委託元|ご契約先|旧債権者", before):
            score -= 5.0
        if _is_prose(row, mention):
            score -= 3.0
        if re.search(r"[(（]\s*$", row.text[: mention.start]):
            score -= 5.0  # 「いなほ住宅保証株式会社 (株式会社青葉台銀行住宅ローン保証会社)」: a gloss on the name before
        if re.search(re.escape(mention.name) + r"(?:の)?(?:訴訟)?代理人", row.text.replace(" ", "")):
            score -= 5.0  # 「A株式会社代理人 弁護士…」: A is the client; its lawyer signs
        if payee_row(rows, row, heading=mention.start == 0):
            score -= 6.0
        if any(word in letter_voice and re.search(kind, mention.name) for word, kind in _VOICE.items()):
            score += 2.0  # 「当行は…譲渡いたしました」: the letter speaks as a bank, so a bank signs it
        if re.search(r"株式会社|有限会社|合同会社|\(株\)|銀行|信用金庫|信用組合|法律事務所|弁護士法人|司法書士|機構", mention.name):
            score += 1.0  # the company itself rather than its 「お客さまセンター」
        if sender_kind(mention.name) is SenderKind.court and not re.search(r"裁判所.+(?:センター|局)$", mention.name):
            score -= 2.0  # a servicer's letter may name a court in its threats (not so a scam's 「…裁判所…センター」)
        # Ties go to the later mention: a letter is signed at its foot more often than not.
        if best is None or score >= best[0]:
            best = (score, mention)
    return best[1] if best and best[0] >= 0 else None


def payee_row(rows: list[Row], row: Row, *, heading: bool = True) -> bool:
    """Does `row` name where money is paid (お振込先, 口座名義 …), on the row or in a heading that ends the
    row above (「お支払期限 | お振込先」 over the bank's name)? A bank named there does not sign the letter."""
    above = rows[row.index - 1].text.rstrip() if heading and row.index > 0 else ""
    return any(word in row.text or above.endswith(word) for word in rules.parties().not_sender_context)


# --------------------------------------------------------------------------- debtor


def debtor(rows: list[Row]) -> Mention | None:
    """The addressee: a name followed by 様 or 殿, near the head of page 1 (or the foot, 内容証明 style).
    A letter to a late debtor's heirs (「亡 仁多見辰雄 様 / 相続人 仁多見智恵子 様」) claims from the heir."""
    found = list(itertools.islice(addressees(rows), 3))
    company = _company_addressee(rows)
    if company is not None and (not found or found[0].row.index >= company.row.index):
        return company  # 「有限会社さざ波精工 御中 / 代表取締役 鰍沢英二 様」: the company owes, its president signs for it
    living = [m for m in found if not re.match(r"(?:被相続人)?[亡故]|被相続人", m.name)]
    if found and len(living) < len(found) and living:
        return living[0]
    return found[0] if found else None


def _company_addressee(rows: list[Row]) -> Mention | None:
    """A company the letter is addressed to (「株式会社○○ 御中」) at the head of its first page."""
    for row in rows:
        if row.page != rows[0].page or row.top_fraction > 0.4:
            break
        m = re.search(rf"({NAME_CHARS}{{2,30}}?)\s*御中", row.text)
        name = clean_name(m.group(1)) if m else None
        if m and name and _org_re().search(name) and sender_kind(name) not in (SenderKind.law_office, SenderKind.court):
            return Mention(name, row, m.start(1), m.end(1))
    return None


def addressees(rows: list[Row]) -> Iterator[Mention]:
    """Every name the letter addresses with 様 or 殿, in reading order."""
    honorifics = "|".join(rules.parties().honorifics)
    for row in rows:
        text = row.text
        # A name holds no honorific: 「等々力誠殿 舟橋 久美子 殿」 addresses two people, the first one first.
        # 殿 ends a name only where the name ends: 「鵜殿千尋様」 is a surname with 殿 in it.
        person = rf"(?:(?!(?:{honorifics})(?:\s|$|へ|宛|[（(様]))(?!様){NAME_CHARS})"
        m = re.search(rf"({person}{{1,12}}(?:\s{person}{{1,8}}){{0,2}})\s*(?:{honorifics})(?:\s|$|へ|宛|[（(])", text)
        if not m or re.search(r"お客様|お客さま|皆様|各位|貴殿|貴様", text[max(0, m.start() - 2) : m.end()]):
            continue
        if re.match(r"\s*への\S", text[m.end() - 1 :].lstrip("様殿")) and len(text) > 20:
            continue  # 「…場合は連帯保証人田名部ハル殿への請求…」: a sentence about someone else
        # 「連帯保証人 佐藤 和子 殿」, 「代表 沢田 健吾 様」 (a shop's owner), 「被通知人 …殿」
        candidate = re.sub(
            r"^(?:連帯保証人|保証人|主債務者|債務者|代表取締役|代表者|代表|被通知人|ご?相続人|賃借人|借主|区分所有者|名義人|入居者|契約者|ご契約者)\s*",
            "", m.group(1),
        )  # fmt: skip
        # The address often shares the row: keep what follows its last address token.
        parts = candidate.split(" ")
        name = parts[-1] if len(parts[-1]) >= 2 else candidate
        if len(parts) >= 2 and len(parts[-1]) <= 3 and not _not_a_person(parts[-2]):
            name = parts[-2] + parts[-1]  # 「山田 太郎 様」
        # 「OLIVEIRA CARLOS EDUARDO 様」, 「ペレイラ アナ ルシア 様」: every part is the name.
        foreign = list(itertools.takewhile(lambda p: re.fullmatch(r"[A-Za-z.\-]+|[ァ-ヶー・=＝]+", p), reversed(parts)))
        if len(foreign) >= 2:
            name = "".join(reversed(foreign))
        name = clean_name(name) or ""
        if len(name) >= 2 and not _not_a_person(name) and not _org_re().search(name):
            yield Mention(name, row, m.start(1), m.end(1))


def looks_like_address(s: str) -> bool:
    return bool(re.search(rules.parties().address_pattern, s))


_ADDRESS_END = re.compile(r"(?:番地|番\s*[\d〇一二三四五六七八九十]*\s*号|[\d〇一二三四五六七八九十]+号(?:室)?|丁目[\d\-]*|\d+(?:-\d+){1,3})\s*")


def after_address(s: str) -> str | None:
    """The name printed after an address in one cell (「〒604-0000 京都市…九丁目9番地　らくよう保証株式会社」)."""
    ends = list(_ADDRESS_END.finditer(s))
    if not ends:
        return None
    rest = clean_name(s[ends[-1].end() :].strip())
    return rest if rest and len(rest) >= 2 and not looks_like_address(rest) and not re.search(r"\d", rest) else None


_ROLE_WORDS = re.compile(r"^(?:連帯保証人|保証人|主債務者|債務者|相続人各位|ご?相続人|ご契約者|契約者|お客|ご利用者|会員|ご本人|内容|証明|内容証明|親展|重要)$")


def _not_a_person(s: str) -> bool:
    # Names carry no digits; 「連帯保証人様へのご通知」 addresses a role, not a person.
    return looks_like_address(s) or bool(re.search(r"\d", s)) or bool(_ROLE_WORDS.match(s.replace(" ", "")))


# --------------------------------------------------------------------------- original creditor


def original_creditor_in_prose(rows: list[Row]) -> Mention | None:
    return _prose_name(rows, rules.parties().original_creditor_prose)


def creditor_in_prose(rows: list[Row]) -> Mention | None:
    return _prose_name(rows, rules.parties().creditor_prose, persons=True)


def _prose_name(rows: list[Row], patterns: list[str], *, persons: bool = False) -> Mention | None:
    """The first organisation a prose pattern names (it must look like one: 株式会社…, …銀行);
    with `persons`, also a person it names with 様 (a landlord a lawyer writes for)."""
    from parser.fields import paragraphs, run_on  # fields builds on layout like this module; import late

    paras = paragraphs(rows)
    # A sentence printed over a short line runs on into the next paragraph.
    # A line break stays between them: a name does not run over it.
    texts = [(para.text + "\n" + run_on(paras[i:], "\n")).replace(" ", "") for i, para in enumerate(paras)]
    for pattern in patterns:
        for para, text in zip(paras, texts, strict=True):
            m = re.search(pattern, text)
            if not m or m.start("name") >= len(para.text.replace(" ", "")):
                continue  # none, or a name that its own paragraph holds
            raw = m.group("name")
            # 「…（以下「主債務者」といいます。）がみくまり信用組合から」: the particle after the bracket
            raw = re.sub(r"^([)）])[がはをに](?=.{4})", r"\1", raw)
            name = clean_name(raw)
            if name and re.search(r"を|に対する|した|について", name):
                continue  # a clause ran into the name (「株式会社…銀行に対する住宅ローンを代位弁済したことに」)
            name = _aliases(paras).get(name or "", name)
            # A person the writer acts for is named with 様: 「賃貸人である泉妻トミ子様（以下「通知人」…）」.
            # So is one the letter calls 通知人 (「当職は通知人刈田トヨ（以下…）の代理人として」) or 氏.
            named = re.search(r"[様氏殿]\s*$", m.group("name")) or re.search(r"(?:通知人|依頼者|委任者)$", text[: m.start("name")])
            if named and name and name.endswith("氏") and len(name) > 3:
                name = name[:-1]  # 「尼子勘助氏」: the honorific, not the name
            person = persons and bool(named and name and re.fullmatch(r"[一-龯々ぁ-ゖァ-ヶー]{2,10}", name))
            if name and (_org_re().search(name) or person):
                row = para.rows[0][1]
                return Mention(most_printed(name, rows), row, 0, len(row.text))
    return None


def glossed_roles(rows: list[Row]) -> dict[str, Mention]:
    """Organisations the letter names with a role in brackets: 「A株式会社（以下「譲渡人」）」."""
    from parser.fields import paragraphs  # fields builds on layout like this module; import late

    found: dict[str, Mention] = {}
    paras = paragraphs(rows)
    for para in paras:
        for m in re.finditer(r"([^\s、。「」,()（）]{2,30}?)\s*[（(]以下[、,]?\s*[「『]([^」』]{1,12})[」』]", para.text.replace(" ", "")):
            # 「…付で通知人オリックス債権回収株式会社」: the name starts after its role word
            name = clean_name(re.sub(r"^.*?(?:通知人|譲渡人|譲受人|差出人)(?=.{4})", "", m.group(1)))
            if name and _org_re().search(name) and m.group(2) not in found:
                row = para.rows[0][1]
                found[m.group(2)] = Mention(most_printed(name, rows), row, 0, len(row.text))
    for para in paras:
        # 「譲渡人株式会社しまえなが銀行は、…譲受人アウロラ債権回収株式会社に譲渡いたしました」: the role word before the name
        for m in re.finditer(r"(譲受人|譲渡人)\s*(?=\S)", para.text):
            name = org_at_start(para.text[m.end() : m.end() + 40])
            if name and re.search(r"(?:センター|事務局|部|課|室|係)$", name) and not re.search(r"会社|銀行|金庫|組合|機構", name):
                continue  # 「(譲受人名古屋センター)」: the buyer's office to call, not the buyer
            if name and m.group(1) not in found:
                row = para.rows[0][1]
                found[m.group(1)] = Mention(most_printed(name, rows), row, 0, len(row.text))
    return found


def glossed_debtor(rows: list[Row]) -> Mention | None:
    """The person a contract names as its other party: 「鳩羽債権回収株式会社（以下「甲」という。）と葭谷千鶴
    （以下「乙」という。）とは…」."""
    from parser.fields import paragraphs  # fields builds on layout like this module; import late

    for para in paragraphs(rows):
        text = para.text.replace(" ", "")
        for m in re.finditer(r"([^\s、。「」,()（）]{2,14}?)\s*[（(]以下[、,]?\s*[「『](?:乙|債務者)[」』]", text):
            name = clean_name(re.sub(r"^[とはがをにの]+(?=[一-龯々])", "", m.group(1)))
            if name and len(name) >= 2 and not _org_re().search(name) and not _not_a_person(name):
                row = para.rows[0][1]
                return Mention(name, row, 0, len(row.text))
    return None


def _aliases(paras: list[Paragraph]) -> dict[str, str]:
    """「株式会社つくばね銀行（以下「訴外銀行」という。）」: the short name a letter goes on to use."""
    found: dict[str, str] = {}
    for para in paras:
        for m in re.finditer(r"([^\s、。「」,()（）]{2,30}?)\s*[（(]以下[、,]?\s*[「『]([^」』]{1,12})[」』]", para.text.replace(" ", "")):
            full = clean_name(m.group(1))
            if full and _org_re().search(full):
                found[m.group(2)] = full
    return found


def settled_name(name: str, rows: list[Row], *, organisation: bool, ocr_read: bool) -> str:
    """The spelling a party name is reported in: the letter's most printed spelling (OCR'd pages), with
    the legal form it prints elsewhere, and a licensed servicer's registry spelling for a lost dakuten."""
    printed = org_mentions(rows)
    if organisation and ocr_read:
        name = most_printed(name, rows, printed)
    name = full_form(name, rows, printed)
    if not organisation:
        return name
    # A clear line is read as printed: 「アピリオ債権回収株式会社」 on a clean scan is a look-alike of the
    # licensed アビリオ, not a lost handakuten.
    clear = any(r.confidence >= _CLEAR_LINE and name in r.text.replace(" ", "") for r in rows)
    return name if clear else registry_spelling(name)


_CLEAR_LINE = 0.98  # an OCR line confidence above which a character is taken as printed


def full_person(name: str, rows: list[Row]) -> str:
    """A surname alone (「井手迫様へ」 on a cover note) where the letter prints the whole name elsewhere
    (「井手迫哲也（以下「乙」という。）」, 「乙 … 井手迫哲也」): the whole name."""
    if not re.fullmatch(r"[一-龯々]{1,3}", name):
        return name
    text = "\n".join(r.text.replace(" ", "") for r in rows)
    given = Counter(
        m.group(1)
        for m in re.finditer(re.escape(name) + r"([一-龯々ァ-ヶ][一-龯々ぁ-ゖァ-ヶー]{1,3}?)(?=以下|様|殿|[（(、,\n]|$)", text)
        if not re.match(r"[様殿氏]", m.group(1)) and not re.search(r"[印宛方分]$", m.group(1))  # 「芝崎武印」: the seal
    )
    return name + given.most_common(1)[0][0] if given else name


def _registry_match(name: str) -> NameMatch | None:
    from parser import registry  # the registry builds on names like these; import late

    return registry.match_name(name)


def registry_spelling(name: str) -> str:
    """「セソン債権回収株式会社」 off a fax is 「セゾン債権回収株式会社」: a licensed servicer's name from the
    registry when the letter's reading differs from it only by OCR noise the registry match allows (a lost
    or added (han)dakuten, a dropped 「ー」 or 「・」: 「エー・シ・エス債権管理回収株式会社」)."""
    found = _registry_match(name)
    if found is None or found.matched_name == name or abs(len(found.matched_name) - len(name)) > 1:
        return name
    same_form = name.startswith("株式会社") == found.matched_name.startswith("株式会社")
    return found.matched_name if same_form else name


def full_form(name: str, rows: list[Row], printed: list[Mention]) -> str:
    """The name with its legal form as the letter prints it elsewhere: 「(株)ルミナスクレジット」 on a
    payment slip is 「株式会社ルミナスクレジット」; a logo's 「栃とちのみ銀行」 (its mark read as a
    character) is 「株式会社とちのみ銀行」 in the sender block."""
    if "(株)" in name:
        full = name.replace("(株)", "株式会社")
        return full if full in "".join(r.text.replace(" ", "") for r in rows) else name
    forms = ("株式会社", "有限会社", "合同会社")
    if any(form in name for form in forms):
        return name
    names = {m.name for m in printed}
    for core in (name, name[1:]):
        if len(core) < 4:
            continue
        for form in forms:
            for full in (form + core, core + form):
                if full in names:
                    return full
    return name


def most_printed(name: str, rows: list[Row], printed: list[Mention] | None = None) -> str:
    """The spelling of `name` the letter prints most often, and on its clearest line when two are
    printed as often: a faxed 「株式会社かもめカー下」 in one sentence is 「株式会社かもめカード」
    everywhere else; 「こはくファイカンス」 read off a photo is 「こはくファイナンス」 in the text."""
    text = "\n".join(r.text.replace(" ", "") for r in rows)
    spellings: dict[str, float] = {name: 0.0}
    for mention in org_mentions(rows) if printed is None else printed:
        other = mention.name
        if other == name or (len(other) == len(name) and Levenshtein.distance(other, name) == 1):
            spellings[other] = max(spellings.get(other, 0.0), mention.row.confidence)
    if len(spellings) < 2:
        return name
    def registered(n: str) -> bool:  # 「アピリオ」 in one sentence, 「アビリオ」 in the signature and the registry
        found = _registry_match(n)
        return found is not None and found.edits == 0

    return max(spellings, key=lambda n: (text.count(n), registered(n), spellings[n], n == name))


def evidence(mention: Mention) -> Evidence:
    return Evidence(page=mention.row.page, bbox=mention.row.bbox, text=mention.row.raw, confidence=mention.row.confidence)


def for_type(document_type: DocumentType) -> str:
    spec = next(s for s in rules.document_types().types if s.type == document_type)
    return spec.creditor
