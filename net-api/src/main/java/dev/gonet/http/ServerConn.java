package dev.gonet.http;

import dev.gonet.http.internal.Framing;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.http.internal.RequestHead;
import dev.gonet.internal.IdleReadable;
import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.TLSConn;
import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.TCPConn;
import dev.gonet.UnixConn;
import java.io.EOFException;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One server connection and its thread (Go's {@code conn.serve}): read a request, run the
 * handler on this thread, finish the response, and loop while the connection can be reused.
 * Pipelined requests are read only after the previous response is complete, so responses go
 * out in order. Deadlines come from the server's timeouts for each request.
 */
final class ServerConn {
    /** Go's {@code rstAvoidanceDelay}: how long to wait for the client to read an error reply. */
    static final long LINGER_MILLIS = 500;

    private final Server server;
    private final Conn conn;
    private final ConnInput in;
    private final ConnOutput out;
    private final String remoteAddr;
    private Http1Reader reader;
    private ServerResponse.InputStreamSource bodies; // reader::body, made once
    /** The buffers while a request is under way; back in the pool while the connection is idle. */
    private Buffers bufs;
    /** {@link #readBuffer}, made once: offered to the conn on every idle wait. */
    private final Supplier<byte[]> takeReadBuffer = this::readBuffer;
    private volatile boolean hijacked;
    volatile ConnState state;
    /** When the server took the connection: a NEW one older than Go's grace counts as idle at shutdown. */
    volatile long acceptedAtMillis;

    ServerConn(Server server, Conn conn) {
        this.server = server;
        this.conn = conn;
        this.in = new ConnInput(conn);
        this.out = new ConnOutput(conn);
        this.remoteAddr = String.valueOf(conn.remoteAddr());
    }

    Conn conn() {
        return conn;
    }

    byte[] bodyBuffer() {
        return buffers().body;
    }

    /** The connection's head builder, emptied. */
    StringBuilder headBuilder() {
        StringBuilder b = buffers().head;
        b.setLength(0);
        return b;
    }

    /**
     * What a connection needs only while it serves a request: the read buffer (Go's
     * {@code bufio.Reader}), the write buffer ({@code bufio.Writer}), the response body's buffer
     * before the head is decided ({@code bufferBeforeChunkingSize}) and the head's text; 10.5 KB.
     * Reused by every response on the connection (one at a time), and pooled while the
     * connection waits for its next request, so an idle keep-alive connection holds none
     * (docs/benchmarks.md, "Idle keep-alive connections"). Go's server pools its response
     * buffers likewise, but keeps reading into a 4 KiB {@code bufio.Reader} while idle.
     */
    static final class Buffers {
        /** Pooled at most: beyond it, buffers given back are left to the collector (1.3 MB). */
        static final int POOL_MAX = 128;
        private static final Buffers[] POOL = new Buffers[POOL_MAX];
        private static int pooled; // guarded by POOL

        final byte[] read = new byte[4096];
        final byte[] write = new byte[ConnOutput.SIZE];
        final byte[] body = new byte[ServerResponse.BUFFER_BEFORE_CHUNKING];
        StringBuilder head = new StringBuilder(256);

        static Buffers take() {
            synchronized (POOL) {
                if (pooled > 0) {
                    Buffers b = POOL[--pooled];
                    POOL[pooled] = null;
                    return b;
                }
            }
            return new Buffers();
        }

        static void give(Buffers b) {
            if (b.head.capacity() > 4096) {
                b.head = new StringBuilder(256); // a huge head does not stay in the pool
            }
            synchronized (POOL) {
                if (pooled < POOL_MAX) {
                    POOL[pooled++] = b;
                }
            }
        }
    }

    /** The connection's buffers, taken from the pool if it is idle; lent to its reader and writer. */
    private Buffers buffers() {
        Buffers b = bufs;
        if (b == null) {
            bufs = b = Buffers.take();
            if (reader != null && reader.buffered() == 0) {
                reader.detachBuffer();
                reader.attachBuffer(b.read, 0);
            }
            out.attach(b.write);
        }
        return b;
    }

    /**
     * Gives the buffers back to the pool when nothing is in them: the connection is idle. The
     * reader and the writer let go of them first, so nothing of this connection refers to them.
     */
    private void releaseBuffers() {
        Buffers b = bufs;
        if (b != null && reader.buffered() == 0 && out.detach()) {
            reader.detachBuffer();
            bufs = null;
            Buffers.give(b);
        }
    }

    /**
     * Waits for the first bytes of the next request on a connection that can wait without a
     * buffer ({@link IdleReadable}): reads what has come, and when nothing has, gives the
     * buffers back and waits holding none. Under the read deadline set, as a read would be.
     * {@code waitFirst}: right after a response, when the client has rarely answered yet, it
     * waits before the first read; the read that finds nothing would be a system call for
     * nothing on nearly every keep-alive request (the wait learns from the poller instead).
     * The conn may do the first read while we wait ({@link IdleReadable#awaitRead}): it then
     * takes the buffers from the pool on its own thread, while this one is parked, and reads
     * into them, so the request after a quiet spell wakes this thread once, with its bytes.
     *
     * @return the bytes read into the reader's buffer, or -1 at end of stream
     */
    private int firstBytes(IdleReadable idle, boolean waitFirst) throws IOException {
        for (boolean wait = waitFirst; ; wait = true) {
            int n = 0;
            if (wait) {
                releaseBuffers();
                n = in.awaitRead(idle, takeReadBuffer);
            }
            if (n == 0) {
                n = in.readNow(idle, readBuffer());
            }
            if (n != 0) {
                if (n > 0) {
                    reader.detachBuffer();
                    reader.attachBuffer(bufs.read, n);
                }
                return n;
            }
        }
    }

    /**
     * The read buffer, taken from the pool if need be; also called by the conn's poller, on its
     * own thread, while this thread waits in {@code awaitRead} (which hands everything it wrote
     * over to this thread when it wakes it).
     */
    private byte[] readBuffer() {
        return buffers().read;
    }

    /** The conn's buffer-free wait, when it has one and nothing is buffered on this side. */
    private IdleReadable idleReadable() {
        return conn instanceof IdleReadable i && reader.buffered() == 0 && in.pending() == 0 ? i : null;
    }

    Server server() {
        return server;
    }

    String remoteAddr() {
        return remoteAddr;
    }

    /** The TLS state once the handshake is done, or {@code null} on a plain connection. */
    ConnectionState tlsState() {
        return conn instanceof TLSConn t ? t.connectionState() : null;
    }

    void logf(String msg) {
        server.logf(msg);
    }

    boolean mayKeepAlive() {
        return server.mayKeepAlive();
    }

    /** The connection's thread body. */
    void serve() {
        try {
            loop();
        } catch (IOException e) {
            // the connection failed (client gone, write timeout): nothing to tell anyone
        } catch (RuntimeException | Error e) {
            server.logf("http: panic serving " + remoteAddr + ": " + Server.describe(e));
        } finally {
            if (!hijacked) {
                closeQuietly();
                server.setState(this, ConnState.CLOSED);
            }
        }
    }

    /**
     * Go's server-side handshake: bounded by the shortest of the read-header, read and write
     * timeouts; a client that speaks plain HTTP to the TLS port gets Go's 400 in plain text.
     */
    private boolean handshake(TLSConn t) throws IOException {
        long limit = Long.MAX_VALUE;
        for (long ms : new long[] {server.readHeaderTimeoutMillis(), server.readTimeoutMillis(),
                server.writeTimeoutMillis()}) {
            if (ms > 0) {
                limit = Math.min(limit, ms);
            }
        }
        Instant deadline = limit == Long.MAX_VALUE ? null : Instant.now().plusMillis(limit);
        t.setDeadline(deadline);
        try {
            t.handshake();
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            // Logged first: once the client has the reply below, the line is there to see.
            server.logf("http: TLS handshake error from " + remoteAddr + ": " + GoText.logText(msg));
            if (msg.contains("first record does not look like a TLS handshake")) {
                try {
                    t.netConn().write(PLAIN_HTTP_TO_HTTPS);
                    t.netConn().close(); // as Go: the raw reply is all; no TLS alert after it
                } catch (IOException ignored) {
                    // the client went away; the reply was a courtesy
                }
            }
            return false;
        }
        t.setDeadline(null);
        return true;
    }

    private static final byte[] PLAIN_HTTP_TO_HTTPS =
            "HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n".getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII);

    private void loop() throws IOException {
        if (conn instanceof TLSConn t && !handshake(t)) {
            return;
        }
        reader = new Http1Reader(in, server.maxHeaderBytes(), server.maxHeaderFields(), server.maxHeaderFieldBytes());
        bodies = reader::body;
        // One call per request rather than one frame that lives as long as the connection: a
        // long-lived frame keeps running the code it entered with (the interpreter, or a tier
        // the JIT has since replaced or deoptimized), while a call per request enters the
        // newest compiled version every time.
        while (serveRequest()) {
            // the next request on this connection
        }
    }

    /** One request and its response, then the wait for the next; false when the connection is done. */
    private boolean serveRequest() throws IOException {
        long headerTimeout = server.readHeaderTimeoutMillis();
        long readTimeout = server.readTimeoutMillis();
        // The clock in milliseconds (what a deadline keeps): System.currentTimeMillis() costs
        // a fraction of Instant.now(), and this runs twice a request.
        long t0 = headerTimeout > 0 || readTimeout > 0 ? System.currentTimeMillis() : 0;
        Instant headerDeadline = headerTimeout > 0 ? after(t0, headerTimeout) : null;
        Instant wholeDeadline = readTimeout > 0 ? after(t0, readTimeout) : null;
        conn.setReadDeadline(headerDeadline);
        long before = in.count();
        RequestHead head;
        try {
            IdleReadable idle = idleReadable();
            if (idle != null && firstBytes(idle, false) < 0) {
                return false; // the client closed an idle connection
            }
            buffers();
            head = reader.readRequest();
        } catch (ProtocolException e) {
            server.setState(this, ConnState.ACTIVE);
            replyError(e.status());
            return false;
        } catch (EOFException e) {
            // The client ended in the middle of a head: Go answers 400 (io.ErrUnexpectedEOF).
            server.setState(this, ConnState.ACTIVE);
            replyError(Status.BAD_REQUEST);
            return false;
        } catch (IOException e) {
            if (in.count() != before) {
                server.setState(this, ConnState.ACTIVE);
            }
            return false; // timeout, reset, closed: nobody to answer (Go's isCommonNetReadError)
        }
        if (head == null) {
            return false; // the client closed an idle connection
        }
        server.setState(this, ConnState.ACTIVE);
        if (wholeDeadline == null ? headerDeadline != null : !wholeDeadline.equals(headerDeadline)) {
            conn.setReadDeadline(wholeDeadline);
        }
        if (server.writeTimeoutMillis() > 0) {
            conn.setWriteDeadline(after(System.currentTimeMillis(), server.writeTimeoutMillis()));
        } else {
            conn.setWriteDeadline(null);
        }
        ServerResponse w = new ServerResponse(this, out, head, bodies, wholeDeadline);
        String expect = head.header().get("Expect");
        if (Framing.containsToken(head.header().values("Expect"), "100-continue")) {
            if (head.protoAtLeast(1, 1) && head.contentLength() != 0) {
                w.body.expectContinue();
                w.allowContinue();
            }
        } else if (!expect.isEmpty()) {
            w.header().set("Connection", "close");
            w.writeHeader(Status.EXPECTATION_FAILED);
            w.finish();
            return false;
        }
        if (!runHandler(w)) {
            return false;
        }
        if (hijacked) {
            return false;
        }
        w.finish();
        if (!w.shouldReuseConnection()) {
            if (w.requestBodyLimitHit() || w.closedBodyEarly()) {
                lingerClose();
            }
            return false;
        }
        server.setState(this, ConnState.IDLE);
        if (!server.doKeepAlives()) {
            return false; // shutting down: this idle connection is done
        }
        long idle = server.idleTimeoutMillis();
        if (idle > 0 && reader.buffered() == 0 && in.pending() == 0) {
            conn.setReadDeadline(after(System.currentTimeMillis(), idle));
            IdleReadable wait = idleReadable();
            if (wait != null) {
                try {
                    if (firstBytes(wait, true) < 0) {
                        return false;
                    }
                } catch (IOException e) {
                    return false; // the idle timeout, or closed (shutdown)
                }
            } else if (!in.awaitData()) {
                return false;
            }
        }
        return true;
    }

    /** {@code ms} after {@code now} (epoch milliseconds); a timeout too long for a long is the farthest instant. */
    private static Instant after(long now, long ms) {
        return Instant.ofEpochMilli(ms > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + ms);
    }

    /** Runs the handler; false when it failed and the connection must end. */
    private boolean runHandler(ServerResponse w) throws IOException {
        Request r = w.req;
        Handler h = server.handler();
        if (!server.disableGeneralOptionsHandler() && GlobalOptionsHandler.applies(r)) {
            h = GlobalOptionsHandler.INSTANCE; // Go's serverHandler: the server answers OPTIONS *
        }
        try {
            h.serveHTTP(w, r);
            return true;
        } catch (Throwable t) {
            if (hijacked) {
                // The connection is the handler's now: an IOException is its failure (a peer that
                // went away, a broken pipe), which Go's server never logs. A real panic is logged.
                if (!(t instanceof IOException)) {
                    server.logf("http: panic serving " + remoteAddr + " after hijack: " + Server.describe(t));
                }
                return false;
            }
            IOException bodyFailure = w.body.failure();
            boolean formFailure = r.isFormFailure(t) && t != bodyFailure && !(t instanceof MaxBytesException);
            // The client's doing (it went away, or sent a bad body or form): not worth a log line.
            boolean clientsFault = out.error() != null || (bodyFailure != null && t == bodyFailure)
                    || t instanceof MaxBytesException || formFailure;
            if (!clientsFault) {
                server.logf("http: panic serving " + remoteAddr + ": " + Server.describe(t));
            }
            out.discard();
            if (!w.committed() && out.error() == null) {
                int code = Status.INTERNAL_SERVER_ERROR;
                String why = null;
                if (t instanceof MaxBytesException) {
                    code = Status.REQUEST_ENTITY_TOO_LARGE;
                } else if (t == bodyFailure && t instanceof ProtocolException p) {
                    code = p.status();
                } else if (t == bodyFailure && t instanceof EOFException) {
                    code = Status.BAD_REQUEST;
                } else if (t == bodyFailure && t instanceof NetError n && n.isTimeout()) {
                    code = Status.REQUEST_TIMEOUT;
                } else if (formFailure) {
                    // Go's handlers answer a ParseForm error with 400 and its text; so does this
                    // server for one a handler lets escape (e.g. too many parameters).
                    code = Status.BAD_REQUEST;
                    why = t.getMessage();
                }
                replyError(code, r.method().equals("HEAD"), why);
            }
            return false; // cut the connection: a started response must not look complete
        }
    }

    void replyError(int code) {
        replyError(code, false);
    }

    /**
     * Go's reply to a request it cannot serve: a plain-text status, {@code Connection: close},
     * the body delimited by closing; then close, giving the client time to read it.
     */
    private void replyError(int code, boolean head) {
        replyError(code, head, null);
    }

    /** As {@link #replyError(int, boolean)}; a {@code why} goes after the status in the body, as Go's {@code badRequestError}. */
    private void replyError(int code, boolean head, String why) {
        String text = code + " " + Status.statusText(code);
        String body = code == Status.NOT_IMPLEMENTED ? "Unsupported transfer encoding"
                : why == null ? text : text + ": " + why;
        String msg = "HTTP/1.1 " + text + "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"
                + (head ? "" : body);
        try {
            conn.setWriteDeadline(Instant.now().plusMillis(server.writeTimeoutMillis() > 0
                    ? server.writeTimeoutMillis() : 10_000));
            out.write(msg);
            out.flush();
        } catch (IOException e) {
            return;
        }
        lingerClose();
    }

    /**
     * Go's {@code closeWriteAndWait}: after an early reply the client may still be sending; a
     * close with unread input would reset the connection and could destroy the reply. Half-close
     * a TCP or Unix connection, then read and drop input until the client closes or 500 ms pass.
     */
    private void lingerClose() {
        if (!(conn instanceof TCPConn) && !(conn instanceof UnixConn)) {
            return; // in-memory connections lose nothing on close
        }
        try {
            out.flush();
            if (conn instanceof TCPConn tcp) {
                tcp.closeWrite();
            } else {
                ((UnixConn) conn).closeWrite();
            }
            conn.setReadDeadline(Instant.now().plusMillis(LINGER_MILLIS));
            byte[] sink = new byte[4096];
            long left = 1 << 20;
            for (int n; left > 0 && (n = conn.read(sink, 0, sink.length)) >= 0;) {
                left -= n;
            }
        } catch (IOException e) {
            // deadline or reset: close now
        }
    }

    /** Go's {@code hijackLocked}: the server lets go of the connection and its buffered input. */
    Hijacked hijack() throws IOException {
        hijacked = true;
        int n = reader.buffered();
        byte[] first = new byte[n];
        int got = 0;
        while (got < n) {
            got += reader.source().read(first, got, n - got);
        }
        byte[] ahead = in.takePending();
        byte[] all = first;
        if (ahead.length > 0) {
            all = new byte[n + ahead.length];
            System.arraycopy(first, 0, all, 0, n);
            System.arraycopy(ahead, 0, all, n, ahead.length);
        }
        conn.setDeadline(null);
        server.setState(this, ConnState.HIJACKED);
        return new Hijacked(conn, all);
    }

    void closeQuietly() {
        try {
            conn.close();
        } catch (IOException e) {
            // closing twice reports the closed error; the connection is closed either way
        }
    }
}
