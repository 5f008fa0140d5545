package dev.gonet.browsertest;

import dev.gonet.Conn;
import dev.gonet.Net;
import dev.gonet.testkit.ConnPairMaker;

/**
 * Both ends of a conn pair held by the page, joined through a real server: two WebSocket dials
 * to the demo server's {@code /ws/pair?id=X} with the same fresh id, which the server splices
 * byte for byte. What one end writes crosses Chromium's network stack and gonet's server twice.
 */
final class WsPairMaker implements ConnPairMaker {
    private static int next;

    private final Endpoints endpoints;

    WsPairMaker(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public Pair make() throws Exception {
        String url = endpoints.url("/ws/pair?id=" + freshId());
        Conn c1 = Net.dial("ws", url);
        Conn c2;
        try {
            c2 = Net.dial("ws", url);
        } catch (Exception e) {
            Pair.closeQuietly(c1);
            throw e;
        }
        return Pair.closing(c1, c2);
    }

    /** Unique per page load and across page loads sharing one server (both bundles, reruns). */
    static String freshId() {
        return "p" + (++next) + "-" + Long.toString(System.currentTimeMillis(), 36) + "-"
                + Integer.toString((int) (Math.random() * Integer.MAX_VALUE), 36);
    }
}
