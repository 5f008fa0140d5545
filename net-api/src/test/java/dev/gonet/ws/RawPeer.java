package dev.gonet.ws;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.TestThreads;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

/**
 * The other end of a {@link WebSocketConn} under test, speaking frames by hand: it can send what
 * no well-behaved peer would (bad frames, no pongs, no close reply) and see exactly which frames
 * arrive.
 */
final class RawPeer implements AutoCloseable {
    final Conn conn;
    final FrameWriter out;
    final FrameReader in;
    final InputStream stream;

    RawPeer(Conn conn, Role role) {
        this.conn = conn;
        this.stream = conn.inputStream();
        this.out = new FrameWriter(conn.outputStream(), role, new Random(1));
        this.in = new FrameReader(stream, role);
    }

    /** Connected mem conns: [0] for the conn under test, [1] for the raw peer. */
    static Conn[] memPair() throws IOException {
        try (Listener ln = Net.listen("mem", "")) {
            Conn dialed = Net.dial("mem", ln.addr().toString());
            return new Conn[] {dialed, ln.accept()};
        }
    }

    /** A conn under test for {@code role} over mem, and a raw peer of the other role; returns the peer. */
    static RawPeer open(Role role, WebSocketConfig config, WebSocketConn[] under) throws IOException {
        Conn[] p = memPair();
        under[0] = WebSocketConn.over(p[0], null, role, "ws", "", config.withPlatform(TestThreads.INSTANCE));
        return new RawPeer(p[1], role == Role.CLIENT ? Role.SERVER : Role.CLIENT);
    }

    /** The next frame that is not a pong (pongs to pings we did not send are allowed). */
    Frame next() throws IOException {
        while (true) {
            Frame f = in.readFrame();
            if (f.opcode() != Opcode.PONG) {
                return f;
            }
        }
    }

    /** Writes raw bytes (a hand-made frame). */
    void raw(byte... b) throws IOException {
        conn.write(b);
    }

    @Override
    public void close() throws IOException {
        conn.close();
    }
}
