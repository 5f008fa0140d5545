/**
 * Benchmarks, test code only: the servers and clients that the scripts in {@code scripts/bench-*}
 * run against other implementations (socket throughput and latency, HTTP, WebSocket echo). Their
 * results are in {@code docs/benchmarks.md}; no JUnit test runs them.
 */
package dev.gonet.jvm.bench;
