#!/usr/bin/env bash
# Date resolution on the Airwars dev texts: Python's dateparser (with its `calendars`
# extra, i.e. convertdate + hijridate for Jalali and Hijri) beside marsad, one table.
#
#   bench/dateparser_peer.sh [--limit N] [--langs ar,en] [--data FILE]
#
# dateparser goes into a throwaway virtual environment (bench/.venv, git-ignored; set
# MARSAD_BENCH_VENV to put it elsewhere, delete it at will). The data is read from
# ../shared at run time; nothing from it is written into the repository.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MARSAD_BENCH_VENV:-$ROOT/bench/.venv}"
PY_SYS="${PYTHON:-python3}"

if [[ ! -x "$ROOT/target/release/marsad" ]]; then
  echo "building target/release/marsad ..." >&2
  (cd "$ROOT" && cargo build --release --quiet)
fi

PY="$PY_SYS"
if [[ ! -x "$VENV/bin/python" ]]; then
  echo "creating virtual environment $VENV ..." >&2
  if ! "$PY_SYS" -m venv "$VENV" >&2; then
    echo "could not create a virtual environment with $PY_SYS" >&2
    rm -rf "$VENV"
  fi
fi
if [[ -x "$VENV/bin/python" ]]; then
  PY="$VENV/bin/python"
  if ! "$PY" -c 'import dateparser, convertdate, hijridate' 2>/dev/null; then
    echo "installing dateparser[calendars] into $VENV ..." >&2
    if ! "$PY" -m pip install --quiet --disable-pip-version-check 'dateparser[calendars]' >&2; then
      echo "pip could not install dateparser[calendars] here; the table will show marsad only." >&2
    fi
  fi
fi

if DP=$("$PY" -c 'import dateparser, sys; print(dateparser.__version__, "from", sys.prefix)' 2>/dev/null); then
  echo "using dateparser $DP" >&2
else
  echo "dateparser is not available: no dateparser figures in this run" >&2
fi
exec "$PY" "$ROOT/bench/dateparser_peer.py" "$@"
