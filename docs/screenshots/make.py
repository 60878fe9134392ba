"""Re-make the screenshots in this folder: a real newsdesk in headless chromium.

Usage: .venv/bin/python docs/screenshots/make.py   (needs /usr/bin/chromium and playwright)
The pictures come from tests/web/browser/test_screenshots.py, which is skipped in normal
test runs; this script runs it with NEWSDESK_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

if __name__ == "__main__":
    env = {**os.environ, "NEWSDESK_SCREENSHOTS": "1"}
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                              "tests/web/browser/test_screenshots.py"], cwd=ROOT, env=env))
