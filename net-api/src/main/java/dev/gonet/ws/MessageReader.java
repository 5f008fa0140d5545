package dev.gonet.ws;

import java.io.IOException;
import java.util.Arrays;

/**
 * Reads whole messages from a {@link FrameReader} and runs the reading half of the connection's
 * control protocol (RFC 6455 §5.5, §7):
 * <ul>
 *   <li>fragments are joined into one {@link Message}; control frames between them are handled
 *       on the way;</li>
 *   <li>a ping is answered with a pong echoing its payload, through
 *       {@link ControlHandler#sendPong} (not after this side's close was claimed); pongs go to
 *       {@link ControlHandler#onPong};</li>
 *   <li>the peer's close frame is answered once with a close carrying the same code (1000 when
 *       the peer sent none), through {@link ControlHandler#replyToClose}, unless this side
 *       already sent its close; then the read throws
 *       {@link CloseException} and so does every later read: nothing more is read from the
 *       stream;</li>
 *   <li>a protocol violation fails the connection: the reader sends a close with the
 *       violation's code (1002, 1007, 1009) and its text as reason, once, then throws the
 *       {@link WebSocketException}, now and on every later read. The stream ending without a
 *       close frame throws a {@code WebSocketException} with code 1006 and sends nothing.</li>
 * </ul>
 * Exactly one close frame leaves this side: whoever wins {@link #beginClose()} sends it. To close
 * from this side, the connection layer calls {@code beginClose()}, sends its close frame when
 * that returned true, then {@link #awaitClose()} for the peer's answer (under a deadline).
 *
 * <p>{@link #readFragment()} is the streaming alternative to {@link #readMessage()}: it returns
 * each data frame as it comes (or each piece of one, from a {@link FrameReader} that splits
 * payloads), with the same control handling, and never holds more than that frame. Use one or
 * the other on a reader, not both.
 *
 * <p>Other {@link IOException}s (timeouts, resets) come straight from the stream; the partly
 * read message is kept, so a later read resumes it. {@code readMessage}, {@code readFragment}
 * and {@code awaitClose} belong to one reading thread; {@code beginClose} and {@code state} may
 * be called from any.
 */
public final class MessageReader {
    /** Where the close handshake stands. */
    public enum State {
        /** No close frame sent or received. */
        OPEN,
        /** This side claimed (and is sending or sent) its close frame; the peer's has not come. */
        CLOSE_SENT,
        /** Both close frames exchanged, or the connection failed: reading is over. */
        CLOSED
    }

    private final FrameReader frames;
    private final ControlHandler control;

    private final Object lock = new Object();
    private boolean closeClaimed;
    private boolean closed;

    /** The final exception (the peer's close, a violation, EOF); reading thread only. */
    private WebSocketException terminal;
    private MessageType type;
    private byte[] buf;
    private int size;

    /**
     * Reads messages from {@code frames}, handing control frames to {@code control}.
     *
     * @param frames the frames
     * @param control the control
     */
    public MessageReader(FrameReader frames, ControlHandler control) {
        if (frames == null || control == null) {
            throw new NullPointerException(frames == null ? "frames" : "control");
        }
        this.frames = frames;
        this.control = control;
    }

    /**
     * {@return the next data message; see the class comment for what happens on the way}
     *
     * @throws IOException if the read fails: a timeout when the deadline passed, or the connection was closed
     */
    public Message readMessage() throws IOException {
        while (true) {
            Frame f = next();
            if (f.opcode() == Opcode.CONTINUATION && type == null) {
                continue; // the rest of a message awaitClose began discarding
            }
            if (f.opcode() != Opcode.CONTINUATION) {
                type = f.opcode() == Opcode.TEXT ? MessageType.TEXT : MessageType.BINARY;
                buf = f.payload();
                size = buf.length;
            } else {
                append(f.payload());
            }
            if (f.fin()) {
                Message m = new Message(type, size == buf.length ? buf : Arrays.copyOf(buf, size));
                type = null;
                buf = null;
                size = 0;
                return m;
            }
        }
    }

