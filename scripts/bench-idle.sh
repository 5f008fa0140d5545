#!/usr/bin/env bash
# The idle keep-alive benchmark of docs/benchmarks.md: what one idle HTTP/1.1 keep-alive
# connection costs the server, gonet's Server (dev.gonet.jvm.bench.HelloServer, as in
# bench-http.sh) next to Go 1.19 net/http (net-native/src/test/go/httppeer hello-server).
# Each round starts a fresh server pinned to CPU 0 and, with the client pinned to CPU 1:
#   1. warms it up (64 keep-alive connections sending requests for WARM_SECS; this also makes
#      the JVM's young generation resident, so its pages are in the "before" reading),
#   2. forces a collection (JVM: jcmd PID GC.run; Go: SIGUSR1, which runs debug.FreeOSMemory),
#      waits SETTLE_SECS and reads VmRSS from /proc/PID/status (and, for the JVM, the heap used),
#   3. opens N keep-alive connections, sends one request on each and reads the answer,
#   4. waits SETTLE_SECS, forces a collection again, waits SETTLE_SECS, reads the same again,
#   then (after - before) / N is the cost of one idle connection. Servers alternate within a
#   round; each figure is the median of the rounds. Prints Markdown. About 2 minutes with the
#   defaults.
#   scripts/bench-idle.sh
#   N=10000 ROUNDS=5 WARM_SECS=3 SETTLE_SECS=2 SERVERS="gonet go" scripts/bench-idle.sh
#   JAVA_OPTS="-Dgonet.poll.mode=shared" scripts/bench-idle.sh    (extra JVM flags)
# GONET_BENCH_JAVA=/path/to/java picks the JVM; otherwise the newest JDK >= 21 in /usr/lib/jvm.
# The JVM runs with bench-http.sh's flags (-Xms512m -Xmx512m, one CPU: SerialGC, one carrier).
# gonet's server runs with its defaults (idle timeout 120 s) except the cap of 4096 idle
# connections, lifted (withMaxIdleConns(0), Go has none) so that all N stay open.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
N="${N:-10000}"
ROUNDS="${ROUNDS:-5}"
WARM_SECS="${WARM_SECS:-3}"
SETTLE_SECS="${SETTLE_SECS:-2}"
SERVERS="${SERVERS:-gonet go}"
JAVA_OPTS="${JAVA_OPTS:-}"
NICE="${NICE:--10}"
[ "$(id -u)" -eq 0 ] || NICE=0
[ "$(nproc)" -ge 2 ] || { echo "bench-idle: needs 2 CPUs (server on 0, client on 1)" >&2; exit 1; }
# Every connection is a descriptor in the server and one in the client.
want=$((N + 1000))
[ "$(ulimit -Hn)" = unlimited ] || [ "$(ulimit -Hn)" -ge "$want" ] || {
  echo "bench-idle: needs ulimit -n $want (hard limit $(ulimit -Hn)); lower N" >&2; exit 1; }
ulimit -n "$want"
bash "$root/scripts/ensure-apt.sh" golang-1.19-go

# As bench-http.sh: the Java server is a main in net-native's test classes.
source "$root/scripts/bench-common.sh"
bench_native_classpath
bench_java bench-idle
jcmd="$(dirname "$java")/jcmd"
bench_go httppeer # the Go server and the client
peer="$go_bin"

