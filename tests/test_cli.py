"""Every CLI command through its runner, and the real entry point in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from tests.conftest import SEED, needs_seed

from newsdesk.cli import cli

SITE = Path(__file__).parent / "fixtures" / "site"
SEED_NOW = "2026-01-21T16:00:00+01:00"


@pytest.fixture()
def nd(tmp_path: Path):
    """Run `newsdesk` with a temp database and only 127.0.0.1 allowed."""
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'nd.db'}"
    env = {"NEWSDESK_CONFIG": "", "HOME": str(tmp_path)}

    def run(*args: str, ok: bool = True) -> Result:
        result = runner.invoke(cli, ["--db", db, "--allowed-hosts", "127.0.0.1", *args],
                               env=env, catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output + result.stderr
        return result

    return run


def _import_site(nd, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for page in SITE.glob("*.html"):
        (folder / page.name).write_bytes(page.read_bytes())
    result = nd("import", str(folder))
    assert "2 new" in result.stderr


def test_help_for_every_command(nd) -> None:
    top = nd("--help").output
    for command in ("add", "import", "poll", "feeds", "remove", "search", "show", "extract",
                    "export", "serve", "settings", "annotate", "enrich", "entities", "quotes",
                    "cluster", "user", "token"):
        assert command in top
        assert "Usage:" in nd(command, "--help").output


@needs_seed
def test_extract_seed_json_contract(nd) -> None:
    data = json.loads(nd("extract", str(SEED), "--now", SEED_NOW, "--format", "json").output)
    assert data["title"] == "Witkoff rapporte des progrès «significatifs» : Poutine le reçoit jeudi"
    assert data["source"] == "upday.com"
    assert data["published"] == "2026-01-21T12:00:00+01:00"
    assert data["language"] == "fr" and data["interface_language"] == "pl"
    assert data["image"]["caption"].startswith("Le président russe")
    assert data["image"]["credit"] == "Alexander KAZAKOV / POOL / AFP via Getty Images"
    assert [(e["text"], e["type"]) for e in data["image"]["credit_entities"]] == [
        ("Alexander KAZAKOV", "PER"), ("AFP", "ORG"), ("Getty Images", "ORG")]
    assert data["sections"] == ["Rencontres avec les négociateurs ukrainiens",
                                "Questions en suspens"]
    assert data["ai_generated"] is True
    assert "Intelligence Artificielle" in data["ai_disclosure"]
    for absent in ("4 godzin temu", "Idź do oryginalnego", "Getty Images", "Cet article a été"):
        assert absent not in data["text"]
    for key in ("url", "original_url", "authors"):
        assert key in data


def test_import_search_show_export_roundtrip(nd, tmp_path: Path) -> None:
    _import_site(nd, tmp_path)
    hits = json.loads(nd("search", "bridge repairs", "--json").output)
    assert len(hits) == 1 and hits[0]["title"].startswith("Harbour bridge")
    assert json.loads(nd("search", "Fahrradplan", "--lang", "en", "--json").output) == []
    assert json.loads(nd("search", "bridge", "--since", "2026-01-21", "--json").output) == []
    shown = json.loads(nd("show", str(hits[0]["id"]), "--json").output)
    assert shown["source"] == "Coastal Times" and shown["language"] == "en"
    export = tmp_path / "articles.jsonl"
    nd("export", "jsonl", "-o", str(export))
    assert len(export.read_text(encoding="utf-8").splitlines()) == 2
    again = nd("import", str(export), str(tmp_path / "in"))
    assert "0 new" in again.stderr and "0 updated" in again.stderr


def test_show_unknown_article_is_one_line_error(nd) -> None:
    result = nd("show", "999", ok=False)
    assert result.exit_code == 1
    assert result.stderr.strip() == "newsdesk: article 999: no such article"


def test_import_missing_file_names_it(nd, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.html")
    result = nd("import", missing, ok=False)
    assert result.exit_code == 1 and missing in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_bad_jsonl_line_is_reported_and_rest_imported(nd, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = {"title": "T", "text": "Some text of an article.", "url": "https://x.example/a"}
    path.write_text(json.dumps(good) + "\n{broken\n", encoding="utf-8")
    result = nd("import", str(path))
    assert f"{path}:2" in result.stderr and "1 new" in result.stderr
    strict = nd("import", "--strict", str(path), ok=False)
    assert strict.exit_code == 1 and f"{path}:2" in strict.stderr


def test_opml_import_feeds_and_export(nd, tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>'
        '<outline text="World"><outline type="rss" text="Le Monde" '
        'xmlUrl="https://www.lemonde.fr/rss/une.xml"/></outline></body></opml>',
        encoding="utf-8")
    nd("import", str(opml))
    listed = json.loads(nd("feeds", "--json").output)
    assert listed[0]["category"] == "World" and listed[0]["title"] == "Le Monde"
    assert listed[0]["last_error"] is None and listed[0]["last_error_kind"] is None
    assert "lemonde.fr/rss/une.xml" in nd("export", "opml").output
    assert "removed" in nd("remove", str(listed[0]["id"])).output
    assert json.loads(nd("feeds", "--json").output) == []


def test_add_and_poll_once_against_local_server(nd, local_server) -> None:
    base = local_server.url("")
    local_server.route("/a", (SITE / "article1.html").read_bytes(),
                       headers={"Content-Type": "text/html"})
    local_server.route("/feed.xml", f'<rss version="2.0"><channel><title>Local</title>'
                       f"<item><title>Bridge</title><link>{base}/a</link></item>"
                       f"</channel></rss>", headers={"Content-Type": "application/rss+xml"})
    assert "added" in nd("add", local_server.url("/feed.xml")).output
    assert "1 new" in nd("poll", "--once").stderr
    assert json.loads(nd("search", "harbour", "--json").output)


def test_settings_markdown_lists_every_flag(nd) -> None:
    out = nd("settings", "--markdown").output
    assert "NEWSDESK_MAX_BODY_BYTES" in out and "`allowed_hosts`" in out


def test_real_entry_point_reports_bad_setting(tmp_path: Path) -> None:
    env = {**os.environ, "NEWSDESK_PORT": "eighty", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "newsdesk", "feeds"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "newsdesk: NEWSDESK_PORT: invalid value for port: 'eighty'"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_on_localhost(tmp_path: Path) -> None:
    import time
    import urllib.request

    port = _free_port()
    env = {**os.environ, "HOME": str(tmp_path), "NEWSDESK_DB": f"sqlite:///{tmp_path / 'nd.db'}"}
    proc = subprocess.Popen([sys.executable, "-m", "newsdesk", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        body = ""
        for _ in range(100):  # up to ~20 s for the server to come up
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as resp:
                    body = resp.read().decode()
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.2)
        assert "newsdesk user add NAME --admin" in body  # first run: the setup page
    finally:
        proc.terminate()
        out, _err = proc.communicate(timeout=20)
    assert f"127.0.0.1:{port}" in out and "no account yet" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "ftp://example.org/feed.xml"), "ftp://example.org/feed.xml: scheme 'ftp'"),
        (("search", '"'), "invalid search query"),
        (("search", "x", "--since", "yesterday"), "--since yesterday: expected an ISO 8601"),
        (("extract", "/nonexistent/copy.txt"), "/nonexistent/copy.txt"),
        (("remove", "42"), "feed 42: no such feed"),
    ],
)
def test_bad_input_gives_one_line_error(nd, args: tuple[str, ...], message: str) -> None:
    result = nd(*args, ok=False)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdesk: ") and message in lines[0]


def test_extract_html_page_as_text(nd) -> None:
    out = nd("extract", str(SITE / "article1.html")).output
    assert out.startswith("Harbour bridge reopens") and "Delays and overruns" in out
    assert "https://coastal.example/news/harbour-bridge-reopens" in out


def test_cluster_batch_keeps_order_and_reports_bad_lines(nd, tmp_path: Path) -> None:
    rows = [
        {"id": "a", "lang": "en", "title": "Earthquake hits northern Chile",
         "text": "A magnitude 7.1 earthquake struck northern Chile on Monday, officials said.",
         "published": "2026-01-20T08:00:00+00:00", "source": "wire"},
        {"id": "b", "lang": "en", "title": "Chile earthquake: magnitude 7.1 quake in the north",
         "text": "A magnitude 7.1 earthquake struck northern Chile on Monday, officials said.",
         "published": "2026-01-20T09:00:00+00:00", "source": "other"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows[:1]) + "\n{not json\n"
                    + json.dumps(rows[1]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = nd("cluster", str(path), "-o", str(out), ok=False)
    assert result.exit_code == 1 and f"{path}:2" in result.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", None, "b"]
    assert lines[0]["story"] == lines[2]["story"] and lines[1]["story"] is None
    # `cluster` repeats `story`: the key scorers such as eval_cluster.py read
    assert all(x["cluster"] == x["story"] for x in lines)
