"""Browser tests: Debian's chromium (through Playwright) driving a real `newsdesk serve`.

Everything is real: `newsdesk serve` runs as a subprocess on a free 127.0.0.1 port with a
temporary SQLite database and its background poller (`--poll-tick 1`), and the feeds it
polls come from the local fixture HTTP server of tests/conftest.py, which serves the feeds
and article pages of tests/fixtures/browser/ with publication times relative to *now*
(tokens `@RFC822:4h@` / `@ISO:4h@`, and `@BASE@` for the server's address), so the river
shows "4 hours ago" whatever the day.

Chromium is Debian's (/usr/bin/chromium, installed by apt; Playwright's own browser
downloads are not used). Without it, or without the `playwright` package, every test
here is skipped with the reason, never failed. Playwright's `launch()` gives each run a
fresh temporary profile (user data dir).

One server, one fixture site and one browser serve the whole session; tests stay
independent by using their own accounts (created with `newsdesk user add`) and their own
browser contexts. Every wait is bounded.
"""

from __future__ import annotations

import os
import re
import socket
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = Path(os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
TESTS = Path(__file__).resolve().parents[2]
SITE = TESTS / "fixtures" / "browser"
PASSWORD = "correct horse battery"
POLL_LIMIT = 20.0  # seconds a test waits for the poller to bring a feed's articles
ACTION_TIMEOUT_MS = 10_000

NEWS_FEED = "/news/feed.xml"
NEWS_TITLES = (
    "Harbour city switches on its first tidal power plant",
    "Nowa linia tramwajowa połączy dworzec z kampusem",
    "Les vendanges commencent trois semaines plus tôt en Bourgogne",
    "Madrid amplía la red de bicicletas públicas a los barrios del sur",
    "Bahn testet Wasserstoffzüge im Schwarzwald",
    "У Львові відкрили оновлену наукову бібліотеку",
)


# -- the fixture site ------------------------------------------------------------------

TOKEN = re.compile(r"@(BASE|RFC822:(\d+)h|ISO:(\d+)h)@")
CONTENT_TYPES = {".xml": "application/rss+xml; charset=utf-8",
                 ".html": "text/html; charset=utf-8"}
# (sky, sea, sun) colours of the generated lead images, so screenshots look like news
PICTURES: dict[str, tuple[tuple[int, int, int], ...]] = {
    "tidal": ((120, 170, 215), (20, 70, 110), (255, 230, 150)),
    "tramwaj": ((200, 200, 210), (110, 110, 120), (250, 250, 240)),
    "vendanges": ((150, 190, 230), (95, 120, 45), (255, 210, 90)),
    "bicicletas": ((250, 180, 120), (160, 90, 70), (255, 240, 200)),
    "wasserstoff": ((170, 200, 180), (40, 80, 50), (240, 240, 230)),
    "lighthouse": ((40, 50, 90), (15, 25, 50), (255, 250, 190)),
}


def render_tokens(text: str, base: str, now: datetime) -> str:
    """Fill in the fixture server's address and times N hours before `now`."""
    def fill(match: re.Match[str]) -> str:
        if match.group(1) == "BASE":
            return base
        hours = int(match.group(2) or match.group(3))
        when = now - timedelta(hours=hours)
        return format_datetime(when) if match.group(2) else when.isoformat()
    return TOKEN.sub(fill, text)


@cache
def picture_png(name: str, width: int = 480, height: int = 270) -> bytes:
    """A small landscape (sky, sun, sea) as a PNG, made here so no binary is committed."""
    sky, sea, sun = PICTURES.get(name, PICTURES["tidal"])
    horizon, cx, cy, r2 = height * 3 // 5, width * 7 // 10, height // 3, (height // 8) ** 2
    rows = []
    for y in range(height):
        base = sky if y < horizon else sea
        shade = 1.0 - 0.35 * (y / height) if y < horizon else 0.8 + 0.2 * ((y - horizon) % 9 < 2)
        row = bytearray(struct.pack("BBB", *(min(255, int(c * shade)) for c in base)) * width)
        dy = (y - cy) ** 2
        if dy <= r2 and y < horizon:
            half = int((r2 - dy) ** 0.5)
            row[3 * (cx - half):3 * (cx + half)] = bytes(sun) * (2 * half)
        rows.append(b"\x00" + bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))