work="$(mktemp -d /tmp/gonet-bench-idle.XXXXXX)"
pids=()
cleanup() {
  exec 3>&- 4>&- || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
# Heap used (KB) of a JVM after jcmd GC.heap_info; "-" for Go.
heap_kb() {
  if [ "$1" = gonet ]; then
    "$jcmd" "$2" GC.heap_info | awk '/ total [0-9]+K, used / { for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub("K", "", v); s += v } } END { print s }'
  else
    echo -
  fi
}
force_gc() { # server, pid
  if [ "$1" = gonet ]; then "$jcmd" "$2" GC.run >/dev/null; else kill -USR1 "$2"; fi
}

jvm=("$java" -Xms512m -Xmx512m $JAVA_OPTS -cp "$cp" dev.gonet.jvm.bench.HelloServer gonet 127.0.0.1:0 0)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$work/rows"
for r in $(seq 1 "$ROUNDS"); do
  for s in $SERVERS; do
    mkfifo "$work/hold-$s-$r" "$work/client-$s-$r"
    # A server exits when its standard input (a fifo this script holds) closes, as in bench-http.sh.
    case $s in
      go) nice -n "$NICE" taskset -c 0 "$peer" hello-server -addr 127.0.0.1:0 <"$work/hold-$s-$r" >"$work/$s.out" 2>"$work/$s.err" & ;;
      gonet) nice -n "$NICE" taskset -c 0 "${jvm[@]}" <"$work/hold-$s-$r" >"$work/$s.out" 2>"$work/$s.err" & ;;
      *) echo "bench-idle: unknown server $s" >&2; exit 1 ;;
    esac
    spid=$!
    exec 3>"$work/hold-$s-$r"
    pids+=("$spid")
    addr=""
    for _ in $(seq 1 300); do
      addr=$(sed -n 's/^LISTEN //p' "$work/$s.out" | head -1)
      [ -n "$addr" ] && break
      sleep 0.1
    done
    [ -n "$addr" ] || { echo "bench-idle: $s did not start: $(cat "$work/$s.err")" >&2; exit 1; }

    nice -n "$NICE" taskset -c 1 "$peer" idle-client -addr "$addr" -warm "${WARM_SECS}s" </dev/null 3>&- >"$work/warm.out"
    sleep 1
    force_gc "$s" "$spid"
    sleep "$SETTLE_SECS"
    rss0=$(rss_kb "$spid")
    heap0=$(heap_kb "$s" "$spid")

    # The client holds its connections until its standard input closes.
    nice -n "$NICE" taskset -c 1 "$peer" idle-client -addr "$addr" -conns "$N" <"$work/client-$s-$r" 3>&- \
      >"$work/client.out" 2>"$work/client.err" &
    cpid=$!
    exec 4>"$work/client-$s-$r"
    pids+=("$cpid")
    for _ in $(seq 1 1200); do
      grep -q '^READY ' "$work/client.out" && break
      kill -0 "$cpid" 2>/dev/null || { echo "bench-idle: client failed: $(cat "$work/client.err")" >&2; exit 1; }
      sleep 0.1
    done
    grep -q '^READY ' "$work/client.out" || { echo "bench-idle: client not ready after 120 s" >&2; exit 1; }
    sleep "$SETTLE_SECS"
    force_gc "$s" "$spid"
    sleep "$SETTLE_SECS"
    rss1=$(rss_kb "$spid")
    heap1=$(heap_kb "$s" "$spid")
    exec 4>&-
    wait "$cpid" || true
    exec 3>&-
    kill "$spid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
    echo "$s $r $rss0 $rss1 $heap0 $heap1" >>"$work/rows"
    rm -f "$work/hold-$s-$r" "$work/client-$s-$r"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
label() {
  case $1 in
    gonet) echo "gonet \`Server\`, virtual threads" ;;
    go) echo "Go 1.19 \`net/http\`" ;;
  esac
}

jv=$("$java" -version 2>&1 | sed -n 's/.*Runtime Environment \(.*\) (build \([^)]*\)).*/\1 \2/p' | head -1)
echo "Machine: $(nproc)-core $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB,"
echo "$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r); $jv (\`-Xms512m -Xmx512m${JAVA_OPTS:+ $JAVA_OPTS}\`, one"
echo "CPU: SerialGC, one carrier thread), $(/usr/lib/go-1.19/bin/go version | cut -d' ' -f3) (GOMAXPROCS 1)."
echo "Measured $(date -u '+%Y-%m-%d at %H:%M UTC'), N = $N connections, warm-up ${WARM_SECS} s, settle ${SETTLE_SECS} s,"
echo "servers and client at nice $NICE; load average before $load_before, after $load_after."
echo
echo "| server | RSS per idle conn (bytes) | heap per idle conn (bytes) | each round: RSS before → after (MiB), per conn (bytes) |"
echo "|---|---:|---:|---|"
for s in $SERVERS; do
  rows=$(awk -v s="$s" '$1 == s' "$work/rows")
  per=$(awk -v n="$N" '{ print ($4 - $3) * 1024 / n }' <<<"$rows" | median)
  hper=""
  [ "$s" = gonet ] && hper=$(awk -v n="$N" '{ print ($6 - $5) * 1024 / n }' <<<"$rows" | median)
  each=$(awk -v n="$N" '{ printf "%s%.1f → %.1f, %.0f", (NR > 1 ? "; " : ""), $3 / 1024, $4 / 1024, ($4 - $3) * 1024 / n }' <<<"$rows")
  printf "| %s | %.0f | %s | %s |\n" "$(label "$s")" "$per" "$([ -n "$hper" ] && printf '%.0f' "$hper" || echo -)" "$each"
done
if [[ " $SERVERS " == *" gonet "* ]]; then
  echo
  echo "gonet heap used after GC.run, each round (KiB): $(awk '$1 == "gonet" { printf "%s%s → %s", (n++ ? "; " : ""), $5, $6 }' "$work/rows")"
fi
