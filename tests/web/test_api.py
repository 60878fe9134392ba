"""The JSON API: token auth, every route, isolation between users, and a bounded
schemathesis run against the served OpenAPI document."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from starlette.testclient import TestClient

from newsdesk.model import Feed
from newsdesk.store import Store, open_store
from newsdesk.web import auth
from newsdesk.web.app import create_app


def _token(store: Store, name: str) -> tuple[int, dict[str, str]]:
    user = store.create_user(name, auth.hash_password("long enough pw"))
    assert user.id is not None
    secret = auth.new_token()
    store.create_api_token(user.id, "test", auth.token_hash(secret))
    return user.id, {"Authorization": f"Bearer {secret}"}


def test_requires_a_valid_token(store: Store) -> None:
    client = TestClient(create_app(store))
    assert client.get("/api/v1/articles").status_code == 401
    bad = client.get("/api/v1/articles", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and bad.json() == {"error": "invalid token"}
    assert bad.headers["www-authenticate"] == "Bearer"


def test_feeds_articles_state_and_search(store: Store, feed_with_articles) -> None:
    _uid, headers = _token(store, "ada")
    client = TestClient(create_app(store), headers=headers)
    feed, ids = feed_with_articles(count=35)
    created = client.post("/api/v1/feeds", json={"url": feed.url, "category": "World"})
    assert created.status_code == 201 and created.json()["category"] == "World"
    assert created.json()["last_error_kind"] is None  # set by the poller when a fetch fails
    assert client.post("/api/v1/feeds", json={"url": "javascript:alert(1)"}).status_code == 400
    page = client.get("/api/v1/articles", params={"limit": 30}).json()
    assert len(page["items"]) == 30 and page["next"]
    rest = client.get("/api/v1/articles", params={"before": page["next"]}).json()
    assert len(rest["items"]) == 5 and rest["next"] is None
    seen = [a["id"] for a in page["items"] + rest["items"]]
    assert sorted(seen) == sorted(ids)
    one = client.get(f"/api/v1/articles/{ids[0]}").json()
    assert one["text"].startswith("Paragraph about harbour") and one["read"] is False
    state = client.put(f"/api/v1/articles/{ids[0]}/state", json={"read": True, "starred": True})
    assert state.json() == {"id": ids[0], "read": True, "starred": True}
    starred = client.get("/api/v1/articles", params={"starred": True}).json()["items"]
    assert [a["id"] for a in starred] == [ids[0]]
    hits = client.get("/api/v1/search", params={"q": "harbour number 3"}).json()["items"]
    assert hits and "[" in hits[0]["snippet"]
    nothing = client.get("/api/v1/search", params={"q": '"'}).json()
    assert nothing["items"] == [] and nothing["problem"]
    fid = feed.id
    assert client.patch(f"/api/v1/feeds/{fid}", json={"title": "Mine"}).json()["title"] == "Mine"
    assert client.post(f"/api/v1/feeds/{fid}/refresh").status_code == 202
    assert client.delete(f"/api/v1/feeds/{fid}").status_code == 204
    assert client.get("/api/v1/feeds").json() == []


def test_other_users_ids_are_not_found(store: Store, feed_with_articles) -> None:
    ada_id, ada = _token(store, "ada")
    _bob_id, bob = _token(store, "bob")
    feed, ids = feed_with_articles(count=1)
    store.subscribe(ada_id, feed.id or 0)
    client = TestClient(create_app(store))
    assert client.get(f"/api/v1/articles/{ids[0]}", headers=ada).status_code == 200
    assert client.get(f"/api/v1/articles/{ids[0]}", headers=bob).status_code == 404
    assert client.put(f"/api/v1/articles/{ids[0]}/state", json={"read": True},
                      headers=bob).status_code == 404
    assert client.delete(f"/api/v1/feeds/{feed.id}", headers=bob).status_code == 404
    assert client.patch(f"/api/v1/feeds/{feed.id}", json={"title": "x"},
                        headers=bob).status_code == 404
    assert client.get("/api/v1/feeds", headers=bob).json() == []


def test_bad_parameters_are_400(store: Store) -> None:
    _uid, headers = _token(store, "ada")
    client = TestClient(create_app(store), headers=headers)
    for params in ({"limit": 0}, {"limit": "x"}, {"before": "garbage"}, {"since": "yesterday"},
                   {"feed": -1}, {"lang": "x" * 300}):
        response = client.get("/api/v1/articles", params=params)
        assert response.status_code == 400, params
        assert "error" in response.json()
    assert client.put("/api/v1/articles/1/state", content=b"{not json",
                      headers={"Content-Type": "application/json"}).status_code == 400


def test_openapi_document_is_served(store: Store) -> None:
    doc = TestClient(create_app(store)).get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {"/api/v1/articles", "/api/v1/feeds", "/api/v1/search"} <= set(doc["paths"])
    assert not any(path.startswith("/feeds") for path in doc["paths"])  # pages stay out


# --- a bounded schemathesis run over every operation ------------------------------------

_TMP = Path(tempfile.mkdtemp(prefix="newsdesk-api-"))
_STORE = open_store(f"sqlite:///{_TMP / 'api.db'}")
_UID, _HEADERS = _token(_STORE, "fuzz")
_FEED, _ = _STORE.add_feed(Feed(url="https://fuzz.example/feed.xml", title="Fuzz"))
_STORE.subscribe(_UID, _FEED.id or 0)
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(_STORE))


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers=_HEADERS)
