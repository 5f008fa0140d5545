package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.Net;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JS surface ({@code gonet.mjs} over each bundle, as served by the demo server) gives the
 * same answers as the Java API on the JVM, for valid and malformed input, with errors thrown as
 * {@code GonetError} carrying Go's text.
 */
class GlueApiInChromiumTest {
    private static final List<String> INPUTS = List.of(
            "127.0.0.1", "::ffff:192.0.2.1", "2001:db8::1", "fe80::1%eth0", "1.2.3", "01.2.3.4", "",
            "::1.2.3.4", "abc", "1.2.3.4/24", "2001:db8::1/48", "1.2.3.4/33", "::ffff:1.2.3.4/96",
            "1.2.3.4:80", "[::1]:8080", "[fe80::1%eth0]:443", "1.2.3.4", "a:b:c", "[::1]", "[a]]:80",
            "host:http", ":", "\u00e9:80", "999.1.1.1", "1.2.3.4/024");

    private static final List<String> LOG = Chromium.newLog();
    private static Page page;

    @BeforeAll
    static void open() {
        page = Chromium.page(LOG);
        page.navigate(TestSite.url("index.html"));
    }

    @AfterAll
    static void close() {
        page.close();
        assertEquals(List.of(), LOG, "page errors");
    }

    /**
     * Both bundles and the JS package say the version the pom builds ({@code gonet.version}, set
     * by the build from {@code project.version}); nothing in the sources repeats it.
     */
    @TestFactory
    Stream<DynamicTest> versionComesFromThePom() {
        String want = System.getProperty("gonet.version");
        return Stream.of("js", "wasm").map(bundle -> DynamicTest.dynamicTest(bundle + " bundle and package.json", () -> {
            Object got = page.evaluate("""
                    async (bundle) => {
                      const { load } = await import("/gonet/gonet.mjs");
                      const net = await load({ bundle });
                      const pkg = await (await fetch("/gonet/package.json")).json();
                      return net.version() + " " + pkg.version;
                    }""", bundle);
            assertEquals(want + " " + want, got, bundle);
        }));
    }

    /** What the JVM answers, in the same shape the page reports. */
    static Map<String, Object> jvm(String s) {
        IP ip = Net.parseIP(s);
        String cidr;
        try {
            CIDR c = Net.parseCIDR(s);
            cidr = c.ip() + " " + c.net();
        } catch (AddrException e) {
            cidr = "GonetError: " + e.getMessage();
        }
        String split;
        try {
            HostPort hp = Net.splitHostPort(s);
            split = hp.host() + "|" + hp.port();
        } catch (AddrException e) {
            split = "GonetError: " + e.getMessage();
        }
        return Map.of("parseIP", ip == null ? "null" : ip.toString(), "parseCIDR", cidr,
                "splitHostPort", split, "joinHostPort", Net.joinHostPort(s, "80"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> browser(String bundle, String s) {
        return (Map<String, Object>) page.evaluate("""
                async ([bundle, s]) => {
                  const { load } = await import("/gonet/gonet.mjs");
                  const net = await load({ bundle });
                  const attempt = (f) => { try { return f(); } catch (e) { return e.name + ": " + e.message; } };
                  const ip = net.parseIP(s);
                  return {
                    parseIP: ip === null ? "null" : ip,
                    parseCIDR: attempt(() => { const c = net.parseCIDR(s); return c.ip + " " + c.net; }),
                    splitHostPort: attempt(() => { const h = net.splitHostPort(s); return h.host + "|" + h.port; }),
                    joinHostPort: net.joinHostPort(s, "80"),
                  };
                }""", List.of(bundle, s));
    }

    @TestFactory
    Stream<DynamicTest> sameAnswersAsTheJvm() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String bundle : List.of("js", "wasm")) {
            for (String s : INPUTS) {
                tests.add(DynamicTest.dynamicTest(bundle + " " + s, () ->
                        assertEquals(jvm(s), browser(bundle, s), bundle + " bundle, input \"" + s + "\"")));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> masksContainsAndPlatform() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String bundle : List.of("js", "wasm")) {
            tests.add(DynamicTest.dynamicTest(bundle + " cidrMask", () -> {
                Object got = page.evaluate("""
                        async (bundle) => {
                          const net = await (await import("/gonet/gonet.mjs")).load({ bundle });
                          return [net.cidrMask(20, 32), net.cidrMask(64, 128), String(net.cidrMask(33, 32))];
                        }""", bundle);
                IPMask a = Net.CIDRMask(20, 32);
                IPMask b = Net.CIDRMask(64, 128);
                assertEquals(List.of(a.toString(), b.toString(), "null"), got);
            }));
            tests.add(DynamicTest.dynamicTest(bundle + " cidrContains", () -> {
                Object got = page.evaluate("""
                        async (bundle) => {
                          const net = await (await import("/gonet/gonet.mjs")).load({ bundle });
                          let bad;
                          try { net.cidrContains("10.0.0.0/33", "10.1.1.1"); } catch (e) { bad = e.name + ": " + e.message; }
                          return [net.cidrContains("10.0.0.0/8", "10.1.2.3"), net.cidrContains("10.0.0.0/8", "11.0.0.1"), bad];
                        }""", bundle);
                assertEquals(List.of(true, false, "GonetError: invalid CIDR address: 10.0.0.0/33"), got);
            }));
            tests.add(DynamicTest.dynamicTest(bundle + " platform and bad arguments", () -> {
                Object got = page.evaluate("""
                        async (bundle) => {
                          const net = await (await import("/gonet/gonet.mjs")).load({ bundle });
                          let typeErr;
                          try { net.parseIP(42); } catch (e) { typeErr = e.name; }
                          return [net.platform(), net.bundle, typeErr];
                        }""", bundle);
                assertEquals(List.of("browser", bundle, "TypeError"), got);
            }));
        }
        return tests.stream();
    }
}
