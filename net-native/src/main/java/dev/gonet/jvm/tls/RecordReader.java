package dev.gonet.jvm.tls;

import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.tls.TLSException;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * The unwrap side of one engine. Ciphertext read from the conn stays in {@code netIn} until a
 * whole record is there, and plaintext beyond what a caller asked for stays in {@code appIn}:
 * a read timeout in the middle of a record, or a small read buffer, loses nothing. Not
 * thread-safe: the connection's read lock guards every call.
 */
final class RecordReader {
    private final SSLEngine engine;
    private final Conn conn;
    private final RecordWriter writer;
    private final Object handshakeWaiters;
    private ByteBuffer netIn; // read mode: ciphertext not yet unwrapped
    private ByteBuffer appIn; // read mode: plaintext not yet returned
    private boolean eof;
    private IOException error; // sticky; never a timeout
    private boolean established; // the first handshake completed

    /** {@code handshakeWaiters} is notified whenever the handshake moves (a writer may wait for that). */
    RecordReader(SSLEngine engine, Conn conn, RecordWriter writer, Object handshakeWaiters) {
        this.engine = engine;
        this.conn = conn;
        this.writer = writer;
        this.handshakeWaiters = handshakeWaiters;
        this.netIn = ByteBuffer.allocate(engine.getSession().getPacketBufferSize()).flip();
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize()).flip();
    }

    /** Called once the first handshake completed: from then on TLS 1.2 handshake messages are refused. */
    void established() {
        established = true;
    }

    boolean hasData() {
        return appIn.hasRemaining();
    }

    /** Copies buffered plaintext; call when {@link #hasData()}. */
    int take(byte[] b, int off, int len) {
        int n = Math.min(len, appIn.remaining());
        appIn.get(b, off, n);
        return n;
    }

    /** Whether the stream ended: the peer's close_notify, or the conn's end between records. */
    boolean eof() {
        return eof;
    }

    /** Throws the failure that ended reading, if any. */
    void checkError() throws IOException {
        if (error != null) {
            throw error;
        }
    }

    /** Unwraps one record if {@code netIn} holds one, else reads more ciphertext (may block). */
    void step() throws IOException {
        checkError();
        if (netIn.hasRemaining()) {
            SSLEngineResult r;
            appIn.compact();
            try {
                r = engine.unwrap(netIn, appIn);
            } catch (SSLException e) {
                throw fail(writer.fail(e));
            } finally {
                appIn.flip();
            }
            HandshakeStatus hs = r.getHandshakeStatus();
            if (hs != NOT_HANDSHAKING) {
                synchronized (handshakeWaiters) {
                    handshakeWaiters.notifyAll();
                }
            }
            switch (r.getStatus()) {
                case OK:
                    if (established && hs != NOT_HANDSHAKING && hs != HandshakeStatus.FINISHED
                            && "TLSv1.2".equals(engine.getSession().getProtocol())) {
                        // The peer started a renegotiation. Go refuses them (a client by default, a
                        // server always) and so do we: JSSE would go along, and a writer would have
                        // to wait for this reader to finish it.
                        TLSException refused = new TLSException("local error: tls: no renegotiation");
                        writer.poison(refused);
                        synchronized (handshakeWaiters) {
                            handshakeWaiters.notifyAll();
                        }
                        throw fail(refused);
                    }
                    writer.answer(hs);
                    if (r.bytesConsumed() > 0 || r.bytesProduced() > 0) {
                        return;
                    }
                    break;
                case CLOSED: // the peer's close_notify
                    eof = true;
                    writer.answer(hs);
                    return;
                case BUFFER_OVERFLOW:
                    appIn = grow(appIn, engine.getSession().getApplicationBufferSize());
                    return;
                default: // BUFFER_UNDERFLOW: the record is not complete yet
                    break;
            }
        }
        fill();
    }

    /** Reads more ciphertext from the conn into {@code netIn}, keeping what is there. */
    private void fill() throws IOException {
        if (netIn.position() == 0 && netIn.limit() == netIn.capacity()) {
            netIn = grow(netIn, engine.getSession().getPacketBufferSize());
        }
        netIn.compact();
        int n;
        try {
            n = conn.read(netIn.array(), netIn.arrayOffset() + netIn.position(), netIn.remaining());
        } catch (IOException e) {
            netIn.flip();
            throw e instanceof NetError ne && ne.isTimeout() ? e : fail(e);
        }
        if (n > 0) {
            netIn.position(netIn.position() + n);
        }
        netIn.flip();
        if (n < 0) {
            if (netIn.hasRemaining()) {
                throw fail(new TLSException("unexpected EOF")); // Go's io.ErrUnexpectedEOF
            }
            eof = true; // between records: Go's Read returns io.EOF
        }
    }

    private IOException fail(IOException e) {
        error = e;
        return e;
    }

    private static ByteBuffer grow(ByteBuffer b, int atLeast) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, atLeast));
        bigger.put(b).flip();
        return bigger;
    }
}
