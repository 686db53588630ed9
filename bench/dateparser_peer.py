#!/usr/bin/env python3
"""Date resolution on the Airwars dev texts: the `dateparser` library beside marsad.

For every (incident, source text) pair of the Airwars dev set, each tool proposes
candidate dates for the text:

* dateparser: `dateparser.search.search_dates(text, languages=[lang], settings=...)`,
  with `RELATIVE_BASE` set to the source's publication date when the set gives a usable
  ISO one (the "anchor"); otherwise dateparser's default base, which is *now*, so its
  relative dates ("yesterday", weekdays) cannot be right there. Pairs with and without
  an anchor are reported separately for that reason.
* marsad: `marsad extract -q -j 1` on a temporary JSON Lines file of the same pairs
  (id = incident_code#source_index, `published` = the same anchor when present); the
  candidates are the `event_date`s of the events extracted from that document, in
  output order. A second marsad run, shown as an extra column (`--no-meta` drops it),
  also passes each source's publisher and URL, as `marsad eval airwars` does; that is
  context, since dateparser never sees them.

A pair is a hit ("any") when some candidate lies within +-1 day of `incident_date`, and a
strict hit ("first") when the first candidate does. Speed counts one process: for
dateparser only the `search_dates` calls are timed (after a warm-up call per language);
for marsad the whole extraction run is timed (it also finds places, actors and counts),
and it is shown with and without the knowledge-base load that every run starts with.

The data is read at run time from ../shared; nothing is copied into the repository, and
the temporary files go to a mktemp directory that is removed at the end.
"""

import argparse
import datetime as dt
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "data", "airwars", "incidents-dev.jsonl")
DEFAULT_MARSAD = os.path.join(ROOT, "target", "release", "marsad")

ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[Tt ])")


def usable_day(s):
    """The day of an ISO publication date (YYYY-MM-DD, optionally followed by a time),
    as marsad's evaluation reads it; anything else (empty, '22 أكتوبر 2024') is None."""
    m = ISO_DAY.match((s or "").strip())
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None


def load_pairs(path, langs):
    pairs = []
    skipped_no_date = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            inc = json.loads(line)
            gold = usable_day(inc.get("incident_date"))
            for i, src in enumerate(inc.get("sources") or []):
                lang = (src.get("language") or "").lower()
                if lang not in langs:
                    continue
                if gold is None:
                    skipped_no_date += 1
                    continue
                pairs.append({
                    "id": f"{inc['incident_code']}#{i}",
                    "lang": lang,
                    "text": src.get("text") or "",
                    "anchor": usable_day(src.get("publication_date")),
                    "gold": gold,
                    "source": src.get("publisher") or "",
                    "url": src.get("original_url") or "",
                })
    return pairs, skipped_no_date


def sample(pairs, limit):
    """Every k-th pair (deterministic), at most `limit` of them."""
    if not limit or limit >= len(pairs):
        return pairs, 1
    k = math.ceil(len(pairs) / limit)
    return pairs[::k][:limit], k


def near(d, gold):
    return d is not None and abs((d - gold).days) <= 1


# ---------------------------------------------------------------- dateparser

def run_dateparser(pairs):
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError as e:
        return None, f"dateparser is not installed in this Python ({e}); no dateparser figures"
    version = getattr(dateparser, "__version__", "?")
    # Warm-up: the first call per language loads its data; not counted as date work.
    t0 = time.perf_counter()
    for lang in sorted({p["lang"] for p in pairs}):
        search_dates("1 January 2020", languages=[lang])
    warmup = time.perf_counter() - t0
    cands = {}
    errors = 0
    spent = 0.0
    for p in pairs:
        settings = {}
        if p["anchor"] is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(p["anchor"], dt.time(12, 0))
        t = time.perf_counter()
        try:
            found = search_dates(p["text"], languages=[p["lang"]], settings=settings) or []
        except Exception:  # a peer's crash on one text is counted, not fatal
            found = []
            errors += 1
        spent += time.perf_counter() - t
        cands[p["id"]] = [d.date() for _, d in found]
    info = {
        "name": f"dateparser {version}",
        "seconds": spent,
        "setup": warmup,
        "errors": errors,
        "note": "search_dates calls only",
    }
    return (cands, info), None


