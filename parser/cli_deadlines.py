"""``debt-notice deadlines``: the deadlines the parser would report for facts typed by hand.

The lead registers `deadlines_command` on the main typer app (``app.command("deadlines")``).
Options are read as text and checked here, so that a bad date is one line on stderr and exit 2
rather than a usage box.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer

from parser.calendar_jp import format_date_ja, parse_date_ja
from parser.deadlines import certainty_label_ja, compute, kind_label_ja
from parser.errors import ParserError
from parser.ics import to_ics
from parser.models import CreditorKind, Dates, Deadline, DeadlineFacts, DocumentType

_DATE_HELP = "YYYY-MM-DD（令和7年12月18日 も可）"


class _BadInput(Exception):
    pass


def _date(option: str, text: str | None) -> date | None:
    if text is None or not text.strip():
        return None
    try:
        return parse_date_ja(text)
    except ValueError as exc:
        raise _BadInput(f"{option}: {exc}") from None


def _choice(option: str, text: str, allowed: list[str]) -> str:
    value = text.strip()
    if value not in allowed:
        raise _BadInput(f"{option}: {text!r} is not one of {', '.join(allowed)}")
    return value


def render_text(deadlines: list[Deadline], document_type: DocumentType) -> str:
    """The readable Japanese list printed without ``--json``."""
    if not deadlines:
        return (
            "この書面の情報からは、期限を計算できませんでした。書面の日付や受け取った日を入れてみてください。"
        )
    lines = [f"期限の一覧（{document_type.value}）"]
    for d in deadlines:
        lines.append("")
        lines.append(
            f"■ {format_date_ja(d.date)}　{kind_label_ja(d.kind)}［{certainty_label_ja(d.certainty)}］"
        )
        lines.append(f"  根拠: {d.basis}")
        lines.append(f"  {d.note_ja}")
    return "\n".join(lines)


def deadlines_command(
    document_type: Annotated[
        str, typer.Option("--document-type", help="collection_notice, payment_order, …")
    ],
    received: Annotated[str | None, typer.Option(help=f"受け取った日 {_DATE_HELP}")] = None,
    issued: Annotated[str | None, typer.Option(help="書面の日付")] = None,
    payment_due: Annotated[str | None, typer.Option(help="お支払期限")] = None,
    hearing: Annotated[str | None, typer.Option(help="口頭弁論期日")] = None,
    answer_due: Annotated[str | None, typer.Option(help="答弁書の提出期限")] = None,
    last_payment: Annotated[str | None, typer.Option(help="最終入金日")] = None,
    acceleration: Annotated[str | None, typer.Option(help="期限の利益喪失日")] = None,
    subrogation: Annotated[str | None, typer.Option(help="代位弁済日")] = None,
    contract: Annotated[str | None, typer.Option(help="契約日")] = None,
    as_of: Annotated[str | None, typer.Option(help="計算の基準日")] = None,
    creditor_kind: Annotated[
        str, typer.Option(help="bank, shinkin, shinkumi, rokin, ja, jhf, …")
    ] = "unknown",
    fixed_on: Annotated[str | None, typer.Option(help="判決・支払督促などが確定した日（時効10年）")] = None,
    fixed_by_court: Annotated[bool, typer.Option(help="判決などで確定した債権（時効10年）")] = False,
    principal: Annotated[int | None, typer.Option(min=0, help="元金（円）")] = None,
    rate: Annotated[float | None, typer.Option(min=0, max=100, help="遅延損害金の年率（%）")] = None,
    day_basis_365: Annotated[bool | None, typer.Option(help="「年365日の日割計算」の定めがある")] = None,
    assume_received_after_days: Annotated[
        int | None,
        typer.Option(min=0, help="受け取った日が不明なとき、書面の日付の何日後に受け取ったと仮定するか"),
    ] = None,
    ics: Annotated[Path | None, typer.Option(help="期限をカレンダー（.ics）にも書き出す")] = None,
    ics_title: Annotated[str, typer.Option(help="カレンダーの予定名")] = "借金の書面の期限",
    stamp: Annotated[str | None, typer.Option(help="ics の DTSTAMP（ISO 日時）")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON の配列で出力")] = False,
) -> None:
    """Print the deadlines the parser would produce for these facts."""
    try:
        doc_type = DocumentType(_choice("--document-type", document_type, [t.value for t in DocumentType]))
        kind = CreditorKind(_choice("--creditor-kind", creditor_kind, [k.value for k in CreditorKind]))
        received_on = _date("--received", received)
        dates = Dates(
            issued=_date("--issued", issued),
            payment_due=_date("--payment-due", payment_due),
            hearing=_date("--hearing", hearing),
            answer_due=_date("--answer-due", answer_due),
            last_payment=_date("--last-payment", last_payment),
            acceleration=_date("--acceleration", acceleration),
            subrogation=_date("--subrogation", subrogation),
            contract=_date("--contract", contract),
            as_of=_date("--as-of", as_of),
        )
        fixed_on_date = _date("--fixed-on", fixed_on)
        facts = DeadlineFacts(
            document_type=doc_type,
            dates=dates,
            late_damages_rate_percent=rate,
            principal=principal,
            fixed_by_court=fixed_by_court or fixed_on_date is not None,
            fixed_on=fixed_on_date,
            creditor_kind=kind,
            day_basis_365=day_basis_365,
        )
        ics_stamp = _stamp(stamp, facts, received_on)
    except _BadInput as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None

    try:
        found = compute(facts, received=received_on, assume_received_after_days=assume_received_after_days)
    except ParserError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(exc.exit_code) from None

    if ics is not None:
        try:
            ics.write_bytes(to_ics(found, title_ja=ics_title, stamp=ics_stamp))
        except OSError as exc:
            typer.echo(f"error: --ics: cannot write {ics}: {exc.strerror}", err=True)
            raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps([d.model_dump(mode="json") for d in found], ensure_ascii=False, indent=2))
    else:
        typer.echo(render_text(found, doc_type))


def _stamp(text: str | None, facts: DeadlineFacts, received: date | None) -> datetime:
    """DTSTAMP for the .ics file: given, or midnight UTC of the day the reader had the letter
    (received, else the letter's own date, else the earliest date typed in).

    Deriving it from the inputs keeps the command free of the wall clock and its output repeatable.
    """
    if text:
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise _BadInput(f"--stamp: {text!r} is not an ISO date-time") from None
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    letter_days = [d for d in (received, facts.dates.issued, facts.dates.as_of) if d is not None]
    other_days = [d for d in facts.dates.model_dump().values() if isinstance(d, date)]
    day = max(letter_days) if letter_days else min(other_days, default=date(2000, 1, 1))
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


app = typer.Typer(add_completion=False, help="debt-notice deadlines (standalone)")


@app.callback()
def _group() -> None:
    """Keeps `deadlines` a named sub-command, as it is under `debt-notice`."""


app.command("deadlines")(deadlines_command)

if __name__ == "__main__":  # python -m parser.cli_deadlines deadlines …
    app()
