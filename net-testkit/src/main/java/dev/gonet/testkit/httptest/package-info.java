/**
 * Go's {@code net/http/httptest} for handler tests: {@link dev.gonet.testkit.httptest.HttpTest#newRequest}
 * builds the request a server would hand a handler (remote address {@code 192.0.2.1:1234}, host
 * {@code example.com} when the target names none, request URI as given), and
 * {@link dev.gonet.testkit.httptest.ResponseRecorder} keeps what the handler wrote; together they
 * call a handler directly, with no server, connection or thread:
 *
 * <pre>{@code
 * ResponseRecorder rec = new ResponseRecorder();
 * mux.serveHTTP(rec, HttpTest.newRequest("GET", "/items/7", null));
 * assertEquals(200, rec.code());
 * assertEquals("item 7", rec.bodyString());
 * }</pre>
 *
 * <p>These defaults are test values, so they live here and not in {@code dev.gonet.http}: a
 * {@link dev.gonet.http.Request} built with its constructor is a client's (Go's
 * {@code http.NewRequest}), with none of them. Plain code with no JUnit, like the rest of the
 * kit. Not here: a test server over a listener (Go's {@code httptest.Server}); tests that need
 * the wire start a {@link dev.gonet.http.Server} on the {@code mem} network.
 */
package dev.gonet.testkit.httptest;
