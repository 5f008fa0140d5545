package dev.gonet.browsertest;

import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.testkit.Check;
import dev.gonet.ws.CloseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Small helpers shared by the browser WebSocket cases. */
final class WsChecks {
    private WsChecks() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads exactly {@code n} bytes (across messages) and returns them as UTF-8 text. */
    static String readText(Conn c, int n) throws IOException {
        byte[] b = new byte[n];
        int got = 0;
        while (got < n) {
            int k = c.read(b, got, n - got);
            if (k < 0) {
                throw new AssertionError("EOF after " + got + " of " + n + " bytes");
            }
            got += k;
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** {@code e} is a NetException for {@code op} whose cause is the peer's close with code and reason. */
    static void checkPeerClose(String what, IOException e, String op, int code, String reason) {
        if (!(e instanceof NetException ne)) {
            throw new AssertionError(what + ": got " + e + ", want a NetException");
        }
        Check.equal(what + " op()", ne.op(), op);
        Check.equal(what + " CloseException.statusOf", CloseException.statusOf(e), code);
        Check.isTrue(!ne.isTimeout(), what + ": isTimeout() = true for a close");
        if (reason != null) {
            Check.equal(what + " reason", ((CloseException) e.getCause()).reason(), reason);
        }
    }

    /** {@code e} is the closed error with Go's text. */
    static void checkClosed(String what, IOException e) {
        Check.isTrue(e instanceof NetException, what + ": got " + e + ", want a NetException");
        Check.equal(what + " kind", Sentinel.of(e), Sentinel.CLOSED);
        Check.isTrue(e.getMessage().endsWith(": use of closed network connection"),
                what + ": text \"" + e.getMessage() + "\"");
    }
}
