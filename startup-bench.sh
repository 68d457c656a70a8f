#!/bin/bash
# Start-up benchmark (docs/benchmarks.md, "Start-up"): wall and CPU seconds of one-shot commands, median of N runs,
# beside a bare JVM start in the same run. Build first (mvn -q -B -DskipTests package). Usage: ./startup-bench.sh [N]
set -e
cd "$(dirname "$0")"
n=${1:-5}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export TMSH_HOME="$home"
./tmsh tm import tmx/seeds-000-004.de-en.tmx --tm news >/dev/null
measure() { # label, command...
    local label=$1; shift
    local runs=()
    for _ in $(seq "$n"); do
        local t
        t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 )
        runs+=("$t")
    done
    printf '%s\n' "${runs[@]}" | sort -n | awk -v label="$label" -v n="$n" \
        'NR == int((n + 1) / 2) { printf "%-52s %6.2f s wall %6.2f s cpu (median of %d)\n", label, $1, $2 + $3, n }'
}
measure "bare JVM (java -version)" java -version
measure "./tmsh term match Lawrow Lavrov (CDS archive)" ./tmsh term match Lawrow Lavrov
measure "./tmsh tm stats --tm news (CDS archive)" ./tmsh tm stats --tm news
measure "java -jar target/tmsh.jar term match (no archive)" java -jar target/tmsh.jar term match Lawrow Lavrov
measure "java -jar target/tmsh.jar tm stats (no archive)" java -jar target/tmsh.jar tm stats --tm news
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
