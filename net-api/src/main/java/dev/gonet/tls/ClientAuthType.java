package dev.gonet.tls;

/**
 * Go's {@code tls.ClientAuthType}: what a server asks of, and checks about, client
 * certificates. {@link #toString()} is Go's name ({@code RequireAndVerifyClientCert}).
 */
public enum ClientAuthType {
    /** No client certificate is requested (the default). */
    NO_CLIENT_CERT("NoClientCert"),
    /** A certificate is requested but not required, and not verified when sent. */
    REQUEST_CLIENT_CERT("RequestClientCert"),
    /** A certificate is required but not verified. */
    REQUIRE_ANY_CLIENT_CERT("RequireAnyClientCert"),
    /** A certificate is requested; when sent, it must verify against the client CAs. */
    VERIFY_CLIENT_CERT_IF_GIVEN("VerifyClientCertIfGiven"),
    /** A certificate is required and must verify against the client CAs. */
    REQUIRE_AND_VERIFY_CLIENT_CERT("RequireAndVerifyClientCert");

    private final String goName;

    ClientAuthType(String goName) {
        this.goName = goName;
    }

    /** {@return whether the server asks the client for a certificate at all} */
    public boolean requests() {
        return this != NO_CLIENT_CERT;
    }

    /** {@return whether the handshake fails without a client certificate} */
    public boolean requires() {
        return this == REQUIRE_ANY_CLIENT_CERT || this == REQUIRE_AND_VERIFY_CLIENT_CERT;
    }

    /** {@return whether a certificate the client sends is verified against the client CAs} */
    public boolean verifies() {
        return this == VERIFY_CLIENT_CERT_IF_GIVEN || this == REQUIRE_AND_VERIFY_CLIENT_CERT;
    }

    @Override
    public String toString() {
        return goName;
    }
}
