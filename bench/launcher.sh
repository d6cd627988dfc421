#!/usr/bin/env bash
# Launcher benchmark: what bin/archkit's JVM options buy, end to end (JVM start included).
#  1. class data sharing (CDS): 'check' on a small example and on a 10k-service model, with and
#     without an archive made by 'bin/archkit --make-cds';
#  2. the C1-only compiler (-XX:TieredStopAtLevel=1) for 'render' of every example to SVG and PNG,
#     with and without it.
# Variants are run interleaved (A B A B ...) so that load from elsewhere falls on both alike.
# Prints the median and every run in seconds.
# Usage: bench/launcher.sh [RUNS] [JAR] [cds|render]   (default: 7 runs; cli/target/archkit.jar; both)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=${2:-cli/target/archkit.jar}
part=${3:-both}
[ -f "$jar" ] || { echo "no $jar; build it with: mvn -B -q package -DskipTests" >&2; exit 3; }
mkdir -p bench/out
big=bench/out/synthetic-10000.arch
[ -f "$big" ] || java bench/Generate.java 10000 "$big"
jsa=bench/out/launcher.jsa
# the launcher's own options (bin/archkit), so each variant differs from it in one choice only
base=(-XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:Tier3BackEdgeThreshold=2000 -Xms512m -Xmn64m -XX:-UsePerfData -Djava.awt.headless=true)
quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off -Xshare:auto)
java "${base[@]}" -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" \
  check -q --fail-on never --format json examples >/dev/null 2>&1 || true

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{printf "%.3f", a[int((NR+1)/2)]}'; }
# time_one NAME -- java args...: appends the wall time of one run to the array named NAME
time_one() {
  local -n acc=$1; shift 2
  local s e; s=$(now); java "$@" >/dev/null 2>&1 || true; e=$(now)
  acc+=("$(echo "$e - $s" | bc)")
}
report() { local -n a=$2; printf '%-44s %8s   %s\n' "$1" "$(median "${a[@]}")" "${a[*]}"; }

printf '%-44s %8s   %s\n' case "median s" "all runs (s)"
[ "$part" = render ] || for input in examples/tutorial-service.arch "$big"; do
  cds=(); nocds=()
  for _ in $(seq "$runs"); do
    time_one nocds -- "${base[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" check -q --fail-on never "$input"
    time_one cds -- "${base[@]}" -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:SharedArchiveFile="$jsa" -jar "$jar" check -q --fail-on never "$input"
  done
  report "check $(basename "$input"), no CDS" nocds
  report "check $(basename "$input"), CDS" cds
done
[ "$part" = cds ] || for fmt in svg png; do
  c1=(); tiered=()
  for _ in $(seq "$runs"); do
    s=$(now); for ex in examples/*.arch; do
      rm -rf bench/out/render-c1; java "${base[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" render "$ex" --format "$fmt" -o bench/out/render-c1 >/dev/null 2>&1
    done; e=$(now); c1+=("$(echo "$e - $s" | bc)")
    s=$(now); for ex in examples/*.arch; do
      rm -rf bench/out/render-tiered; java "${base[@]}" -jar "$jar" render "$ex" --format "$fmt" -o bench/out/render-tiered >/dev/null 2>&1
    done; e=$(now); tiered+=("$(echo "$e - $s" | bc)")
  done
  report "render examples/*.arch $fmt (4 files), C1 only" c1
  report "render examples/*.arch $fmt (4 files), tiered" tiered
done
