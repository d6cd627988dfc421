#!/usr/bin/env bash
# PNG size limit: renders the dependencies and security views of a synthetic model of N services
# (bench/Generate.java, no domains: one wide row of services) to SVG and PNG, and prints each
# image's size, the warning archkit gave, and the wall time. Every PNG must be within the limit
# (16384 px a side) and hold the whole diagram (its proportions are the SVG's), never cropped.
# Usage: bench/png-limit.sh [N]      (default: 300)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
[ -f cli/target/archkit.jar ] || mvn -B -q package -DskipTests
mkdir -p bench/out
f="bench/out/flat-$n.arch"
[ -f "$f" ] || java bench/Generate.java "$n" "$f"
rm -rf "bench/out/png-$n"
s=$(date +%s.%N)
java -jar cli/target/archkit.jar render "$f" --view dependencies,security --format svg,png -o "bench/out/png-$n" 2> "bench/out/png-$n.err"
e=$(date +%s.%N)
cat "bench/out/png-$n.err"
for svg in "bench/out/png-$n"/*.svg; do
  png="${svg%.svg}.png"
  sv=$(head -c 600 "$svg" | grep -o 'viewBox="0 0 [0-9]* [0-9]*"' | awk '{print $3"x"substr($4,1,length($4)-1)}')
  pv=$(python3 -c "import struct,sys; b=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', b[16:24]))" "$png")
  printf '%-45s svg %-12s png %s\n' "$(basename "$png")" "$sv" "$pv"
done
printf 'wall time: %.1f s\n' "$(echo "$e - $s" | bc)"
