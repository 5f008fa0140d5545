# Sourced by the bench-*.sh scripts: bench_java NAME sets $java to GONET_BENCH_JAVA or to the
# newest JDK >= 21 under /usr/lib/jvm, or exits naming the calling script.
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
