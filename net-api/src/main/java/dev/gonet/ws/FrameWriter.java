package dev.gonet.ws;

import dev.gonet.Sentinel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;

/**
 * Writes frames for one role (RFC 6455 §5): a client masks every frame with a fresh 4-byte key
 * drawn from the {@link Random} it was given (pass a {@link java.security.SecureRandom} on the
 * JVM; TeaVM's {@code Random} is what the browser has), a server sends unmasked frames. Lengths
 * always use the shortest encoding; RSV bits are always 0.
 *
 * <p>{@link #writeMessage} splits a message into fragments of at most {@code fragmentSize}
 * bytes. Every call writes whole frames and then flushes the stream. What the writer refuses:
 * <ul>
 *   <li>a frame that could never be legal: {@link Frame}'s constructor already rejects it;</li>
 *   <li>a text message that is not valid UTF-8, or a data frame out of sequence (a continuation
 *       with no message started, a new message while one is fragmented):
 *       {@link IllegalArgumentException} / {@link IllegalStateException}, since that is a bug
 *       in the caller;</li>
 *   <li>anything after a close frame: {@link dev.gonet.SentinelException} of kind
 *       {@link Sentinel#CLOSED} ({@code use of closed network connection}), as Go's
 *       {@code coder/websocket} returns {@code net.ErrClosed}, because another thread may have
 *       sent the close legitimately.</li>
 * </ul>
 * Not thread-safe: the connection layer serializes writers (control frames may be written
 * between the fragments of a message, but not in the middle of a frame).
 */
public final class FrameWriter {
    /** The default fragment size: 32 KiB. */
    public static final int DEFAULT_FRAGMENT_SIZE = 32 * 1024;
    /** Frames up to this size are written with one {@code write} call (header and payload together). */
    private static final int COALESCE = 8 * 1024;

    private final OutputStream out;
    private final Role role;
    private final Random random;
    private final int fragmentSize;
    private boolean inMessage;
    private boolean closeSent;

    /**
     * A writer with the {@link #DEFAULT_FRAGMENT_SIZE default} fragment size.
     *
     * @param out the stream to write to
     * @param role which end: {@link Role#CLIENT} or {@link Role#SERVER}
     * @param random the source of masking keys
     */
    public FrameWriter(OutputStream out, Role role, Random random) {
        this(out, role, random, DEFAULT_FRAGMENT_SIZE);
    }

    /**
     * A writer for {@code role}. {@code random} supplies the masking keys and must be non-null
     * for a client; a server ignores it (it may be null). {@code fragmentSize} is the largest
     * data frame payload {@link #writeMessage} produces; at least 1.
     *
     * @param out the stream to write to
     * @param role which end: {@link Role#CLIENT} or {@link Role#SERVER}
     * @param random the source of masking keys
     * @param fragmentSize the fragment size
     */
    public FrameWriter(OutputStream out, Role role, Random random, int fragmentSize) {
        if (out == null || role == null) {
            throw new NullPointerException(out == null ? "out" : "role");
        }
        if (role == Role.CLIENT && random == null) {
            throw new NullPointerException("a client needs a random source for masking keys");
        }
        if (fragmentSize < 1) {
            throw new IllegalArgumentException("fragmentSize " + fragmentSize + " < 1");
        }
        this.out = out;
        this.role = role;
        this.random = random;
        this.fragmentSize = fragmentSize;
    }

    /** {@return which end this writer is} */
    public Role role() {
        return role;
    }

    /** {@return the largest payload one frame carries; longer messages are fragmented} */
    public int fragmentSize() {
        return fragmentSize;
    }

    /** {@return whether a close frame has been written; after it nothing more can be} */
    public boolean closeSent() {
        return closeSent;
    }

