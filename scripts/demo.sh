#!/usr/bin/env bash
# The demo behind `make demo`: sitrep on the bundled example reports (no ../shared needed).
set -euo pipefail
cd "$(dirname "$0")/.."
SITREP=${SITREP:-.venv/bin/sitrep}
export COLUMNS=${COLUMNS:-150}  # wide tables when the output is not a terminal
OUT=${OUT:-out/demo}
rm -rf "$OUT"; mkdir -p "$OUT/json"
DB="$OUT/sitrep.db"

echo "== 1. one report, read as a person would (Ukrainian, Markdown) =="
$SITREP extract examples/reports/2023-08-15-nikopol-shelling.uk.md --published 2023-08-15 --format table

echo
echo "== 2. every example report to JSON (schema sitrep/1) in $OUT/json =="
while IFS=$'\t' read -r name published; do
  [ -n "$name" ] || continue
  $SITREP extract "examples/reports/$name" --published "$published" > "$OUT/json/${name%.*}.json"
  python3 - "$OUT/json/${name%.*}.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
s, d = r["summary"], r["document"]
sure = {c["id"]: c["certainty"] for c in r["claims"]}
fig = lambda f: "-" if not f else f"{f['low']}{'+' if f['high'] is None else ('' if f['high'] == f['low'] else '-' + str(f['high']))}" + ("/" + ",".join(dict.fromkeys(sure[c] for c in f["claims"] if c in sure)) if f["claims"] else "")
flags = ",".join(q["flag"] for q in d["quality"]) or "-"
print(f"  {d['lang']}  {s['event_date'] or '?':10}  {(s['location'] or '?')[:14]:14} {(s['country'] or '?'):2}  "
      f"{'; '.join(s['event_types'])[:34]:34}  killed {fig(s['killed']):15} injured {fig(s['injured']):15} "
      f"claims {len(r['claims']):2}  quality {flags}  <- {sys.argv[1].split('/')[-1]}")
PY
done < examples/reports/published.tsv

echo
echo "== 3. ingest the scenario (10+ reports, three languages, three incidents) into $DB =="
$SITREP ingest examples/scenario/reports.jsonl --db "$DB"
echo "   ... and again: nothing is stored twice"
$SITREP ingest examples/scenario/reports.jsonl --db "$DB"

echo
echo "== 4. merged incidents =="
$SITREP incidents list --db "$DB"
FIRST=$($SITREP incidents list --db "$DB" -f jsonl | python3 -c "import json,sys; print(json.loads(sys.stdin.readline())['id'])")
$SITREP incidents show "$FIRST" --db "$DB"

echo
echo "== 5. export =="
$SITREP export --db "$DB" --format csv -o "$OUT/incidents.csv"
$SITREP export --db "$DB" --format geojson -o "$OUT/incidents.geojson"
echo "   wrote $OUT/incidents.csv and $OUT/incidents.geojson"

echo
echo "== 6. the dashboard =="
# the example reports too: their dates come from examples/reports/published.tsv,
# the README and the sidecar itself are skipped
$SITREP ingest examples/reports --db "$DB"
echo "   $($SITREP incidents list --db "$DB" -f jsonl | wc -l) incidents in $DB"
if [ -n "${SERVE:-}" ]; then
  exec $SITREP serve --db "$DB" --port "${PORT:-8000}"
fi
echo "   start it with:  make serve   (or: $SITREP serve --db $DB --port ${PORT:-8000})"
echo "   then open:      http://127.0.0.1:${PORT:-8000}/"
