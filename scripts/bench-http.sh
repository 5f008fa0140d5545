#!/usr/bin/env bash
# The HTTP server benchmark of docs/benchmarks.md: wrk against "Hello, World!" (13 bytes,
# text/plain, keep-alive) served by the ceiling (MinimalVtServer: a blocking Java server on virtual
# threads that parses nothing and writes one fixed answer per request), gonet's Server, Go 1.19
# net/http and, optionally, the JDK's HttpServer (virtual-thread executor and its default), at 64
# and 256 connections. Every server is pinned
# to CPU 0 and wrk to CPU 1. Runs are interleaved (every server at one setting, then the next
# setting, then the next round), and each round starts with the next server in turn, so no server
# always runs right after the same one; each figure is the median of the rounds. Prints Markdown,
# with every server's req/s against the ceiling and against Go twice: the ratio of the medians,
# and the median of each round's ratio (the two runs of one round are seconds apart, so the
# paired ratio leaves out this machine's slow drifts, which move single runs by 15 % and more).
# About 7 minutes with the defaults.
#   scripts/bench-http.sh
#   ROUNDS=5 SECS=10 CONNS="64 256" SERVERS="ceiling gonet go jdk-vt jdk" scripts/bench-http.sh
#   JAVA_OPTS="-Dgonet.poll.ownSelectors=false" scripts/bench-http.sh    (extra JVM flags)
#   NICE=0 scripts/bench-http.sh       (no raised priority; the default is nice -10 as root)
# GONET_BENCH_JAVA=/path/to/java picks the JVM; otherwise the newest JDK >= 21 in /usr/lib/jvm.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
SECS="${SECS:-10}"
WARM_SECS="${WARM_SECS:-5}"
WARM_RUNS="${WARM_RUNS:-3}"
CONNS="${CONNS:-64 256}"
SERVERS="${SERVERS:-ceiling gonet go}"
JAVA_OPTS="${JAVA_OPTS:-}"
# Servers and wrk run at a raised priority when we may (root): other work on this shared machine
# then takes less from them; every contender gets the same. NICE=0 turns it off.
NICE="${NICE:--10}"
[ "$(id -u)" -eq 0 ] || NICE=0
[ "$(nproc)" -ge 2 ] || { echo "bench-http: needs 2 CPUs (server on 0, wrk on 1)" >&2; exit 1; }
bash "$root/scripts/ensure-apt.sh" golang-1.19-go wrk curl

# The Java servers are a main in net-native's test classes (never run by surefire).
source "$root/scripts/bench-common.sh"
bench_native_classpath
bench_java bench-http
bench_go httppeer # the Go contender

work="$(mktemp -d /tmp/gonet-bench-http.XXXXXX)"
pids=()
cleanup() {
  exec 3>&- || true # the servers exit when their stdin (this fifo) has no writer left
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkfifo "$work/hold"
exec 3<>"$work/hold"

declare -A addr
start() { # name, command...
  local name=$1; shift
  nice -n "$NICE" taskset -c 0 "$@" <"$work/hold" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
  for _ in $(seq 1 300); do
    if grep -q '^LISTEN ' "$work/$name.out"; then
      addr[$name]=$(sed -n 's/^LISTEN //p' "$work/$name.out" | head -1)
      return
    fi
    sleep 0.1
  done
  echo "bench-http: $name did not start: $(cat "$work/$name.err")" >&2
  exit 1
}
jvm=("$java" -Xms512m -Xmx512m $JAVA_OPTS -cp "$cp" dev.gonet.jvm.bench.HelloServer)
for s in $SERVERS; do
  case $s in
    go) start go "$go_bin" hello-server -addr 127.0.0.1:0 ;;
    ceiling|gonet|jdk-vt|jdk) start "$s" "${jvm[@]}" "$s" 127.0.0.1:0 ;;
    *) echo "bench-http: unknown server $s" >&2; exit 1 ;;
  esac
done

# Every server answers before any clock starts, with the exact bytes the table talks about.
for s in $SERVERS; do
  body=$(curl -s --max-time 5 "http://${addr[$s]}/" || true)
  [ "$body" = "Hello, World!" ] || { echo "bench-http: $s answered '$body'" >&2; exit 1; }
done

wrk_run() { # server, conns, seconds -> wrk output in $work/<server>-<conns>-<tag>.txt
  nice -n "$NICE" taskset -c 1 wrk -t1 -c"$2" -d"$3"s --latency "http://${addr[$1]}/" >"$work/$1-$2-$4.txt" 2>&1 || true
}
# JIT warm-up (and the first virtual threads, connections, buffers), not reported: WARM_RUNS
# runs of WARM_SECS at every connection count, alternating, since each count takes other paths
# and every run opens and closes its connections: the JIT recompiles what the first opens and
# closes take (uncommon traps), and compiling on the server's CPU stalls it for milliseconds.
for w in $(seq 1 "$WARM_RUNS"); do
  for c in $CONNS; do
    for s in $SERVERS; do wrk_run "$s" "$c" "$WARM_SECS" "warm$c-$w"; done
  done
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r -a order <<<"$SERVERS"
for r in $(seq 1 "$ROUNDS"); do
  for c in $CONNS; do
    for s in "${order[@]}"; do wrk_run "$s" "$c" "$SECS" "r$r"; done
  done
  order=("${order[@]:1}" "${order[0]}") # the next round starts with the next server
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$work"/*.txt "$KEEP"/; fi # raw wrk outputs

