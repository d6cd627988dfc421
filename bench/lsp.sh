#!/usr/bin/env bash
# Language server latency after a one-line edit in a workspace of N services (50 files of 20
# services and a root that imports them): 'archkit lsp' is started as an editor starts it and
# spoken to in JSON-RPC over its stdin and stdout (bench/LspLatency.java). Each run prints the
# quick answer (the edited file's syntax errors and the last check's problems moved with the
# text) and the full check (model, facts, every rule) published for that version: min, median,
# p95 and max over EDITS edits after WARMUP. Run it on an idle machine; the load average is printed.
# Usage: bench/lsp.sh [RUNS] [N] [EDITS] [WARMUP]     (default: 3 runs, 1000 services, 40 edits, 20 warm-up)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; n=${2:-1000}; edits=${3:-40}; warmup=${4:-20}
[ -f cli/target/archkit.jar ] || mvn -B -q package -DskipTests
ws="bench/out/lsp-workspace-$n"
[ -d "$ws" ] || java bench/LspWorkspace.java "$n" "$ws"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
  echo "run $r:"
  java bench/LspLatency.java "$ws" services/part-25.arch "$edits" "$warmup" -- java -jar cli/target/archkit.jar lsp
done
