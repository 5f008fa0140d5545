package dev.gonet.browsertest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo pages as a person uses them, in real Chromium, on both bundles: every page is
 * loaded, each of its sections is clicked through and its visible result checked, the live
 * panel must have counted, nothing may be fetched from anywhere but the demo server, the page
 * may log no errors, and at phone size (375×667) nothing may be wider than the screen.
 *
 * <p>Screenshots: each page at desktop (1280×800) and phone size, full page, after its sections
 * ran, in {@code browser-tests/target/screenshots/PAGE-BUNDLE-desktop.png} and
 * {@code ...-phone.png}. Each test publishes their paths as JUnit report entries
 * ({@link TestReporter}: key {@code screenshot.desktop} / {@code screenshot.phone}) and prints
 * them as {@code [[ATTACHMENT|/abs/path.png]]} lines, which land in the test's system-out in the
 * surefire XML report ({@code target/surefire-reports/TEST-...DemoPageTest.xml}).
 */
class DemoPageTest {
    static final Path SHOTS = Path.of("target/screenshots").toAbsolutePath();
    static final List<String> PAGES = List.of("index", "ws", "tcp", "dns", "fetch", "ip", "bench");

    @BeforeAll
    static void setUp() throws IOException {
        Files.createDirectories(SHOTS);
        // the WASM-GC bundle's first load and Chromium on a busy 2-core machine take their time
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    static Stream<Arguments> pagesOnBothBundles() {
        return Stream.of("js", "wasm").flatMap(b -> PAGES.stream().map(p -> Arguments.of(p, b)));
    }

    static String file(String page) {
        return page.equals("index") ? "" : page + ".html";
    }

    /** The server as the page sees it, {@code 127.0.0.1:PORT}. */
    static String server() {
        return URI.create(TestSite.url("")).getAuthority();
    }

    @ParameterizedTest(name = "{0} page, {1} bundle")
    @MethodSource("pagesOnBothBundles")
    void pageWorks(String name, String bundle, TestReporter reporter) throws Exception {
        List<String> log = Chromium.newLog();
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        Page page = Chromium.page(log, 1280, 800);
        page.onRequest(r -> requests.add(r.url()));
        try {
            page.navigate(TestSite.url(file(name) + "?bundle=" + bundle));
            assertThat(page.locator("body")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#bundle-status")).containsText(bundle + " bundle ready");
            assertThat(page.locator("input[name=bundle][value=" + bundle + "]")).isChecked();
            assertThat(page.locator("nav a[aria-current=page]")).hasCount(1);
            switch (name) {
                case "index" -> index(page, bundle);
                case "ws" -> ws(page, bundle);
                case "tcp" -> tcp(page, bundle);
                case "dns" -> dns(page);
                case "fetch" -> fetch(page, bundle);
                case "ip" -> ip(page);
                case "bench" -> bench(page);
                default -> throw new AssertionError(name);
            }
            Path desktop = SHOTS.resolve(name + "-" + bundle + "-desktop.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(desktop).setFullPage(true));
            attach(reporter, "screenshot.desktop", desktop);

            page.setViewportSize(375, 667);
            if (name.equals("bench")) {
                // the charts are drawn for the width they have: wait for the redraw
                page.waitForFunction("() => [...document.querySelectorAll('svg.chart-svg')]"
                        + ".every((s) => Number(s.getAttribute('width')) <= innerWidth)");
            }
            Object widths = page.evaluate("() => [document.scrollingElement.scrollWidth, innerWidth]");
            List<?> w = (List<?>) widths;
            assertTrue(((Number) w.get(0)).intValue() <= ((Number) w.get(1)).intValue(),
                    name + " at 375×667 scrolls sideways: scrollWidth " + w.get(0) + " > innerWidth " + w.get(1));
            Path phone = SHOTS.resolve(name + "-" + bundle + "-phone.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(phone).setFullPage(true));
            attach(reporter, "screenshot.phone", phone);

            String origin = TestSite.url("");
            synchronized (requests) {
                for (String u : requests) {
                    assertTrue(u.startsWith(origin) || u.startsWith("data:"),
                            name + " fetched " + u + ", not from the demo server: the pages must work offline");
                }
            }
            // Only the TCP page provokes a console report on purpose (Chromium's own line for the
            // WebSocket the relay refuses); every other page must log nothing at all.
            assertEquals(List.of(), name.equals("tcp") ? Chromium.unexpected(log) : List.copyOf(log),
                    name + " page errors");
        } finally {
            page.close();
        }
    }

    static void attach(TestReporter reporter, String key, Path png) throws IOException {
        assertTrue(Files.size(png) > 1000, png + " is empty");
        reporter.publishEntry(key, png.toString());
        System.out.println("[[ATTACHMENT|" + png + "]]");
    }

    private static long stat(Page page, String name) {
        String v = page.locator("#live [data-stat=" + name + "]").getAttribute("data-value");
        return v == null || v.isEmpty() ? 0 : Math.round(Double.parseDouble(v));
    }

    /** The live panel's counters have moved: at least {@code min} of each named one. */
    private static void liveCounted(Page page, Map<String, Integer> min) {
        for (Map.Entry<String, Integer> e : min.entrySet()) {
            // counters may still be catching up with the last answer
            page.waitForFunction("([n, m]) => Number(document.querySelector(`#live [data-stat=\"${n}\"]`)"
                    + ".dataset.value || 0) >= m", List.of(e.getKey(), e.getValue()));
            assertTrue(stat(page, e.getKey()) >= e.getValue(), e.getKey() + " = " + stat(page, e.getKey()));
        }
        assertThat(page.locator("#live [data-stat=latency]")).not().hasText("–");
    }

    private static void index(Page page, String bundle) {
        assertThat(page.locator("form[data-op=parseIP] output")).hasText("192.0.2.1");
        assertThat(page.locator("form[data-op=wsEcho] output"))
                .hasText("echoed \"hello, WebSocket\" (ws browser->" + server() + ")");
        Locator split = page.locator("form[data-op=splitHostPort]");
        assertThat(split.locator("output")).hasText("host \"fe80::1%eth0\", port \"443\"");
        split.locator("input[name=a]").fill("1.2.3.4");
        split.locator("button").click();
        assertThat(split.locator("output")).hasText("AddrException: address 1.2.3.4: missing port in address");
        assertThat(split.locator("output")).hasClass(Pattern.compile("err"));

        Locator ip = page.locator("form[data-op=parseIP]");
        ip.locator("input[name=a]").fill("1.2..3");
        ip.locator("button").click();
        assertThat(ip.locator("output")).hasText("<nil> (not an IP address)");

        Locator ws = page.locator("form[data-op=wsEcho]");
        ws.locator("input[name=a]").fill("gr\u00fc\u00dfe from " + bundle);
        ws.locator("button").click();
        assertThat(ws.locator("output")).hasText("echoed \"gr\u00fc\u00dfe from " + bundle + "\" (ws browser->" + server() + ")");

        assertThat(page.locator("#caps [data-key=bundle] dd")).hasText(bundle);
        assertThat(page.locator("#caps [data-key=webSocket] dd")).hasText("yes");
        assertThat(page.locator("#caps [data-key=wasmGC] dd")).hasText("yes");
        assertThat(page.locator("#pages .cards a")).hasCount(PAGES.size() - 1);
        liveCounted(page, Map.of("sent", 1, "received", 1, "ops", 4, "errors", 1));
    }

    /** Types into a terminal and waits for the echo line. */
    private static void echoLine(Locator term, String text) {
        term.locator("input[name=line]").fill(text);
        term.locator("input[name=line]").press("Enter");
        assertThat(term.locator(".term-screen .line.in").filter(new Locator.FilterOptions().setHasText("< " + text)))
                .hasCount(1);
    }

    private static void ws(Page page, String bundle) {
        Locator term = page.locator("#ws-terminal");
        assertThat(term.locator(".term-state"))
                .hasText("connected: ws browser->" + server() + ", subprotocol gonet.echo.v1");
        echoLine(term, "gr\u00fc\u00dfe from " + bundle);
        // several lines in flight at once come back whole and in order
        for (String l : List.of("one", "two", "three")) {
            term.locator("input[name=line]").fill(l);
            term.locator("input[name=line]").press("Enter");
        }
        assertThat(term.locator(".term-screen .line.in")).hasText(new String[] {
            "< gr\u00fc\u00dfe from " + bundle, "< one", "< two", "< three"});
        assertTrue(Double.parseDouble(term.locator(".line.in").last().getAttribute("data-ms")) >= 0, "round trip");

        term.locator(".term-close").click();
        assertThat(term.locator(".term-state")).hasText("not connected");
        assertThat(term.locator(".term-screen .line.info").last()).hasText("* disconnected");
        term.locator(".term-connect").click();
        assertThat(term.locator(".term-state")).containsText("connected: ws browser->");
        echoLine(term, "again");
        liveCounted(page, Map.of("sent", 20, "received", 20, "ops", 6));
    }

    private static void tcp(Page page, String bundle) {
        String echo = TestSite.demoTcpEcho();
        assertThat(page.locator("#tcp-relay")).hasText("ws://" + server() + "/ws/relay");
        assertThat(page.locator("#tcp-echo-addr")).containsText(echo);
        Locator term = page.locator("#tcp-terminal");
        assertThat(term.locator("#tcp-target")).hasValue(echo);
        assertThat(term.locator(".term-state")).hasText("connected: tcp browser->" + echo);
        echoLine(term, "hello over TCP from " + bundle);
        echoLine(term, "\u00fcber das Relay");

        Locator denied = page.locator("#tcp-denied-form");
        denied.locator("input[name=target]").fill(TestSite.tcpDenied());
        denied.locator("button").click();
        assertThat(denied.locator("output")).hasClass(Pattern.compile("err"));
        assertThat(denied.locator("output")).containsText("NetException: dial tcp " + TestSite.tcpDenied());
        liveCounted(page, Map.of("sent", 10, "received", 10, "ops", 3, "errors", 1));
    }

    private static void dns(Page page) {
        assertThat(page.locator("#dns-resolver")).containsText("http://" + server() + "/dns-query");
        Locator answers = page.locator("#dns-answers li");
        Locator status = page.locator("#dns-status");
        assertThat(status).hasText(Pattern.compile("lookupHost\\(\"echo.gonet.test\"\\): 2 answers in .*"));
        assertThat(answers).hasText(new String[] {"127.0.0.1", "::1"});

        page.locator(".presets button[data-name=\"www.gonet.test\"]").click();
        assertThat(status).containsText("lookupCNAME(\"www.gonet.test\"): 1 answer");
        assertThat(answers).hasText(new String[] {"echo.gonet.test."});

        page.locator(".presets button[data-name=\"v6.gonet.test\"]").click();
        assertThat(status).containsText("lookupIP(\"ip6\", \"v6.gonet.test\"): 1 answer");
        assertThat(answers).hasText(new String[] {"::1"});

        Locator form = page.locator("#dns-form");
        form.locator("input[name=name]").fill("v4.gonet.test");
        form.locator("select[name=kind]").selectOption("ip4");
        form.locator("button").click();
        assertThat(status).containsText("lookupIP(\"ip4\", \"v4.gonet.test\"): 1 answer");
        assertThat(answers).hasText(new String[] {"127.0.0.1"});

        page.locator(".presets button[data-name=\"nope.gonet.test\"]").click();
        assertThat(status).hasClass(Pattern.compile("err"));
        assertThat(status).containsText("lookupHost(\"nope.gonet.test\"): NXDOMAIN: DNSException: lookup nope.gonet.test");
        assertThat(status).containsText("no such host (notFound)");
        assertThat(answers).hasCount(0);
        assertThat(page.locator("#dns-log tr")).hasCount(5);
        assertThat(page.locator("#dns-log tr.err")).hasCount(1);
        liveCounted(page, Map.of("received", 1, "ops", 4, "errors", 1));
    }

    private static void fetch(Page page, String bundle) {
        Locator form = page.locator("#fetch-form");
        Locator percent = page.locator("#fetch-percent");
        Locator status = page.locator("#fetch-status");
        // a quick one: 256 KiB in 16 chunks, 10 ms apart
        form.locator("select[name=bytes]").selectOption("262144");
        form.locator("select[name=chunk]").selectOption("16384");
        form.locator("select[name=delayMs]").selectOption("10");
        page.locator("#fetch-start").click();
        assertThat(percent).hasText("100%");
        assertThat(status).containsText("done: 256.0 KiB in");
        assertThat(status).hasClass(Pattern.compile("ok"));
        assertEquals(100, ((Number) page.evaluate("document.getElementById('fetch-progress').value")).intValue());

        // a slow one (1 MiB in 256 chunks, 100 ms apart: 25 s), canceled once it has started
        form.locator("select[name=bytes]").selectOption("1048576");
        form.locator("select[name=chunk]").selectOption("4096");
        form.locator("select[name=delayMs]").selectOption("100");
        page.locator("#fetch-start").click();
        page.waitForFunction("Number(document.getElementById('fetch-progress').dataset.bytes) >= 8192");
        assertThat(page.locator("#fetch-cancel")).isEnabled();
        page.locator("#fetch-cancel").click();
        assertThat(status).hasClass(Pattern.compile("err"));
        assertThat(status).containsText("canceled after");
        assertThat(status).containsText("(canceled)");
        String stopped = page.locator("#fetch-progress").getAttribute("data-bytes");
        page.waitForTimeout(700); // seven more chunks' worth: none may arrive
        assertEquals(stopped, page.locator("#fetch-progress").getAttribute("data-bytes"), "bytes after the cancel");
        int p = Integer.parseInt(percent.getAttribute("data-value"));
        assertTrue(p < 100, "canceled at " + p + "%");
        assertThat(page.locator("#fetch-start")).isEnabled();

        Locator post = page.locator("#post-form");
        String body = "gr\u00fc\u00dfe via POST, " + bundle + " bundle";
        post.locator("textarea").fill(body);
        post.locator("button").click();
        int n = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(page.locator("#post-status")).hasText("200 OK: the server read " + n
                + " bytes of text/plain; charset=utf-8 and sent them back");
        assertThat(page.locator("#post-body")).hasText(body);
        liveCounted(page, Map.of("sent", n, "received", 262144 + 8192 + n, "ops", 3, "errors", 1));
    }

    /** A form of the ip page: its output as the page loads, then after submitting {@code a} (and {@code b}). */
    private record FormCase(String op, String initially, String a, String b, String then) {
    }

    private static void submit(Locator form, String a, String b) {
        form.locator("input[name=a]").fill(a);
        if (b != null) {
            form.locator("input[name=b]").fill(b);
        }
        form.locator("button").click();
    }

    private static void fact(Locator form, String key, String value) {
        assertThat(form.locator("dl [data-key=\"" + key + "\"] dd")).hasText(value);
    }

    private static void ip(Page page) {
        Locator info = page.locator("form[data-op=ipInfo]");
        assertThat(info.locator("output")).hasText("parseIP: 192.0.2.1");
        fact(info, "version", "IPv4");
        fact(info, "global unicast", "yes");
        fact(info, "private", "no");
        submit(info, "10.1.2.3", null);
        fact(info, "private", "yes");
        submit(info, "fe80::1", null);
        assertThat(info.locator("output")).hasText("parseIP: fe80::1");
        fact(info, "version", "IPv6");
        fact(info, "link-local unicast", "yes");
        submit(info, "1.2..3", null);
        assertThat(info.locator("output")).hasText("parseIP: <nil>; AddrException: invalid IP address: 1.2..3");
        assertThat(info.locator("output")).hasClass(Pattern.compile("err"));

        Locator hosts = page.locator("form[data-op=cidrHosts]");
        assertThat(hosts.locator("output")).hasText("ip 192.168.10.77, net 192.168.10.64/26");
        fact(hosts, "network", "192.168.10.64/26");
        fact(hosts, "mask", "ffffffc0");
        fact(hosts, "prefix", "/26 of 32 bits");
        fact(hosts, "first", "192.168.10.65");
        fact(hosts, "last", "192.168.10.126");
        fact(hosts, "addresses", "62");
        submit(hosts, "2001:db8::/32", null);
        fact(hosts, "first", "2001:db8::");
        fact(hosts, "last", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff");
        fact(hosts, "addresses", "79228162514264337593543950336"); // 2^96: past 2^53, as text
        submit(hosts, "10.0.0.0/33", null);
        assertThat(hosts.locator("output")).hasText("AddrException: invalid CIDR address: 10.0.0.0/33");

        for (FormCase f : List.of(
                new FormCase("ipContains", "10.0.0.0/8 contains 10.1.2.3",
                        "10.0.0.0/8", "11.0.0.1", "10.0.0.0/8 does not contain 11.0.0.1"),
                new FormCase("ipMask", "2001:db8:abcd:12::1 masked with 48: 2001:db8:abcd::",
                        "192.168.1.77", "255.255.255.0", "192.168.1.77 masked with 255.255.255.0: 192.168.1.0"),
                new FormCase("splitHostPort", "host \"fe80::1%eth0\", port \"443\"",
                        "1.2.3.4", null, "AddrException: address 1.2.3.4: missing port in address"),
                new FormCase("joinHostPort", "[::1]:8080", "example.com", "443", "example.com:443"))) {
            Locator form = page.locator("form[data-op=" + f.op() + "]");
            assertThat(form.locator("output")).hasText(f.initially());
            submit(form, f.a(), f.b());
            assertThat(form.locator("output")).hasText(f.then());
        }
        liveCounted(page, Map.of("ops", 10, "errors", 3));
    }

    /** The charts against docs/benchmarks.json as the repository has it: one figure, bar and label for each number. */
    private static void bench(Page page) throws IOException {
        String json = Files.readString(Path.of("../docs/benchmarks.json"));
        Object problems = page.evaluate("""
                (text) => {
                  const doc = JSON.parse(text);
                  const out = [];
                  const figs = document.querySelectorAll("figure.chart");
                  if (figs.length !== doc.charts.length) out.push(`${figs.length} charts, want ${doc.charts.length}`);
                  for (const c of doc.charts) {
                    const fig = document.querySelector(`figure[data-chart="${c.id}"]`);
                    if (!fig) { out.push(`no chart ${c.id}`); continue; }
                    const bars = [...fig.querySelectorAll("svg rect.bar")].map((r) => Number(r.dataset.value));
                    const want = c.rows.flatMap((r) => r.values);
                    if (JSON.stringify(bars) !== JSON.stringify(want)) out.push(`${c.id}: bars ${bars}, want ${want}`);
                    const labels = [...fig.querySelectorAll("svg text.label")].map((t) => t.textContent);
                    if (labels.length !== c.rows.length) out.push(`${c.id}: ${labels.length} labels, want ${c.rows.length}`);
                    c.rows.forEach((r, i) => {
                      if (labels[i] !== undefined && !r.label.startsWith(labels[i])) out.push(`${c.id}: label ${labels[i]} for ${r.label}`);
                    });
                    const widths = [...fig.querySelectorAll("svg rect.bar")].map((r) => Number(r.getAttribute("width")));
                    if (widths.some((w) => !(w > 0))) out.push(`${c.id}: a bar without width`);
                    if (!fig.querySelector("figcaption").textContent.includes(c.title)) out.push(`${c.id}: caption`);
                  }
                  return out;
                }""", json);
        assertEquals(List.of(), problems);
        assertThat(page.locator("#bench-status")).containsText(" charts from docs/benchmarks.md");
        // the largest bar of a linear chart is the largest number
        Object ratio = page.evaluate("""
                () => {
                  const bars = [...document.querySelectorAll('figure[data-chart="tcp-throughput"] rect.bar')];
                  const big = bars.reduce((a, b) => Number(a.dataset.value) > Number(b.dataset.value) ? a : b);
                  const widest = bars.reduce((a, b) => Number(a.getAttribute("width")) > Number(b.getAttribute("width")) ? a : b);
                  return big === widest;
                }""");
        assertEquals(true, ratio);
        liveCounted(page, Map.of("received", 1000, "ops", 1));
    }

    /** The switch remembers the choice: across the navigation's links and on pages opened without ?bundle=. */
    @Test
    void bundleChoiceIsRememberedAcrossPages() {
        List<String> log = Chromium.newLog();
        Page page = Chromium.page(log);
        try {
            page.navigate(TestSite.url("ws.html"));
            assertThat(page.locator("#bundle-status")).containsText("js bundle ready");
            page.locator("input[name=bundle][value=wasm]").check();
            assertThat(page.locator("#bundle-status")).containsText("wasm bundle ready");
            assertTrue(page.url().endsWith("ws.html?bundle=wasm"), page.url());
            page.locator("nav a", new Page.LocatorOptions().setHasText("DNS")).click();
            assertThat(page.locator("body")).hasAttribute("data-ready", "true");
            assertTrue(page.url().endsWith("dns.html?bundle=wasm"), page.url());
            assertThat(page.locator("#bundle-status")).containsText("wasm bundle ready");
            page.navigate(TestSite.url("ip.html"));
            assertThat(page.locator("#bundle-status")).containsText("wasm bundle ready");
            assertThat(page.locator("input[name=bundle][value=wasm]")).isChecked();
            page.locator("input[name=bundle][value=js]").check();
            assertThat(page.locator("#bundle-status")).containsText("js bundle ready");
            page.navigate(TestSite.url(""));
            assertThat(page.locator("#bundle-status")).containsText("js bundle ready");
            for (Locator a : page.locator("nav a").all()) {
                assertTrue(a.getAttribute("href").endsWith("?bundle=js"), a.getAttribute("href"));
            }
            assertEquals(List.of(), Chromium.unexpected(log), "page errors");
        } finally {
            page.close();
        }
    }

    /** Every page the index links to is one this test covers, and each links back to all. */
    @Test
    void navigationReachesEveryPage() {
        List<String> log = Chromium.newLog();
        Page page = Chromium.page(log);
        try {
            page.navigate(TestSite.url("?bundle=js"));
            assertThat(page.locator("body")).hasAttribute("data-ready", "true");
            List<String> hrefs = new ArrayList<>();
            for (Locator a : page.locator("nav a").all()) {
                hrefs.add(a.getAttribute("href").replaceAll("\\?bundle=js$", ""));
            }
            assertEquals(PAGES.stream().map(p -> "/" + file(p)).toList(), hrefs);
            assertEquals(List.of(), Chromium.unexpected(log), "page errors");
        } finally {
            page.close();
        }
    }
}
