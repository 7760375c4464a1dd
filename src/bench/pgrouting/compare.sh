#!/usr/bin/env bash
# Times `catchment run` against a PostGIS + pgRouting pipeline doing the same job on the same
# machine, in one invocation: the network, facilities and analysis file of the `ordinary` bench
# case (`catchment bench --write`: a 200k-link OS Open Roads-style RoadLink shapefile, 50
# facilities, bands 5, 10 and 20 minutes, trim 100 m), then per repetition
#   pgRouting: load (shp2pgsql), topology (topology.sql), snapping and multi-source driving
#              distance from a virtual source (driving-distance.sql), the reachable network of
#              each band with exact partial edges (reachable.sql), the buffered polygon of each
#              band (polygons.sql); then, timed apart, writing its results to a GeoPackage;
#   Catchment: `catchment run` from JVM start to the last file written, with no network cache
#              (cold) and again with the cache it wrote (warm).
# Each step runs under /usr/bin/time for its peak resident memory; the PostgreSQL server runs
# under it too (its figure is the largest server process over all repetitions). Finally
# check.sql compares the results (snaps, node times, reachable length, polygon areas).
# The figures and their discussion are in docs/benchmarks.md.
#
# Needs: Debian packages postgresql-15-pgrouting, postgis (shp2pgsql), gdal-bin (ogr2ogr), a JDK
# 17, and the jar: mvn -B -ntp -q -DskipTests package.
# Usage: src/bench/pgrouting/compare.sh [--runs N] [--links N] [--work DIR]
# Environment: JAVA (java), JAVA_OPTS (JVM options for catchment; default: the installed launcher's), CATCHMENT_JAR (the jar whose `run` is
# timed, e.g. an older build; default target/catchment.jar, which also writes the case), PGPORT (55432).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
runs=3
links=200000
work=${TMPDIR:-/tmp}/catchment-pgrouting
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --links) links=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--links N] [--work DIR]" >&2; exit 2 ;;
  esac
done

# The analysis the bench case writes: keep in step with bench/OrdinaryCase.java.
speed=80            # metres a minute (4.8 km/h)
bands='{5,10,20}'
max_band=20
trim=100            # metres
snap_tolerance=250  # metres

java=${JAVA:-java}
export CATCHMENT_CACHE_DIR=$work/network-cache
# by default Catchment runs with the JVM options of the installed `catchment` command (the
# jpackage --java-options of src/dist/jpackage/image.args, less its class-data sharing archive,
# which only an installed package has); JAVA_OPTS= (empty) runs with none
launcher_opts=$(sed -n 's/^--java-options //p' "$root/src/dist/jpackage/image.args" | grep -v -e SharedArchiveFile -e '^-Xlog' | tr '\n' ' ')
java_opts=${JAVA_OPTS-$launcher_opts}
jar=$root/target/catchment.jar
run_jar=${CATCHMENT_JAR:-$jar}
port=${PGPORT:-55432}
pgbin=$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)
for tool in "$java" psql shp2pgsql ogr2ogr /usr/bin/time "$pgbin/postgres" "$pgbin/initdb"; do
  command -v "$tool" >/dev/null || { echo "$0: $tool not found (see the header for what to install)" >&2; exit 1; }
done
[ -f "$jar" ] || { echo "$0: $jar not found: run mvn -B -ntp -q -DskipTests package first" >&2; exit 1; }
[ -f "$run_jar" ] || { echo "$0: $run_jar not found" >&2; exit 1; }
[ -f "$(pg_config --sharedir 2>/dev/null || echo /usr/share/postgresql/15)/extension/pgrouting.control" ] \
  || { echo "$0: the pgrouting extension is not installed (apt-get install postgresql-15-pgrouting)" >&2; exit 1; }

# PostgreSQL refuses to run as root: run the server as the postgres user then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case_dir=$work/case
pg_dir=$work/pg
rm -rf "$work"
mkdir -p "$case_dir" "$pg_dir"
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
export PGHOST=$pg_dir PGPORT=$port PGUSER=postgres PGDATABASE=bench
psql_run() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
log=$work/steps.tsv
: >"$log"

# timed RUN STEP COMMAND...: runs COMMAND, appends "RUN STEP wall_s peak_rss_kb" to the log.
timed() {
  local run=$1 step=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f %M -o "$work/rss" "$@" >"$work/$step.out" 2>&1 || { cat "$work/$step.out" >&2; exit 1; }
  t1=$(date +%s.%N)
  printf '%s\t%s\t%.2f\t%s\n' "$run" "$step" "$(echo "$t1 - $t0" | bc)" "$(tail -1 "$work/rss")" >>"$log"
}

start_server() {
  as_pg "$pgbin/initdb" -D "$pg_dir/data" -A trust -U postgres >"$work/initdb.log" 2>&1
  # A throw-away database: no crash safety, generous sort and index memory; parallel query as by default.
  as_pg /usr/bin/time -f %M -o "$pg_dir/server.rss" "$pgbin/postgres" -D "$pg_dir/data" -k "$pg_dir" -p "$port" \
    -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    -c wal_level=minimal -c max_wal_senders=0 -c shared_buffers=256MB -c work_mem=256MB \
    -c maintenance_work_mem=512MB >"$work/server.log" 2>&1 &
  server=$!
  wait_ready
}

wait_ready() {
  for _ in $(seq 300); do pg_isready -q -d postgres && return; sleep 0.2; done
  echo "$0: the PostgreSQL server did not start; see $work/server.log" >&2; exit 1
}

stop_server() {
  as_pg "$pgbin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null
  wait "$server" || true
}

