/**
 * Go's {@code crypto/tls}, the part {@code net} and {@code net/http} need: {@link dev.gonet.tls.TLS}
 * (client and server over any {@code Conn}, dial and listen), {@link dev.gonet.tls.TLSConfig},
 * {@link dev.gonet.tls.TLSConn} with its {@link dev.gonet.tls.ConnectionState} and
 * {@link dev.gonet.tls.PeerCertificate}s, {@link dev.gonet.tls.ClientAuthType},
 * {@link dev.gonet.tls.TLSException}, and {@link dev.gonet.tls.PEM} (Go's {@code encoding/pem}).
 *
 * <p>Types and configuration only: the protocol itself is a {@code dev.gonet.spi.TLSProvider}'s
 * (net-native's, over JSSE, in {@code dev.gonet.jvm.tls}). Without one (in the browser, or with
 * net-api alone) every entry point fails with a {@code NetException} naming the module to add;
 * pages use the browser's own TLS through {@code https://} and {@code wss://} URLs.
 *
 * <p>Not here: a TLS implementation, certificate generation, or X.509 parsing beyond what a
 * {@link dev.gonet.tls.PeerCertificate} shows.
 */
package dev.gonet.tls;
