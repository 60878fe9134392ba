#!/usr/bin/env bash
# Extract UI text into src/newsdesk/web/locale/messages.pot and update every catalog.
# Then translate the new/changed entries in each messages.po (tests fail on any missing
# or fuzzy entry). Catalogs are compiled in memory at run time; no .mo files are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
locale_dir=src/newsdesk/web/locale
.venv/bin/pybabel extract -F babel.cfg -k N_ --no-location --sort-output \
  --project newsdesk --copyright-holder "newsdesk developers" \
  -o "$locale_dir/messages.pot" src/newsdesk/web
for lang in pl fr de uk ru es it; do
  po="$locale_dir/$lang/LC_MESSAGES/messages.po"
  if [ -f "$po" ]; then
    .venv/bin/pybabel update -i "$locale_dir/messages.pot" -d "$locale_dir" -l "$lang" --no-fuzzy-matching
  else
    .venv/bin/pybabel init -i "$locale_dir/messages.pot" -d "$locale_dir" -l "$lang"
  fi
done
