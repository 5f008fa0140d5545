package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JS surface for connections ({@code gonet.mjs} {@code dial}, the {@code Conn} object,
 * {@code setRelay}) in each bundle, against the demo server: echo, a read deadline and late
 * data, EOF on 1000, an error with code and reason on 4000, use after close, unsupported
 * networks, and TCP through the relay once the page opts in. The page reports; Java asserts.
 */
class GlueConnInChromiumTest {
    private static final String SCRIPT = """
            async ([bundle, tcpEcho]) => {
              const { load } = await import("/gonet/gonet.mjs");
              const net = await load({ bundle });
              const base = "ws://" + location.host;
              const text = (b) => b === null ? null : new TextDecoder().decode(b);
              const fail = async (f) => {
                try { await f(); return "no error"; }
                catch (e) {
                  return { name: e.name, message: e.message, op: e.op, net: e.net, addr: e.addr, timeout: e.timeout,
                      notFound: e.notFound, code: e.code, reason: e.reason, canceled: e.canceled };
                }
              };
              const out = {};
              const c = await net.dial("ws", base + "/ws/echo");
              out.echoAddrs = [c.network, c.localAddr, c.remoteAddr, c.subprotocol];
              out.echoWritten = await c.write("h\\u00e9llo");
              let got = "";
              while (got.length < 5) got += text(await c.read());
              out.echo = got;
              c.setReadDeadline(Date.now() + 60);
              out.readTimeout = await fail(() => c.read());
              await c.write(new Uint8Array([1, 2, 3]));
              await new Promise((r) => setTimeout(r, 100));
              c.setReadDeadline(null);
              out.lateData = Array.from(await c.read());
              c.close();
              out.readAfterClose = await fail(() => c.read());
              out.closeTwice = await fail(() => c.close());

              const eof = await net.dial("ws", base + "/ws/close?code=1000");
              out.eof = [text(await eof.read()), await eof.read()];
              const err = await net.dial("ws", base + "/ws/close?code=4000&reason=from%20the%20server");
              out.closeData = text(await err.read());
              out.close4000 = await fail(() => err.read());

              const drop = await net.dial("ws", base + "/ws/close?code=drop");
              await drop.read();
              out.dropped = await fail(() => drop.read());

              out.relayBefore = net.relay();
              out.tcpWithoutRelay = await fail(() => net.dial("tcp", tcpEcho));
              net.setRelay(base + "/ws/relay");
              out.relayAfter = net.relay();
              const t = await net.dial("tcp", tcpEcho);
              out.tcpAddrs = [t.network, t.remoteAddr];
              await t.write("through the relay");
              let echoed = "";
              while (echoed.length < 17) echoed += text(await t.read());
              out.tcpEcho = echoed;
              t.close();
              net.setRelay(null);
              out.relayOff = net.relay();
              out.udp = await fail(() => net.dial("udp", "127.0.0.1:53"));
              out.badUrl = await fail(() => net.dial("ws", "ftp://127.0.0.1/"));
              const sp = await net.dial("ws", base + "/ws/echo", { subprotocols: ["gonet.nope.v0", "gonet.echo.v1"] });
              out.subprotocol = sp.subprotocol;
              sp.close();
              out.refused = await fail(() => net.dial("ws", base + "/no-such-endpoint", { timeoutMs: 5000 }));
              return out;
            }""";

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void connApi(String bundle) {
        List<String> log = Chromium.newLog();
        Page page = Chromium.page(log);
        Map<String, Object> out;
        String hostPort;
        try {
            String url = TestSite.url("index.html");
            page.navigate(url);
            URI u = URI.create(url);
            hostPort = u.getHost() + ":" + u.getPort();
            out = (Map<String, Object>) page.evaluate(SCRIPT, List.of(bundle, TestSite.tcpEcho()));
        } finally {
            page.close();
        }
        assertEquals(List.of("ws", "browser", hostPort, ""), out.get("echoAddrs"));
        assertEquals(6, ((Number) out.get("echoWritten")).intValue(), "bytes of h\u00e9llo");
        assertEquals("h\u00e9llo", out.get("echo"));
        Map<String, Object> timeout = (Map<String, Object>) out.get("readTimeout");
        assertEquals("NetException", timeout.get("name"));
        assertEquals(List.of("read", "ws", hostPort), List.of(timeout.get("op"), timeout.get("net"), timeout.get("addr")));
        assertEquals("read ws browser->" + hostPort + ": i/o timeout", timeout.get("message"));
        assertEquals(true, timeout.get("timeout"));
        assertEquals(List.of(1, 2, 3), ((List<Number>) out.get("lateData")).stream().map(Number::intValue).toList());
        Map<String, Object> afterClose = (Map<String, Object>) out.get("readAfterClose");
        assertEquals("read ws browser->" + hostPort + ": use of closed network connection", afterClose.get("message"));
        assertEquals(false, afterClose.get("timeout"));
        assertEquals("close ws browser->" + hostPort + ": use of closed network connection",
                ((Map<String, Object>) out.get("closeTwice")).get("message"));

        assertEquals(java.util.Arrays.asList("bye", null), out.get("eof"));
        assertEquals("bye", out.get("closeData"));
        Map<String, Object> c4000 = (Map<String, Object>) out.get("close4000");
        assertEquals("read ws browser->" + hostPort
                + ": received close frame: status = StatusCode(4000) and reason = \"from the server\"", c4000.get("message"));
        assertEquals(4000, ((Number) c4000.get("code")).intValue());
        assertEquals("NetException", c4000.get("name"));
        assertEquals("from the server", c4000.get("reason"));

        Map<String, Object> dropped = (Map<String, Object>) out.get("dropped");
        assertEquals(1006, ((Number) dropped.get("code")).intValue(), String.valueOf(dropped));
        assertEquals(null, dropped.get("reason"));

        assertEquals(null, out.get("relayBefore"));
        Map<String, Object> noRelay = (Map<String, Object>) out.get("tcpWithoutRelay");
        assertTrue(((String) noRelay.get("message")).startsWith("dial tcp " + TestSite.tcpEcho()
                + ": operation not supported on platform browser"), String.valueOf(noRelay));
        assertEquals("ws://" + hostPort + "/ws/relay", out.get("relayAfter"));
        assertEquals(List.of("tcp", TestSite.tcpEcho()), out.get("tcpAddrs"));
        assertEquals("through the relay", out.get("tcpEcho"));
        assertEquals(null, out.get("relayOff"));
        assertTrue(((String) ((Map<String, Object>) out.get("udp")).get("message"))
                .startsWith("dial udp 127.0.0.1:53: operation not supported on platform browser"), String.valueOf(out.get("udp")));
        assertEquals("dial ws: address ftp://127.0.0.1/: unexpected url scheme \"ftp\" for network ws",
                ((Map<String, Object>) out.get("badUrl")).get("message"));
        assertEquals("gonet.echo.v1", out.get("subprotocol"));
        Map<String, Object> refused = (Map<String, Object>) out.get("refused");
        assertTrue(((String) refused.get("message")).startsWith("dial ws " + hostPort + ": failed to WebSocket dial"),
                String.valueOf(refused));
        assertEquals(false, refused.get("timeout"));
        assertEquals(java.util.Arrays.asList("NetException", "dial", "ws", hostPort, false, false, 1006, null, false),
                java.util.Arrays.asList(refused.get("name"), refused.get("op"), refused.get("net"), refused.get("addr"),
                        refused.get("notFound"), refused.get("canceled"), ((Number) refused.get("code")).intValue(),
                        refused.get("reason"), refused.get("timeout")), "refused dial's fields");
        assertEquals(List.of(), Chromium.unexpected(log), "page errors");
    }
}
