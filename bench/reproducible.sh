#!/usr/bin/env bash
# Checks that the build is reproducible: two clean builds of the working tree must give the same
# bytes for every module jar and for the shaded cli/target/archkit.jar (project.build.outputTimestamp
# in pom.xml fixes the time of every jar entry). Not run by 'mvn verify': it builds twice
# (about 1-2 minutes each). Extra arguments go to Maven, e.g. -o or -Dmaven.repo.local=DIR.
# Usage: bench/reproducible.sh [MAVEN ARGS...]      exit 0 same bytes, 1 different, 3 build failed
set -euo pipefail
cd "$(dirname "$0")/.."
sums() { find . -path ./bench -prune -o -path '*/target/*.jar' -print | sort | xargs sha256sum; }
build() { mvn -B -q "$@" clean package -DskipTests >&2 || { echo "reproducible: the build failed" >&2; exit 3; }; }
build "$@"
first=$(sums)
sleep 2   # a build that stamped the clock into a jar would now stamp another second
build "$@"
second=$(sums)
if [ "$first" = "$second" ]; then
  echo "reproducible: $(echo "$first" | wc -l) jars, the same bytes in both builds"
  echo "$first" | grep 'cli/target/archkit.jar'
  exit 0
fi
echo "reproducible: the builds differ:" >&2
diff <(echo "$first") <(echo "$second") >&2 || true
exit 1
