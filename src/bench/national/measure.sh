#!/usr/bin/env bash
# The national benchmark (issue 14, docs/benchmarks.md "National scale"): for each size, writes the
# generated GB-like dataset (`catchment bench --write-national DIR --links N`: RoadLink tiles by
# 100 km square, wards in districts, LSOAs, seven facility types, Code-Point-style postcodes,
# population points; kept in the work folder and reused) and times the whole `catchment run` on it,
# from JVM start to the last file written, with the accessibility indicators and deserts, under
# /usr/bin/time (wall, user and system CPU, peak resident memory) and with the JVM's GC log (peak heap
# in use: the largest "before" figure of any collection). The machine's load average is recorded
# before and after each run, as other work on a shared machine slows it. Each line of the run's
# progress (DIR/national-N/run.log) starts with the seconds since the JVM was started, so the time
# of each tile of a tiled run can be read off; the GC log has the heap over the same clock.
#
# Needs: a JDK 17 and the jar: mvn -B -ntp -q -DskipTests package.
# Usage: src/bench/national/measure.sh [--links 250000,1000000,4000000] [--xmx 6g] [--tiles-by FIELD|none]
#                                     [--work DIR] [--generate-xmx 3g] [--gc parallel|serial]
# --gc: the collector of the run (default parallel, -XX:+UseParallelGC, as the user guide advises for a
# national run: its young collections use both cores; serial is what the installed launchers give).
# --tiles-by lad_code runs the analysis tiled by the wards' district code (`tiles: {by: lad_code}`);
# none (the default) runs it untiled. Prints one line per run and appends it to DIR/results.tsv.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
sizes=250000,1000000,4000000
xmx=6g
gen_xmx=3g
gc=parallel
tiles_by=none
work=${TMPDIR:-/tmp}/catchment-national
while [ $# -gt 0 ]; do
  case $1 in
    --links) sizes=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    --generate-xmx) gen_xmx=$2; shift 2 ;;
    --tiles-by) tiles_by=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --gc) gc=$2; shift 2 ;;
    *) echo "usage: $0 [--links N,N] [--xmx 6g] [--tiles-by FIELD|none] [--work DIR] [--generate-xmx 3g] [--gc parallel|serial]" >&2; exit 2 ;;
  esac
done
case $gc in
  parallel) gc_option=-XX:+UseParallelGC ;;
  serial) gc_option=-XX:+UseSerialGC ;;
  *) echo "$0: --gc is parallel or serial, not $gc" >&2; exit 2 ;;
esac
java=${JAVA:-java}
jar=${CATCHMENT_JAR:-$root/target/catchment.jar}
for tool in "$java" /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 1; }
done
[ -f "$jar" ] || { echo "$0: $jar not found: run mvn -B -ntp -q -DskipTests package first" >&2; exit 1; }
mkdir -p "$work"
results=$work/results.tsv
[ -f "$results" ] || printf 'date\tlinks\ttiles_by\txmx\twall_s\tuser_s\tsys_s\tpeak_heap_mb\tpeak_rss_mb\texit\tload_before\tload_after\tdataset\n' > "$results"

load() { cut -d' ' -f1-3 /proc/loadavg; }

for links in ${sizes//,/ }; do
  data=$work/national-$links
  if [ ! -f "$data/analysis.yml" ]; then
    echo "writing the dataset of $links links to $data"
    /usr/bin/time -f "generation: %e s wall, %M KB peak resident" "$java" -Xmx"$gen_xmx" -jar "$jar" bench \
      --write-national "$data" --links "$links" | tee "$data.written.txt"
  fi
  summary=$(sed -n 's/^wrote \(.*\) and analysis.yml.*/\1/p' "$data.written.txt" 2>/dev/null || true)
  analysis=$data/analysis.yml
  if [ "$tiles_by" != none ]; then
    analysis=$data/analysis-tiled.yml
    { grep -v '^tiles:' "$data/analysis.yml"; echo "tiles: {by: $tiles_by}"; } > "$analysis"
  fi
  rm -rf "$data/out"
  before=$(load)
  start=$(date -u +%FT%TZ)
  set +e
  t0=$EPOCHREALTIME
  /usr/bin/time -f "%e %U %S %M" -o "$data/time.txt" "$java" -Xmx"$xmx" "$gc_option" -Xlog:gc:file="$data/gc.log" \
    -jar "$jar" run "$analysis" 2>&1 | while IFS= read -r l; do
      printf '%.1f %s\n' "$(echo "$EPOCHREALTIME - $t0" | bc)" "$l"; done > "$data/run.log"
  code=${PIPESTATUS[0]}
  set -e
  after=$(load)
  read -r wall user sys rss_kb < <(tail -1 "$data/time.txt")
  heap_mb=$(grep -o '[0-9]*M->[0-9]*M' "$data/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
  line=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s' "$start" "$links" "$tiles_by" "$xmx $gc" "$wall" "$user" \
    "$sys" "${heap_mb:-?}" "$((rss_kb / 1024))" "$code" "$before" "$after" "$summary")
  echo "$line" | tee -a "$results"
  [ "$code" = 0 ] || { echo "the run failed (exit $code): see $data/run.log" >&2; tail -3 "$data/run.log" >&2; }
done