# ---------------------------------------------------------------- marsad

def kb_load_ms(marsad, runs=3):
    times = []
    for _ in range(runs):
        out = subprocess.run([marsad, "kb", "stats"], capture_output=True, text=True, check=True).stdout
        m = re.search(r"loaded in\s+([\d.]+)\s*ms", out)
        if m:
            times.append(float(m.group(1)))
    return statistics.median(times) if times else None


def run_marsad(pairs, marsad, tmp, meta=False):
    inp = os.path.join(tmp, "pairs.jsonl")
    outp = os.path.join(tmp, "events.jsonl")
    with open(inp, "w", encoding="utf-8") as f:
        for p in pairs:
            rec = {"id": p["id"], "text": p["text"], "language": p["lang"]}
            if p["anchor"] is not None:
                rec["published"] = p["anchor"].isoformat()
            if meta:
                rec["source"] = p["source"]
                if p["url"]:
                    rec["url"] = p["url"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    t = time.perf_counter()
    with open(outp, "w", encoding="utf-8") as out:
        r = subprocess.run([marsad, "extract", "-q", "-j", "1", inp], stdout=out, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"marsad extract failed ({r.returncode}):\n{r.stderr[-2000:]}")
    cands = {p["id"]: [] for p in pairs}
    with open(outp, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            ev = json.loads(line)
            doc = ev.get("document_id")
            if doc not in cands:
                continue
            d = ev.get("event_date")
            cands[doc].append(usable_day(d) if isinstance(d, str) else None)
    load = kb_load_ms(marsad)
    info = {
        "name": "marsad +publisher,URL" if meta else "marsad",
        "seconds": wall,
        "load_ms": load,
        "errors": 0,
        "note": "whole `extract -j 1` run",
    }
    return cands, info


# ---------------------------------------------------------------- report

def score(pairs, cands):
    def rate(sel, first):
        n = len(sel)
        if first:
            h = sum(1 for p in sel if cands[p["id"]] and near(cands[p["id"]][0], p["gold"]))
        else:
            h = sum(1 for p in sel if any(near(d, p["gold"]) for d in cands[p["id"]]))
        return (h, n)

    anch = [p for p in pairs if p["anchor"] is not None]
    none = [p for p in pairs if p["anchor"] is None]
    rows = {
        "any, all pairs": rate(pairs, False),
        "first, all pairs": rate(pairs, True),
        "any, with anchor": rate(anch, False),
        "first, with anchor": rate(anch, True),
        "any, no anchor": rate(none, False),
        "first, no anchor": rate(none, True),
    }
    for lang in sorted({p["lang"] for p in pairs}):
        sel = [p for p in pairs if p["lang"] == lang]
        rows[f"any, {lang} only"] = rate(sel, False)
        rows[f"first, {lang} only"] = rate(sel, True)
    with_cand = sum(1 for p in pairs if any(d is not None for d in cands[p["id"]]))
    mean_c = sum(sum(1 for d in cands[p["id"]] if d is not None) for p in pairs) / max(1, len(pairs))
    return rows, with_cand, mean_c


def pct(h, n):
    return "n/a" if n == 0 else f"{100.0 * h / n:5.1f}% ({h}/{n})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=os.environ.get("AIRWARS_DEV", DEFAULT_DATA))
    ap.add_argument("--marsad", default=DEFAULT_MARSAD)
    ap.add_argument("--limit", type=int, default=0,
                    help="at most N pairs: every k-th pair of the set (default: all)")
    ap.add_argument("--langs", default="ar,en", help="comma-separated source languages (default ar,en)")
    ap.add_argument("--no-meta", dest="with_meta", action="store_false",
                    help="leave out the extra marsad column that also gets each source's publisher and URL")
    args = ap.parse_args()

    langs = {x.strip() for x in args.langs.split(",") if x.strip()}
    all_pairs, skipped = load_pairs(args.data, langs)
    pairs, k = sample(all_pairs, args.limit)
    by_lang = {l: sum(1 for p in pairs if p["lang"] == l) for l in sorted(langs)}
    n_anchor = sum(1 for p in pairs if p["anchor"] is not None)

    print(f"Airwars dev set: {os.path.normpath(args.data)}")
    if k == 1:
        print(f"pairs: all {len(pairs)} {'+'.join(sorted(langs))} (incident, source) pairs", end="")
    else:
        print(f"pairs: a deterministic sample of {len(pairs)}: 1 pair in every {k} of {len(all_pairs)}", end="")
    print(f"  [{', '.join(f'{l} {n}' for l, n in by_lang.items())}]; {n_anchor} with an ISO publication date (anchor)")
    if skipped:
        print(f"({skipped} pairs skipped: their incident has no usable incident_date)")
    mtime = dt.datetime.fromtimestamp(os.path.getmtime(args.marsad), dt.timezone.utc)
    print(f"marsad binary: {args.marsad} (built {mtime:%Y-%m-%d %H:%M:%S} UTC)")
    with open("/proc/loadavg") as f:
        print(f"machine: {os.cpu_count()} cores, load average before the run {' '.join(f.read().split()[:3])}")
    print("hit = a candidate date within +-1 day of incident_date; any = among all candidates, first = first candidate")
    print()

    tmp = tempfile.mkdtemp(prefix="marsad-dateparser-peer-")
    try:
        dp, dp_missing = run_dateparser(pairs)
        m_cands, m_info = run_marsad(pairs, args.marsad, tmp)
        if args.with_meta:
            mm_cands, mm_info = run_marsad(pairs, args.marsad, tmp, meta=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    tools = []
    if dp is not None:
        tools.append((dp[1], dp[0]))
    tools.append((m_info, m_cands))
    if args.with_meta:
        tools.append((mm_info, mm_cands))
    scored = [(info, score(pairs, c)) for info, c in tools]

    head = ["metric"] + [info["name"] for info, _ in scored]
    rows = [["pairs", *[str(len(pairs))] * len(scored)],
            ["pairs with anchor", *[str(n_anchor)] * len(scored)],
            ["pairs with >=1 candidate date", *[pct(s[1], len(pairs)) for _, s in scored]],
            ["mean candidate dates per text", *[f"{s[2]:.2f}" for _, s in scored]]]
    for key in scored[0][1][0]:
        rows.append([f"hit rate: {key}", *[pct(*s[0][key]) for _, s in scored]])
    rows.append(["time timed (s)", *[f"{info['seconds']:.2f}" for info, _ in scored]])
    rows.append(["what is timed", *[info["note"] for info, _ in scored]])
    rows.append(["texts/s (timed work, 1 process)", *[f"{len(pairs) / info['seconds']:.0f}" for info, _ in scored]])
    extra = []
    for info, _ in scored:
        if "load_ms" in info and info["load_ms"] is not None:
            rest = info["seconds"] - info["load_ms"] / 1000.0
            extra.append(f"{len(pairs) / rest:.0f} (KB load {info['load_ms']:.0f} ms excluded)" if rest > 0 else "n/a")
        elif "setup" in info:
            extra.append(f"(+{info['setup']:.2f} s warm-up, untimed)")
        else:
            extra.append("")
    rows.append(["texts/s, start-up excluded", *extra])
    rows.append(["texts that raised an error", *[str(info["errors"]) for info, _ in scored]])

    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"
    print(line(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))
    if args.with_meta:
        print()
        print("dateparser and `marsad` get the same input: text, language, ISO publication date when usable.")
        print("`marsad +publisher,URL` also gets each source's publisher and URL, as `marsad eval airwars` does")
        print("(marsad reads dates in URL paths); it is context, not the like-for-like comparison.")
    if dp_missing:
        print()
        print(f"NOTE: {dp_missing}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
