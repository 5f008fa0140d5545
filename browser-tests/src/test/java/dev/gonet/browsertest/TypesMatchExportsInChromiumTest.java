package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code gonet.d.ts} and {@code gonet.global.d.ts} (as built) declare exactly what the page gets,
 * in both bundles: the module's runtime exports, the members of the object {@code load()}
 * resolves with, the members of every gonet object a call returns (a Conn, a response, the
 * capabilities, ...), a GonetError's fields, and the classic script's global. The declarations
 * are read by {@code src/test/node/dts-members.cjs} with the TypeScript compiler API; a member
 * declared but missing, or present but undeclared, fails. Optional members may be absent.
 */
class TypesMatchExportsInChromiumTest {
    private static final List<String> LOG = Chromium.newLog();
    private static Page page;
    private static Map<String, Object> declared;

    /**
     * One sample call for every API member whose declared result is a gonet object type, by
     * member name; the page evaluates it with {@code net} loaded. A member that returns such a
     * type without a sample here fails {@link #everyObjectReturningCallHasASample}.
     */
    private static final String SAMPLES = """
            ({
              parseCIDR: (net) => net.parseCIDR("10.1.2.3/8"),
              splitHostPort: (net) => net.splitHostPort("[::1]:80"),
              capabilities: (net) => net.capabilities(),
              resolver: (net) => net.resolver(),
              ipInfo: (net) => net.ipInfo("10.1.2.3"),
              cidrHosts: (net) => net.cidrHosts("10.0.0.0/24"),
              dial: (net) => net.dial("ws", "ws://" + location.host + "/ws/echo", { timeoutMs: 5000 }),
              request: (net) => net.request({ url: location.origin + "/api/text?s=x" }),
              get: (net) => net.get(location.origin + "/api/text?s=x"),
              post: (net) => net.post(location.origin + "/api/echo", "text/plain", "x"),
            })""";

    /** Every name an object answers to: own properties, then its prototypes' (not Object's). */
    private static final String NAMES = """
            (o) => {
              const out = new Set();
              for (let p = o; p !== null && p !== Object.prototype && p !== Function.prototype && p !== Error.prototype;
                   p = Object.getPrototypeOf(p)) {
                for (const k of Object.getOwnPropertyNames(p)) if (k !== "constructor") out.add(k);
              }
              return [...out].sort();
            }""";

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void open() {
        NodePackage.Run r = NodePackage.run(NodePackage.repoRoot(),
                Map.of("NODE_PATH", NodePackage.typescript().toString()), Duration.ofMinutes(2),
                "node", NodePackage.script("dts-members.cjs").toString(), NodePackage.bundleDir().toString());
        assertEquals(0, r.exit(), "dts-members.cjs " + NodePackage.bundleDir() + ":\n" + r.out());
        page = Chromium.page(LOG);
        page.navigate(TestSite.url("pkg/global.html"));
        declared = (Map<String, Object>) page.evaluate("s => JSON.parse(s)", r.out());
    }

