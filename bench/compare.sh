#!/usr/bin/env bash
# Side-by-side benchmark of two builds of archkit: 'check -q' on synthetic models of N services,
# runs interleaved (A B A B ...) so that both see the same drift of a shared machine.
# Prints per size the median wall time, median CPU time (user + system: steadier than wall time on
# a shared machine, and what a second core cannot hide) and median peak RSS of each, and every run.
# Usage: bench/compare.sh RUNS LAUNCHER_A LAUNCHER_B N [N ...]
#   e.g. bench/compare.sh 7 /work/bench-base/bin/archkit bin/archkit 10000 20000
set -euo pipefail
cd "$(dirname "$0")/.."
runs=$1 a=$2 b=$3; shift 3
command -v /usr/bin/time >/dev/null || { echo "bench needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 3; }
mkdir -p bench/out
median() { sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
printf '%-8s %-4s %-10s %-10s %-10s %s\n' services jar "median s" "median CPU" "median MB" "runs (s)"
for n in "$@"; do
  f="bench/out/synthetic-$n.arch"
  [ -f "$f" ] || java bench/Generate.java "$n" "$f"
  ta=(); tb=(); ma=(); mb=(); ca=(); cb=()
  for _ in $(seq "$runs"); do
    for which in a b; do
      launcher=$a; [ $which = b ] && launcher=$b
      out=$( { /usr/bin/time -f '%e %U %S %M' "$launcher" check -q "$f" >/dev/null; } 2>&1 | tail -1)   # a failed run stops the bench
      read -r wall user sys rss <<<"$out"
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u + s}')
      if [ $which = a ]; then ta+=("$wall"); ma+=("$rss"); ca+=("$cpu"); else tb+=("$wall"); mb+=("$rss"); cb+=("$cpu"); fi
    done
  done
  for which in a b; do
    if [ $which = a ]; then t=("${ta[@]}"); m=("${ma[@]}"); c=("${ca[@]}"); else t=("${tb[@]}"); m=("${mb[@]}"); c=("${cb[@]}"); fi
    mt=$(printf '%s\n' "${t[@]}" | median)
    mc=$(printf '%s\n' "${c[@]}" | median)
    mm=$(printf '%s\n' "${m[@]}" | median | awk '{printf "%.0f", $1/1024}')
    printf '%-8s %-4s %-10s %-10s %-10s %s\n' "$n" "$which" "$mt" "$mc" "$mm" "${t[*]}"
  done
done