    /**
     * Writes one frame, checking that it fits the sequence so far, and flushes.
     *
     * @param frame the frame
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    public void writeFrame(Frame frame) throws IOException {
        write(frame.fin(), frame.opcode(), frame.payload(), 0, frame.length());
        out.flush();
    }

    /**
     * Writes {@code data} as one message, fragmented by {@code fragmentSize}, and flushes.
     *
     * @param type text or binary
     * @param data the bytes
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    public void writeMessage(MessageType type, byte[] data) throws IOException {
        writeMessage(type, data, 0, data.length);
    }

    /**
     * Writes {@code data[off..off+len)} as one message of {@code type}: a single frame, or
     * fragments of {@code fragmentSize} bytes (an empty message is one empty frame). A text
     * message must be valid UTF-8; fragments may split a code point, as RFC 6455 allows.
     *
     * @param type text or binary
     * @param data the bytes
     * @param off where in {@code data} the message starts
     * @param len the message length
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    public void writeMessage(MessageType type, byte[] data, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > data.length - off) {
            throw new IndexOutOfBoundsException("off " + off + " len " + len + " length " + data.length);
        }
        if (type == MessageType.TEXT && !Utf8.isValid(data, off, len)) {
            throw new IllegalArgumentException("text message is not valid UTF-8");
        }
        Opcode op = type.opcode();
        int end = off + len;
        int pos = off;
        do {
            int n = Math.min(fragmentSize, end - pos);
            write(pos + n == end, op, data, pos, n);
            op = Opcode.CONTINUATION;
            pos += n;
        } while (pos < end);
        out.flush();
    }

    /**
     * Writes {@code text} as one text message (an unpaired surrogate is sent as U+FFFD).
     *
     * @param text the message text
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    public void writeText(String text) throws IOException {
        writeMessage(MessageType.TEXT, Utf8.encode(text));
    }

    /**
     * Writes {@code data} as one binary message.
     *
     * @param data the bytes
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    public void writeBinary(byte[] data) throws IOException {
        writeMessage(MessageType.BINARY, data);
    }

    /**
     * Writes a ping carrying at most 125 bytes.
     *
     * @param payload the payload bytes
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    public void writePing(byte[] payload) throws IOException {
        writeFrame(Frame.ping(payload));
    }

    /**
     * Writes a pong carrying at most 125 bytes (an answer echoes the ping's payload).
     *
     * @param payload the payload bytes
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    public void writePong(byte[] payload) throws IOException {
        writeFrame(Frame.pong(payload));
    }

    /**
     * Writes the close frame: {@code code} and {@code reason} as {@link Frame#close} validates
     * them ({@link CloseCode#NO_STATUS_RCVD} sends an empty payload). Nothing can follow it.
     *
     * @param code the status code
     * @param reason the reason text
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    public void writeClose(int code, String reason) throws IOException {
        writeFrame(Frame.close(code, reason));
    }

    private void write(boolean fin, Opcode op, byte[] p, int off, int len) throws IOException {
        if (closeSent) {
            throw Sentinel.CLOSED.exception();
        }
        if (!op.isControl()) {
            if (op == Opcode.CONTINUATION && !inMessage) {
                throw new IllegalStateException("continuation frame without a started message");
            }
            if (op != Opcode.CONTINUATION && inMessage) {
                throw new IllegalStateException("new " + op + " message while a fragmented message is unfinished");
            }
            inMessage = !fin;
        } else if (op == Opcode.CLOSE) {
            closeSent = true;
        }
        boolean mask = role.masksOutgoing();
        int hlen = 2 + (len <= 125 ? 0 : len <= 0xFFFF ? 2 : 8) + (mask ? 4 : 0);
        boolean together = len <= COALESCE || mask;
        byte[] buf = new byte[together ? hlen + Math.min(len, COALESCE) : hlen];
        buf[0] = (byte) ((fin ? 0x80 : 0) | op.code());
        int i = 2;
        if (len <= 125) {
            buf[1] = (byte) len;
        } else if (len <= 0xFFFF) {
            buf[1] = 126;
            buf[i++] = (byte) (len >> 8);
            buf[i++] = (byte) len;
        } else {
            buf[1] = 127;
            for (int s = 56; s >= 0; s -= 8) {
                buf[i++] = (byte) ((long) len >> s);
            }
        }
        if (!mask) {
            if (together) {
                System.arraycopy(p, off, buf, hlen, len);
                out.write(buf, 0, hlen + len);
            } else {
                out.write(buf, 0, hlen);
                out.write(p, off, len);
            }
            return;
        }
        buf[1] |= (byte) 0x80;
        int key = random.nextInt();
        byte[] k = {(byte) (key >> 24), (byte) (key >> 16), (byte) (key >> 8), (byte) key};
        System.arraycopy(k, 0, buf, i, 4);
        // Mask into the buffer chunk by chunk: the caller's array is never modified, and a large
        // frame never needs a second full-size copy.
        int n = Math.min(len, buf.length - hlen);
        maskInto(p, off, 0, n, k, buf, hlen);
        out.write(buf, 0, hlen + n);
        for (int done = n; done < len; done += n) {
            n = Math.min(len - done, buf.length);
            maskInto(p, off, done, n, k, buf, 0);
            out.write(buf, 0, n);
        }
    }

    /** Masks payload bytes {@code [done, done+n)} (relative to {@code off}) into {@code buf} at {@code at}. */
    private static void maskInto(byte[] p, int off, int done, int n, byte[] k, byte[] buf, int at) {
        for (int j = 0; j < n; j++) {
            buf[at + j] = (byte) (p[off + done + j] ^ k[(done + j) & 3]);
        }
    }
}
