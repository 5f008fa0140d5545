package dev.gonet.tls;

import java.util.List;

/**
 * Go's {@code tls.ConnectionState}: what a handshake settled. Before the handshake completes,
 * {@code handshakeComplete} is false, {@code version} 0 and the texts empty.
 *
 * @param version            the protocol version, e.g. {@link TLS#VERSION_TLS13}
 *                           ({@link TLS#versionName(int)} prints it)
 * @param handshakeComplete  whether the handshake finished successfully
 * @param didResume          whether a previous session was resumed; gonet does not resume
 *                           sessions (Go's default without a client session cache), so false
 * @param cipherSuite        the IANA name, e.g. {@code TLS_AES_128_GCM_SHA256} (Go's
 *                           {@code tls.CipherSuiteName} of the suite)
 * @param negotiatedProtocol the ALPN protocol agreed on, or {@code ""} when none
 * @param serverName         on a server, the SNI name the client sent ({@code ""} when none); on
 *                           a client, the name it verified and sent
 * @param peerCertificates   the peer's certificates, leaf first; empty when it sent none
 */
public record ConnectionState(int version, boolean handshakeComplete, boolean didResume, String cipherSuite,
        String negotiatedProtocol, String serverName, List<PeerCertificate> peerCertificates) {

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param version the protocol version, e.g. {@link TLS#VERSION_TLS13}
     * @param handshakeComplete whether the handshake finished successfully
     * @param didResume whether a previous session was resumed; gonet does not resume
     * @param cipherSuite the IANA name, e.g. {@code TLS_AES_128_GCM_SHA256} (Go's
     * @param negotiatedProtocol the ALPN protocol agreed on, or {@code ""} when none
     * @param serverName on a server, the SNI name the client sent ({@code ""} when none); on
     * @param peerCertificates the peer's certificates, leaf first; empty when it sent none
     */
    public ConnectionState {
        peerCertificates = List.copyOf(peerCertificates);
    }

    /** {@return the state of a connection whose handshake has not completed} */
    public static ConnectionState none() {
        return new ConnectionState(0, false, false, "", "", "", List.of());
    }
}
