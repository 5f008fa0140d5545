package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.Resolver;
import dev.gonet.dns.DoHResolver;
import dev.gonet.http.Transport;
import dev.gonet.jvm.JvmPlatform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JS surface's DNS ({@code lookupHost}, {@code lookupIP}, {@code lookupAddr},
 * {@code lookupCNAME}, {@code setResolver}, {@code resolver}) in each bundle, through the demo
 * server's {@code /dns-query} (zone {@code gonet.test}), set with a relative endpoint: every
 * lookup gives what a {@link DoHResolver} on the JVM gives against the same endpoint, answers and
 * Go's error texts alike; then the error fields of NXDOMAIN, a timeout, the default resolver
 * and restoring it, and the TypeErrors of bad arguments.
 */
class GlueDnsInChromiumTest {
    /** One lookup: the JS function, the network for {@code lookupIP}, the argument. */
    record Lookup(String fn, String network, String arg) {
        List<String> js() {
            return List.of(fn, network, arg);
        }
    }

    private static final List<Lookup> LOOKUPS = List.of(
            new Lookup("lookupHost", "", "echo.gonet.test"),
            new Lookup("lookupHost", "", "www.gonet.test"),
            new Lookup("lookupHost", "", "v6.gonet.test"),
            new Lookup("lookupHost", "", "ECHO.gonet.test."),
            new Lookup("lookupHost", "", "nx.gonet.test"),
            new Lookup("lookupHost", "", "outside.example"),
            new Lookup("lookupHost", "", "bad name!"),
            new Lookup("lookupHost", "", "localhost"),
            new Lookup("lookupHost", "", "192.0.2.1"),
            new Lookup("lookupIP", "ip", "echo.gonet.test"),
            new Lookup("lookupIP", "ip4", "echo.gonet.test"),
            new Lookup("lookupIP", "ip6", "echo.gonet.test"),
            new Lookup("lookupIP", "ip6", "v4.gonet.test"),
            new Lookup("lookupIP", "ip4", "mail.gonet.test"),
            new Lookup("lookupIP", "udp", "echo.gonet.test"),
            new Lookup("lookupCNAME", "", "www.gonet.test"),
            new Lookup("lookupCNAME", "", "echo.gonet.test"),
            new Lookup("lookupCNAME", "", "nx.gonet.test"),
            new Lookup("lookupAddr", "", "127.0.0.1"),
            new Lookup("lookupAddr", "", "192.0.2.1"),
            new Lookup("lookupAddr", "", "not-an-address"));

    private static final String SCRIPT = """
              const [origin, lookups] = arg;
              const out = { defaults: net.resolver() };
              net.setResolver({ endpoints: ["/dns-query"] });
              out.relative = net.resolver();
              out.results = [];
              for (const [fn, network, a] of lookups) {
                try {
                  out.results.push({ ok: fn === "lookupIP" ? await net.lookupIP(network, a) : await net[fn](a) });
                } catch (e) {
                  const f = fields(e);
                  out.results.push({ name: f.name, message: f.message, notFound: f.notFound, timeout: f.timeout });
                }
              }
              out.nx = await fail(() => net.lookupHost("nx.gonet.test"));
              out.nodata = await fail(() => net.lookupIP("ip6", "v4.gonet.test"));

              const hang = origin + "/api/hang?ms=3000";
              net.setResolver({ endpoints: [hang], timeoutMs: 300 });
              out.slow = net.resolver();
              const t0 = performance.now();
              out.timeout = await fail(() => net.lookupHost("echo.gonet.test"));
              out.timeoutMs = performance.now() - t0;
              net.setResolver({ endpoints: [hang, "/dns-query"], timeoutMs: 300 });
              out.fallback = await net.lookupIP("ip4", "v4.gonet.test");

              out.typeErrors = [
                throwsNow(() => net.setResolver({ endpoints: [] })),
                throwsNow(() => net.setResolver({ endpoints: ["ftp://x/dns-query"] })),
                throwsNow(() => net.setResolver({ endpoints: ["/dns-query"], timeoutMs: -1 })),
                throwsNow(() => net.setResolver("/dns-query")),
                throwsNow(() => net.lookupHost(42)),
                throwsNow(() => net.lookupIP("ip", null)),
                throwsNow(() => net.lookupCNAME()),
                throwsNow(() => net.lookupAddr({})),
              ];
              out.afterTypeErrors = net.resolver();
              net.setResolver(null);
              out.restored = net.resolver();
              return out;
            """;

