"""Every page in-process on a fresh database: happy paths and the ways they can be abused."""

from __future__ import annotations

from starlette.testclient import TestClient

from newsdesk.model import Image
from newsdesk.store import Store


def test_first_run_offers_setup_then_login(app_client: TestClient, store: Store,
                                           page_csrf) -> None:
    assert app_client.get("/").headers["location"] == "/setup"
    page = app_client.get("/setup")
    assert "newsdesk user add NAME --admin" in page.text
    done = app_client.post("/setup", data={"name": "ada", "password": "long enough pw",
                                           "csrf": page_csrf(page.text)})
    assert done.status_code == 303 and done.headers["location"] == "/"
    assert "nd_session" in done.cookies or "nd_session" in app_client.cookies
    assert store.count_users() == 1 and store.list_users()[0].is_admin
    assert app_client.get("/setup").headers["location"] == "/login"


def test_setup_requires_csrf_and_a_good_password(app_client: TestClient, page_csrf) -> None:
    page = app_client.get("/setup")
    assert app_client.post("/setup", data={"name": "a", "password": "x" * 9}).status_code == 403
    short = app_client.post("/setup", data={"name": "a", "password": "short",
                                            "csrf": page_csrf(page.text)})
    assert short.status_code == 400 and "at least 8 characters" in short.text


def test_login_failures_are_throttled(store: Store, reader, page_csrf) -> None:
    reader("ada")
    client = TestClient(__import__("newsdesk.web.app", fromlist=["create_app"]).create_app(store),
                        follow_redirects=False)
    token = page_csrf(client.get("/login").text)
    statuses = [client.post("/login", data={"name": "ada", "password": "wrong password",
                                            "csrf": token}).status_code for _ in range(6)]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429


def test_session_cookie_flags(store: Store, page_csrf) -> None:
    from newsdesk.web import auth
    from newsdesk.web.app import create_app

    store.create_user("ada", auth.hash_password("long enough pw"))
    client = TestClient(create_app(store), base_url="https://reader.example",
                        follow_redirects=False)
    token = page_csrf(client.get("/login").text)
    response = client.post("/login", data={"name": "ada", "password": "long enough pw",
                                           "csrf": token})
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" in cookie


def test_river_shows_articles_with_state_and_pages_by_keyset(reader, feed_with_articles) -> None:
    ada = reader("ada")
    feed, _ids = feed_with_articles(count=45, ai_generated=True,
                                   image=Image("https://news.example/i.jpg", "Cap", "AFP"))
    ada.post(f"/feeds/{feed.id}/edit", title="Mine", category="World")  # not subscribed yet
    ada.post("/feeds/add", url=feed.url, category="World")
    first = ada.get("/")
    assert first.status_code == 200
    assert "Story number 0<" in first.text and "AI-generated" in first.text
    assert 'class="thumb"' in first.text and "<time datetime=" in first.text
    assert "Older articles" in first.text
    next_link = first.text.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    second = ada.get(next_link)
    assert "Story number 44<" in second.text and "Story number 0<" not in second.text


def test_article_page_marks_read_and_toggles_star(reader, feed_with_articles) -> None:
    ada = reader("ada")
    feed, ids = feed_with_articles(count=1, ai_disclosure="Generated with the help of AI.",
                                   ai_generated=True, original_url="https://orig.example/x")
    ada.post("/feeds/add", url=feed.url)
    page = ada.get(f"/article/{ids[0]}")
    assert page.status_code == 200
    assert "Generated with the help of AI." in page.text
    assert 'href="https://orig.example/x" rel="noopener noreferrer"' in page.text
    assert "Mark unread" in page.text  # opening it marked it read
    star = ada.client.post(f"/article/{ids[0]}/state", data={"starred": "1"},
                           headers={"X-CSRF-Token": ada.csrf, "Accept": "application/json"})
    assert star.json() == {"id": ids[0], "read": True, "starred": True}
    assert "Story number 0" in ada.get("/?starred=1").text
    assert "Story number 0" not in ada.get("/?unread=1").text


