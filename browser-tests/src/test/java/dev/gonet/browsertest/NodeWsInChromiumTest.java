package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our browser client ({@code BrowserWebSocketConn}, reached through {@code gonet.mjs} {@code dial}
 * in each bundle) against a foreign server, the npm {@code ws} package on loopback: binary echo,
 * a text message and a fragmented text + binary message from the server, a 1 MiB echo, close
 * 4000 with a reason as an error with code and reason, close 1000 as end of stream, and our
 * close code and reason as the server saw them. The page reports; Java asserts.
 */
class NodeWsInChromiumTest {
    private static final String SCRIPT = """
            async ([bundle, url]) => {
              const { load } = await import("/gonet/gonet.mjs");
              const net = await load({ bundle });
              const text = (b) => b === null ? null : new TextDecoder().decode(b);
              const readN = async (c, n) => {
                const out = new Uint8Array(n);
                for (let got = 0; got < n; ) {
                  const b = await c.read(n - got);
                  if (b === null) throw new Error("EOF after " + got + " of " + n);
                  out.set(b, got);
                  got += b.length;
                }
                return out;
              };
              const pattern = (n, off) => Uint8Array.from({ length: n }, (_, i) => (i + off) % 251);
              const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
              const fail = async (f) => {
                try { await f(); return "no error"; }
                catch (e) { return { message: e.message, code: e.code, reason: e.reason }; }
              };
              const out = {};
              const c = await net.dial("ws", url, { timeoutMs: 5000 });
              await c.write(new Uint8Array([0, 1, 2, 255]));
              out.binary = Array.from(await readN(c, 4));
              await c.write("cmd:text");
              out.text = text(await readN(c, 13));
              await c.write("cmd:fragments");
              out.fragmentedText = text(await readN(c, 10));
              out.fragmentedBinary = same(await readN(c, 300000), pattern(300000, 0));
              const big = pattern(1 << 20, 5);
              const w = c.write(big);
              out.bigEcho = same(await readN(c, big.length), big);
              out.bigWritten = await w;
              c.close(4001, "from the " + bundle + " page");

              const err = await net.dial("ws", url);
              await err.write("cmd:close 4000 bye from ws");
              out.close4000 = await fail(() => err.read());
              const eof = await net.dial("ws", url);
              await eof.write("cmd:close 1000");
              out.eof = [await eof.read(), await eof.read()];
              return out;
            }""";

    private static NodeWsServer node;

    @BeforeAll
    static void start() throws Exception {
        node = NodeWsServer.start();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void browserConnAgainstNpmWs(String bundle) {
        List<String> log = Chromium.newLog();
        Page page = Chromium.page(log);
        Map<String, Object> out;
        try {
            page.navigate(TestSite.url("index.html"));
            out = (Map<String, Object>) page.evaluate(SCRIPT, List.of(bundle, node.url()));
        } finally {
            page.close();
        }
        String hostPort = node.url().substring(5, node.url().length() - 1);
        assertEquals(List.of(0, 1, 2, 255), ((List<Number>) out.get("binary")).stream().map(Number::intValue).toList());
        assertEquals("h\u00e9llo w\u00f6rld", out.get("text"));
        assertEquals("fragmented", out.get("fragmentedText"));
        assertEquals(true, out.get("fragmentedBinary"));
        assertEquals(true, out.get("bigEcho"));
        assertEquals(1 << 20, ((Number) out.get("bigWritten")).intValue());
        assertEquals("closed 4001 from the " + bundle + " page", node.await("closed 4001 from the " + bundle, 10_000));
        Map<String, Object> c4000 = (Map<String, Object>) out.get("close4000");
        assertEquals("read ws browser->" + hostPort
                + ": received close frame: status = StatusCode(4000) and reason = \"bye from ws\"", c4000.get("message"));
        assertEquals(4000, ((Number) c4000.get("code")).intValue());
        assertEquals("bye from ws", c4000.get("reason"));
        assertEquals(java.util.Arrays.asList(null, null), out.get("eof"));
        assertEquals(List.of(), Chromium.unexpected(log), "page errors");
    }
}
