package dev.gonet.http;

import dev.gonet.NetError;
import dev.gonet.http.internal.Framing;
import dev.gonet.http.internal.ResponseHead;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * One request and its response on a {@link PersistConn} (Go's {@code persistConn.roundTrip}
 * with its write loop and read loop folded into two threads).
 *
 * <p>A request without a body is written by the calling thread. A request with a body is
 * written by a writer thread while the caller reads the response, as Go does, so a server that
 * answers before reading the whole body (a 413, a redirect) is not stuck behind it; with
 * {@code Expect: 100-continue} the writer sends the head, then waits for {@code 100 Continue}
 * (or the expect-continue timeout) before the body, and sends no body if a final status comes
 * first. The response header timeout starts once the request is written.
 *
 * <p>Deadlines are the connection's: write and read deadline at the request's deadline, the read
 * deadline pulled in to the header timeout until the head arrives.
 */
final class ClientExchange {
    private static final int MAX_1XX = 5;
    /** Go's {@code maxWriteWaitBeforeConnReuse}. */
    private static final long WRITE_WAIT_MILLIS = 50;
    private static final long WRITER_DONE_WAIT_MILLIS = 5_000;

    private final PersistConn pc;
    private final TransportRequest tr;
    private final Instant deadline;
    private long startRead;
    private long startWrite;
    // guarded by this
    private boolean writeDone;
    private IOException writeErr;
    private boolean bodySkipped;
    private int continueState; // 0 waiting, 1 send the body, 2 do not
    private boolean headReceived;
    private Instant headerDeadline;

    ClientExchange(PersistConn pc, TransportRequest tr) {
        this.pc = pc;
        this.tr = tr;
        this.deadline = tr.req.deadline();
    }

    Response run() throws IOException {
        Request req = tr.req;
        long length = tr.outgoingLength;
        boolean expect = length != 0 && Framing.containsToken(req.header().values("Expect"), "100-continue");
        String auth = pc.cm.proxyAuth();
        if (pc.cm.absoluteForm() && !auth.isEmpty()) {
            tr.extra.set("Proxy-Authorization", auth);
        }
        byte[] head = RequestWriter.head(req, pc.cm.absoluteForm(), tr.extra, length);
        pc.conn.setWriteDeadline(deadline);
        pc.conn.setReadDeadline(deadline);
        startRead = pc.counts.read;
        startWrite = pc.counts.written;
        if (length == 0) {
            IOException err = null;
            try {
                pc.out.write(head);
                pc.out.flush();
            } catch (IOException e) {
                err = e;
                pc.close();
            }
            writeFinished(err);
            if (err != null) {
                throw failure(err, true);
            }
        } else {
            pc.t.platform().startThread("http write " + pc.key(), () -> writeRequest(head, expect));
        }
        return readResponse(expect);
    }

    private void writeRequest(byte[] head, boolean expect) {
        IOException err = null;
        try {
            pc.out.write(head);
            if (expect) {
                pc.out.flush();
                if (!awaitContinue()) {
                    synchronized (this) {
                        bodySkipped = true;
                    }
                    return;
                }
            }
            RequestWriter.body(tr.body, tr.outgoingLength, tr.req.trailer(), pc.out);
            pc.out.flush();
        } catch (RequestWriter.BodyReadException e) {
            tr.bodyReadError = (IOException) e.getCause();
            err = e;
        } catch (IOException e) {
            err = e;
        } finally {
            closeQuietly(tr.body);
            writeFinished(err);
            if (err != null) {
                pc.close(); // Go's write loop closes the connection; the reader then fails too
            }
        }
    }

    private synchronized void writeFinished(IOException err) {
        writeDone = true;
        writeErr = err;
        notifyAll();
        long rht = pc.t.responseHeaderTimeoutMillis();
        if (err == null && rht > 0 && !headReceived) {
            headerDeadline = Instant.ofEpochMilli(System.currentTimeMillis() + rht);
            Instant d = deadline != null && deadline.isBefore(headerDeadline) ? deadline : headerDeadline;
            try {
                pc.conn.setReadDeadline(d);
            } catch (IOException e) {
                // the read fails on its own
            }
        }
    }

    /** The writer waits for 100 Continue; true to send the body. Go sends it when the timeout passes. */
    private synchronized boolean awaitContinue() {
        long end = System.currentTimeMillis() + pc.t.expectContinueTimeoutMillis();
        try {
            while (continueState == 0) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return true;
                }
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return continueState == 1;
    }