echo "# writing the ordinary case ($links links) to $case_dir"
"$java" -jar "$jar" bench --write "$case_dir" --sizes "$links"
start_server
trap 'as_pg "$pgbin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true' EXIT

pgrouting_run() {
  local run=$1
  dropdb --if-exists bench 2>/dev/null
  createdb bench
  psql_run -c 'CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;'
  timed "$run" pgr-load bash -c "set -o pipefail; cd '$case_dir' \
    && shp2pgsql -s 27700 -D RoadLink.shp roads | psql -X -q -v ON_ERROR_STOP=1 \
    && shp2pgsql -s 27700 -D facilities.shp facilities | psql -X -q -v ON_ERROR_STOP=1"
  timed "$run" pgr-topology "${sql[@]}" -f "$here/topology.sql"
  timed "$run" pgr-driving-distance "${sql[@]}" -f "$here/driving-distance.sql"
  timed "$run" pgr-reachable "${sql[@]}" -f "$here/reachable.sql"
  psql_run -c 'CREATE TABLE service_areas (band float8, geom geometry(MultiPolygon, 27700));'
  for band in ${bands//[\{\},]/ }; do
    timed "$run" "pgr-polygons-$band" "${sql[@]}" -v band="$band" -f "$here/polygons.sql"
  done
  rm -f "$work/pgrouting.gpkg"
  timed "$run" pgr-export bash -c "ogr2ogr -f GPKG '$work/pgrouting.gpkg' PG:'dbname=bench' service_areas stretches \
    && ogr2ogr -update -f GPKG '$work/pgrouting.gpkg' PG:'dbname=bench' -nln node_times \
       -sql 'SELECT v.node, r.dist / $speed AS minutes FROM reached r JOIN vertices v ON v.id = r.vid'"
}
sql=(psql -X -q -v ON_ERROR_STOP=1 -v speed="$speed" -v max_band="$max_band" -v snap_tolerance="$snap_tolerance"
  -v bands="$bands" -v trim="$trim")

catchment_run() {
  local run=$1
  # the network cache lives in the per-user cache folder: a folder of the script's own, emptied for
  # the cold run, so that cold means built from the shapefile in every repetition
  rm -rf "$work/network-cache" "$case_dir/out"
  # shellcheck disable=SC2086
  timed "$run" catchment-cold "$java" $java_opts -jar "$run_jar" run "$case_dir/analysis.yml" --force
  # shellcheck disable=SC2086
  timed "$run" catchment-warm "$java" $java_opts -jar "$run_jar" run "$case_dir/analysis.yml" --force
}

for run in $(seq "$runs"); do
  echo "# run $run of $runs: $(uptime | sed 's/.*load/load/')"
  pgrouting_run "$run"
  catchment_run "$run"
  printf '%s\tload\t%s\t\n' "$run" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$log"
done
stop_server
server_rss=$(tail -1 "$pg_dir/server.rss")

echo
echo "# step times (s) and peak resident memory (MB) per run; load = 1, 5, 15-minute load averages after the run"
awk -F'\t' '{ printf "%-4s %-22s %8s %8s\n", $1, $2, $3, ($4 == "" ? "" : sprintf("%.0f", $4 / 1024)) }' "$log"
awk -F'\t' -v server="$server_rss" -v JAVA_OPTS="$java_opts" -v JAR="$run_jar" '
  $2 ~ /^pgr-/ && $2 != "pgr-export" { pgr[$1] += $3; if ($4 > prss) prss = $4 }
  $2 == "pgr-export" { ex[$1] = $3 }
  $2 == "catchment-cold" { cold[$1] = $3; if ($4 > crss) crss = $4 }
  $2 == "catchment-warm" { warm[$1] = $3; if ($4 > crss) crss = $4 }
  function best(a,  k, b) { b = ""; for (k in a) if (b == "" || a[k] < b) b = a[k]; return b }
  function bestsum(a, e,  k, b) { b = ""; for (k in a) if (b == "" || a[k] + e[k] < b) b = a[k] + e[k]; return b }
  END {
    p = best(pgr); pe = bestsum(pgr, ex); c = best(cold); w = best(warm)
    printf "\n# best of the runs (catchment: %s, JAVA_OPTS: %s)\n", JAR, (JAVA_OPTS == "" ? "none" : JAVA_OPTS)
    printf "pgRouting pipeline (load to polygons)    %6.2f s   peak resident: server %.0f MB, clients %.0f MB\n", p, server / 1024, prss / 1024
    printf "pgRouting pipeline with its export       %6.2f s\n", pe
    printf "catchment run, no network cache (cold)   %6.2f s   ratio %.2f (%.2f with the export)\n", c, c / p, c / pe
    printf "catchment run, network cache (warm)      %6.2f s   ratio %.2f (%.2f with the export)\n", w, w / p, w / pe
    printf "catchment peak resident                  %6.0f MB\n", crss / 1024
  }' "$log"

echo
echo "# do the results agree? (Catchment's outputs of the last warm run against the pgRouting tables)"
as_pg "$pgbin/postgres" -D "$pg_dir/data" -k "$pg_dir" -p "$port" -c listen_addresses= >>"$work/server.log" 2>&1 &
server=$!
wait_ready
psql_run -c 'CREATE SCHEMA catchment;'
for layer in access_points node_times reachable_network service_areas; do
  ogr2ogr -f PostgreSQL PG:'dbname=bench' "$case_dir/out/catchment.gpkg" "$layer" -nln "catchment.$layer" \
    -lco GEOMETRY_NAME=geom
done
psql -X -v ON_ERROR_STOP=1 -v speed="$speed" -v bands="$bands" -f "$here/check.sql"
stop_server
trap - EXIT
