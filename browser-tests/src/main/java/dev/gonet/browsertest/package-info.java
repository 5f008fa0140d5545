/**
 * browser-tests: the Java that TeaVM compiles into the JS and WASM-GC test bundles
 * ({@link dev.gonet.browsertest.SuitesMain}), which run every portable suite of net-testkit and
 * the browser-only cases ({@link dev.gonet.browsertest.BrowserSuites}: fetch, fetch options, DNS
 * over HTTPS, WebSocket dial and relay, the README's browser snippet) against the demo server.
 * The JUnit side, in this package's test folder, starts the demo server, drives headless Chromium
 * with Playwright and turns each browser case into a JUnit pass or failure.
 *
 * <p>Not here: checks that hold on every platform (net-testkit, so the JVM runs them too), and
 * the benchmark bundles ({@code browsertest.bench}).
 */
package dev.gonet.browsertest;
