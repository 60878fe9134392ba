"""`newsdesk serve`: the web reader plus the background poller in one process."""

from __future__ import annotations

import logging
import threading

import uvicorn

from newsdesk.pipeline import Pipeline
from newsdesk.scheduler import run_poller
from newsdesk.settings import Settings
from newsdesk.store import Store
from newsdesk.web.app import create_app

log = logging.getLogger(__name__)


def run_server(settings: Settings, store: Store, *, poll: bool = True) -> None:
    """Serve until interrupted; the poller thread stops with the server."""
    stop = threading.Event()
    poller = None
    if poll:
        pipeline = Pipeline(settings, store)
        poller = threading.Thread(target=run_poller, args=(pipeline, stop), daemon=True,
                                  name="newsdesk-poller")
        poller.start()
    address = f"http://{settings.host}:{settings.port}/"
    print(f"newsdesk: serving {store.url} on {address}", flush=True)
    if store.count_users() == 0:
        print("newsdesk: no account yet: open the address above in a browser on this machine "
              "to create the first one, or run `newsdesk user add NAME --admin`.", flush=True)
    try:
        uvicorn.run(create_app(store), host=settings.host, port=settings.port,
                    log_level="warning")
    finally:
        stop.set()
        if poller is not None:
            poller.join(timeout=5)