def test_state_changes_need_csrf(reader, feed_with_articles) -> None:
    ada = reader("ada")
    feed, ids = feed_with_articles(count=1)
    ada.post("/feeds/add", url=feed.url)
    missing = ada.client.post(f"/article/{ids[0]}/state", data={"read": "1"})
    wrong = ada.client.post(f"/article/{ids[0]}/state", data={"read": "1", "csrf": "x" * 30})
    assert missing.status_code == 403 and wrong.status_code == 403


def test_users_never_see_each_others_things(reader, feed_with_articles, store: Store) -> None:
    ada, bob = reader("ada"), reader("bob")
    feed, ids = feed_with_articles(count=2)
    ada.post("/feeds/add", url=feed.url, title="Ada's feed")
    ada.post("/search/save", q="harbour", name="ada-search")
    assert "Ada&#39;s feed" in ada.get("/feeds").text or "Ada's feed" in ada.get("/feeds").text
    assert "Ada" not in bob.get("/feeds").text
    assert "ada-search" not in bob.get("/search").text
    assert bob.get(f"/article/{ids[0]}").status_code == 404
    assert bob.post(f"/article/{ids[0]}/state", read="1").status_code == 404
    assert bob.post(f"/feeds/{feed.id}/remove").status_code == 404
    assert bob.post(f"/feeds/{feed.id}/edit", title="pwned").status_code == 404
    assert bob.post(f"/feeds/{feed.id}/refresh").status_code == 404
    [saved] = store.list_saved_searches(ada.user.id)
    assert bob.post(f"/search/{saved.id}/delete").status_code == 404
    assert "Story number" not in bob.get("/").text


def test_search_highlights_saves_and_survives_bad_queries(reader, feed_with_articles) -> None:
    ada = reader("ada")
    feed, _ = feed_with_articles(count=2)
    ada.post("/feeds/add", url=feed.url)
    page = ada.get("/search", params={"q": "harbour"})
    assert page.status_code == 200 and "<mark>" in page.text and "2 articles found" in page.text
    for query in ['"unbalanced', "AND OR NOT", "title:x", "*", "<script>alert(1)</script>"]:
        response = ada.get("/search", params={"q": query})
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.text
    assert ada.get("/search", params={"q": "x" * 600}).status_code == 400
    assert ada.post("/search/save", q="harbour", name="My harbour", lang="en").status_code == 303
    assert "My harbour" in ada.get("/search").text


def test_feeds_page_add_rename_refresh_remove_and_opml(reader, store: Store) -> None:
    ada = reader("ada")
    assert ada.post("/feeds/add", url="ftp://example.org/feed").status_code == 400
    assert ada.post("/feeds/add", url="https://example.org/feed.xml",
                    category="Tech").status_code == 303
    [sub] = store.list_subscriptions(ada.user.id)
    fid = sub.feed.id
    page = ada.get("/feeds")
    assert "https://example.org/feed.xml" in page.text and "Not fetched yet" in page.text
    ada.post(f"/feeds/{fid}/edit", title="Example", category="News")
    assert "Example" in ada.get("/feeds").text
    assert ada.post(f"/feeds/{fid}/refresh").status_code == 303
    opml = ada.get("/feeds/export.opml")
    assert opml.status_code == 200 and "https://example.org/feed.xml" in opml.text
    ada.post(f"/feeds/{fid}/remove")
    assert store.list_subscriptions(ada.user.id) == []
    upload = ada.client.post("/feeds/import", data={"csrf": ada.csrf},
                             files={"opml": ("subs.opml", opml.content, "text/xml")})
    assert upload.status_code == 303
    assert [s.feed.url for s in store.list_subscriptions(ada.user.id)] == [
        "https://example.org/feed.xml"]
    bad = ada.client.post("/feeds/import", data={"csrf": ada.csrf},
                          files={"opml": ("x.opml", b"<not opml", "text/xml")})
    assert bad.status_code == 400


def test_feed_health_is_shown_in_words(reader, store: Store) -> None:
    ada = reader("ada")
    ada.post("/feeds/add", url="https://example.org/broken.xml")
    [sub] = store.list_subscriptions(ada.user.id)
    feed = sub.feed
    feed.error_count, feed.last_error = 3, "HTTP 503 Service Unavailable"
    store.update_feed(feed)
    assert "HTTP 503 Service Unavailable" in ada.get("/feeds").text
    assert "3 times in a row" in ada.get("/feeds").text


