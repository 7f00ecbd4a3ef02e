"""Importing the 法務省 list 「債権管理回収業の営業を許可した株式会社一覧」 from HTML, PDF and CSV."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parser import registry, registry_import
from parser.cli_registry import registry_app
from parser.models import RegistryStatus
from parser.registry_import import RegistryImportError, import_list

AS_OF = date(2026, 10, 1)

# (許可番号, 商号, 本店所在地, 電話番号, 許可年月日) in the list's own layout. Real names keep the numbers the
# snapshot has; アウロラ is given a new name to test a rename; サンプルN are fictitious fillers.
OFFICIAL: list[tuple[str, str, str, str, str]] = [
    ("第５号", "アビリオ債権回収株式会社", "東京都江東区豊洲二丁目2番31号", "03-0000-0005", "平成11年4月1日"),
    ("第7号", "ニッテレ債権回収株式会社", "東京都千代田区", "03-0000-0007", "平成11年4月1日"),
    ("第10号", "SMBC債権回収株式会社", "東京都中央区築地3丁目16番9号", "03(3544)6003", "平成11年4月1日"),
    ("第11号", "オリックス債権回収株式会社", "東京都港区浜松町2丁目3番1号", "", "平成11年6月1日"),
    ("第27号", "エー・シー・エス債権管理回収株式会社", "千葉県千葉市美浜区中瀬1丁目3番地", "043-332-2200", ""),
    ("第34号", "セゾン債権回収株式会社", "東京都豊島区東池袋3-1-1", "03-0000-0034", "平成12年6月1日"),
    ("第76号", "アウロラ・サービシング債権回収株式会社", "東京都港区愛宕2丁目5番1号", "03-0000-0076", ""),
    ("第91号", "株式会社住宅債権管理回収機構", "東京都新宿区水道町3番1号", "03-0000-0091", ""),
    ("第101号", "アルファ債権回収株式会社", "東京都中央区新川一丁目28番23号", "", "平成18年3月1日"),
    ("第113号", "パルティール債権回収株式会社", "東京都品川区西五反田七丁目17番3号", "", ""),
    ("第120号", "日本債権回収株式会社", "東京都千代田区麹町五丁目2番地1", "03-0000-0120", "平成11年4月1日"),
    ("第121号", "AG債権回収株式会社", "滋賀県草津市西大路町", "", ""),
    ("第122号", "中央債権回収株式会社", "東京都中央区晴海", "", ""),
    ("第123号", "株式会社整理回収機構", "東京都千代田区", "", ""),
    *[(f"第{200 + i}号", f"サンプル{i}債権回収株式会社", "東京都千代田区霞が関一丁目1番1号", f"03-1234-{5600 + i}", "令和元年5月7日") for i in range(1, 16)],
]  # fmt: skip


@pytest.fixture(autouse=True)
def isolated_registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Imports go to a temporary user file; nothing touches ~/.local/share."""
    monkeypatch.setenv(registry.ENV_VAR, str(tmp_path / "user" / "servicers.csv"))
    registry.reload()
    yield
    registry.load.cache_clear()


