# Reads `perf script` output of a call-graph recording (perf record -g) and prints, per thread
# with at least 20 samples, where its samples went: the rule below that matches the frame nearest
# the sample's own (the leaf; of two rules matching one frame, the first), and whether the leaf
# was in the kernel [k] or in user space [u]. Nearest, because a stack can go on past the call
# that is running: a Go goroutine's frames stay linked below the scheduler's. Used by `PROFILE=1 scripts/idle-cpu-threads.sh` (docs/benchmarks.md).
#   perf script -i perf.data | awk -f scripts/perf-categories.awk
BEGIN {
  # name, then the frame pattern; leaf[i]: the rule looks at the leaf only (every virtual
  # thread's stack has the pool's worker loop at its root).
  n = 0
  rule[++n] = "socket write (Go: splice)"; pat[n] = "write0|libc_write|sys_write|splice"
  rule[++n] = "socket read";               pat[n] = "IOUtil\\.read|SocketDispatcher\\.read|ksys_read|sys_read"
  rule[++n] = "epoll_wait";                pat[n] = "epoll_wait|EPoll\\.wait|netpoll"
  rule[++n] = "waking another thread";     pat[n] = "Unsafe_Unpark|futex_wake|pthread_cond_signal|signalWork|notewakeup"
  rule[++n] = "sleeping and being woken";  pat[n] = "Unsafe_Park|Parker::park|futex_wait|pthread_cond_wait|futex_abstimed|futexsleep|usleep|nanosleep"
  rule[++n] = "continuation freeze";       pat[n] = "freeze|Continuation\\.yield"
  rule[++n] = "continuation thaw";         pat[n] = "thaw"
  rule[++n] = "scheduler scan (FJP)";      pat[n] = "ForkJoinPool\\.(runWorker|scan|awaitWork|deactivate)"; leaf[n] = 1
  rules = n
}
function flush(   i, j, hit, key) {
  if (tid == "") return
  hit = "other"
  for (j = 1; j <= nf && hit == "other"; j++)
    for (i = 1; i <= rules; i++)
      if ((j == 1 || !leaf[i]) && frame[j] ~ pat[i]) { hit = rule[i]; break }
  key = tid SUBSEP hit SUBSEP (leafk ? "[k]" : "[u]")
  count[key]++
  total[tid]++
  tid = ""
}
/^[^ \t]/ {
  flush()
  for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) { tid = $i; break }
  name[tid] = $1
  for (j = 2; j < i; j++) name[tid] = name[tid] "_" $j # a thread name with spaces: C2_CompilerThre
  nf = 0
  next
}
/^[ \t]+[0-9a-f]+ / {
  frame[++nf] = $0
  if (nf == 1) leafk = ($0 ~ /kernel\.kallsyms/)
  next
}
/^$/ { flush() }
END {
  flush()
  for (k in count) {
    split(k, p, SUBSEP)
    if (total[p[1]] >= 20) printf "%s %s %6d %5.1f%%  %s %s\n", p[1], name[p[1]], count[k], 100 * count[k] / total[p[1]], p[3], p[2]
  }
  for (t in total) if (total[t] >= 20) printf "%s %s %6d samples\n", t, name[t], total[t]
}
