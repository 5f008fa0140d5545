package dev.gonet.ws;

import dev.gonet.Conn;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;

/**
 * The write side of a {@link FramedConn}: its {@link FrameWriter} and the stream under it, which
 * lets several small messages leave in one {@link Conn#write}.
 *
 * <p>{@link #writeMessages} encodes a batch of queued messages (chosen by {@link #take}: small
 * ones, at most {@link #CAPACITY} bytes together) into one reusable buffer and writes it with one
 * call. A message bigger than the buffer is taken alone and its frames go straight to the
 * connection, never copied into the buffer. Everything happens under the writer's monitor, the
 * same one control frames take ({@link #writer()}), so a pong or close frame is never written
 * inside a frame or a batch: it goes before or after it, whole. Outside a batch the stream passes
 * writes straight through, as the connection's own stream does.
 */
final class FrameBatch extends OutputStream {
    /** The batch buffer's size; also the largest message that is copied into it. */
    static final int CAPACITY = 64 * 1024;
    /** Room counted for each message's frame header (2 + 8 length + 4 mask bytes at most). */
    private static final int HEADER = 14;

    private final Conn conn;
    private final FrameWriter writer; // its monitor guards everything below
    private final byte[] buf = new byte[CAPACITY];
    private int n; // bytes of buf in use
    private boolean holding; // inside writeMessages: collect instead of passing through

    FrameBatch(Conn conn, Role role, Random random) {
        this.conn = conn;
        this.writer = new FrameWriter(this, role, random);
    }

    /** The frame writer; take its monitor around every use. */
    FrameWriter writer() {
        return writer;
    }

    /**
     * Copies the head of {@code queue} into {@code into} (cleared first) without removing it: one
     * large message alone, or the run of small messages that fits in the buffer.
     */
    static void take(ArrayDeque<byte[]> queue, List<byte[]> into) {
        into.clear();
        int size = 0;
        for (byte[] m : queue) {
            int cost = m.length + HEADER;
            if (!into.isEmpty() && (cost > CAPACITY || size + cost > CAPACITY)) {
                break;
            }
            into.add(m);
            size += cost;
            if (cost > CAPACITY) {
                break; // a large message goes alone
            }
        }
    }

    /**
     * Writes {@code ms} as binary messages, in order: small ones collected and sent with one
     * {@link Conn#write}, a large one directly. On failure nothing more of the batch is sent.
     */
    void writeMessages(List<byte[]> ms) throws IOException {
        synchronized (writer) {
            if (ms.size() == 1 && ms.get(0).length + HEADER > CAPACITY) {
                writer.writeMessage(MessageType.BINARY, ms.get(0)); // passes straight through
                return;
            }
            holding = true;
            try {
                for (byte[] m : ms) {
                    writer.writeMessage(MessageType.BINARY, m);
                }
            } catch (IOException | RuntimeException e) {
                n = 0; // the conn fails: what was collected is not sent
                throw e;
            } finally {
                holding = false;
            }
            push();
        }
    }

    private void push() throws IOException {
        if (n > 0) {
            int k = n;
            n = 0;
            conn.write(buf, 0, k);
        }
    }

    // ---- the stream under the FrameWriter (called with the writer's monitor held) ----

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (!holding) {
            conn.write(b, off, len);
            return;
        }
        if (len > CAPACITY - n) {
            push(); // a frame that does not fit: what came before leaves first
            if (len > CAPACITY) {
                conn.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    @Override
    public void flush() {
        // FrameWriter flushes after every message; a batch is written by writeMessages.
    }

    @Override
    public void close() throws IOException {
        conn.close();
    }
}
