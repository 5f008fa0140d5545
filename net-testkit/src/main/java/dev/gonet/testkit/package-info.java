/**
 * net-testkit: checks that must hold on every platform, written once and run unchanged on the JVM
 * (as JUnit dynamic tests) and in Chromium (compiled by TeaVM into the JS and WASM-GC test
 * bundles). Main code with no JUnit inside, so that a platform of one's own can run it too.
 *
 * <p>This package holds the harness ({@link dev.gonet.testkit.Case}, {@link dev.gonet.testkit.Suite},
 * {@link dev.gonet.testkit.Check}, {@link dev.gonet.testkit.Group},
 * {@link dev.gonet.testkit.Runner}, {@link dev.gonet.testkit.Result},
 * {@link dev.gonet.testkit.ResultsJson}), the list of every portable suite
 * ({@link dev.gonet.testkit.PortableSuites}), and the contracts a transport or a platform owes
 * shared code: {@link dev.gonet.testkit.ConnConformance} (Go's {@code nettest} conformance cases
 * plus gonet's own, over any {@link dev.gonet.testkit.ConnPairMaker}) and
 * {@link dev.gonet.testkit.PlatformContract}. The suites by layer are in the subpackages:
 * {@code addr}, {@code conn}, {@code names}, {@code dns}, {@code http}, {@code ws}.
 *
 * <p>For users' handler tests, {@code httptest} is Go's {@code net/http/httptest}:
 * {@link dev.gonet.testkit.httptest.HttpTest#newRequest} (a request as a server hands it over:
 * remote address {@code 192.0.2.1:1234}, host {@code example.com}, request URI as given) and
 * {@link dev.gonet.testkit.httptest.ResponseRecorder}. Those test defaults are here because
 * {@link dev.gonet.http.Request}'s constructors are Go's {@code http.NewRequest} and leave them
 * empty.
 *
 * <p>Not here: tests that need one platform (they sit beside that platform's code, e.g.
 * net-native's socket tests), and browser-only checks (browser-tests).
 */
package dev.gonet.testkit;
