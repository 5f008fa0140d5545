# Sourced by the bench-*.sh scripts (after setting $root, the repository):
#   bench_java NAME          sets $java to GONET_BENCH_JAVA or to the newest JDK >= 21 under
#                            /usr/lib/jvm, or exits naming the calling script NAME;
#   bench_native_classpath   builds net-native's test classes (the benchmark mains) and sets $cp;
#                            the reactor build resolves net-api and net-testkit to their fresh
#                            target/classes, not to stale installed jars. MVN_OPTS reach Maven;
#   bench_go NAME            builds net-native/src/test/go/NAME like the test peers (pure Go,
#                            CGO off, no module downloads) and sets $go_bin.
bench_java() {
  java="${GONET_BENCH_JAVA:-}"
  if [ -z "$java" ]; then
    local best=0 rel v
    for rel in /usr/lib/jvm/*/release; do
      v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel")
      if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best" ]; then
        best=$v
        java="$(dirname "$rel")/bin/java"
      fi
    done
  fi
  [ -x "$java" ] || { echo "$1: no JDK 21+ found; set GONET_BENCH_JAVA" >&2; exit 1; }
}

bench_native_classpath() {
  (cd "$root" && mvn -B -q ${MVN_OPTS:-} -pl net-native -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath)
  cp="$root/net-native/target/test-classes:$root/net-native/target/classes:$(cat "$root/net-native/target/bench.classpath")"
}

bench_go() {
  local dir="$root/net-native/target/go-bench"
  mkdir -p "$dir/home"
  (cd "$root/net-native/src/test/go/$1" && env -u GOFLAGS -u GOROOT GOCACHE="$dir/cache" \
    GOPATH="$dir/gopath" GO111MODULE=off CGO_ENABLED=0 HOME="$dir/home" \
    /usr/lib/go-1.19/bin/go build -o "$dir/$1" main.go)
  go_bin="$dir/$1"
}

# One line per live thread of process $1: "tid run-time(µs) name wake-ups", the run time from
# /proc/PID/task/TID/schedstat, the wake-ups its voluntary context switches; sorted by tid. Shell
# built-ins only: a server with a platform thread per connection has hundreds of threads, and a
# process per thread would spread one reading over seconds.
bench_threads() {
  local t s n w k v
  for t in /proc/$1/task/*; do
    { read -r s _ <"$t/schedstat" && read -r n <"$t/comm"; } 2>/dev/null || continue
    w=
    while read -r k v; do
      if [ "$k" = voluntary_ctxt_switches: ]; then w=$v; fi
    done <"$t/status" 2>/dev/null
    [ -n "$w" ] || continue # the thread ended meanwhile
    echo "${t##*/} $(( s / 1000 )) ${n// /_} $w"
  done | sort -k1,1
}
