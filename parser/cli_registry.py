"""``debt-notice registry …``: check a sender against the servicer registry, import the official list.

The lead mounts `registry_app` on the main app (``app.add_typer(registry_app, name="registry")``).

    debt-notice registry check NAME [--license N] [--phone P] [--json]
    debt-notice registry import FILE [--as-of DATE] [--dest PATH]
    debt-notice registry info [--json]
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from parser import registry, registry_import
from parser.calendar_jp import parse_date_ja
from parser.errors import ParserError
from parser.models import RegistryCheck, RegistryStatus

registry_app = typer.Typer(
    help="債権回収会社（サービサー）の登録簿を調べます。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

STATUS_JA: dict[RegistryStatus, str] = {
    RegistryStatus.licensed: "登録あり（許可を受けた債権回収会社）",
    RegistryStatus.license_mismatch: "会社名と許可番号が合いません",
    RegistryStatus.not_licensed: "許可を受けた債権回収会社ではありません",
    RegistryStatus.unverified: "登録簿では確認できません（法務省の一覧で確認してください）",
    RegistryStatus.closed: "廃業・合併・改称済みの会社です",
    RegistryStatus.not_applicable: "債権回収業の許可は不要な送り主です",
}


def render_check(result: RegistryCheck) -> str:
    """The short Japanese answer printed without ``--json``."""
    head = f"{STATUS_JA[result.status]}: {result.query or '（名前なし）'}"
    if result.name:
        number = (
            f"（法務大臣許可番号 第{result.license_number}号）" if result.license_number is not None else ""
        )
        head += f" → 登録簿の「{result.name}」{number}"
    return f"{head}\n{result.note_ja}" if result.note_ja else head


@registry_app.command("check")
def check_command(
    name: Annotated[str, typer.Argument(help="手紙に書かれた会社名")],
    license_number: Annotated[
        int | None, typer.Option("--license", min=1, help="手紙に書かれた法務大臣許可番号（第N号の N）")
    ] = None,
    phone: Annotated[str | None, typer.Option("--phone", help="手紙に書かれた電話番号")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="結果を JSON で表示します")] = False,
) -> None:
    """会社名（と許可番号）が、法務大臣の許可を受けた債権回収会社のものか調べます。"""
    try:
        result = registry.check(name, license_number, phone)
    except ParserError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if as_json:
        typer.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_check(result))


@registry_app.command("import")
def import_command(
    file: Annotated[
        Path, typer.Argument(help="法務省「債権管理回収業の営業を許可した株式会社一覧」(.html/.pdf/.csv)")
    ],
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help="一覧の日付 YYYY-MM-DD（省略時: 一覧に書かれた「…現在」、なければファイルの日付）"
        ),
    ] = None,
    dest: Annotated[
        Path | None,
        typer.Option("--dest", help="書き込む先（省略時: $DEBT_NOTICE_REGISTRY か ~/.local/share/…）"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="取り込み結果を JSON で表示します")] = False,
) -> None:
    """法務省の許可会社一覧を取り込み、完全な登録簿として使います。"""
    try:
        when, basis = _as_of(file, as_of)
        report = registry_import.import_list(file, as_of=when, dest=dest)
    except ParserError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    typer.echo(
        f"{report.rows}社分の登録簿を {report.dest} に書き込みました（{when.isoformat()}時点、{basis}）。"
    )
    if report.added:
        typer.echo(f"  新しく載った会社: {len(report.added)}社")
    for old, new in report.renamed.items():
        typer.echo(f"  商号変更: {old} → {new}")
    if report.retired:
        typer.echo(f"  一覧から消えた会社（廃業扱い）: {'、'.join(report.retired)}")
    for warning in report.warnings:
        typer.echo(f"  注意: {warning}", err=True)


@registry_app.command("info")
def info_command(
    as_json: Annotated[bool, typer.Option("--json", help="JSON で表示します")] = False,
) -> None:
    """使っている登録簿（完全な一覧か一部か、いつ時点か）を表示します。"""
    try:
        info = registry.load().info
    except ParserError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if as_json:
        typer.echo(info.model_dump_json(indent=2))
        return
    kind = "法務省の一覧（完全）" if info.complete else "一部の会社だけの登録簿"
    as_of = info.as_of.isoformat() if info.as_of else "日付不明"
    typer.echo(f"{kind}、{info.rows}社、{as_of}時点: {info.path}")


def _as_of(file: Path, text: str | None) -> tuple[date, str]:
    """The list's date: the option, else the 「…現在」 the list prints, else the file's modification day."""
    if text:
        try:
            return parse_date_ja(text), "--as-of"
        except ValueError as exc:
            raise registry_import.RegistryImportError(f"--as-of: {exc}") from None
    stated = registry_import.stated_as_of(file)
    if stated is not None:
        return stated, "一覧に書かれた日付"
    try:
        mtime = file.stat().st_mtime
    except OSError as exc:
        raise registry_import.RegistryImportError(f"cannot read {file.name}: {exc}") from None
    return datetime.fromtimestamp(mtime).date(), "ファイルの更新日"
