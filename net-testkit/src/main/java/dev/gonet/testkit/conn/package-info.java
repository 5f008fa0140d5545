/**
 * {@code ConnConformance} over the transports every platform has without a network
 * ({@link dev.gonet.testkit.conn.ConnSuites}: {@code Net.pipe()} and the {@code mem} network).
 * The socket, TLS and WebSocket transports run the same conformance cases in their own modules'
 * tests and in the browser suites.
 */
package dev.gonet.testkit.conn;
