package dev.gonet.jvm.tls;

import java.util.List;
import java.util.function.BiFunction;
import javax.net.ssl.SSLEngine;

/**
 * Go's server-side {@code negotiateALPN}, as JSSE's protocol selector: the server's preference
 * wins; no list on either side means no ALPN; an {@code http/1.1} client may talk to an
 * {@code h2} server without ALPN (go.dev/issue/46310); otherwise the handshake fails with
 * {@code no_application_protocol}, and {@link #failure()} holds Go's error text for it.
 */
final class Alpn implements BiFunction<SSLEngine, List<String>, String> {
    private final List<String> serverProtos;
    private volatile String failure;

    Alpn(List<String> serverProtos) {
        this.serverProtos = serverProtos;
    }

    @Override
    public String apply(SSLEngine engine, List<String> clientProtos) {
        if (serverProtos.isEmpty() || clientProtos == null || clientProtos.isEmpty()) {
            return ""; // JSSE: continue without ALPN
        }
        boolean http11Fallback = false;
        for (String s : serverProtos) {
            for (String c : clientProtos) {
                if (s.equals(c)) {
                    return s;
                }
                if (s.equals("h2") && c.equals("http/1.1")) {
                    http11Fallback = true;
                }
            }
        }
        if (http11Fallback) {
            return "";
        }
        failure = "tls: client requested unsupported application protocols ([" + String.join(" ", clientProtos) + "])";
        return null; // JSSE: fatal no_application_protocol alert
    }

    /** Go's error text when the selection failed, else {@code null}. */
    String failure() {
        return failure;
    }
}