    /** What a DoHResolver on the JVM answers to the same endpoint, in the page's shape. */
    private static Map<String, Object> jvm(Resolver r, Lookup l) {
        try {
            Object v = switch (l.fn()) {
                case "lookupHost" -> r.lookupHost(l.arg());
                case "lookupIP" -> r.lookupIP(l.network(), l.arg()).stream().map(IP::toString).toList();
                case "lookupCNAME" -> r.lookupCNAME(l.arg());
                case "lookupAddr" -> r.lookupAddr(l.arg());
                default -> throw new IllegalArgumentException(l.fn());
            };
            return Map.of("ok", v);
        } catch (IOException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.getClass().getSimpleName());
            m.put("message", e.getMessage());
            m.put("notFound", e instanceof DNSException d && d.isNotFound());
            m.put("timeout", e instanceof dev.gonet.NetError ne && ne.isTimeout());
            return m;
        }
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void lookupsThroughThePageResolver(String bundle) {
        String origin = GluePage.origin();
        String endpoint = origin + "/dns-query";
        String hang = origin + "/api/hang?ms=3000";
        List<List<String>> cases = LOOKUPS.stream().map(Lookup::js).toList();
        Map<String, Object> out = (Map<String, Object>) GluePage.run(bundle, SCRIPT, List.of(origin, cases));

        assertEquals(Map.of("endpoints", DoHResolver.DEFAULT_ENDPOINTS, "timeoutMs", 5000), out.get("defaults"));
        assertEquals(Map.of("endpoints", List.of(endpoint), "timeoutMs", 5000), out.get("relative"),
                "a relative endpoint resolves against the page");

        JvmPlatform jvm = new JvmPlatform();
        Resolver r = new DoHResolver(List.of(endpoint)).withTransport(new Transport().withPlatform(jvm))
                .withPlatform(jvm);
        List<Object> results = (List<Object>) out.get("results");
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < LOOKUPS.size(); i++) {
            Lookup l = LOOKUPS.get(i);
            Object got = results.get(i);
            checks.add(() -> assertEquals(jvm(r, l), got, bundle + " " + l));
        }
        assertAll(checks);

        assertEquals(errorFields("DNSException", "lookup nx.gonet.test on " + endpoint + ": no such host",
                "lookup", "nx.gonet.test", false, true), out.get("nx"));
        assertEquals(errorFields("DNSException", "lookup v4.gonet.test on " + endpoint + ": no such host",
                "lookup", "v4.gonet.test", false, true), out.get("nodata"));

        assertEquals(Map.of("endpoints", List.of(hang), "timeoutMs", 300), out.get("slow"));
        Map<String, Object> timeout = (Map<String, Object>) out.get("timeout");
        assertEquals("DNSException", timeout.get("name"), String.valueOf(timeout));
        assertTrue(((String) timeout.get("message")).startsWith("lookup echo.gonet.test on " + hang + ": "),
                String.valueOf(timeout));
        assertEquals(true, timeout.get("timeout"), String.valueOf(timeout));
        assertEquals(false, timeout.get("notFound"), String.valueOf(timeout));
        double ms = ((Number) out.get("timeoutMs")).doubleValue();
        assertTrue(ms < 2500, "the 300 ms timeout took " + ms + " ms");
        assertEquals(List.of("127.0.0.1"), out.get("fallback"), "the next endpoint after the hanging one");

        List<Object> typeErrors = (List<Object>) out.get("typeErrors");
        assertEquals(8, typeErrors.size());
        for (Object t : typeErrors) {
            assertTrue(t instanceof Map<?, ?> m && "TypeError".equals(m.get("name")), bundle + ": " + t);
        }
        assertEquals("DoH endpoint ftp://x/dns-query: want an http or https URL with a host",
                ((Map<String, Object>) typeErrors.get(1)).get("message"));
        assertEquals(Map.of("endpoints", List.of(hang, endpoint), "timeoutMs", 300), out.get("afterTypeErrors"),
                "a refused setResolver changes nothing");
        assertEquals(out.get("defaults"), out.get("restored"), "setResolver(null)");
    }

    static Map<String, Object> errorFields(String name, String message, String op, String addr, boolean timeout,
            boolean notFound) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("message", message);
        m.put("gonet", true);
        m.put("op", op);
        m.put("net", null);
        m.put("addr", addr);
        m.put("timeout", timeout);
        m.put("notFound", notFound);
        m.put("code", -1);
        m.put("reason", null);
        m.put("canceled", false);
        return m;
    }
}
