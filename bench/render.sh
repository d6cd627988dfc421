#!/usr/bin/env bash
# Diagram benchmark: 'archkit render' of the dependencies view to SVG and PNG, end to end
# through the CLI (JVM start included), for synthetic models of N services in domains of ten
# (bench/Generate.java --domains), grouped by their domain tag.
# Prints the median wall time of RUNS runs per size and format.
# Usage: bench/render.sh [RUNS] [N ...]      (default: 5 runs; 16 50 200)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(16 50 200)
[ -f cli/target/archkit.jar ] || mvn -B -q package -DskipTests
mkdir -p bench/out
printf '%-8s %-6s %-10s %s\n' services format "median s" "all runs (s)"
for n in "${sizes[@]}"; do
  f="bench/out/domains-$n.arch"
  [ -f "$f" ] || java bench/Generate.java "$n" "$f" --domains
  for fmt in svg png; do
    times=()
    for _ in $(seq "$runs"); do
      rm -rf "bench/out/render-$n"
      s=$(date +%s.%N)
      bin/archkit render "$f" --view dependencies --group-by tag:domain --format "$fmt" -o "bench/out/render-$n" 2>/dev/null
      e=$(date +%s.%N)
      times+=("$(echo "$e - $s" | bc)")
    done
    med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{printf "%.2f", a[int((NR+1)/2)]}')
    printf '%-8s %-6s %-10s %s\n' "$n" "$fmt" "$med" "$(printf '%.2f ' "${times[@]}")"
  done
done