    /**
     * {@return the next data frame, a fragment of a message in arrival order (text or binary, then
     *   continuations; {@link Frame#fin()} on the last one), after the control frames before it were
     *   handled as {@link #readMessage()} handles them} Its payload belongs to the caller.
     *
     * @throws IOException if the read fails: a timeout when the deadline passed, or the connection was closed
     */
    public Frame readFragment() throws IOException {
        return next();
    }

    /**
     * Claims the connection's single close frame: true for the first caller, who must now send
     * it (or has just sent it); false when a close was already claimed, by an earlier call or by
     * this reader answering the peer's close or failing the connection.
     *
     * @return whether this caller sends the close frame
     */
    public boolean beginClose() {
        synchronized (lock) {
            if (closeClaimed) {
                return false;
            }
            closeClaimed = true;
            return true;
        }
    }

    /**
     * After {@link #beginClose()}: reads until the peer's close frame and returns it. Data
     * messages are discarded, pings are not answered (this side has closed). Returns at once
     * when the peer's close already arrived; throws when the connection failed or the stream
     * ended first. Bound it with a read deadline: a peer may never answer.
     *
     * @return the peer's close
     * @throws IOException if the read fails: a timeout when the deadline passed, or the connection was closed
     */
    public CloseException awaitClose() throws IOException {
        synchronized (lock) {
            if (!closeClaimed) {
                throw new IllegalStateException("awaitClose before beginClose");
            }
        }
        type = null;
        buf = null;
        size = 0;
        while (true) {
            try {
                next();
            } catch (CloseException e) {
                return e;
            }
        }
    }

    /** {@return where the reader is in the close handshake} */
    public State state() {
        synchronized (lock) {
            return closed ? State.CLOSED : closeClaimed ? State.CLOSE_SENT : State.OPEN;
        }
    }

    /** The next data frame, after handling any control frames before it. */
    private Frame next() throws IOException {
        if (terminal != null) {
            throw terminal;
        }
        while (true) {
            Frame f;
            try {
                f = frames.readFrame();
            } catch (WebSocketException e) {
                throw fail(e);
            }
            switch (f.opcode()) {
                case PING -> {
                    control.onPing(f.payload());
                    if (!isCloseClaimed()) {
                        control.sendPong(f.payload());
                    }
                }
                case PONG -> control.onPong(f.payload());
                case CLOSE -> throw closeReceived(f);
                default -> {
                    return f;
                }
            }
        }
    }

    private CloseException closeReceived(Frame f) {
        CloseException e = new CloseException(f.closeCode(), f.closeReason());
        terminal = e;
        if (finish()) {
            int code = e.code() == CloseCode.NO_STATUS_RCVD ? CloseCode.NORMAL_CLOSURE : e.code();
            try {
                control.replyToClose(code);
            } catch (IOException x) {
                e.addSuppressed(x);
            }
        }
        return e;
    }

    private WebSocketException fail(WebSocketException e) {
        terminal = e;
        if (finish() && e.code() != CloseCode.ABNORMAL_CLOSURE) {
            try {
                control.sendClose(e.code(), reason(e.getMessage()));
            } catch (IOException x) {
                e.addSuppressed(x);
            }
        }
        return e;
    }

    /** Marks reading over and claims the close; true when this side must still send its close. */
    private boolean finish() {
        synchronized (lock) {
            closed = true;
            boolean mine = !closeClaimed;
            closeClaimed = true;
            return mine;
        }
    }

    private boolean isCloseClaimed() {
        synchronized (lock) {
            return closeClaimed;
        }
    }

    /** {@code text} cut to the 123 bytes a close reason may hold, on a code point boundary. */
    static String reason(String text) {
        byte[] b = Utf8.encode(text);
        if (b.length <= Frame.MAX_CLOSE_REASON) {
            return text;
        }
        int n = Frame.MAX_CLOSE_REASON;
        while ((b[n] & 0xC0) == 0x80) {
            n--; // b[n] would start the next code point; step back over continuation bytes
        }
        return Utf8.decode(b, 0, n);
    }

    private void append(byte[] p) {
        if (size + p.length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size + p.length, Math.min(2 * buf.length, frames.maxMessageSize())));
        }
        System.arraycopy(p, 0, buf, size, p.length);
        size += p.length;
    }
}
