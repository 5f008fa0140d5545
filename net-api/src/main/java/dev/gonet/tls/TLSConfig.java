package dev.gonet.tls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Go's {@code tls.Config}, the part {@code net/http} needs: an immutable value; each
 * {@code with...} returns a changed copy, so one config may be shared by any number of
 * connections and threads. {@code new TLSConfig()} is Go's zero config: verify the server
 * against the system roots, TLS 1.2 to 1.3, no client certificate, no ALPN.
 *
 * <p>Certificates and keys are PEM text, as Go's {@code tls.X509KeyPair} takes them. The
 * withers check the PEM structure at once and throw {@link IllegalArgumentException} with Go's
 * text (e.g. {@code tls: failed to find any PEM data in key input}); what needs cryptography
 * (parsing the key, matching it to the certificate) is checked by the platform when a
 * connection or listener is made, failing with a {@link TLSException} in Go's words.
 * {@link #toString()} never prints key material.
 */
public final class TLSConfig {
    private final String serverName;
    private final String rootCAsPem;
    private final List<Certificate> certificates;
    private final ClientAuthType clientAuth;
    private final String clientCAsPem;
    private final int minVersion;
    private final int maxVersion;
    private final List<String> nextProtos;
    private final boolean insecureSkipVerify;

    /** Go's zero {@code tls.Config}. */
    public TLSConfig() {
        this("", null, List.of(), ClientAuthType.NO_CLIENT_CERT, null, 0, 0, List.of(), false);
    }

    private TLSConfig(String serverName, String rootCAsPem, List<Certificate> certificates,
            ClientAuthType clientAuth, String clientCAsPem, int minVersion, int maxVersion,
            List<String> nextProtos, boolean insecureSkipVerify) {
        this.serverName = serverName;
        this.rootCAsPem = rootCAsPem;
        this.certificates = certificates;
        this.clientAuth = clientAuth;
        this.clientCAsPem = clientCAsPem;
        this.minVersion = minVersion;
        this.maxVersion = maxVersion;
        this.nextProtos = nextProtos;
        this.insecureSkipVerify = insecureSkipVerify;
    }

    /**
     * Go's {@code tls.Certificate} as {@code tls.X509KeyPair} builds it: a certificate chain
     * (leaf first) and the leaf's private key, both PEM. The key may be PKCS#8
     * ({@code PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}).
     *
     * @param certPem the certificate chain in PEM, leaf first
     * @param keyPem the leaf certificate's private key in PEM
     */
    public record Certificate(String certPem, String keyPem) {
        /**
         * Checks both PEMs.
         *
         * @throws IllegalArgumentException with Go's text when the PEM holds no certificate or no
         *                                  private key block
         */
        public Certificate {
            Objects.requireNonNull(certPem, "certPem");
            Objects.requireNonNull(keyPem, "keyPem");
            chainOf(certPem);
            keyOf(keyPem);
        }

        /** {@return the DER of each certificate of the chain, leaf first (fresh arrays)} */
        public List<byte[]> chainDER() {
            return chainOf(certPem);
        }

        /** {@return the private key's PEM block; its type tells the form} */
        public PEM.Block keyBlock() {
            return keyOf(keyPem);
        }

        @Override
        public String toString() {
            return "Certificate[" + chainDER().size() + " certificate(s), " + keyBlock().type() + "]";
        }
    }

    /** Go's X509KeyPair, first half: the CERTIFICATE blocks, or Go's error. */
    static List<byte[]> chainOf(String certPem) {
        List<byte[]> chain = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (PEM.Block b : PEM.decode(certPem)) {
            if (b.type().equals("CERTIFICATE")) {
                chain.add(b.bytes());
            } else {
                skipped.add(b.type());
            }
        }
        if (!chain.isEmpty()) {
            return chain;
        }
        if (skipped.isEmpty()) {
            throw new IllegalArgumentException("tls: failed to find any PEM data in certificate input");
        }
        if (skipped.size() == 1 && skipped.get(0).endsWith("PRIVATE KEY")) {
            throw new IllegalArgumentException("tls: failed to find certificate PEM data in certificate input, "
                    + "but did find a private key; PEM inputs may have been switched");
        }
        throw new IllegalArgumentException("tls: failed to find \"CERTIFICATE\" PEM block in certificate input "
                + "after skipping PEM blocks of the following types: " + goList(skipped));
    }

    /** Go's X509KeyPair, second half: the first block whose type ends in PRIVATE KEY, or Go's error. */
    static PEM.Block keyOf(String keyPem) {
        List<String> skipped = new ArrayList<>();
        for (PEM.Block b : PEM.decode(keyPem)) {
            if (b.type().equals("PRIVATE KEY") || b.type().endsWith(" PRIVATE KEY")) {
                return b;
            }
            skipped.add(b.type());
        }
        if (skipped.isEmpty()) {
            throw new IllegalArgumentException("tls: failed to find any PEM data in key input");
        }
        if (skipped.size() == 1 && skipped.get(0).equals("CERTIFICATE")) {
            throw new IllegalArgumentException("tls: found a certificate rather than a key in the PEM for the private key");
        }
        throw new IllegalArgumentException("tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key "
                + "input after skipping PEM blocks of the following types: " + goList(skipped));
    }

    /** Go's {@code %v} of a string slice: {@code [A B]}. */
    private static String goList(List<String> items) {
        return "[" + String.join(" ", items) + "]";
    }

    /** The CERTIFICATE blocks of a CA bundle, or an error naming {@code what}. */
    private static String checkBundle(String pem, String what) {
        if (pem == null) {
            return null;
        }
        for (PEM.Block b : PEM.decode(pem)) {
            if (b.type().equals("CERTIFICATE")) {
                return pem;
            }
        }
        throw new IllegalArgumentException("tls: no certificates found in " + what + " PEM");
    }

    /**
     * The name the client verifies the server's certificate for and sends as SNI.
     *
     * @param serverName the server name
     * @return a copy with this setting; the receiver is unchanged
     */
    public TLSConfig withServerName(String serverName) {
        return new TLSConfig(serverName == null ? "" : serverName, rootCAsPem, certificates, clientAuth, clientCAsPem,
                minVersion, maxVersion, nextProtos, insecureSkipVerify);
    }

    /**
     * The CAs a client trusts, as PEM certificates (concatenate for several; replaces earlier
     * ones); {@code null} means the platform's system roots (Go's nil {@code RootCAs}).
     *
     * @param pem the PEM text
     * @return a copy with this setting; the receiver is unchanged
     * @throws IllegalArgumentException if the text holds no CERTIFICATE block
     *
     */
    public TLSConfig withRootCAsPem(String pem) {
        return new TLSConfig(serverName, checkBundle(pem, "root CA"), certificates, clientAuth, clientCAsPem,
                minVersion, maxVersion, nextProtos, insecureSkipVerify);
    }

    /**
     * Adds a certificate chain and its key (Go appends to {@code Certificates}). A server
     * presents the first whose leaf matches the SNI name the client sent, else the first; a
     * client presents the first the server accepts.
     *
     * @param certPem the certificate chain in PEM, leaf first
     * @param keyPem the leaf certificate's private key in PEM
     * @return a copy with this setting; the receiver is unchanged
     * @throws IllegalArgumentException with Go's {@code X509KeyPair} text for malformed PEM
     *
     */
    public TLSConfig withCertificate(String certPem, String keyPem) {
        List<Certificate> all = new ArrayList<>(certificates);
        all.add(new Certificate(certPem, keyPem));
        return new TLSConfig(serverName, rootCAsPem, List.copyOf(all), clientAuth, clientCAsPem, minVersion,
                maxVersion, nextProtos, insecureSkipVerify);
    }

    /**
     * Go's {@code ClientAuth}: the server's policy for client certificates.
     *
     * @param clientAuth the policy
     * @return a copy with this setting; the receiver is unchanged
     */
    public TLSConfig withClientAuth(ClientAuthType clientAuth) {
        return new TLSConfig(serverName, rootCAsPem, certificates, Objects.requireNonNull(clientAuth, "clientAuth"),
                clientCAsPem, minVersion, maxVersion, nextProtos, insecureSkipVerify);
    }

    /**
     * The CAs a server verifies client certificates against (Go's {@code ClientCAs}); {@code
     * null} means the system roots.
     *
     * @param pem the PEM text
     * @return a copy with this setting; the receiver is unchanged
     * @throws IllegalArgumentException if the text holds no CERTIFICATE block
     *
     */
    public TLSConfig withClientCAsPem(String pem) {
        return new TLSConfig(serverName, rootCAsPem, certificates, clientAuth, checkBundle(pem, "client CA"),
                minVersion, maxVersion, nextProtos, insecureSkipVerify);
    }

    /**
     * The lowest version accepted, e.g. {@link TLS#VERSION_TLS13}; 0 = default (TLS 1.2).
     *
     * @param version the TLS version, e.g. {@link TLS#VERSION_TLS13}; 0 for the default
     * @return a copy with this setting; the receiver is unchanged
     */
    public TLSConfig withMinVersion(int version) {
        return new TLSConfig(serverName, rootCAsPem, certificates, clientAuth, clientCAsPem, checkVersion(version),
                maxVersion, nextProtos, insecureSkipVerify);
    }

    /**
     * The highest version accepted; 0 = default (TLS 1.3).
     *
     * @param version the TLS version, e.g. {@link TLS#VERSION_TLS13}; 0 for the default
     * @return a copy with this setting; the receiver is unchanged
     */
    public TLSConfig withMaxVersion(int version) {
        return new TLSConfig(serverName, rootCAsPem, certificates, clientAuth, clientCAsPem, minVersion,
                checkVersion(version), nextProtos, insecureSkipVerify);
    }

    private static int checkVersion(int v) {
        if (v != 0 && (v < TLS.VERSION_TLS10 || v > TLS.VERSION_TLS13)) {
            throw new IllegalArgumentException("tls: unknown version " + TLS.versionName(v));
        }
        return v;
    }

    /**
     * Go's {@code NextProtos}: the ALPN protocols, most preferred first, e.g. {@code h2}, {@code
     * http/1.1}.
     *
     * @param protos the ALPN protocols, most preferred first
     * @return a copy with this setting; the receiver is unchanged
     */
    public TLSConfig withNextProtos(String... protos) {
        return withNextProtos(Arrays.asList(protos));
    }

    /**
     * As {@link #withNextProtos(String...)}.
     *
     * @param protos the ALPN protocols, most preferred first
     * @return a copy with this setting; the receiver is unchanged
     */
    public TLSConfig withNextProtos(List<String> protos) {
        for (String p : protos) {
            if (p == null || p.isEmpty() || p.length() > 255) {
                throw new IllegalArgumentException("tls: invalid NextProtos value");
            }
        }
        return new TLSConfig(serverName, rootCAsPem, certificates, clientAuth, clientCAsPem, minVersion, maxVersion,
                List.copyOf(protos), insecureSkipVerify);
    }

    /**
     * Go's {@code InsecureSkipVerify}: a client accepts any certificate for any name. Only for
     * tests; a man in the middle can read everything. Off unless asked for.
     *
     * @param skip the new {@code InsecureSkipVerify} value
     * @return a copy with this setting; the receiver is unchanged
     */
    public TLSConfig withInsecureSkipVerify(boolean skip) {
        return new TLSConfig(serverName, rootCAsPem, certificates, clientAuth, clientCAsPem, minVersion, maxVersion,
                nextProtos, skip);
    }

    /**
     * {@return Go's {@code ServerName}: the name the client verifies the server's certificate for and
     *   sends as SNI}
     */
    public String serverName() {
        return serverName;
    }

    /**
     * {@code null} for the system roots.
     *
     * @return the PEM text, or {@code null} for the system roots
     */
    public String rootCAsPem() {
        return rootCAsPem;
    }

    /** {@return the certificates with their keys, Go's {@code Certificates}} */
    public List<Certificate> certificates() {
        return certificates;
    }

    /** {@return Go's {@code ClientAuth}: whether and how the server asks for client certificates} */
    public ClientAuthType clientAuth() {
        return clientAuth;
    }

    /**
     * {@code null} for the system roots.
     *
     * @return the PEM text, or {@code null} for the system roots
     */
    public String clientCAsPem() {
        return clientCAsPem;
    }

    /**
     * 0 when unset (TLS 1.2).
     *
     * @return the version, 0 when unset (TLS 1.2)
     */
    public int minVersion() {
        return minVersion;
    }

    /**
     * 0 when unset (TLS 1.3).
     *
     * @return the version, 0 when unset (TLS 1.3)
     */
    public int maxVersion() {
        return maxVersion;
    }

    /** {@return Go's {@code NextProtos}: the ALPN protocols, most preferred first} */
    public List<String> nextProtos() {
        return nextProtos;
    }

    /**
     * {@return Go's {@code InsecureSkipVerify}: whether the peer's certificate chain and name go
     *   unchecked}
     */
    public boolean insecureSkipVerify() {
        return insecureSkipVerify;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TLSConfig c && serverName.equals(c.serverName) && Objects.equals(rootCAsPem, c.rootCAsPem)
                && certificates.equals(c.certificates) && clientAuth == c.clientAuth
                && Objects.equals(clientCAsPem, c.clientCAsPem) && minVersion == c.minVersion
                && maxVersion == c.maxVersion && nextProtos.equals(c.nextProtos)
                && insecureSkipVerify == c.insecureSkipVerify;
    }

    @Override
    public int hashCode() {
        return Objects.hash(serverName, rootCAsPem, certificates, clientAuth, clientCAsPem, minVersion, maxVersion,
                nextProtos, insecureSkipVerify);
    }

    @Override
    public String toString() {
        return "TLSConfig{serverName=" + serverName + ", rootCAs=" + (rootCAsPem == null ? "system" : "pem")
                + ", certificates=" + certificates.size() + ", clientAuth=" + clientAuth + ", clientCAs="
                + (clientCAsPem == null ? "system" : "pem") + ", minVersion=" + versionText(minVersion)
                + ", maxVersion=" + versionText(maxVersion) + ", nextProtos=" + nextProtos
                + ", insecureSkipVerify=" + insecureSkipVerify + "}";
    }

    private static String versionText(int v) {
        return v == 0 ? "default" : TLS.versionName(v);
    }
}