def write_html(path: Path, rows: list[tuple[str, ...]], *, stamp: str = "令和8年10月1日現在") -> Path:
    body = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows
    )  # fmt: skip
    path.write_text(
        f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>法務省</title></head><body>
<table class="nav"><tr><td><a href="/">ホーム</a></td><td>政策・審議会等</td></tr></table>
<h1>債権管理回収業の営業を許可した株式会社一覧</h1>
<p>（{stamp}）</p>
<table border="1" summary="許可業者一覧">
<caption>許可業者一覧（許可番号順）</caption>
<tr><th>許可<br>番号</th><th>商&nbsp;号</th><th>本店所在地</th><th>電話番号</th><th>許可年月日</th></tr>
{body}</table>
<p>※ 電話番号は本店の代表番号です。</p></body></html>""",
        encoding="utf-8",
    )
    return path


def write_pdf(path: Path, rows: list[tuple[str, ...]]) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    style = ParagraphStyle("title", fontName="HeiseiKakuGo-W5", fontSize=12)
    table = Table([("許可番号", "商号", "本店所在地", "電話番号", "許可年月日"), *rows], repeatRows=1)
    table.setStyle(
        TableStyle(
            [("FONT", (0, 0), (-1, -1), "HeiseiKakuGo-W5", 7), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        )
    )
    story = [
        Paragraph("債権管理回収業の営業を許可した株式会社一覧", style),
        Paragraph("令和8年10月1日現在", style),
        Spacer(1, 12),
        table,
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def write_csv(path: Path, rows: list[tuple[str, ...]], encoding: str = "cp932") -> Path:
    lines = ["許可番号,商号,本店所在地,電話番号,許可年月日"] + [",".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _assert_official_registry_installed(dest: Path) -> None:
    reg = registry.load()
    assert reg.info.path == str(dest)
    assert reg.info.complete and reg.info.as_of == AS_OF
    abilio = registry.check("アビリオ債権回収株式会社")
    assert abilio.status is RegistryStatus.licensed and abilio.license_number == 5
    assert abilio.registry_complete
    assert abilio.source is not None and abilio.source.startswith("法務省")
    # absent from a complete list: no longer "unverified"
    assert registry.check("日本アビリオ債権回収株式会社").status is RegistryStatus.not_licensed
    # history the official list does not carry is kept
    sedina = registry.check("セディナ債権回収株式会社")
    assert sedina.status is RegistryStatus.closed and sedina.former_name_of == "アビリオ債権回収株式会社"
    ag = registry.check("アストライ債権回収株式会社")
    assert ag.status is RegistryStatus.closed and ag.name == "AG債権回収株式会社" and ag.license_number == 121
    # renamed on the list: the old name is a former name of the same licence
    aurora = registry.check("アウロラ債権回収株式会社")
    assert aurora.status is RegistryStatus.closed
    assert aurora.name == "アウロラ・サービシング債権回収株式会社" and aurora.license_number == 76
    # was believed active, is not on the list
    assert registry.check("アペックス債権回収株式会社").status is RegistryStatus.closed
    # real servicers without 債権回収 in the name
    assert registry.check("住宅債権管理回収機構").status is RegistryStatus.licensed
    assert registry.check("株式会社整理回収機構").license_number == 123
    # fields converted
    rec = reg.by_license(10)
    assert rec is not None and rec.phone == "03-3544-6003" and rec.licensed_on == "1999-04-01"
    sample = reg.by_license(201)
    assert sample is not None and sample.licensed_on == "2019-05-07" and sample.confidence == "official"


def test_import_html(tmp_path: Path):
    src = write_html(tmp_path / "kanbou_housei_chousa15.html", OFFICIAL)
    dest = registry.user_registry_path()
    report = import_list(src, as_of=AS_OF)
    assert report.format == "html" and report.dest == str(dest)
    assert report.renamed == {"アウロラ債権回収株式会社": "アウロラ・サービシング債権回収株式会社"}
    assert "アペックス債権回収株式会社" in report.retired
    assert "セディナ債権回収株式会社" in report.kept_history
    assert "サンプル1債権回収株式会社" in report.added
    assert report.warnings == []
    _assert_official_registry_installed(dest)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["servicers.csv"]  # no temp file left


def test_import_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    src = write_pdf(tmp_path / "servicer_list.pdf", OFFICIAL)
    dest = tmp_path / "registry" / "servicers.csv"
    report = import_list(src, as_of=AS_OF, dest=dest)
    assert report.format == "pdf"
    assert registry_import.stated_as_of(src) == AS_OF
    monkeypatch.setenv(registry.ENV_VAR, str(dest))  # the loader prefers the env file
    registry.reload()
    _assert_official_registry_installed(dest)


def test_import_pdf_spanning_pages(tmp_path: Path):
    many = OFFICIAL + [
        (
            f"第{300 + i}号",
            f"テスト{i}債権回収株式会社",
            "大阪府大阪市北区梅田一丁目1番1号 テストビル",
            "06-0000-0000",
            "",
        )
        for i in range(80)
    ]
    src = write_pdf(tmp_path / "long.pdf", many)
    _, rows, _ = registry_import.read_list(src)
    assert len(rows) == len(many)
    assert rows[-1]["name"] == "テスト79債権回収株式会社"


def test_import_csv_in_shift_jis(tmp_path: Path):
    src = write_csv(tmp_path / "list.csv", [tuple(c.replace("第５号", "5") for c in r) for r in OFFICIAL])
    report = import_list(src, as_of=AS_OF)
    assert report.format == "csv"
    _assert_official_registry_installed(registry.user_registry_path())


def test_html_states_its_date_and_a_different_as_of_is_a_warning(tmp_path: Path):
    src = write_html(tmp_path / "list.html", OFFICIAL)
    assert registry_import.stated_as_of(src) == AS_OF
    report = import_list(src, as_of=date(2026, 11, 1))
    assert report.warnings and "2026-10-01" in report.warnings[0]


def test_second_import_keeps_history_of_the_first(tmp_path: Path):
    import_list(write_html(tmp_path / "a.html", OFFICIAL), as_of=AS_OF)
    later = [r for r in OFFICIAL if "サンプル15" not in r[1]]
    report = import_list(write_html(tmp_path / "b.html", later), as_of=date(2027, 4, 1))
    assert report.retired == ["サンプル15債権回収株式会社"]
    assert registry.check("サンプル15債権回収株式会社").status is RegistryStatus.closed
    assert registry.check("アウロラ債権回収株式会社").status is RegistryStatus.closed  # former name kept
    assert registry.load().info.as_of == date(2027, 4, 1)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (OFFICIAL + [("第5号", "ダブリ債権回収株式会社", "東京都", "", "")], "licence number 5 already"),
        (OFFICIAL + [("第999号", "", "東京都", "", "")], "no trade name"),
        (OFFICIAL + [("", "番号なし債権回収株式会社", "東京都", "", "")], "no licence number"),
        (OFFICIAL + [("第998号", "株式会社サンプル商事", "東京都", "", "")], "not a servicer trade name"),
        (OFFICIAL + [("第997号", "アビリオ債権回収株式会社", "東京都", "", "")], "already on row"),
        (OFFICIAL[:5], "only 5 rows"),
    ],
    ids=[
        "duplicate-number",
        "missing-name",
        "missing-number",
        "not-a-servicer",
        "duplicate-name",
        "too-short",
    ],
)
def test_bad_lists_are_rejected_and_nothing_is_written(tmp_path: Path, rows, message: str):
    dest = registry.user_registry_path()
    with pytest.raises(RegistryImportError, match=message):
        import_list(write_html(tmp_path / "bad.html", rows), as_of=AS_OF)
    assert not dest.exists()
    assert registry.load().info.path == str(registry.PACKAGED_REGISTRY)


def test_a_file_without_the_table_is_rejected(tmp_path: Path):
    page = tmp_path / "news.html"
    page.write_text("<html><body><table><tr><td>お知らせ</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(RegistryImportError, match="no rows"):
        import_list(page, as_of=AS_OF)
    with pytest.raises(RegistryImportError, match="expected an .html"):
        import_list(tmp_path / "list.xlsx", as_of=AS_OF)


def test_the_packaged_file_is_never_written(tmp_path: Path):
    src = write_html(tmp_path / "list.html", OFFICIAL)
    before = registry.PACKAGED_REGISTRY.read_bytes()
    with pytest.raises(RegistryImportError, match="read-only"):
        import_list(src, as_of=AS_OF, dest=registry.PACKAGED_REGISTRY)
    assert registry.PACKAGED_REGISTRY.read_bytes() == before


def test_failed_write_leaves_the_old_registry_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    dest = registry.user_registry_path()
    import_list(write_html(tmp_path / "a.html", OFFICIAL), as_of=AS_OF)
    before = dest.read_bytes()

    def boom(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        import_list(write_html(tmp_path / "b.html", OFFICIAL[:-1]), as_of=date(2027, 1, 1))
    assert dest.read_bytes() == before
    assert sorted(p.name for p in dest.parent.iterdir()) == ["servicers.csv"]


# --------------------------------------------------------------------------- CLI

runner = CliRunner()


def test_cli_check_json():
    out = runner.invoke(registry_app, ["check", "アビリオ債権回収(株)", "--license", "5", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["status"] == "licensed"
    assert data["license_number"] == 5
    assert data["name"] == "アビリオ債権回収株式会社"
    assert {"query", "match_score", "registry_complete", "note_ja"} <= data.keys()


def test_cli_check_text_is_one_japanese_answer():
    out = runner.invoke(registry_app, ["check", "法務省管轄支局 民事訴訟管理センター"])
    assert out.exit_code == 0
    assert out.stdout.startswith("許可を受けた債権回収会社ではありません")


def test_cli_import_and_info(tmp_path: Path):
    src = write_html(tmp_path / "list.html", OFFICIAL)
    dest = tmp_path / "out" / "servicers.csv"
    out = runner.invoke(registry_app, ["import", str(src), "--dest", str(dest)])
    assert out.exit_code == 0, out.output
    assert "2026-10-01" in out.stdout  # the date the list states
    assert dest.is_file()
    out = runner.invoke(
        registry_app, ["import", str(src), "--dest", str(dest), "--as-of", "令和8年10月2日", "--json"]
    )
    assert json.loads(out.stdout)["as_of"] == "2026-10-02"
    info = runner.invoke(registry_app, ["info", "--json"])
    assert info.exit_code == 0 and json.loads(info.stdout)["complete"] is False  # env file not written


def test_cli_import_error_is_one_line_and_non_zero(tmp_path: Path):
    out = runner.invoke(
        registry_app, ["import", str(write_html(tmp_path / "x.html", OFFICIAL[:3])), "--as-of", "2026-10-01"]
    )
    assert out.exit_code == RegistryImportError.exit_code
    assert out.stderr.startswith("error: not a usable servicer list")