    @AfterAll
    static void close() {
        if (page != null) {
            page.close();
        }
        assertEquals(List.of(), Chromium.unexpected(LOG), "page errors");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String... keys) {
        Object v = o;
        for (String k : keys) {
            v = ((Map<String, Object>) v).get(k);
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static void assertSameMembers(String what, Map<String, Object> declaredMembers, Object actual) {
        TreeSet<String> got = new TreeSet<>((List<String>) actual);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(declaredMembers).entrySet()) {
            boolean optional = Boolean.TRUE.equals(((Map<String, Object>) e.getValue()).get("optional"));
            if (!optional && !got.contains(e.getKey())) {
                missing.add(e.getKey());
            }
        }
        List<String> undeclared = got.stream().filter(k -> !declaredMembers.containsKey(k)).toList();
        assertTrue(missing.isEmpty() && undeclared.isEmpty(), what + ": declared but missing " + missing
                + ", present but undeclared " + undeclared + " (declared " + new TreeSet<>(declaredMembers.keySet())
                + ", got " + got + ")");
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> moduleExports() {
        return Stream.of(DynamicTest.dynamicTest("gonet.mjs exports = gonet.d.ts value exports", () -> {
            Object got = page.evaluate("async () => Object.keys(await import('/gonet/gonet.mjs')).sort()");
            List<String> want = new ArrayList<>((List<String>) map(declared, "module").get("values"));
            want.sort(null);
            assertEquals(want, got, "runtime exports (the d.ts also declares the types "
                    + map(declared, "module").get("types") + ")");
        }));
    }

    @TestFactory
    Stream<DynamicTest> apiMembers() {
        return Stream.of("js", "wasm").map(bundle -> DynamicTest.dynamicTest(bundle + ": load() result = interface Gonet", () -> {
            Object got = page.evaluate("async ([bundle, names]) => (0, eval)(names)(await (await import('/gonet/gonet.mjs')).load({ bundle }))",
                    List.of(bundle, NAMES));
            assertSameMembers(bundle + " bundle, interface Gonet", map(declared, "objects", "Gonet"), got);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyObjectReturningCallHasASample() {
        return Stream.of(DynamicTest.dynamicTest("samples", () -> {
            Map<String, Object> api = map(declared, "api");
            Object sampled = page.evaluate("s => Object.keys((0, eval)(s))", SAMPLES);
            List<String> need = api.entrySet().stream().filter(e -> map(e.getValue()).get("returns") != null)
                    .map(Map.Entry::getKey).sorted().toList();
            List<String> lacking = need.stream().filter(k -> !((List<?>) sampled).contains(k)).toList();
            assertEquals(List.of(), lacking, "API members that return a gonet object type (" + need
                    + ") need a sample call in SAMPLES");
        }));
    }

    private static Map<String, Object> map(Object o) {
        return map(o, new String[0]);
    }

    @TestFactory
    Stream<DynamicTest> returnedObjects() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String bundle : List.of("js", "wasm")) {
            for (Map.Entry<String, Object> e : map(declared, "api").entrySet()) {
                Map<String, Object> returns = map(e.getValue()).get("returns") == null ? null : map(e.getValue(), "returns");
                if (returns == null) {
                    continue;
                }
                String call = e.getKey();
                tests.add(DynamicTest.dynamicTest(bundle + ": " + call + "() result = " + map(e.getValue()).get("returnsType"), () -> {
                    Object got = page.evaluate("""
                            async ([bundle, call, samples, names]) => {
                              const net = await (await import('/gonet/gonet.mjs')).load({ bundle });
                              const sample = (0, eval)(samples)[call];
                              if (!sample) return ["(no sample for " + call + ")"];
                              const v = await sample(net);
                              const out = (0, eval)(names)(v);
                              if (typeof v.close === "function") v.close();
                              if (typeof v.cancel === "function") v.cancel();
                              return out;
                            }""", List.of(bundle, call, SAMPLES, NAMES));
                    assertSameMembers(bundle + " bundle, " + call + "() -> " + map(e.getValue()).get("returnsType"), returns, got);
                }));
            }
        }
        return tests.stream();
    }

    /** The fields a GonetError has, whatever failed: own properties (not {@code stack}) = the class's declared ones. */
    @TestFactory
    Stream<DynamicTest> errorFields() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Object> cls = map(declared, "objects", "GonetError");
        Map<String, Object> own = new java.util.TreeMap<>();
        cls.forEach((k, v) -> {
            if (Boolean.TRUE.equals(map(v).get("own")) || k.equals("message")) {
                own.put(k, v);
            }
        });
        Map<String, String> failures = Map.of(
                "parseCIDR", "net.parseCIDR('10.0.0.0/33')",
                "dial", "net.dial('ws', 'ws://' + location.host + '/no-such-socket', { timeoutMs: 5000 })",
                "lookupHost", "(net.setResolver({ endpoints: [location.origin + '/dns-query'] }), net.lookupHost('nope.gonet.test'))",
                "get", "net.get(location.origin + '/api/hang?ms=3000', { timeoutMs: 100 })");
        for (String bundle : List.of("js", "wasm")) {
            for (Map.Entry<String, String> f : new java.util.TreeMap<>(failures).entrySet()) {
                tests.add(DynamicTest.dynamicTest(bundle + ": GonetError of " + f.getKey(), () -> {
                    Object got = page.evaluate("""
                            async ([bundle, expr]) => {
                              const m = await import('/gonet/gonet.mjs');
                              const net = await m.load({ bundle });
                              try {
                                await (0, eval)("(net) => " + expr)(net);
                              } catch (e) {
                                if (!(e instanceof m.GonetError)) return ["(not a GonetError: " + e + ")"];
                                return Object.getOwnPropertyNames(e).filter((k) => k !== "stack").sort();
                              } finally {
                                if (net.setResolver) net.setResolver(null);
                              }
                              return ["(did not fail)"];
                            }""", List.of(bundle, f.getValue()));
                    assertSameMembers(bundle + " bundle, GonetError of " + f.getKey() + " (own properties)", own, got);
                }));
            }
        }
        return tests.stream();
    }

    /** gonet.global.js on a page in another directory: {@code gonet} = the global declaration; load() is gonet.mjs's. */
    @TestFactory
    Stream<DynamicTest> classicScriptGlobal() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("globalThis.gonet = gonet.global.d.ts", () -> {
            assertTrue(declared.get("global") != null, "gonet.global.d.ts declares no global gonet");
            page.waitForFunction("() => document.getElementById('status').textContent !== 'loading…'");
            assertEquals("gonet " + System.getProperty("gonet.version") + ": 192.0.2.1",
                    page.textContent("#status"), "the page's own use of the global");
            Object got = page.evaluate("names => (0, eval)(names)(globalThis.gonet)", NAMES);
            assertSameMembers("globalThis.gonet", map(declared, "global", "members"), got);
        }));
        for (String bundle : List.of("js", "wasm")) {
            tests.add(DynamicTest.dynamicTest(bundle + ": gonet.load() is the module's load()", () -> {
                Object got = page.evaluate("""
                        async (bundle) => {
                          const viaGlobal = await gonet.load({ bundle });
                          const m = await import('/gonet/gonet.mjs');
                          const viaModule = await m.load({ bundle });
                          let err;
                          try { viaGlobal.splitHostPort("1.2.3.4"); } catch (e) { err = e; }
                          return [viaGlobal === viaModule, viaGlobal.bundle, gonet.GonetError === m.GonetError,
                                  err instanceof gonet.GonetError, ({}) instanceof gonet.GonetError];
                        }""", bundle);
                assertEquals(List.of(true, bundle, true, true, false), got);
            }));
        }
        return tests.stream();
    }
}
