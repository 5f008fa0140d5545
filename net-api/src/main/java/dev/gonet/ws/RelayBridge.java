package dev.gonet.ws;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.spi.Platform;
import java.io.IOException;
import java.time.Instant;

/**
 * One {@link Relay} connection: copies bytes between a WebSocket and a TCP conn, both ways, in
 * small steps, until either side ends; then {@link #end} closes both. Nothing is assembled: the
 * WebSocket streams its messages in pieces, each copy moves at most {@link #COPY_BUFFER} bytes a
 * step, and a side that does not take what it is sent stops the copy towards it (and so,
 * through the full buffers, the reading of the other side): backpressure both ways.
 *
 * <p>Bounds: every write waits at most the write timeout (a peer that does not read cannot hold
 * the relay); when no byte moved either way for the idle timeout, the relay ends with 1001
 * {@code relay: idle timeout}. Each copy's read deadline follows the last byte moved in either
 * direction, so a one-way stream keeps the relay alive. Once the client's side has ended (its
 * close, or a drop), what it sent before still goes to the target, but within the WebSocket's
 * close timeout: the write deadline is cut to it, so a target that does not read cannot keep the
 * relay and its buffers.
 *
 * <p>Threads: TCP to WebSocket on the caller's (the request's) thread, WebSocket to TCP on one
 * started from the platform. {@link #run} returns when both copies are done (the second within
 * 5 s of the first).
 */
final class RelayBridge {
    /** The copy buffer of each direction. */
    static final int COPY_BUFFER = 16 * 1024;
    /** The close reason when the relay was idle too long. */
    static final String IDLE_REASON = "relay: idle timeout";

    private final WebSocketConn ws;
    private final Conn tcp;
    private final long idleMillis; // 0: no idle timeout
    private final long writeMillis; // 0: no write timeout
    private final long closeMillis; // the WebSocket's close timeout
    private volatile long lastActivity = System.currentTimeMillis();
    private volatile long flushBy = Long.MAX_VALUE; // once the client ended: the last write deadline
    private boolean ended; // guarded by this

    RelayBridge(WebSocketConn ws, Conn tcp, long idleMillis, long writeMillis, long closeMillis) {
        this.ws = ws;
        this.tcp = tcp;
        this.idleMillis = idleMillis;
        this.writeMillis = writeMillis;
        this.closeMillis = closeMillis;
        if (ws instanceof FramedConn f) {
            f.onReadEnd(e -> clientEnded());
        }
    }

    /**
     * On the WebSocket's reader thread when the client's side ended: the copy to the target has
     * the close timeout left, a write already blocked included.
     */
    private void clientEnded() {
        long by = System.currentTimeMillis() + closeMillis;
        flushBy = by;
        try {
            tcp.setWriteDeadline(Instant.ofEpochMilli(Math.min(by, deadlineMillis())));
        } catch (IOException e) {
            // the target is gone already: nothing to bound
        }
    }

    /** The relay was idle for the idle timeout: ends it with 1001. */
    private static final class Idle extends Exception {
        Idle() {
            super(IDLE_REASON);
        }
    }

    /** Copies both ways until one side ends, then ends the other; {@code threads} null: a daemon thread. */
    void run(Platform threads) {
        Runnable up = this::wsToTcp;
        Thread t;
        if (threads != null) {
            t = threads.startThread("relay ws->tcp", up);
        } else {
            t = new Thread(up, "relay ws->tcp");
            t.setDaemon(true);
            t.start();
        }
        try {
            tcpToWs();
        } finally {
            end(CloseCode.INTERNAL_ERROR, "relay: ended"); // no-op unless something escaped
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The target's bytes to the client, as binary messages; the target's EOF ends the relay with 1000. */
    private void tcpToWs() {
        byte[] buf = new byte[COPY_BUFFER];
        try {
            for (int n; (n = read(tcp, buf)) >= 0;) {
                ws.setWriteDeadline(writeDeadline());
                ws.write(buf, 0, n);
                lastActivity = System.currentTimeMillis();
            }
            end(CloseCode.NORMAL_CLOSURE, ""); // the target closed: a clean end
        } catch (Idle e) {
            end(CloseCode.GOING_AWAY, IDLE_REASON);
        } catch (IOException e) {
            end(CloseCode.INTERNAL_ERROR, MessageReader.reason(String.valueOf(e.getMessage())));
        } catch (RuntimeException | Error e) {
            end(CloseCode.INTERNAL_ERROR, "relay: internal error");
        }
    }

    /** The client's bytes (any message type) to the target; the client's close ends the relay. */
    private void wsToTcp() {
        byte[] buf = new byte[COPY_BUFFER];
        try {
            for (int n; (n = read(ws, buf)) >= 0;) {
                tcp.setWriteDeadline(writeDeadline());
                if (flushBy != Long.MAX_VALUE) {
                    tcp.setWriteDeadline(writeDeadline()); // the client ended meanwhile: its cut stands
                }
                tcp.write(buf, 0, n);
                lastActivity = System.currentTimeMillis();
            }
            end(CloseCode.NORMAL_CLOSURE, "");
        } catch (Idle e) {
            end(CloseCode.GOING_AWAY, IDLE_REASON);
        } catch (IOException e) {
            // The client's close or drop (its reply is the WebSocket's business), or the target
            // failing a write: either way the relay is over.
            end(CloseCode.INTERNAL_ERROR, MessageReader.reason(String.valueOf(e.getMessage())));
        } catch (RuntimeException | Error e) {
            end(CloseCode.INTERNAL_ERROR, "relay: internal error");
        }
    }

    /**
     * Reads from {@code c} under the idle deadline, which follows the last byte moved either way:
     * a timeout while the other direction was busy waits again; one with no byte moved for the
     * idle timeout throws {@link Idle}.
     */
    private int read(Conn c, byte[] buf) throws IOException, Idle {
        while (true) {
            if (idleMillis > 0) {
                c.setReadDeadline(Instant.ofEpochMilli(lastActivity + idleMillis));
            }
            try {
                int n = c.read(buf, 0, buf.length);
                if (n > 0) {
                    lastActivity = System.currentTimeMillis();
                }
                return n;
            } catch (IOException e) {
                if (idleMillis == 0 || !(e instanceof NetError ne && ne.isTimeout())) {
                    throw e;
                }
                if (System.currentTimeMillis() - lastActivity >= idleMillis) {
                    throw new Idle();
                }
            }
        }
    }

    private Instant writeDeadline() {
        long d = deadlineMillis();
        return d == Long.MAX_VALUE ? null : Instant.ofEpochMilli(d);
    }

    /** The deadline for a write starting now: the write timeout, cut to {@link #flushBy}. */
    private long deadlineMillis() {
        long d = writeMillis > 0 ? System.currentTimeMillis() + writeMillis : Long.MAX_VALUE;
        return Math.min(d, flushBy);
    }

    /**
     * Ends the relay once, whoever comes first: the WebSocket is closed with {@code code} and
     * {@code reason} (it flushes what was queued for the client first, within its close
     * timeout) and the TCP conn is closed (the kernel sends what was written, then FIN). Closing
     * each side ends the other copy's blocked read or write.
     */
    void end(int code, String reason) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        try {
            ws.close(code, reason);
        } catch (IOException | IllegalArgumentException e) {
            // already closed, or the client's close came first: its reply is on its way
        }
        try {
            tcp.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