def serve_site(server: Any, reply_class: type) -> None:
    """Register every fixture file (and the generated pictures) on a LocalServer."""
    for path in SITE.rglob("*"):
        if path.suffix not in CONTENT_TYPES:
            continue
        route = "/" + path.relative_to(SITE).as_posix()
        routes = [route, route.removesuffix("index.html")] if path.name == "index.html" \
            else [route]
        for r in routes:
            server.route(r, handler=_file_handler(server, path, reply_class))
    for name in PICTURES:
        server.route(f"/img/{name}.png", picture_png(name),
                     headers={"Content-Type": "image/png"})
    icon = picture_png("tidal", 16, 16)
    for folder in ("", "/news", "/wire", "/xss"):
        server.route(f"{folder}/favicon.ico", icon, headers={"Content-Type": "image/png"})


def _file_handler(server: Any, path: Path, reply_class: type) -> Callable[[Any], Any]:
    def handle(_request: Any) -> Any:
        body = render_tokens(path.read_text("utf-8"), server.url("").rstrip("/"),
                             datetime.now(UTC).replace(microsecond=0))
        return reply_class(200, {"Content-Type": CONTENT_TYPES[path.suffix]},
                           body.encode("utf-8"))
    return handle


def shared_conftest(config: pytest.Config) -> Any:
    """tests/conftest.py as pytest loaded it: its LocalServer is reused, not copied.

    With --import-mode=importlib a conftest cannot be imported by name, but pytest
    registers every conftest module as a plugin under its path."""
    path = TESTS / "conftest.py"
    module = config.pluginmanager.get_plugin(str(path))
    if module is None:
        module = next((p for p in config.pluginmanager.get_plugins()
                       if getattr(p, "__file__", None) == str(path)), None)
    assert module is not None, f"{path} is not loaded as a conftest plugin"
    return module


@pytest.fixture(scope="session")
def site(pytestconfig: pytest.Config) -> Iterator[Any]:
    """The fixture feeds and pages on a local HTTP server, for the whole session."""
    shared = shared_conftest(pytestconfig)
    server = shared.LocalServer()
    serve_site(server, shared.Reply)
    try:
        yield server
    finally:
        server.close()


# -- newsdesk serve ----------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Desk:
    """`newsdesk serve` in a subprocess on its own database; `cli()` runs other commands."""

    def __init__(self, folder: Path, *, poll: bool = True) -> None:
        self.folder = folder
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.flags = ["--db", f"sqlite:///{folder / 'nd.db'}", "--allowed-hosts", "127.0.0.1",
                      "--poll-tick", "1", "--connect-timeout", "2", "--read-timeout", "2",
                      "--total-timeout", "5"]
        command = [sys.executable, "-m", "newsdesk", *self.flags, "serve", "--host",
                   "127.0.0.1", "--port", str(self.port)] + ([] if poll else ["--no-poll"])
        self.log_path = folder / "serve.log"
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL)
        self._wait_until_up(15.0)

    def _wait_until_up(self, limit: float) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"newsdesk serve exited: {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"newsdesk serve did not listen within {limit} s: {self.log()}")

    def url(self, path: str = "/") -> str:
        return self.base + path

    def log(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace")[-3000:]

    def cli(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "newsdesk", *self.flags, *args],
                              capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL, check=False)
        assert done.returncode == 0, f"newsdesk {' '.join(args)}: {done.stdout}{done.stderr}"
        return done.stdout

    def add_user(self, name: str, *, admin: bool = False) -> None:
        self.cli("user", "add", name, "--password", PASSWORD, *(["--admin"] if admin else []))

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)


@pytest.fixture(scope="session")
def desk(tmp_path_factory: pytest.TempPathFactory, browser: Browser) -> Iterator[Desk]:
    """The session's newsdesk (after `browser`, so a machine without chromium skips first)."""
    server = Desk(tmp_path_factory.mktemp("desk"))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture()
def fresh_desk(tmp_path: Path, browser: Browser) -> Iterator[Desk]:
    """A newsdesk of its own with no account yet (and no poller: nothing to fetch)."""
    server = Desk(tmp_path, poll=False)
    try:
        yield server
    finally:
        server.close()


# -- the browser ------------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"no chromium at {CHROMIUM} (install Debian's: apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="the playwright Python package is not installed")
    with sync_api.sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                          args=CHROMIUM_ARGS)
        try:
            yield found
        finally:
            found.close()


