package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JavaScript samples of the docs, run as written: each of {@code docs-samples/*.mjs} (test
 * pages, served by the demo server) holds one sample verbatim, which docs' DocsSamplesTest
 * checks, followed by code that exports what the sample's comments claim. Each module is
 * imported by a fresh page; Java asserts its {@code checks}, what it logged, and that the page
 * reported no errors.
 */
class DocsSamplesInChromiumTest {

    /** Imports {@code module} in a fresh page; its {@code checks}, and its console.log lines into {@code logged}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(String module, List<String> logged) {
        List<String> log = Chromium.newLog();
        Page page = Chromium.page(log);
        page.onConsoleMessage(m -> {
            if (m.type().equals("log")) {
                logged.add(m.text());
            }
        });
        try {
            page.navigate(TestSite.url("index.html"));
            Map<String, Object> checks = (Map<String, Object>) page.evaluate(
                    "async (m) => (await import(m)).checks", "/docs-samples/" + module);
            assertEquals(List.of(), Chromium.unexpected(log), module + ": page errors");
            return checks;
        } finally {
            page.close();
        }
    }

    private static String hostPort() {
        URI u = URI.create(TestSite.url(""));
        return u.getHost() + ":" + u.getPort();
    }

    @Test
    void readme() {
        Map<String, Object> c = run("readme.mjs", Collections.synchronizedList(new ArrayList<>()));
        assertEquals("wasm", c.get("bundle"));
        assertEquals("192.0.2.1", c.get("parseIP"));
        assertEquals(Map.of("host", "::1", "port", "8080"), c.get("splitHostPort"));
        assertEquals(Map.of("gonetError", true, "message", "address 1.2.3.4: missing port in address"), c.get("missingPort"));
        assertEquals("hello", c.get("echoed"));
        assertEquals(true, c.get("timeout"), "read() after the deadline rejects with e.timeout === true");
    }

    @Test
    void gettingStarted() {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Map<String, Object> c = run("getting-started.mjs", logged);
        assertEquals("wasm", c.get("bundle"));
        assertEquals("hello", c.get("echoed"));
        assertEquals(List.of("127.0.0.1", "::1"), c.get("addrs"));
        assertEquals(List.of("http://" + hostPort() + "/dns-query"), c.get("resolver"), "a relative endpoint is the page's");
        assertEquals(List.of("200 hi", "AddrException address 1.2.3.4: missing port in address"), logged);
    }

    @SuppressWarnings("unchecked")
    @Test
    void websocketBrowser() {
        Map<String, Object> c = run("websocket-browser.mjs", Collections.synchronizedList(new ArrayList<>()));
        assertEquals("wasm", c.get("bundle"));
        assertEquals("gonet.echo.v1", c.get("subprotocol"));
        assertEquals("hello", c.get("echoed"));
        Map<String, Object> timeout = (Map<String, Object>) c.get("timeout");
        assertEquals(true, timeout.get("timeout"), String.valueOf(timeout));
        assertEquals(-1, ((Number) timeout.get("code")).intValue(), String.valueOf(timeout));
        assertEquals(null, timeout.get("reason"), String.valueOf(timeout));
        assertTrue(((String) timeout.get("message")).endsWith(": i/o timeout"), String.valueOf(timeout));
        assertEquals("ws://" + hostPort() + "/ws/relay", c.get("relay"));
    }
}
