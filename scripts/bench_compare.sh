#!/usr/bin/env bash
# Several gateways in one interleaved run of ../shared/bench (direct floor first in every rep), so their
# figures can be compared with each other. Each target is LABEL=URL=API_KEY; start the gateways first.
#   scripts/bench_compare.sh bastion=http://127.0.0.1:8080=bst_... bastion-limits=http://127.0.0.1:8081=bst_...
set -euo pipefail
BENCH=${BENCH:-$(cd "$(dirname "$0")/../../shared/bench" && pwd)}
BENCH_DIR=$BENCH
. "$BENCH/lib.sh"
HARNESS_VENV=${HARNESS_VENV:-/tmp/bench-venv-harness}
UPSTREAM_PORT=${UPSTREAM_PORT:-18000}
REPS=${REPS:-3}
OUT=${RESULTS_DIR:-bench-results/compare-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT" /tmp/bench-logs
trap cleanup_all EXIT
"$BENCH/setup.sh" harness
write_env "$OUT/env.txt"
start_upstream "$UPSTREAM_PORT" "${UPSTREAM_DELAY_MS:-0}" "/tmp/bench-logs/compare-upstream.log"
common=(--out "$OUT/results.jsonl" --plan "$OUT/plan.json" --modes "${MODES:-nonstream,stream}"
        --concurrency "${CONCURRENCY:-1,16,64}" --upstream-port "$UPSTREAM_PORT"
        --target-seconds "${TARGET_SECONDS:-8}" --max-seconds "${MAX_SECONDS:-90}")
for ((r = 1; r <= REPS; r++)); do
  python3 "$BENCH/bench.py" --target "http://127.0.0.1:$UPSTREAM_PORT" --label direct --rep "$r" --api-key "" "${common[@]}"
  for spec in "$@"; do
    IFS='=' read -r label url key <<<"$spec"
    python3 "$BENCH/bench.py" --target "$url" --label "$label" --rep "$r" --api-key "$key" "${common[@]}"
  done
done
python3 "$BENCH/report.py" "$OUT/results.jsonl" --baseline direct | tee "$OUT/report.md"