def test_feed_error_reason_is_in_the_readers_language(reader, store: Store) -> None:
    ada = reader("ada")
    ada.post("/settings", locale="pl", timezone="Europe/Warsaw", theme="auto", page_size="30")
    ada.post("/feeds/add", url="https://example.org/moved.xml")
    [sub] = store.list_subscriptions(ada.user.id)
    feed = sub.feed
    feed.error_count, feed.last_error = 1, "HTTP 404 Not Found"
    feed.last_error_kind = "not_found"
    store.update_feed(feed)
    page = ada.get("/feeds").text
    assert "Nie znaleziono adresu (404)." in page
    assert "Szczegóły techniczne" in page and "HTTP 404 Not Found" in page  # the detail stays


def test_feed_error_of_unknown_kind_shows_the_stored_message(reader, store: Store) -> None:
    ada = reader("ada")
    ada.post("/feeds/add", url="https://example.org/odd.xml")
    [sub] = store.list_subscriptions(ada.user.id)
    feed = sub.feed
    feed.error_count, feed.last_error, feed.last_error_kind = 1, "something odd", "no_such"
    store.update_feed(feed)
    page = ada.get("/feeds").text
    assert "something odd" in page and "Technical detail" not in page


def test_settings_change_language_and_validate(reader, feed_with_articles) -> None:
    ada = reader("ada")
    assert ada.post("/settings", locale="xx", theme="auto", page_size="30").status_code == 400
    assert ada.post("/settings", locale="pl", timezone="Nowhere/City", theme="auto",
                    page_size="30").status_code == 400
    assert ada.post("/settings", locale="pl", timezone="Europe/Warsaw", theme="dark",
                    page_size="1000").status_code == 400
    assert ada.post("/settings", locale="pl", timezone="Europe/Warsaw", theme="dark",
                    page_size="20").status_code == 303
    page = ada.get("/settings")
    assert 'lang="pl"' in page.text and 'data-theme="dark"' in page.text


def test_logout_ends_the_session(reader) -> None:
    ada = reader("ada")
    assert ada.post("/logout").status_code == 303
    assert ada.get("/").status_code == 303


def test_security_headers_on_every_page(app_client: TestClient) -> None:
    for path in ("/login", "/setup", "/nope"):
        headers = app_client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert "script-src 'nonce-" in csp and "unsafe-inline" not in csp
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"


def test_bad_requests_are_clear_4xx(reader) -> None:
    ada = reader("ada")
    for path in ("/article/999", "/article/abc", "/article/99999999999999999999", "/nope",
                 "/?before=garbage",
                 "/?feed=abc", "/?since=yesterday", "/?unread=maybe"):
        status = ada.get(path).status_code
        assert 400 <= status < 500, path
    assert ada.client.put("/").status_code == 405
    refused = ada.client.delete("/feeds")
    assert refused.status_code == 405
    assert refused.headers["allow"] == "GET"
    long_field = ada.post("/feeds/add", url="https://e.org/" + "a" * 5000)
    assert long_field.status_code == 400
    huge = ada.client.post("/feeds/add", content=b"x" * 6_000_000,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert huge.status_code == 413


def test_state_change_redirects_only_within_the_site(reader, feed_with_articles) -> None:
    ada = reader("ada")
    feed, ids = feed_with_articles(count=1)
    ada.post("/feeds/add", url=feed.url)
    for target, expected in (("/?unread=1", "/?unread=1"), ("//evil.example/", "/"),
                             ("/\\evil.example/", "/"), ("https://evil.example/", "/"),
                             ("/\tx", "/")):
        response = ada.post(f"/article/{ids[0]}/state", read="1", next=target)
        assert response.headers["location"] == expected, target


def test_no_handler_runs_store_work_on_the_event_loop(store: Store) -> None:
    """Every route is a plain function, run in the thread pool: a store write waiting on
    SQLite's lock or an argon2 hash at login must not stall the other readers."""
    import inspect

    from newsdesk.web.app import app_routes

    routes = app_routes()
    assert len(routes) > 20
    on_loop = [r.path for r in routes if inspect.iscoroutinefunction(r.endpoint)]
    assert on_loop == []
