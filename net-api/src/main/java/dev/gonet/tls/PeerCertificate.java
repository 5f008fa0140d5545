package dev.gonet.tls;

import java.util.List;

/**
 * A certificate the peer presented, as {@link ConnectionState#peerCertificates()} lists them
 * (leaf first). Portable: names as text, the certificate itself as DER.
 *
 * @param subject  the subject name in RFC 2253 form, e.g. {@code CN=a.example,O=Acme}
 * @param issuer   the issuer name, same form
 * @param dnsNames the DNS names of the subject alternative name extension, in order
 * @param der      the DER encoding (a copy is returned; parse it with the platform's X.509 tools)
 */
public record PeerCertificate(String subject, String issuer, List<String> dnsNames, byte[] der) {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param subject the subject name in RFC 2253 form, e.g. {@code CN=a.example,O=Acme}
     * @param issuer the issuer name, same form
     * @param dnsNames the DNS names of the subject alternative name extension, in order
     * @param der the DER encoding (a copy is returned; parse it with the platform's X.509 tools)
     */
    public PeerCertificate {
        dnsNames = List.copyOf(dnsNames);
        der = der.clone();
    }

    /** {@return a copy of the DER bytes} */
    @Override
    public byte[] der() {
        return der.clone();
    }

    @Override
    public String toString() {
        return "PeerCertificate[subject=" + subject + ", issuer=" + issuer + ", dnsNames=" + dnsNames + "]";
    }
}
