package dev.gonet.jvm.tls;

import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.PeerCertificate;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/** A finished handshake's {@link SSLSession} as Go's {@link ConnectionState}. */
final class States {
    private States() {
    }

    static ConnectionState of(SSLEngine engine, boolean client, String serverName) {
        SSLSession s = engine.getSession();
        String alpn = engine.getApplicationProtocol();
        return new ConnectionState(Contexts.version(s.getProtocol()), true, false, s.getCipherSuite(),
                alpn == null ? "" : alpn, client ? serverName : requestedName(s), peers(s));
    }

    /** The SNI name the client sent, as the server saw it; {@code ""} when none. */
    private static String requestedName(SSLSession s) {
        if (s instanceof ExtendedSSLSession es) {
            for (SNIServerName n : es.getRequestedServerNames()) {
                if (n instanceof SNIHostName h) {
                    return h.getAsciiName();
                }
            }
        }
        return "";
    }

    private static List<PeerCertificate> peers(SSLSession s) {
        List<PeerCertificate> out = new ArrayList<>();
        Certificate[] chain;
        try {
            chain = s.getPeerCertificates();
        } catch (SSLPeerUnverifiedException none) {
            return out; // the peer sent no certificate (a client, when none was required)
        }
        for (Certificate c : chain) {
            if (c instanceof X509Certificate x) {
                try {
                    out.add(new PeerCertificate(x.getSubjectX500Principal().getName("RFC2253"),
                            x.getIssuerX500Principal().getName("RFC2253"), GoHostname.sans(x, 2), x.getEncoded()));
                } catch (CertificateEncodingException e) {
                    // A certificate the JDK accepted but cannot re-encode: leave it out.
                }
            }
        }
        return out;
    }
}
