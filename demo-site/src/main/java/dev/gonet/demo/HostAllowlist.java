package dev.gonet.demo;

import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.Net;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code Host}s the demo server answers: a defence against DNS rebinding, where a page at
 * {@code http://evil.example:8080} has its name pointed at 127.0.0.1 and then talks to this
 * server as its own origin (the same-host WebSocket check and CORS both trust that name). A
 * request naming any other Host gets 421 Misdirected Request with a body saying which Hosts
 * are served, before any route runs.
 *
 * <p>By default the list is the server's own address: the loopback address and port it listens
 * on and {@code localhost} with that port ({@code 127.0.0.1}, {@code [::1]} and {@code localhost}
 * for a wildcard listen); names given with {@code --allow-host} are added. A Host without a port
 * means port 80, as browsers omit it. Immutable.
 */
final class HostAllowlist {
    private final List<HostPort> hosts;

    private HostAllowlist(List<HostPort> hosts) {
        this.hosts = List.copyOf(hosts);
    }

    /**
     * The Hosts of a server listening on {@code listenAddr} ({@code host:port}, as
     * {@code Listener.addr()} prints it), plus {@code extra} ({@code HOST:PORT}, or {@code HOST}
     * for the server's own port).
     */
    static HostAllowlist forServer(String listenAddr, List<String> extra) {
        HostPort own = split(listenAddr);
        String port = own.port();
        List<HostPort> hosts = new ArrayList<>();
        IP ip = Net.parseIP(own.host());
        if (ip != null && ip.isUnspecified()) {
            hosts.add(new HostPort("127.0.0.1", port));
            hosts.add(new HostPort("::1", port));
        } else {
            hosts.add(new HostPort(ip != null ? ip.toString() : own.host(), port));
        }
        hosts.add(new HostPort("localhost", port));
        for (String e : extra) {
            hosts.add(parse(e, port));
        }
        return new HostAllowlist(hosts);
    }

    /** The allowed Hosts as {@code host:port}, e.g. {@code [127.0.0.1:8080, localhost:8080]}. */
    List<String> hosts() {
        List<String> out = new ArrayList<>();
        for (HostPort hp : hosts) {
            out.add(Net.joinHostPort(hp.host(), hp.port()));
        }
        return out;
    }

    /** The origins of pages these Hosts serve, {@code http://host:port}: the relay's allowed origins. */
    List<String> origins() {
        List<String> out = new ArrayList<>();
        for (String h : hosts()) {
            out.add("http://" + h);
        }
        return out;
    }

    /** Whether {@code host} (a request's Host) is on the list; ASCII case ignored, no port meaning 80. */
    boolean allows(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        HostPort hp;
        try {
            hp = parse(host, "80");
        } catch (IllegalArgumentException e) {
            return false;
        }
        String h = hp.host().toLowerCase(Locale.ROOT);
        for (HostPort a : hosts) {
            if (a.host().toLowerCase(Locale.ROOT).equals(h) && a.port().equals(hp.port())) {
                return true;
            }
        }
        return false;
    }

    /** {@code next}, behind the check: a request for another Host gets 421 with a body naming the allowed ones. */
    Handler guard(Handler next) {
        return (w, r) -> {
            if (!allows(r.host())) {
                Handlers.error(w, "gonet demo: Host " + quote(r.host()) + " is not served here (allowed: "
                        + String.join(", ", hosts()) + "; add names with --allow-host)", Status.MISDIRECTED_REQUEST);
                return;
            }
            next.serveHTTP(w, r);
        };
    }

    /** {@code s} in double quotes, anything but printable ASCII escaped: a Host is the client's text. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }

    /**
     * {@code host[:port]} (IPv6 in brackets, or bare without a port) as host and port,
     * {@code defaultPort} when it names none; {@link IllegalArgumentException} when it does not
     * parse.
     */
    static HostPort parse(String s, String defaultPort) {
        int colons = s.length() - s.replace(":", "").length();
        if (s.startsWith("[") && s.endsWith("]")) {
            return new HostPort(s.substring(1, s.length() - 1), defaultPort);
        }
        if (colons == 0 || colons > 1 && !s.startsWith("[")) {
            return new HostPort(s, defaultPort); // a name, an IPv4 address, a bare IPv6 address
        }
        HostPort hp = split(s);
        if (hp.host().isEmpty()) {
            throw new IllegalArgumentException("missing host in " + s);
        }
        return hp.port().isEmpty() ? new HostPort(hp.host(), defaultPort) : hp;
    }

    private static HostPort split(String hostPort) {
        try {
            return Net.splitHostPort(hostPort);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