@dataclass
class Tab:
    """One browser context and page, recording dialogs, console messages and errors."""

    page: Page
    desk: Desk
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def goto(self, path: str) -> Page:
        response = self.page.goto(self.desk.url(path))
        assert response is not None and response.status < 400, f"{path}: {response}"
        return self.page

    def login(self, name: str, password: str = PASSWORD) -> None:
        self.goto("/login")
        self.page.fill("#name", name)
        self.page.fill("#password", password)
        with self.page.expect_navigation():
            self.page.click("form.login button[type=submit]")
        assert "/login" not in self.page.url, self.page.inner_text("main")

    def river_titles(self, path: str = "/?view=articles") -> list[str]:
        self.goto(path)
        return [t.strip() for t in self.page.locator(".river .item a.title").all_inner_texts()]

    def subscribe(self, url: str, wanted: int, category: str = "") -> list[str]:
        """Add `url` on the Feeds page, then reload the river until `wanted` articles show."""
        self.goto("/feeds")
        self.page.fill("#feed-url", url)
        if category:
            self.page.fill("#feed-category", category)
        with self.page.expect_navigation():
            self.page.click(".add-feed button[type=submit]")
        assert "msg=added" in self.page.url, self.page.inner_text("main")
        return self.wait_for_articles(wanted)

    def wait_for_articles(self, wanted: int, path: str = "/?view=articles") -> list[str]:
        deadline = time.monotonic() + POLL_LIMIT
        titles = self.river_titles(path)
        while len(titles) < wanted and time.monotonic() < deadline:
            time.sleep(0.5)
            titles = self.river_titles(path)
        assert len(titles) >= wanted, (f"only {titles} after {POLL_LIMIT} s; "
                                       f"feeds page: {self.feeds_text()}; log: {self.desk.log()}")
        return titles

    def wait_for_stories(self, wanted: int) -> list[str]:
        """Reload "/" until it lists `wanted` stories (links to story pages, not the article
        river it falls back to while nothing is clustered yet)."""
        deadline = time.monotonic() + POLL_LIMIT
        titles = self.story_titles()
        while len(titles) < wanted and time.monotonic() < deadline:
            time.sleep(0.5)
            titles = self.story_titles()
        assert len(titles) >= wanted, (f"only stories {titles} after {POLL_LIMIT} s; "
                                       f"log: {self.desk.log()}")
        return titles

    def story_titles(self) -> list[str]:
        self.goto("/")
        links = self.page.locator(".river .item a.title[href^='/story/']")
        return [t.strip() for t in links.all_inner_texts()]

    def feeds_text(self) -> str:
        self.goto("/feeds")
        return self.page.inner_text("main")


def open_tab(browser: Browser, desk: Desk, **options: Any) -> tuple[BrowserContext, Tab]:
    settings: dict[str, Any] = {"viewport": {"width": 1280, "height": 900},
                                "locale": "en-GB", "timezone_id": "Europe/Warsaw"}
    settings.update(options)
    context = browser.new_context(**settings)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    page = context.new_page()
    tab = Tab(page, desk)

    def on_dialog(dialog: Any) -> None:
        tab.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()
    page.on("dialog", on_dialog)
    page.on("console", lambda msg: tab.console.append(f"{msg.type}: {msg.text}"))
    page.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    return context, tab


@pytest.fixture()
def tab_factory(browser: Browser) -> Iterator[Callable[..., Tab]]:
    """Opens browser tabs on a desk; every one is closed and checked for dialogs at the end."""
    opened: list[tuple[BrowserContext, Tab]] = []

    def make(desk: Desk, **options: Any) -> Tab:
        opened.append(open_tab(browser, desk, **options))
        return opened[-1][1]
    yield make
    for context, tab in opened:
        context.close()
        assert not tab.dialogs, f"a dialog opened: {tab.dialogs}"
        assert not tab.errors, f"a script error: {tab.errors}"


@pytest.fixture(scope="session")
def accounts(desk: Desk) -> Callable[[str], str]:
    """Creates each named account once per session; returns the name."""
    made: set[str] = set()

    def make(name: str) -> str:
        if name not in made:
            desk.add_user(name)
            made.add(name)
        return name
    return make


@pytest.fixture()
def news_reader(desk: Desk, site: Any, accounts: Callable[[str], str],
                tab_factory: Callable[..., Tab]) -> Callable[..., Tab]:
    """A logged-in tab of a fresh account subscribed to the multilingual news feed."""
    def make(name: str, **options: Any) -> Tab:
        accounts(name)
        tab = tab_factory(desk, **options)
        tab.login(name)
        tab.subscribe(site.url(NEWS_FEED), len(NEWS_TITLES))
        # articles are stored (and shown) before the poller enriches them and places them in
        # stories, and "/" shows the article river until a first story exists: tests that
        # open "/" wait for every one of the six unrelated articles' own story there
        tab.wait_for_stories(len(NEWS_TITLES))
        return tab
    return make
