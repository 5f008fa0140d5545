package dev.gonet.dns;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.Handler;
import dev.gonet.http.Server;
import dev.gonet.http.TestThreads;
import dev.gonet.http.Transport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DoH endpoints on our own {@link Server} over the {@code mem} network, each under a host name
 * of its own, and a {@link Transport} that dials them by that name. A host with no server is
 * refused, as a closed port would be.
 */
final class DoHFixture implements AutoCloseable {
    private final Map<String, String> memNames = new ConcurrentHashMap<>();
    private final List<Server> servers = new ArrayList<>();
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    /** Serves {@code h} as {@code http://host/dns-query}, counting requests; returns that URL. */
    String serve(String host, Handler h) throws IOException {
        AtomicInteger n = hits.computeIfAbsent(host, k -> new AtomicInteger());
        Server s = new Server("", (w, r) -> {
            n.incrementAndGet();
            h.serveHTTP(w, r);
        }).withPlatform(TestThreads.INSTANCE);
        Listener ln = Net.listen("mem", "");
        memNames.put(host, ln.addr().toString());
        servers.add(s);
        TestThreads.INSTANCE.startThread("doh-" + host, () -> {
            try {
                s.serve(ln);
            } catch (IOException e) {
                // closed
            }
        });
        return "http://" + host + "/dns-query";
    }

    int hits(String host) {
        AtomicInteger n = hits.get(host);
        return n == null ? 0 : n.get();
    }

    Transport transport() {
        return new Transport().withProxy(null).withPlatform(TestThreads.INSTANCE).withDial((network, addr) -> {
            String host = addr.substring(0, addr.lastIndexOf(':'));
            return Net.dial("mem", memNames.getOrDefault(host, "nobody-" + host));
        });
    }

    DoHResolver resolver(String... endpoints) {
        return new DoHResolver(List.of(endpoints)).withTransport(transport()).withPlatform(TestThreads.INSTANCE);
    }

    @Override
    public void close() throws IOException {
        for (Server s : servers) {
            s.close();
        }
    }

    /** Reverse names for 127.0.0.0/8 and ::1. */
    static Zone reverseZone() {
        return Zone.builder("arpa").ptr("1.0.0.127.in-addr", "echo.gonet.test.")
                .ptr("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6", "echo.gonet.test.").build();
    }

    /** The zone most tests answer from. */
    static Zone zone() {
        return Zone.builder("gonet.test").ttl(60)
                .a("echo", "127.0.0.1").aaaa("echo", "::1")
                .a("v4only", "192.0.2.11")
                .cname("www", "alias").cname("alias", "echo")
                .cname("loop1", "loop2").cname("loop2", "loop1")
                .cname("dangling", "nothing-here")
                .mx("@", 20, "mx2").mx("@", 10, "mx1")
                .srv("_http._tcp", 1, 10, 8080, "echo").srv("_http._tcp", 0, 0, 8081, "echo")
                .txt("@", "v=spf1 -all").txt("@", "two ", "strings")
                .ns("@", "ns1")
                .build();
    }
}
