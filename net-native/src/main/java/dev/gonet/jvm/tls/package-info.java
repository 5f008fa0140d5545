/**
 * TLS on the JVM: {@link dev.gonet.jvm.tls.JsseTLSProvider}, the {@code dev.gonet.spi.TLSProvider}
 * registered for {@code ServiceLoader}, running JSSE's {@code SSLEngine} over any {@code Conn} so
 * TLS works over TCP, Unix, pipes and the in-memory networks alike. Configuration comes from
 * {@code dev.gonet.tls.TLSConfig}; keys and certificates are PEM (PKCS#1, SEC1 and PKCS#8 keys
 * without a KeyStore), certificates are chosen and verified as Go does, and failures read as Go's
 * ({@code x509: certificate signed by unknown authority}, ...).
 *
 * <p>Not here: the public TLS types ({@code dev.gonet.tls}), a TLS implementation of our own, or
 * anything for the browser (pages use the browser's TLS).
 */
package dev.gonet.jvm.tls;
