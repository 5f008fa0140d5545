/**
 * Entry points of the browser benchmark bundles (fetch and DNS over HTTPS, WebSocket), built only
 * with {@code -Pbench} and driven by {@code scripts/bench-fetch.sh} and {@code scripts/bench-ws.sh};
 * results are in {@code docs/benchmarks.md}. Not run by {@code mvn verify}.
 */
package dev.gonet.browsertest.bench;
