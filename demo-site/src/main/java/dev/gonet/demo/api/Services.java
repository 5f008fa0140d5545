package dev.gonet.demo.api;

import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import java.io.IOException;

/**
 * {@code /api/services}: what this demo server runs besides files, as JSON for the pages:
 * {@code {"tcpEcho": "127.0.0.1:PORT" | null, "relay": "/ws/relay", "doh": "/dns-query",
 * "zone": "gonet.test"}}. {@code tcpEcho} is the loopback TCP echo the relay allows (null when
 * the server was started without it).
 */
final class Services {
    private final String body;

    Services(String tcpEcho, String zone) {
        this.body = "{\"tcpEcho\": " + (tcpEcho == null ? "null" : "\"" + tcpEcho + "\"")
                + ", \"relay\": \"/ws/relay\", \"doh\": \"/dns-query\", \"zone\": \"" + zone + "\"}\n";
    }

    void serve(ResponseWriter w, Request r) throws IOException {
        w.header().set("Content-Type", "application/json");
        w.header().set("Cache-Control", "no-store");
        w.writeString(body);
    }
}
