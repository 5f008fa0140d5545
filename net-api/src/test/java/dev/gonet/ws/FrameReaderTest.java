package dev.gonet.ws;

import static dev.gonet.ws.Wire.ascii;
import static dev.gonet.ws.Wire.cat;
import static dev.gonet.ws.Wire.filled;
import static dev.gonet.ws.Wire.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.Failures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legal input: RFC 6455 §5.7's golden frames, length boundaries, EOF texts, resuming after a stream failure. */
class FrameReaderTest {
    private static final byte[] BIN256 = new byte[256];
    private static final byte[] BIN64K = new byte[65536];

    static {
        for (int i = 0; i < BIN64K.length; i++) {
            BIN64K[i] = (byte) (i * 7);
            if (i < 256) {
                BIN256[i] = (byte) i;
            }
        }
    }

    /** Role reading, wire bytes, the frames they hold. */
    private record Golden(String name, Role role, byte[] wire, List<Frame> frames) {
    }

    static List<Golden> golden() {
        return List.of(
                new Golden("unmasked Hello", Role.CLIENT, hex("81 05 48 65 6c 6c 6f"), List.of(Frame.text("Hello"))),
                new Golden("masked Hello", Role.SERVER, hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"), List.of(Frame.text("Hello"))),
                new Golden("fragmented Hel+lo", Role.CLIENT, hex("01 03 48 65 6c 80 02 6c 6f"),
                        List.of(new Frame(false, Opcode.TEXT, ascii("Hel")), new Frame(true, Opcode.CONTINUATION, ascii("lo")))),
                new Golden("unmasked ping Hello", Role.CLIENT, hex("89 05 48 65 6c 6c 6f"), List.of(Frame.ping(ascii("Hello")))),
                new Golden("masked pong Hello", Role.SERVER, hex("8a 85 37 fa 21 3d 7f 9f 4d 51 58"), List.of(Frame.pong(ascii("Hello")))),
                new Golden("256-byte binary", Role.CLIENT, cat(hex("82 7E 01 00"), BIN256), List.of(Frame.binary(BIN256))),
                new Golden("64 KiB binary", Role.CLIENT, cat(hex("82 7F 00 00 00 00 00 01 00 00"), BIN64K), List.of(Frame.binary(BIN64K))),
                new Golden("masked 256-byte binary", Role.SERVER, Wire.fromClient(0x82, BIN256), List.of(Frame.binary(BIN256))),
                new Golden("close 1000 bye", Role.CLIENT, hex("88 05 03 e8 62 79 65"), List.of(Frame.close(1000, "bye"))),
                new Golden("empty close", Role.SERVER, hex("88 80 37 fa 21 3d"), List.of(new Frame(true, Opcode.CLOSE, new byte[0]))),
                new Golden("ping inside a fragmented message", Role.CLIENT, hex("01 01 61 89 00 00 01 62 80 01 63"),
                        List.of(new Frame(false, Opcode.TEXT, ascii("a")), Frame.ping(new byte[0]),
                                new Frame(false, Opcode.CONTINUATION, ascii("b")), new Frame(true, Opcode.CONTINUATION, ascii("c")))));
    }

    @Test
    void goldenFrames() throws IOException {
        Failures f = new Failures();
        for (Golden g : golden()) {
            for (Wire.Feed feed : Wire.feeds()) {
                f.row();
                FrameReader r = new FrameReader(feed.of(g.wire), g.role);
                List<Frame> got = new ArrayList<>();
                for (int i = 0; i < g.frames.size(); i++) {
                    got.add(r.readFrame());
                }
                f.expect(g.name + " (" + feed.name() + ")", got, g.frames);
                WebSocketException end = assertThrows(WebSocketException.class, r::readFrame);
                f.expect(g.name + " end", end.getMessage() + " " + end.code(), "failed to read frame header: EOF 1006");
            }
        }
        f.done(22);
    }

    @Test
    void lengthBoundariesUseEveryEncoding() throws IOException {
        for (int n : new int[] {0, 1, 125, 126, 127, 128, 65535, 65536, 65537, 200_000}) {
            byte[] p = filled(n, 'x');
            for (Role role : Role.values()) {
                for (Wire.Feed feed : Wire.feeds()) {
                    Frame got = new FrameReader(feed.of(Wire.toReader(role, 0x82, p)), role).readFrame();
                    assertEquals(Frame.binary(p), got, n + " bytes, " + role + ", " + feed.name());
                }
            }
        }
    }

    @Test
    void closeFrameAccessors() throws IOException {
        Frame f = new FrameReader(new ByteArrayInputStream(hex("88 05 0f a0 c3 a9 21")), Role.CLIENT).readFrame();
        assertEquals(4000, f.closeCode());
        assertEquals("é!", f.closeReason());
        Frame empty = new FrameReader(new ByteArrayInputStream(hex("88 00")), Role.CLIENT).readFrame();
        assertEquals(CloseCode.NO_STATUS_RCVD, empty.closeCode());
        assertEquals("", empty.closeReason());
    }

    private record TruncatedCase(String hex, String err) {
    }

    @Test
    void truncatedStreamsEndWithAbnormalClosure() {
        // Where the stream stops, and the text: Go's io.ReadFull distinguishes EOF (nothing read) from unexpected EOF.
        TruncatedCase[] rows = {
            new TruncatedCase("", "failed to read frame header: EOF"),
            new TruncatedCase("81", "failed to read frame header: unexpected EOF"),
            new TruncatedCase("81 fe 00", "failed to read frame header: unexpected EOF"),
            new TruncatedCase("81 ff 00 00 00 00 00 01 00", "failed to read frame header: unexpected EOF"),
            new TruncatedCase("81 85 37 fa", "failed to read frame header: unexpected EOF"),
            new TruncatedCase("81 05 48 65", "failed to read frame payload: unexpected EOF"),
            new TruncatedCase("81 85 37 fa 21 3d 7f", "failed to read frame payload: unexpected EOF"),
        };
        Failures f = new Failures();
        for (TruncatedCase row : rows) {
            for (Wire.Feed feed : Wire.feeds()) {
                f.row();
                byte[] b = hex(row.hex());
                Role role = b.length > 1 && (b[1] & 0x80) != 0 ? Role.SERVER : Role.CLIENT;
                FrameReader r = new FrameReader(feed.of(b), role);
                WebSocketException e = assertThrows(WebSocketException.class, r::readFrame);
                f.expect("read(" + row.hex() + ") " + feed.name(), e.code() + " " + e.getMessage(),
                        "1006 " + row.err());
                f.expect("again(" + row.hex() + ")", assertThrows(WebSocketException.class, r::readFrame), e);
            }
        }
        f.done(14);
    }

    @Test
    void resumesAfterStreamFailure() throws IOException {
        // Every golden stream, read through a stream that fails every other call: the timeouts
        // pass through unwrapped and no frame is lost or corrupted.
        for (Golden g : golden()) {
            for (int chunk : new int[] {1, 3, 1 << 20}) {
                if (chunk == 1 && g.wire.length > 4096) {
                    continue; // 64 Ki timeouts prove nothing more than 4 Ki and cost a second
                }
                FrameReader r = new FrameReader(new Wire.Stuttering(g.wire, chunk), g.role);
                List<Frame> got = new ArrayList<>();
                int timeouts = 0;
                while (got.size() < g.frames.size()) {
                    try {
                        got.add(r.readFrame());
                    } catch (WebSocketException e) {
                        throw e;
                    } catch (IOException e) {
                        assertEquals(Wire.Stuttering.TEXT, e.getMessage());
                        timeouts++;
                    }
                }
                assertEquals(g.frames, got, g.name + " chunk " + chunk);
                assertEquals(true, timeouts > 0, g.name);
            }
        }
    }

    @Test
    void readsNoFurtherThanTheFrame() throws IOException {
        byte[] wire = cat(Wire.fromServer(0x81, ascii("ab")), hex("ff ff ff"));
        Wire.OneByte in = new Wire.OneByte(wire);
        new FrameReader(in, Role.CLIENT).readFrame();
        assertEquals(4, in.position());
    }

    @Test
    void messageLimitCountsFragmentsButNotControlFrames() throws IOException {
        // Exactly at the limit passes; a ping between fragments does not count towards it.
        byte[] wire = cat(Wire.fromServer(0x02, filled(6, 1)), Wire.fromServer(0x89, filled(100, 2)),
                Wire.fromServer(0x80, filled(4, 3)), Wire.fromServer(0x82, filled(10, 4)));
        FrameReader r = new FrameReader(new ByteArrayInputStream(wire), Role.CLIENT, 10);
        for (int i = 0; i < 4; i++) {
            r.readFrame();
        }
        assertEquals(10, r.maxMessageSize());
        assertSame(Role.CLIENT, r.role());
        assertEquals(1006, assertThrows(WebSocketException.class, r::readFrame).code());
    }

    @Test
    void rejectsBadArguments() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> new FrameReader(in, Role.CLIENT, -1));
        assertThrows(IllegalArgumentException.class, () -> new FrameReader(in, Role.CLIENT, Integer.MAX_VALUE));
        assertThrows(NullPointerException.class, () -> new FrameReader(null, Role.CLIENT));
        assertThrows(NullPointerException.class, () -> new FrameReader(in, null));
        assertEquals(FrameReader.DEFAULT_MAX_MESSAGE_SIZE, new FrameReader(in, Role.SERVER).maxMessageSize());
    }

    /**
     * With a piece size, a frame's payload comes back in pieces, as if the peer had fragmented
     * the message: first piece with the opcode, continuations after, FIN only on the very last;
     * masked payloads unmask across piece boundaries; control frames stay whole; a text
     * message's UTF-8 is checked across pieces (a code point split between two is fine).
     */
    @Test
    void piecesSplitDataFramesLikeFragments() throws IOException {
        byte[] text = Utf8.encode("h\u00e9llo w\u00f6rld"); // 2-byte code points at 1-2 and 8-9
        record Row(String name, Role role, byte[] wire, int piece, List<Frame> frames) {
        }
        List<Row> rows = List.of(
                new Row("binary 10 in 4s", Role.CLIENT, Wire.fromServer(0x82, ascii("0123456789")), 4,
                        List.of(new Frame(false, Opcode.BINARY, ascii("0123")), new Frame(false, Opcode.CONTINUATION,
                                ascii("4567")), new Frame(true, Opcode.CONTINUATION, ascii("89")))),
                new Row("masked binary 10 in 3s", Role.SERVER, Wire.fromClient(0x82, ascii("0123456789")), 3,
                        List.of(new Frame(false, Opcode.BINARY, ascii("012")), new Frame(false, Opcode.CONTINUATION,
                                ascii("345")), new Frame(false, Opcode.CONTINUATION, ascii("678")),
                                new Frame(true, Opcode.CONTINUATION, ascii("9")))),
                new Row("text split inside code points", Role.SERVER, Wire.fromClient(0x81, text), 2,
                        pieces(Opcode.TEXT, text, 2, true)),
                new Row("unfinished fragment, then its end", Role.CLIENT,
                        cat(Wire.fromServer(0x02, ascii("abcde")), Wire.fromServer(0x89, ascii("p")),
                                Wire.fromServer(0x80, ascii("fgh"))), 3,
                        List.of(new Frame(false, Opcode.BINARY, ascii("abc")),
                                new Frame(false, Opcode.CONTINUATION, ascii("de")), Frame.ping(ascii("p")),
                                new Frame(true, Opcode.CONTINUATION, ascii("fgh")))),
                new Row("control frames are never split", Role.CLIENT, Wire.fromServer(0x88, Wire.closePayload(1000,
                        "a reason longer than the piece")), 1, List.of(Frame.close(1000, "a reason longer than the piece"))),
                new Row("empty frame", Role.CLIENT, Wire.fromServer(0x82, new byte[0]), 1,
                        List.of(Frame.binary(new byte[0]))));
        Failures f = new Failures();
        for (Row row : rows) {
            for (Wire.Feed feed : Wire.feeds()) {
                f.row();
                FrameReader r = new FrameReader(feed.of(row.wire), row.role, 1 << 20, row.piece);
                List<Frame> got = new ArrayList<>();
                for (int i = 0; i < row.frames.size(); i++) {
                    got.add(r.readFrame());
                }
                f.expect(row.name + " (" + feed.name() + ")", got, row.frames);
            }
        }
        f.done(12);
    }

    /** Invalid UTF-8 in a later piece fails there, with 1007; a length over the limit fails before any piece. */
    @Test
    void piecesKeepTheMessageChecks() throws IOException {
        FrameReader r = new FrameReader(new ByteArrayInputStream(Wire.fromServer(0x81, cat(ascii("ok"), hex("ff")))),
                Role.CLIENT, 1 << 20, 2);
        assertEquals(new Frame(false, Opcode.TEXT, ascii("ok")), r.readFrame());
        WebSocketException e = assertThrows(WebSocketException.class, r::readFrame);
        assertEquals(CloseCode.INVALID_FRAME_PAYLOAD_DATA, e.code());
        FrameReader big = new FrameReader(new ByteArrayInputStream(Wire.fromServer(0x82, new byte[100])), Role.CLIENT,
                99, 10);
        assertEquals(CloseCode.MESSAGE_TOO_BIG, assertThrows(WebSocketException.class, big::readFrame).code());
        assertThrows(IllegalArgumentException.class, () -> new FrameReader(new ByteArrayInputStream(new byte[0]),
                Role.CLIENT, 10, 0));
    }

    /** {@code data} as pieces of {@code n}: the first with {@code op}, FIN on the last when {@code fin}. */
    private static List<Frame> pieces(Opcode op, byte[] data, int n, boolean fin) {
        List<Frame> out = new ArrayList<>();
        for (int at = 0; at < data.length; at += n) {
            byte[] p = java.util.Arrays.copyOfRange(data, at, Math.min(data.length, at + n));
            out.add(new Frame(fin && at + n >= data.length, at == 0 ? op : Opcode.CONTINUATION, p));
        }
        return out;
    }
}
