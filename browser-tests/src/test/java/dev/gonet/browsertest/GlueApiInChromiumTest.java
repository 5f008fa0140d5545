package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.IPNet;
import dev.gonet.Net;
import java.math.BigInteger;
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
        assertEquals(List.of(), Chromium.unexpected(LOG), "page errors");
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
            cidr = "AddrException: " + e.getMessage();
        }
        String split;
        try {
            HostPort hp = Net.splitHostPort(s);
            split = hp.host() + "|" + hp.port();
        } catch (AddrException e) {
            split = "AddrException: " + e.getMessage();
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
                assertEquals(List.of(true, false, "AddrException: invalid CIDR address: 10.0.0.0/33"), got);
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

    // ---- IP helpers, against net-api on the JVM ----

    private static final List<String> IPS = List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "172.32.0.1",
            "192.168.1.1", "8.8.8.8", "0.0.0.0", "224.0.0.1", "169.254.1.1", "255.255.255.255", "::1", "::",
            "fe80::1", "fc00::1", "fd12:3456::1", "2001:db8::1", "2606:4700::1111", "ff02::1", "::ffff:10.0.0.1",
            "::ffff:8.8.8.8", "not-an-ip", "1.2.3", "");

    /** {@code ipContains(cidr, ip)}. */
    record Contains(String cidr, String ip) {
    }

    private static final List<Contains> CONTAINS = List.of(new Contains("10.0.0.0/8", "10.255.0.1"),
            new Contains("10.0.0.0/8", "11.0.0.1"), new Contains("10.0.0.0/8", "::ffff:10.0.0.1"),
            new Contains("2001:db8::/32", "2001:db8:1::1"), new Contains("2001:db8::/32", "2001:db9::1"),
            new Contains("::ffff:0:0/96", "1.2.3.4"), new Contains("0.0.0.0/0", "255.1.1.1"),
            new Contains("192.168.1.77/24", "192.168.1.1"), new Contains("10.0.0.0/33", "10.0.0.1"),
            new Contains("10.0.0.0/8", "x"));

    /** {@code ipMask(ip, mask)}: {@code mask} as JS gets it (a number or a string), {@code java} the same mask in Java, null when refused. */
    record MaskCase(String ip, Object mask, IPMask java) {
    }

    private static final List<MaskCase> MASKS = List.of(
            new MaskCase("192.168.1.77", 24, Net.CIDRMask(24, 32)),
            new MaskCase("192.168.1.77", "20", Net.CIDRMask(20, 32)),
            new MaskCase("192.168.1.77", 0, Net.CIDRMask(0, 32)),
            new MaskCase("192.168.1.77", "ffffff00", Net.IPv4Mask(255, 255, 255, 0)),
            new MaskCase("192.168.1.77", "255.255.240.0", Net.IPv4Mask(255, 255, 240, 0)),
            new MaskCase("192.168.1.77", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00", Net.CIDRMask(120, 128)),
            new MaskCase("::ffff:192.168.1.77", 16, Net.CIDRMask(16, 32)),
            new MaskCase("2001:db8:1:2::1", 32, Net.CIDRMask(32, 128)),
            new MaskCase("2001:db8:1:2::1", "ffff:ffff:ffff::", Net.CIDRMask(48, 128)),
            new MaskCase("2001:db8:1:2::1", "ffffffffffffffff0000000000000000", Net.CIDRMask(64, 128)),
            new MaskCase("2001:db8::1", "255.255.255.0", Net.IPv4Mask(255, 255, 255, 0)),
            new MaskCase("192.168.1.77", "ff00ff00", Net.IPv4Mask(255, 0, 255, 0)),
            new MaskCase("1.2.3.4", 33, null),
            new MaskCase("1.2.3.4", "zz", null),
            new MaskCase("1.2.3.4", "ffffff0g", null),
            new MaskCase("x", 8, null));

    private static final List<String> CIDRS = List.of("192.168.1.0/24", "10.1.2.3/8", "192.168.1.5/31",
            "192.168.1.5/32", "192.168.1.5/30", "0.0.0.0/0", "2001:db8::/32", "fe80::1/64", "2001:db8::1/128",
            "::/0", "::ffff:1.2.3.0/120", "1.2.3.4/33", "nope");

    /** The page's answers for every table, per bundle, asked once. */
    private static final Map<String, Map<String, Object>> HELPERS = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    private static synchronized Map<String, Object> helpers(String bundle) {
        return HELPERS.computeIfAbsent(bundle, b -> (Map<String, Object>) page.evaluate("""
                async ([bundle, ips, contains, masks, cidrs]) => {
                  const net = await (await import("/gonet/gonet.mjs")).load({ bundle });
                  const attempt = (f) => { try { return f(); } catch (e) { return e.name + ": " + e.message; } };
                  return {
                    info: ips.map((ip) => attempt(() => {
                      const i = net.ipInfo(ip);
                      const same = net.ipIsPrivate(ip) === i.isPrivate && net.ipIsLoopback(ip) === i.isLoopback
                          && net.ipIsGlobalUnicast(ip) === i.isGlobalUnicast;
                      return { ...i, shorthandsAgree: same };
                    })),
                    shorthandErrors: ips.filter((ip) => net.parseIP(ip) === null).map((ip) =>
                        [attempt(() => net.ipIsPrivate(ip)), attempt(() => net.ipIsLoopback(ip)), attempt(() => net.ipIsGlobalUnicast(ip))]),
                    contains: contains.map(([cidr, ip]) => attempt(() => [net.ipContains(cidr, ip), net.cidrContains(cidr, ip)])),
                    masks: masks.map(([ip, mask]) => attempt(() => String(net.ipMask(ip, mask)))),
                    hosts: cidrs.map((c) => attempt(() => net.cidrHosts(c))),
                    typeErrors: [() => net.ipInfo(1), () => net.ipMask("1.2.3.4", -1), () => net.ipMask("1.2.3.4", 1.5),
                        () => net.ipMask("1.2.3.4", null), () => net.ipContains("10.0.0.0/8"), () => net.cidrHosts(null)]
                        .map((f) => attempt(f).split(":")[0]),
                  };
                }""", List.of(b, IPS, CONTAINS.stream().map(c -> List.of(c.cidr(), c.ip())).toList(),
                MASKS.stream().map(m -> List.of(m.ip(), m.mask())).toList(), CIDRS)));
    }

    static Object jvmInfo(String s) {
        IP ip = Net.parseIP(s);
        if (ip == null) {
            return "AddrException: invalid IP address: " + s;
        }
        return Map.of("ip", ip.toString(), "version", ip.to4() != null ? 4 : 6, "isLoopback", ip.isLoopback(),
                "isPrivate", ip.isPrivate(), "isGlobalUnicast", ip.isGlobalUnicast(),
                "isLinkLocalUnicast", ip.isLinkLocalUnicast(), "isMulticast", ip.isMulticast(),
                "isUnspecified", ip.isUnspecified(), "shorthandsAgree", true);
    }

    static Object jvmContains(Contains c) {
        IP ip = Net.parseIP(c.ip());
        try {
            IPNet n = Net.parseCIDR(c.cidr()).net();
            if (ip == null) {
                return "AddrException: invalid IP address: " + c.ip();
            }
            return List.of(n.contains(ip), n.contains(ip));
        } catch (AddrException e) {
            return "AddrException: " + e.getMessage();
        }
    }

    static Object jvmMask(MaskCase m) {
        IP ip = Net.parseIP(m.ip());
        if (ip == null) {
            return "AddrException: invalid IP address: " + m.ip();
        }
        if (m.java() == null) {
            return "AddrException: invalid IP mask: " + m.mask();
        }
        return String.valueOf(ip.mask(m.java()));
    }

    /** The host range of a CIDR, computed with BigInteger (not the glue's code). */
    static Object jvmHosts(String cidr) {
        IPNet n;
        try {
            n = Net.parseCIDR(cidr).net();
        } catch (AddrException e) {
            return "AddrException: " + e.getMessage();
        }
        int ones = n.mask().size().ones();
        int bits = n.mask().size().bits();
        byte[] raw = n.ip().bytes();
        byte[] ipBytes = bits == 32 ? n.ip().to4().bytes() : raw;
        BigInteger base = new BigInteger(1, ipBytes);
        BigInteger size = BigInteger.ONE.shiftLeft(bits - ones);
        BigInteger first = base;
        BigInteger last = base.add(size).subtract(BigInteger.ONE);
        BigInteger count = size;
        if (bits == 32 && ones <= 30) {
            first = first.add(BigInteger.ONE);
            last = last.subtract(BigInteger.ONE);
            count = count.subtract(BigInteger.TWO);
        }
        return Map.of("network", n.toString(), "mask", n.mask().toString(), "ones", ones, "bits", bits,
                "first", text(first, bits / 8), "last", text(last, bits / 8), "count", count.toString());
    }

    private static String text(BigInteger v, int len) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[len];
        int n = Math.min(b.length, len);
        System.arraycopy(b, b.length - n, out, len - n, n);
        return IP.of(out).toString();
    }

    @TestFactory
    Stream<DynamicTest> ipHelpersGiveTheJvmAnswers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String bundle : List.of("js", "wasm")) {
            for (int i = 0; i < IPS.size(); i++) {
                int k = i;
                tests.add(DynamicTest.dynamicTest(bundle + " ipInfo " + IPS.get(k), () -> assertEquals(jvmInfo(IPS.get(k)),
                        ((List<?>) helpers(bundle).get("info")).get(k), bundle + " ipInfo(\"" + IPS.get(k) + "\")")));
            }
            tests.add(DynamicTest.dynamicTest(bundle + " ipIs* on non-IPs", () -> {
                List<Object> want = new ArrayList<>();
                for (String s : IPS) {
                    if (Net.parseIP(s) == null) {
                        String e = "AddrException: invalid IP address: " + s;
                        want.add(List.of(e, e, e));
                    }
                }
                assertEquals(want, helpers(bundle).get("shorthandErrors"));
            }));
            for (int i = 0; i < CONTAINS.size(); i++) {
                int k = i;
                tests.add(DynamicTest.dynamicTest(bundle + " " + CONTAINS.get(k), () -> assertEquals(
                        jvmContains(CONTAINS.get(k)), ((List<?>) helpers(bundle).get("contains")).get(k), bundle + " " + CONTAINS.get(k))));
            }
            for (int i = 0; i < MASKS.size(); i++) {
                int k = i;
                tests.add(DynamicTest.dynamicTest(bundle + " " + MASKS.get(k), () -> assertEquals(
                        jvmMask(MASKS.get(k)), ((List<?>) helpers(bundle).get("masks")).get(k), bundle + " " + MASKS.get(k))));
            }
            for (int i = 0; i < CIDRS.size(); i++) {
                int k = i;
                tests.add(DynamicTest.dynamicTest(bundle + " cidrHosts " + CIDRS.get(k), () -> assertEquals(
                        jvmHosts(CIDRS.get(k)), ((List<?>) helpers(bundle).get("hosts")).get(k), bundle + " cidrHosts(\"" + CIDRS.get(k) + "\")")));
            }
            tests.add(DynamicTest.dynamicTest(bundle + " TypeErrors", () -> assertEquals(
                    java.util.Collections.nCopies(6, "TypeError"), helpers(bundle).get("typeErrors"))));
        }
        return tests.stream();
    }

    /** A few rows written out, so the BigInteger oracle is checked too. */
    @org.junit.jupiter.api.Test
    void hostRangesByHand() {
        assertEquals(Map.of("network", "192.168.1.0/24", "mask", "ffffff00", "ones", 24, "bits", 32,
                "first", "192.168.1.1", "last", "192.168.1.254", "count", "254"), jvmHosts("192.168.1.0/24"));
        assertEquals(Map.of("network", "192.168.1.4/31", "mask", "fffffffe", "ones", 31, "bits", 32,
                "first", "192.168.1.4", "last", "192.168.1.5", "count", "2"), jvmHosts("192.168.1.5/31"));
        assertEquals(Map.of("network", "2001:db8::/32", "mask", "ffffffff000000000000000000000000", "ones", 32,
                "bits", 128, "first", "2001:db8::", "last", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
                "count", "79228162514264337593543950336"), jvmHosts("2001:db8::/32"));
    }

    // ---- capabilities and error fields ----

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> capabilitiesAndErrorFields() {
        return Stream.of("js", "wasm").map(bundle -> DynamicTest.dynamicTest(bundle, () -> {
            Map<String, Object> out = (Map<String, Object>) page.evaluate("""
                    async ([bundle, closed]) => {
                      const { load, GonetError } = await import("/gonet/gonet.mjs");
                      const net = await load({ bundle });
                      const fields = (e) => ({ gonet: e instanceof GonetError, name: e.name, message: e.message, op: e.op,
                          net: e.net, addr: e.addr, timeout: e.timeout, notFound: e.notFound, code: e.code, reason: e.reason,
                          canceled: e.canceled });
                      const out = { before: net.capabilities(), webSocketStream: typeof WebSocketStream === "function" };
                      net.setRelay("ws://" + location.host + "/ws/relay");
                      out.relay = net.capabilities().relay;
                      net.setRelay(null);
                      try { net.splitHostPort("1.2.3.4"); } catch (e) { out.badAddress = fields(e); }
                      try { await net.dial("ws", "ws://" + closed + "/"); } catch (e) { out.refusedDial = fields(e); }
                      out.frozen = Object.isFrozen(out.before);
                      return out;
                    }""", List.of(bundle, TestSite.closed()));
            Map<String, Object> before = (Map<String, Object>) out.get("before");
            Map<String, Object> want = new java.util.HashMap<>(Map.of("bundle", bundle, "wasmGC", true, "webSocket", true,
                    "webSocketStream", out.get("webSocketStream"), "fetch", true, "fetchUploadStreaming", true,
                    "crossOriginIsolated", false));
            want.put("relay", null);
            assertEquals(want, before, bundle + " capabilities()");
            assertEquals(TestSite.url("").replace("http://", "ws://") + "ws/relay", out.get("relay"));
            assertEquals(true, out.get("frozen"));

            Map<String, Object> bad = new java.util.HashMap<>(Map.of("gonet", true, "name", "AddrException",
                    "message", "address 1.2.3.4: missing port in address", "addr", "1.2.3.4", "timeout", false,
                    "notFound", false, "code", -1, "canceled", false));
            bad.put("op", null);
            bad.put("net", null);
            bad.put("reason", null);
            assertEquals(bad, out.get("badAddress"), bundle + " splitHostPort error");

            Map<String, Object> refused = (Map<String, Object>) out.get("refusedDial");
            assertEquals(java.util.Arrays.asList(true, "NetException", "dial", "ws", TestSite.closed(), false, false, false),
                    java.util.Arrays.asList(refused.get("gonet"), refused.get("name"), refused.get("op"), refused.get("net"),
                            refused.get("addr"), refused.get("timeout"), refused.get("notFound"), refused.get("canceled")),
                    bundle + " refused dial: " + refused);
            assertTrue(((String) refused.get("message")).startsWith("dial ws " + TestSite.closed() + ": "), String.valueOf(refused));
        }));
    }
}
