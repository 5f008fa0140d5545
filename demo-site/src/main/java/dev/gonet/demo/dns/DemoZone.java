package dev.gonet.demo.dns;

import dev.gonet.dns.DoHHandler;
import dev.gonet.dns.Zone;
import dev.gonet.http.Handler;
import dev.gonet.http.ServeMux;

/**
 * {@code /dns-query} (RFC 8484 GET and POST, CORS for any origin) answering from the zone
 * {@value #ORIGIN}:
 *
 * <pre>
 * echo.gonet.test   A 127.0.0.1, AAAA ::1
 * v4.gonet.test     A 127.0.0.1           (no AAAA: NODATA for it)
 * v6.gonet.test     AAAA ::1
 * www.gonet.test    CNAME web.gonet.test  (a chain of two)
 * web.gonet.test    CNAME echo.gonet.test
 * mail.gonet.test   A 127.0.0.1
 * gonet.test        MX 10 mail.gonet.test, TXT "gonet demo zone", NS ns1.gonet.test
 * _http._tcp.gonet.test  SRV 0 5 8080 echo.gonet.test
 * </pre>
 *
 * Every other name under {@code gonet.test} is NXDOMAIN; names outside it are REFUSED. Only
 * loopback addresses: nothing the demo resolves leaves the machine.
 */
public final class DemoZone {
    public static final String ORIGIN = "gonet.test";

    /** The zone, also for tests that want the records without the server. */
    public static final Zone ZONE = Zone.builder(ORIGIN).ttl(60)
            .a("echo", "127.0.0.1").aaaa("echo", "::1")
            .a("v4", "127.0.0.1")
            .aaaa("v6", "::1")
            .cname("www", "web").cname("web", "echo")
            .a("mail", "127.0.0.1")
            .mx("@", 10, "mail")
            .txt("@", "gonet demo zone")
            .ns("@", "ns1")
            .a("ns1", "127.0.0.1")
            .srv("_http._tcp", 0, 5, 8080, "echo")
            .build();

    private DemoZone() {
    }

    /** Registers {@code /dns-query} for GET, POST and CORS preflights. */
    public static void register(ServeMux mux) {
        Handler doh = DoHHandler.forZone(ZONE);
        for (String m : new String[] {"GET", "POST", "OPTIONS"}) {
            mux.handle(m + " /dns-query", doh);
        }
    }
}
