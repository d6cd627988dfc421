#!/usr/bin/env bash
# Scaling benchmark: parse + build + semantic checks + graph, end to end through the CLI
# (JVM start included), for synthetic models of N services with 3 dependencies each.
# Prints the median wall time and the median peak RSS of RUNS runs per size.
# Usage: bench/run.sh [RUNS] [N ...]      (default: 5 runs; 1000 5000 10000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000 10000 20000)
[ -f cli/target/archkit.jar ] || mvn -B -q package -DskipTests
mkdir -p bench/out
command -v /usr/bin/time >/dev/null || { echo "bench needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 3; }
printf '%-8s %-10s %-12s %-12s %s\n' services lines "median s" "median MB" "all runs (s)"
for n in "${sizes[@]}"; do
  f="bench/out/synthetic-$n.arch"
  [ -f "$f" ] || java bench/Generate.java "$n" "$f"
  times=(); rss=()
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f '%e %M' bin/archkit check -q "$f" >/dev/null; } 2>&1 | tail -1)
    times+=("${out% *}"); rss+=("${out#* }")
  done
  med_t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  med_m=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END{printf "%.0f", a[int((NR+1)/2)]/1024}')
  printf '%-8s %-10s %-12s %-12s %s\n' "$n" "$(wc -l < "$f")" "$med_t" "$med_m" "${times[*]}"
done