# One line per run: req/s p50(ms) p99(ms) connect read write timeout non2xx
parse() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Socket errors:/ { gsub(",", ""); c = $4; r = $6; w = $8; t = $10 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    END { printf "%s %s %s %d %d %d %d %d\n", rps, p50, p99, c, r, w, t, bad }' "$1"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

label() {
  case $1 in
    ceiling) echo "ceiling: minimal blocking Java server, virtual threads" ;;
    gonet) echo "gonet \`Server\`, virtual threads" ;;
    go) echo "Go 1.19 \`net/http\`" ;;
    jdk-vt) echo "JDK \`HttpServer\`, virtual-thread executor" ;;
    jdk) echo "JDK \`HttpServer\`, default executor" ;;
  esac
}

jv=$("$java" -version 2>&1 | sed -n 's/.*Runtime Environment \(.*\) (build \([^)]*\)).*/\1 \2/p' | head -1)
echo "Machine: $(nproc)-core $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB,"
echo "$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r); $jv (\`-Xms512m -Xmx512m${JAVA_OPTS:+ $JAVA_OPTS}\`, one"
echo "CPU: SerialGC, one carrier thread), $(/usr/lib/go-1.19/bin/go version | cut -d' ' -f3) (GOMAXPROCS 1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
echo "Measured $(date -u '+%Y-%m-%d at %H:%M UTC'), servers and wrk at nice $NICE; load average before $load_before, after $load_after."
echo
echo "| server | conns | req/s | p50 ms | p99 ms | socket errors (connect/read/write/timeout) | vs ceiling | vs Go | vs ceiling, median of the rounds' ratios | vs Go, median of the rounds' ratios | each run's req/s | each run's p99 ms |"
echo "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---|"
for c in $CONNS; do
  med_rps() { for r in $(seq 1 "$ROUNDS"); do parse "$work/$1-$c-r$r.txt"; done | awk '{print $1}' | median; }
  # The median over the rounds of server $1's req/s divided by server $2's in the same round.
  paired() {
    for r in $(seq 1 "$ROUNDS"); do
      echo "$(parse "$work/$1-$c-r$r.txt" | cut -d' ' -f1) $(parse "$work/$2-$c-r$r.txt" | cut -d' ' -f1)"
    done | awk '$2 > 0 {print $1 / $2}' | median | awk '{printf "%.2f×", $1}'
  }
  go_rps=""; ceil_rps=""
  if [[ " $SERVERS " == *" go "* ]]; then go_rps=$(med_rps go); fi
  if [[ " $SERVERS " == *" ceiling "* ]]; then ceil_rps=$(med_rps ceiling); fi
  for s in $SERVERS; do
    rows=$(for r in $(seq 1 "$ROUNDS"); do parse "$work/$s-$c-r$r.txt"; done)
    rps=$(awk '{print $1}' <<<"$rows" | median)
    p50=$(awk '{print $2}' <<<"$rows" | median)
    p99=$(awk '{print $3}' <<<"$rows" | median)
    errs=$(awk '{c += $4; r += $5; w += $6; t += $7; b += $8} END {printf "%d/%d/%d/%d%s", c, r, w, t, b ? " (non-2xx: " b ")" : ""}' <<<"$rows")
    each=$(awk '{printf "%s%.0f", (NR > 1 ? ", " : ""), $1}' <<<"$rows")
    each99=$(awk '{printf "%s%.2f", (NR > 1 ? ", " : ""), $3}' <<<"$rows")
    vs=$([ -n "$go_rps" ] && awk -v a="$rps" -v b="$go_rps" 'BEGIN {printf "%.2f×", a / b}' || echo "")
    vsc=$([ -n "$ceil_rps" ] && awk -v a="$rps" -v b="$ceil_rps" 'BEGIN {printf "%.2f×", a / b}' || echo "")
    pvs=$([ -n "$go_rps" ] && paired "$s" go || echo "")
    pvsc=$([ -n "$ceil_rps" ] && paired "$s" ceiling || echo "")
    printf "| %s | %s | %.0f | %.2f | %.2f | %s | %s | %s | %s | %s | %s | %s |\n" "$(label "$s")" "$c" "$rps" "$p50" "$p99" "$errs" "$vsc" "$vs" "$pvsc" "$pvs" "$each" "$each99"
  done
done
