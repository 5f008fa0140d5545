package dev.gonet.ws;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads frames from a stream and enforces every framing rule of RFC 6455 for one role, so that
 * every frame it returns is legal in sequence:
 * <ul>
 *   <li>RSV1-3 must be 0 (no extension is ever negotiated), the opcode must be defined, and the
 *       mask bit must match the role (a server receives masked frames, a client unmasked);</li>
 *   <li>lengths use the shortest encoding, and a 64-bit length has its top bit clear;</li>
 *   <li>control frames carry at most 125 bytes and are never fragmented; a close payload is
 *       empty or a valid code plus a UTF-8 reason;</li>
 *   <li>a continuation frame needs a started message, and a new text or binary frame must wait
 *       until the started one is finished (control frames may come in between);</li>
 *   <li>a message (all its fragments) is at most {@code maxMessageSize} bytes, checked from the
 *       declared lengths before any payload is read, so memory stays bounded;</li>
 *   <li>text messages are valid UTF-8, checked incrementally across fragments.</li>
 * </ul>
 * A violation throws {@link WebSocketException} with the code to close with (1002, 1007 or
 * 1009); the stream ending throws one with {@link CloseCode#ABNORMAL_CLOSURE}. Both are final:
 * every later call throws the same exception.
 *
 * <p>With a {@code maxPieceSize} (the four-argument constructor) a data frame's payload is
 * returned in pieces of at most that many bytes, each as a frame of its own, exactly as if the
 * peer had fragmented the message that way (which RFC 6455 §5.4 lets any intermediary do): the
 * first piece keeps the frame's opcode, the others are continuations, and only the last piece of
 * a final frame has FIN set. Memory then stays at one piece however long the frame is, which is
 * what lets a connection stream messages instead of assembling them. Control frames are never
 * split.
 *
 * <p>Any other {@link IOException} comes from the stream and is passed through; the reader keeps
 * the part of the frame it already has, so after a timeout the next call resumes the same
 * frame. The reader reads exactly the frame's bytes, never ahead, and works with a stream that
 * returns one byte per read; give it a buffered stream for speed. Not thread-safe: one reader
 * thread at a time.
 */
public final class FrameReader {
    /** The default message size limit: 32 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 32 << 20;
    /** The largest array a JVM reliably allocates, and so the largest limit. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Payloads above this are read into a growing buffer, so a lying length cannot make us allocate it all. */
    private static final int FIRST_CHUNK = 64 * 1024;

    private final InputStream in;
    private final Role role;
    private final int maxMessageSize;
    private final int maxPieceSize;

    // The frame being read. The header is up to 2 + 8 + 4 bytes; hdrNeed grows once the first
    // two bytes tell how long it is.
    private final byte[] hdr = new byte[14];
    private int hdrRead;
    private int hdrNeed = 2;
    private boolean fin;
    private Opcode opcode;
    private boolean masked;
    private int len7;
    private boolean inFrame; // the header is read; the payload is not all returned yet
    private boolean inPayload; // a piece of the payload is being read
    private int length; // the frame's payload length
    private int frameDone; // payload bytes returned in earlier pieces of this frame
    private int pieceLength;
    private byte[] payload;
    private int payloadRead;

    // The data message in progress, across frames.
    private boolean inMessage;
    private boolean textMessage;
    private long messageSize;
    private final Utf8 utf8 = new Utf8();

    private WebSocketException failure;

    /**
     * A reader for {@code role} with the {@link #DEFAULT_MAX_MESSAGE_SIZE default} message limit.
     *
     * @param in the stream to read frames from
     * @param role which end: {@link Role#CLIENT} or {@link Role#SERVER}
     */
    public FrameReader(InputStream in, Role role) {
        this(in, role, DEFAULT_MAX_MESSAGE_SIZE);
    }

    /**
     * A reader for {@code role} accepting messages up to {@code maxMessageSize} bytes (summed over
     * fragments); a larger one fails with {@link CloseCode#MESSAGE_TOO_BIG}.
     *
     * @param in the stream to read frames from
     * @param role which end: {@link Role#CLIENT} or {@link Role#SERVER}
     * @param maxMessageSize the largest message in bytes
     */
    public FrameReader(InputStream in, Role role, int maxMessageSize) {
        this(in, role, maxMessageSize, MAX_ARRAY);
    }

    /**
     * As {@link #FrameReader(InputStream, Role, int)}, returning data frames' payloads in pieces
     * of at most {@code maxPieceSize} bytes (at least 1; see the class comment).
     *
     * @param in the stream to read frames from
     * @param role which end: {@link Role#CLIENT} or {@link Role#SERVER}
     * @param maxMessageSize the largest message in bytes
     * @param maxPieceSize the max piece size
     */
    public FrameReader(InputStream in, Role role, int maxMessageSize, int maxPieceSize) {
        if (in == null || role == null) {
            throw new NullPointerException(in == null ? "in" : "role");
        }
        if (maxMessageSize < 0 || maxMessageSize > MAX_ARRAY) {
            throw new IllegalArgumentException("maxMessageSize " + maxMessageSize + " not in [0, " + MAX_ARRAY + "]");
        }
        if (maxPieceSize < 1) {
            throw new IllegalArgumentException("maxPieceSize " + maxPieceSize + " < 1");
        }
        this.in = in;
        this.role = role;
        this.maxMessageSize = maxMessageSize;
        this.maxPieceSize = maxPieceSize;
    }

    /** {@return which end this reader is} */
    public Role role() {
        return role;
    }

    /** {@return the largest message, in bytes, this reader accepts} */
    public int maxMessageSize() {
        return maxMessageSize;
    }

    /**
     * Reads the next frame (or piece of one), unmasked and checked (see the class comment).
     *
     * @return the frame
     * @throws IOException if the read fails: a timeout when the deadline passed, or the connection was closed
     */
    public Frame readFrame() throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            if (!inFrame) {
                readHeader();
                inFrame = true;
                frameDone = 0;
            }
            if (!inPayload) {
                startPiece();
            }
            readPayload();
            inPayload = false;
            byte[] p = payload;
            payload = null;
            if (masked) {
                unmask(p, hdr, hdrNeed(len7, true) - 4, frameDone);
            }
            boolean first = frameDone == 0;
            frameDone += p.length;
            boolean last = frameDone == length;
            if (last) {
                inFrame = false;
                hdrRead = 0;
                hdrNeed = 2;
            }
            return finish(p, first, last);
        } catch (WebSocketException e) {
            failure = e;
            throw e;
        }
    }

    private void readHeader() throws IOException {
        while (hdrRead < hdrNeed) {
            int n = in.read(hdr, hdrRead, hdrNeed - hdrRead);
            if (n < 0) {
                throw new WebSocketException(CloseCode.ABNORMAL_CLOSURE,
                        hdrRead == 0 ? "failed to read frame header: EOF" : "failed to read frame header: unexpected EOF");
            }
            hdrRead += n;
            if (hdrRead == 2 && hdrNeed == 2) {
                checkFirstBytes(hdr[0] & 0xFF, hdr[1] & 0xFF);
                hdrNeed = hdrNeed(len7, masked);
            }
        }
        long n = len7;
        if (len7 == 126) {
            n = (hdr[2] & 0xFF) << 8 | hdr[3] & 0xFF;
            if (n < 126) {
                throw protocol("received payload length " + n + " in 16 bits, where 7 bits suffice");
            }
        } else if (len7 == 127) {
            if ((hdr[2] & 0x80) != 0) {
                throw protocol("received header with negative payload length");
            }
            n = 0;
            for (int i = 2; i < 10; i++) {
                n = n << 8 | hdr[i] & 0xFF;
            }
            if (n < 65536) {
                throw protocol("received payload length " + n + " in 64 bits, where 16 bits suffice");
            }
        }
        if (!opcode.isControl() && messageSize(n) > maxMessageSize) {
            throw new WebSocketException(CloseCode.MESSAGE_TOO_BIG, "read limited at " + maxMessageSize + " bytes");
        }
        length = (int) n;
    }

    /** The next piece of the frame's payload: all of a control frame, at most maxPieceSize of a data frame. */
    private void startPiece() {
        pieceLength = opcode.isControl() ? length : Math.min(length - frameDone, maxPieceSize);
        payload = new byte[Math.min(pieceLength, FIRST_CHUNK)];
        payloadRead = 0;
        inPayload = true;
    }

    /** The size of the message once this frame's {@code n} bytes are added. */
    private long messageSize(long n) {
        return opcode == Opcode.CONTINUATION ? messageSize + n : n;
    }

    /** Checks what the first two bytes alone decide, before reading anything further. */
    private void checkFirstBytes(int b0, int b1) throws WebSocketException {
        fin = (b0 & 0x80) != 0;
        if ((b0 & 0x70) != 0) {
            throw protocol("received header with unexpected rsv bits set: " + ((b0 & 0x40) != 0) + ":"
                    + ((b0 & 0x20) != 0) + ":" + ((b0 & 0x10) != 0));
        }
        opcode = Opcode.of(b0 & 0x0F);
        if (opcode == null) {
            throw protocol("received unknown opcode " + (b0 & 0x0F));
        }
        masked = (b1 & 0x80) != 0;
        if (role == Role.SERVER && !masked) {
            throw protocol("received unmasked frame from client");
        }
        if (role == Role.CLIENT && masked) {
            throw protocol("received masked frame from server");
        }
        len7 = b1 & 0x7F;
        if (opcode.isControl()) {
            if (!fin) {
                throw protocol("received fragmented control frame");
            }
            if (len7 > Frame.MAX_CONTROL_PAYLOAD) {
                throw protocol("received control frame with extended payload length");
            }
        } else if (opcode == Opcode.CONTINUATION && !inMessage) {
            throw protocol("received continuation frame without text or binary frame");
        } else if (opcode != Opcode.CONTINUATION && inMessage) {
            throw protocol("received new data message without finishing the previous message");
        }
    }

    private static int hdrNeed(int len7, boolean masked) {
        return 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + (masked ? 4 : 0);
    }

    private void readPayload() throws IOException {
        while (payloadRead < pieceLength) {
            if (payloadRead == payload.length) {
                payload = Arrays.copyOf(payload, (int) Math.min(pieceLength, 2L * payload.length));
            }
            int n = in.read(payload, payloadRead, payload.length - payloadRead);
            if (n < 0) {
                throw new WebSocketException(CloseCode.ABNORMAL_CLOSURE, "failed to read frame payload: unexpected EOF");
            }
            payloadRead += n;
        }
    }

    /** Unmasks {@code p}, the payload bytes from {@code at} on (the key runs from the frame's first byte). */
    private static void unmask(byte[] p, byte[] key, int keyOff, int at) {
        for (int i = 0; i < p.length; i++) {
            p[i] ^= key[keyOff + ((at + i) & 3)];
        }
    }

    /**
     * The checks that need the payload, and the message state update, for a piece of the frame:
     * {@code first} and {@code last} say whether it starts and ends it (both for a whole frame).
     */
    private Frame finish(byte[] p, boolean first, boolean last) throws WebSocketException {
        if (opcode == Opcode.CLOSE) {
            String problem = CloseFrames.check(p, 0, p.length);
            if (problem != null) {
                throw new WebSocketException(problem == CloseFrames.BAD_REASON
                        ? CloseCode.INVALID_FRAME_PAYLOAD_DATA : CloseCode.PROTOCOL_ERROR,
                        "received invalid close payload: " + problem);
            }
        } else if (!opcode.isControl()) {
            if (first && opcode != Opcode.CONTINUATION) {
                inMessage = true;
                textMessage = opcode == Opcode.TEXT;
                messageSize = 0;
                utf8.reset();
            }
            boolean ends = fin && last; // the message ends with this piece
            messageSize += p.length;
            if (textMessage && !(utf8.feed(p, 0, p.length) && (!ends || utf8.atBoundary()))) {
                throw new WebSocketException(CloseCode.INVALID_FRAME_PAYLOAD_DATA, "received invalid UTF-8 in text message");
            }
            inMessage = !ends;
            return new Frame(ends, first ? opcode : Opcode.CONTINUATION, p);
        }
        return new Frame(fin, opcode, p);
    }

    private static WebSocketException protocol(String message) {
        return new WebSocketException(CloseCode.PROTOCOL_ERROR, message);
    }
}
