package dev.gonet.browsertest;

import static dev.gonet.browsertest.WsChecks.bytes;
import static dev.gonet.browsertest.WsChecks.readText;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import dev.gonet.web.WebPlatform;
import java.util.List;

/**
 * TCP from a page through the demo server's relay ({@code /ws/relay?target=host:port}): off
 * unless the page opts in, and then limited to what the server's allowlist names. The targets
 * are loopback TCP echo servers the test JVM runs.
 */
final class RelayCases {
    private RelayCases() {
    }

    static Suite suite(Endpoints ep) {
        String s = "BrowserRelay";
        List<Case> cases = List.of(
                new Case(s, "NotConfiguredIsUnsupported", () -> notConfigured(ep)),
                new Case(s, "AllowedTargetEchoes", () -> allowed(ep)),
                new Case(s, "RelayGivenAsHttpUrl", () -> httpRelayUrl(ep)),
                new Case(s, "TargetNotOnAllowlistFailsDial", () -> denied(ep)));
        return new Suite() {
            @Override
            public String name() {
                return s;
            }

            @Override
            public List<Case> cases() {
                return cases;
            }
        };
    }

    private static Dialer relayed(Endpoints ep) {
        return new Dialer().withPlatform(WebPlatform.withRelay(ep.url("/ws/relay")));
    }

    /** Without a relay, a TCP dial fails at once, naming the way to opt in. */
    static void notConfigured(Endpoints ep) throws Exception {
        Check.equal("WebPlatform.relay()", WebPlatform.relay(), null);
        NetException e = Check.raises(NetException.class, "dial tcp", () -> Net.dial("tcp", ep.tcpEcho()));
        Check.equal("kind", Sentinel.of(e), Sentinel.UNSUPPORTED);
        Check.equal("text", e.getMessage(), "dial tcp " + ep.tcpEcho() + ": operation not supported on platform "
                + "browser (browsers cannot open tcp sockets; dial ws or wss, or relay TCP through a WebSocket "
                + "endpoint with WebPlatform.setRelay(url))");
    }

    /** Through the relay the conn is a TCP conn to the target: bytes go there and come back. */
    static void allowed(Endpoints ep) throws Exception {
        try (Conn c = relayed(ep).dial("tcp", ep.tcpEcho())) {
            Check.equal("remoteAddr().network()", c.remoteAddr().network(), "tcp");
            Check.equal("remoteAddr()", c.remoteAddr().toString(), ep.tcpEcho());
            c.write(bytes("ping "));
            c.write(bytes("through the relay"));
            Check.equal("echo", readText(c, 22), "ping through the relay");
        }
    }

    /** The relay URL may use the page's own scheme (http:// for ws://), as WebSocketURL allows. */
    static void httpRelayUrl(Endpoints ep) throws Exception {
        String http = "http" + ep.url("/ws/relay").substring("ws".length());
        try (Conn c = new Dialer().withPlatform(WebPlatform.withRelay(http)).dial("tcp", ep.tcpEcho())) {
            c.write(bytes("over http"));
            Check.equal("echo", readText(c, 9), "over http");
        }
    }

    /** A target the server does not allow: the dial fails with op dial on network tcp. */
    static void denied(Endpoints ep) throws Exception {
        NetException e = Check.raises(NetException.class, "dial a target off the allowlist",
                () -> relayed(ep).dial("tcp", ep.tcpDenied()));
        Check.equal("op", e.op(), "dial");
        Check.equal("net", e.net(), "tcp");
        Check.equal("addr", String.valueOf(e.addr()), ep.tcpDenied());
        Check.isTrue(!e.isTimeout(), "isTimeout() for a refused target");
    }
}
