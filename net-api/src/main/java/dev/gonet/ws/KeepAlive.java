package dev.gonet.ws;

/**
 * The keep-alive pinger of a {@link FramedConn}: every {@link WebSocketConfig#pingInterval()}
 * it sends a ping and expects a pong (any pong: browsers and Go answer every ping, and a late
 * pong still proves the peer alive) within {@link WebSocketConfig#pongTimeout()}; without one
 * the connection fails with 1006 {@code failed to ping: no pong within 15000 ms} and its
 * socket is closed. Runs on its own thread until the connection is closed or reading ends.
 */
final class KeepAlive {
    private final FramedConn c;
    private final long interval;
    private final long pongTimeout;

    KeepAlive(FramedConn c, WebSocketConfig config) {
        this.c = c;
        this.interval = config.pingInterval().toMillis();
        this.pongTimeout = config.pongTimeout().toMillis();
    }

    void run() {
        try {
            for (int seq = 0;; seq++) {
                long pongsBefore;
                synchronized (c.lock) {
                    if (!sleep(interval, -1)) {
                        return;
                    }
                    pongsBefore = c.pongs;
                }
                if (!c.ping(new byte[] {(byte) (seq >> 24), (byte) (seq >> 16), (byte) (seq >> 8), (byte) seq})) {
                    return;
                }
                boolean answered;
                synchronized (c.lock) {
                    if (!sleep(pongTimeout, pongsBefore)) {
                        return;
                    }
                    answered = c.pongs != pongsBefore;
                }
                if (!answered) {
                    // Outside the lock: fail() closes the socket, which may block briefly.
                    c.fail(new WebSocketException(CloseCode.ABNORMAL_CLOSURE,
                            "failed to ping: no pong within " + pongTimeout + " ms"));
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits on the conn's lock (held) for {@code millis}, or until a pong beyond
     * {@code pongsBefore} arrives (when not -1); false when the connection is over.
     */
    private boolean sleep(long millis, long pongsBefore) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        long left;
        while (!c.isOver() && (pongsBefore < 0 || c.pongs == pongsBefore)
                && (left = until - System.currentTimeMillis()) > 0) {
            c.lock.wait(left);
        }
        return !c.isOver();
    }
}
