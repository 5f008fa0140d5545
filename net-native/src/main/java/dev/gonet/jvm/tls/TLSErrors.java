package dev.gonet.jvm.tls;

import dev.gonet.tls.TLSException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSSE's exceptions in Go's words. Exact where the JDK says enough (alerts, certificate
 * verification, versions, ALPN, a missing client certificate); otherwise {@code tls: } and the
 * JDK's own reason. The JDK exception stays attached as the cause.
 */
final class TLSErrors {
    /** Go's RecordHeaderError text for a first record that is not TLS (e.g. plain HTTP). */
    static final String NOT_TLS = "tls: first record does not look like a TLS handshake";

    /** JSSE's alert names (RFC 8446 spelling) to Go's {@code alertText}. */
    private static final Map<String, String> ALERTS = Map.ofEntries(
            Map.entry("close_notify", "close notify"),
            Map.entry("unexpected_message", "unexpected message"),
            Map.entry("bad_record_mac", "bad record MAC"),
            Map.entry("decryption_failed", "decryption failed"),
            Map.entry("record_overflow", "record overflow"),
            Map.entry("decompression_failure", "decompression failure"),
            Map.entry("handshake_failure", "handshake failure"),
            Map.entry("bad_certificate", "bad certificate"),
            Map.entry("unsupported_certificate", "unsupported certificate"),
            Map.entry("certificate_revoked", "revoked certificate"),
            Map.entry("certificate_expired", "expired certificate"),
            Map.entry("certificate_unknown", "unknown certificate"),
            Map.entry("illegal_parameter", "illegal parameter"),
            Map.entry("unknown_ca", "unknown certificate authority"),
            Map.entry("access_denied", "access denied"),
            Map.entry("decode_error", "error decoding message"),
            Map.entry("decrypt_error", "error decrypting message"),
            Map.entry("export_restriction", "export restriction"),
            Map.entry("protocol_version", "protocol version not supported"),
            Map.entry("insufficient_security", "insufficient security level"),
            Map.entry("internal_error", "internal error"),
            Map.entry("inappropriate_fallback", "inappropriate fallback"),
            Map.entry("user_canceled", "user canceled"),
            Map.entry("no_renegotiation", "no renegotiation"),
            Map.entry("missing_extension", "missing extension"),
            Map.entry("unsupported_extension", "unsupported extension"),
            Map.entry("certificate_unobtainable", "certificate unobtainable"),
            Map.entry("unrecognized_name", "unrecognized name"),
            Map.entry("bad_certificate_status_response", "bad certificate status response"),
            Map.entry("bad_certificate_hash_value", "bad certificate hash value"),
            Map.entry("unknown_psk_identity", "unknown PSK identity"),
            Map.entry("certificate_required", "certificate required"),
            Map.entry("no_application_protocol", "no application protocol"));

    private static final String RECEIVED = "Received fatal alert: ";

    private TLSErrors() {
    }

    /** Go's text for a JSSE failure; {@code alpnFailure} is the server's ALPN verdict, if any. */
    static TLSException of(Exception e, String alpnFailure) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GoTrust.GoCertificateException g) {
                return new TLSException(g.getMessage(), e);
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.startsWith("(") && m.indexOf(") ") > 0) {
            m = m.substring(m.indexOf(") ") + 2); // newer JDKs prefix the alert: "(protocol_version) The client..."
        }
        if (m.startsWith(RECEIVED)) {
            String name = m.substring(RECEIVED.length()).trim();
            String go = ALERTS.get(name);
            return new TLSException("remote error: tls: " + (go != null ? go : name), e);
        }
        if (alpnFailure != null) {
            return new TLSException(alpnFailure, e);
        }
        if (m.startsWith("Empty client certificate chain") || m.startsWith("Empty server certificate chain")) {
            // Some JDK versions say "server" here although the chain is the client's.
            return new TLSException("tls: client didn't provide a certificate", e);
        }
        if (m.startsWith("The client supported protocol versions")) {
            return new TLSException("tls: client offered only unsupported versions: " + goVersions(m), e);
        }
        if (m.contains("protocol is disabled or cipher suites are inappropriate")) {
            return new TLSException("tls: no supported versions satisfy MinVersion and MaxVersion", e);
        }
        if (m.contains("Unsupported or unrecognized SSL message") || m.contains("Unrecognized SSL message")) {
            return new TLSException(NOT_TLS, e);
        }
        if (m.contains("no cipher suites in common")) {
            return new TLSException("tls: no cipher suite supported by both client and server", e);
        }
        return new TLSException("tls: " + m, e);
    }

    /** {@code [TLSv1.3, TLSv1.2]} (JSSE) as Go prints {@code %x} of its version list: {@code [304 303]}. */
    static String goVersions(String jsseMessage) {
        int open = jsseMessage.indexOf('[');
        int close = open < 0 ? -1 : jsseMessage.indexOf(']', open);
        List<String> hex = new ArrayList<>();
        if (close > open) {
            for (String name : jsseMessage.substring(open + 1, close).split(",")) {
                int v = Contexts.version(name.trim());
                hex.add(v == 0 ? name.trim() : Integer.toHexString(v));
            }
        }
        return "[" + String.join(" ", hex) + "]";
    }
}