    private synchronized void signalContinue(boolean send) {
        if (continueState == 0) {
            continueState = send ? 1 : 2;
            notifyAll();
        }
    }

    private synchronized void awaitWriter(long maxMillis) {
        long end = System.currentTimeMillis() + maxMillis;
        while (!writeDone) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return;
            }
            try {
                wait(left);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Go's {@code wroteRequest}: the whole request went out (waiting briefly for the writer). */
    synchronized boolean wroteRequest() {
        long end = System.currentTimeMillis() + WRITE_WAIT_MILLIS;
        while (!writeDone) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return writeErr == null && !bodySkipped;
    }

    private Response readResponse(boolean expect) throws IOException {
        Request req = tr.req;
        ResponseHead h;
        int interim = 0;
        while (true) {
            try {
                h = pc.reader.readResponse(req.method());
            } catch (IOException e) {
                pc.close();
                signalContinue(false);
                throw failure(e, false);
            }
            if (expect) {
                if (h.statusCode() == 100) {
                    signalContinue(true);
                } else if (h.statusCode() >= 200) {
                    signalContinue(false);
                }
            }
            if (!h.isInterim()) {
                break;
            }
            if (++interim > MAX_1XX) {
                pc.close();
                throw new IOException("net/http: too many 1xx informational responses");
            }
        }
        synchronized (this) {
            headReceived = true;
            pc.conn.setReadDeadline(deadline);
        }
        return ResponseBody.build(this, pc, tr, h);
    }

    /**
     * Go's {@code mapRoundTripError}: what a failure before the response head means. The
     * request's own body error and the deadlines come first; then, if the server sent nothing,
     * the failure is marked so the transport may retry on another connection.
     */
    private IOException failure(IOException e, boolean fromWrite) {
        if (!fromWrite) {
            // Go waits for its write loop (<-pc.writeLoopDone) before judging what was written:
            // judging early can call a request "unsent" while the writer is still sending it,
            // and a POST would then go out twice. The connection is closed, so this is short.
            awaitWriter(WRITER_DONE_WAIT_MILLIS);
        }
        if (tr.bodyReadError != null) {
            return tr.bodyReadError;
        }
        boolean timeout = e instanceof NetError ne && ne.isTimeout();
        IOException cause = e;
        synchronized (this) {
            // A timeout is whichever deadline the connection had: the header timer when it was
            // the earlier one, else the request's deadline. Nothing else sets one.
            if (timeout && headerDeadline != null && (deadline == null || headerDeadline.isBefore(deadline))) {
                return HttpSentinel.RESPONSE_HEADER_TIMEOUT.exception(e);
            }
            if ((timeout && deadline != null) || HttpError.passed(deadline)) {
                return HttpSentinel.DEADLINE_EXCEEDED.exception(e);
            }
            if (!fromWrite && writeDone && writeErr != null && !(writeErr instanceof RequestWriter.BodyReadException)) {
                cause = writeErr; // the write failed first and broke the connection
                fromWrite = true;
            }
        }
        if (pc.counts.written == startWrite) {
            return new RoundTripFailure(RoundTripFailure.NOTHING_WRITTEN, unwrapped(cause));
        }
        if (!fromWrite && pc.counts.read == startRead) {
            return new RoundTripFailure(RoundTripFailure.READ_FROM_SERVER, unwrapped(cause));
        }
        if (cause instanceof ProtocolException p && p.reason().startsWith("server response headers exceeded")) {
            return new IOException("net/http: server response headers exceeded " + pc.t.maxResponseHeaderBytes()
                    + " bytes; aborted", p);
        }
        return new IOException("net/http: HTTP/1.x transport connection broken: " + cause.getMessage(), cause);
    }

    /** The error as Go reports a failed first read: {@code EOF} rather than {@code unexpected EOF}. */
    private IOException unwrapped(IOException e) {
        if (e instanceof EOFException && pc.counts.read == startRead) {
            EOFException eof = new EOFException("EOF");
            eof.initCause(e);
            return eof;
        }
        return e;
    }

    Instant deadline() {
        return deadline;
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the caller's stream: nothing we can do
        }
    }

    /** Go's {@code isProtocolSwitchHeader}: {@code Connection: upgrade} with an {@code Upgrade} field. */
    static boolean isProtocolSwitch(Header h) {
        List<String> conn = h.values("Connection");
        return !h.get("Upgrade").isEmpty() && Framing.containsToken(conn, "upgrade");
    }
}
