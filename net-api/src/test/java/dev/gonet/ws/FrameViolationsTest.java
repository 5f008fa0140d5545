package dev.gonet.ws;

import static dev.gonet.ws.Wire.ascii;
import static dev.gonet.ws.Wire.cat;
import static dev.gonet.ws.Wire.closePayload;
import static dev.gonet.ws.Wire.filled;
import static dev.gonet.ws.Wire.fromClient;
import static dev.gonet.ws.Wire.fromServer;
import static dev.gonet.ws.Wire.hex;

import dev.gonet.http.Failures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every framing violation the reader must catch, each row with the close code it must map to,
 * run with whole and one-byte input. Legal frames before the bad one must still be returned.
 */
class FrameViolationsTest {
    private static final int LIMIT = 1000;

    /** {@code role} reads {@code wire}; {@code good} frames come first, then failure {@code code}. */
    private record Row(String name, Role role, byte[] wire, int good, int code, String text) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private static void server(String name, byte[] wire, int good, int code) {
        ROWS.add(new Row(name, Role.SERVER, wire, good, code, null));
    }

    private static void client(String name, byte[] wire, int good, int code) {
        ROWS.add(new Row(name, Role.CLIENT, wire, good, code, null));
    }

    private static void text(String name, Role role, byte[] wire, int code, String text) {
        text(name, role, wire, 0, code, text);
    }

    private record SplitCase(String first, String second) {
    }

    private static void text(String name, Role role, byte[] wire, int good, int code, String text) {
        ROWS.add(new Row(name, role, wire, good, code, text));
    }

    static {
        byte[] a = ascii("a");
        byte[] okText = fromClient(0x81, a);
        // Reserved bits: no extension is negotiated, so any RSV bit is an error.
        server("rsv1 on text", fromClient(0xC1, a), 0, 1002);
        server("rsv2 on text", fromClient(0xA1, a), 0, 1002);
        server("rsv3 on text", fromClient(0x91, a), 0, 1002);
        server("all rsv on binary", fromClient(0xF2, a), 0, 1002);
        server("rsv1 on ping", fromClient(0xC9, a), 0, 1002);
        server("rsv2 on continuation", cat(fromClient(0x01, a), fromClient(0xA0, a)), 1, 1002);
        server("rsv3 after a good message", cat(okText, fromClient(0x91, a)), 1, 1002);
        // Reserved opcodes, data (3-7) and control (11-15).
        for (int op : new int[] {3, 4, 5, 6, 7, 11, 12, 13, 14, 15}) {
            server("reserved opcode " + op, fromClient(0x80 | op, a), 0, 1002);
        }
        server("reserved opcode 3 without fin", fromClient(0x03, a), 0, 1002);
        server("reserved opcode 11 after a good message", cat(okText, fromClient(0x8B, new byte[0])), 1, 1002);
        // Masking by role.
        server("unmasked text to server", fromServer(0x81, a), 0, 1002);
        server("unmasked ping to server", fromServer(0x89, a), 0, 1002);
        server("unmasked close to server", fromServer(0x88, closePayload(1000, "")), 0, 1002);
        client("masked text to client", fromClient(0x81, a), 0, 1002);
        client("masked pong to client", fromClient(0x8A, a), 0, 1002);
        client("masked continuation to client", cat(fromServer(0x01, a), fromClient(0x80, a)), 1, 1002);
        // Control frames: at most 125 bytes, never fragmented.
        server("ping of 126 bytes", fromClient(0x89, filled(126, 1)), 0, 1002);
        server("pong of 127 bytes (16-bit length)", fromClient(0x8A, filled(127, 1)), 0, 1002);
        client("close of 65536 bytes (64-bit length)", fromServer(0x88, filled(65536, 1)), 0, 1002);
        server("ping without fin", fromClient(0x09, a), 0, 1002);
        server("pong without fin", fromClient(0x0A, a), 0, 1002);
        server("close without fin", fromClient(0x08, closePayload(1000, "")), 0, 1002);
        server("ping without fin inside a message", cat(fromClient(0x01, a), fromClient(0x09, a)), 1, 1002);
        // Fragmentation sequence.
        server("continuation without a message", fromClient(0x80, a), 0, 1002);
        server("unfinished continuation without a message", fromClient(0x00, a), 0, 1002);
        server("continuation after a finished message", cat(okText, fromClient(0x80, a)), 1, 1002);
        server("text during fragmented text", cat(fromClient(0x01, a), fromClient(0x81, a)), 1, 1002);
        server("binary during fragmented text", cat(fromClient(0x01, a), fromClient(0x82, a)), 1, 1002);
        server("text during fragmented binary", cat(fromClient(0x02, a), fromClient(0x00, a), fromClient(0x81, a)), 2, 1002);
        server("unfinished binary during fragmented binary", cat(fromClient(0x02, a), fromClient(0x02, a)), 1, 1002);
        // Length encodings: shortest form only, 64-bit top bit clear.
        client("16-bit length 0", hex("82 7e 00 00"), 0, 1002);
        client("16-bit length 125", cat(hex("82 7e 00 7d"), filled(125, 0)), 0, 1002);
        client("64-bit length 0", hex("82 7f 00 00 00 00 00 00 00 00"), 0, 1002);
        client("64-bit length 126", cat(hex("82 7f 00 00 00 00 00 00 00 7e"), filled(126, 0)), 0, 1002);
        client("64-bit length 65535", cat(hex("82 7f 00 00 00 00 00 00 ff ff"), filled(65535, 0)), 0, 1002);
        client("64-bit length with MSB set", hex("82 7f 80 00 00 00 00 00 00 00"), 0, 1002);
        client("64-bit length all ones", hex("82 7f ff ff ff ff ff ff ff ff"), 0, 1002);
        server("non-minimal length, masked", hex("82 fe 00 05 37 fa 21 3d 00 00 00 00 00"), 0, 1002);
        // Message size.
        client("64-bit length 2^62", hex("82 7f 40 00 00 00 00 00 00 00"), 0, 1009);
        client("one frame over the limit", fromServer(0x82, filled(LIMIT + 1, 0)), 0, 1009);
        client("text over the limit", fromServer(0x81, filled(LIMIT + 1, 'a')), 0, 1009);
        client("fragments over the limit", cat(fromServer(0x02, filled(600, 0)), fromServer(0x80, filled(401, 0))), 1, 1009);
        client("empty fragments then over the limit", cat(fromServer(0x01, new byte[0]), fromServer(0x00, filled(LIMIT, 'a')),
                fromServer(0x80, a)), 2, 1009);
        // UTF-8 in one frame.
        String[] invalid = {
            "ff", "fe", "c0 af", "c1 bf", "e0 80 af", "e0 9f bf", "f0 80 80 af", "f0 8f bf bf", "ed a0 80", "ed bf bf",
            "ed a0 80 ed b0 80", "f4 90 80 80", "f5 80 80 80", "f8 88 80 80 80", "80", "bf", "61 80 62", "c2 41", "e2 82 41",
            "ce", "e2 82", "f0 9f 98", "ce ba e1 bd b9 cf 83 ce bc ce b5 ed a0 80 65 64 69 74 65 64",
        };
        for (String bad : invalid) {
            server("invalid UTF-8 " + bad, fromClient(0x81, hex(bad)), 0, 1007);
        }
        // UTF-8 split across fragments: every bad sequence is caught, also when its bytes arrive in different frames.
        SplitCase[] split = {
            new SplitCase("e0", "80 af"), new SplitCase("ed", "a0 80"), new SplitCase("f4", "90 80 80"),
            new SplitCase("f4 8f", "c0"), new SplitCase("f0 9f", "98"), new SplitCase("ce ba", "ff"),
            new SplitCase("61", "c0 80"), new SplitCase("e2 82", ""),
        };
        for (SplitCase s : split) {
            server("invalid UTF-8 split " + s.first() + " | " + s.second(), cat(fromClient(0x01, hex(s.first())), fromClient(0x80, hex(s.second()))),
                    1, 1007);
        }
        // Failing fast: ED A0 is already impossible, so the first fragment fails.
        server("invalid UTF-8 split ed a0 | 80", cat(fromClient(0x01, hex("ed a0")), fromClient(0x80, hex("80"))), 0, 1007);
        server("truncated UTF-8 at the end of three fragments",
                cat(fromClient(0x01, hex("f0")), fromClient(0x00, hex("9f")), fromClient(0x80, hex("98"))), 2, 1007);
        server("invalid UTF-8 after a ping inside a message",
                cat(fromClient(0x01, hex("e2")), fromClient(0x89, a), fromClient(0x80, hex("28 a1"))), 2, 1007);
        // Close payloads.
        server("close payload of 1 byte", fromClient(0x88, hex("03")), 0, 1002);
        for (int code : new int[] {0, 1, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535}) {
            server("close code " + code, fromClient(0x88, closePayload(code, "")), 0, 1002);
        }
        server("close reason invalid UTF-8", fromClient(0x88, cat(closePayload(1000, ""), hex("ff"))), 0, 1007);
        server("close reason with a surrogate", fromClient(0x88, cat(closePayload(1000, "x"), hex("ed a0 80"))), 0, 1007);
        server("close reason truncated UTF-8", fromClient(0x88, cat(closePayload(1001, ""), hex("e2 82"))), 0, 1007);
        server("invalid close code wins over invalid reason", fromClient(0x88, cat(closePayload(1005, ""), hex("ff"))), 0, 1002);
        // Exact texts, one per kind.
        text("rsv text", Role.SERVER, fromClient(0xE1, a), 1002, "received header with unexpected rsv bits set: true:true:false");
        text("opcode text", Role.SERVER, fromClient(0x83, a), 1002, "received unknown opcode 3");
        text("unmasked text", Role.SERVER, fromServer(0x81, a), 1002, "received unmasked frame from client");
        text("masked text", Role.CLIENT, fromClient(0x81, a), 1002, "received masked frame from server");
        text("fragmented control text", Role.CLIENT, fromServer(0x09, a), 1002, "received fragmented control frame");
        text("control length text", Role.CLIENT, fromServer(0x89, filled(126, 0)), 1002,
                "received control frame with extended payload length");
        text("continuation text", Role.CLIENT, fromServer(0x80, a), 1002, "received continuation frame without text or binary frame");
        text("interleave text", Role.CLIENT, cat(fromServer(0x01, a), fromServer(0x81, a)), 1, 1002,
                "received new data message without finishing the previous message");
        text("16-bit text", Role.CLIENT, hex("82 7e 00 01 00"), 1002, "received payload length 1 in 16 bits, where 7 bits suffice");
        text("64-bit text", Role.CLIENT, hex("82 7f 00 00 00 00 00 00 01 00"), 1002,
                "received payload length 256 in 64 bits, where 16 bits suffice");
        text("MSB text", Role.CLIENT, hex("82 7f 80 00 00 00 00 00 00 00"), 1002, "received header with negative payload length");
        text("limit text", Role.CLIENT, fromServer(0x82, filled(LIMIT + 1, 0)), 1009, "read limited at 1000 bytes");
        text("UTF-8 text", Role.CLIENT, fromServer(0x81, hex("c0 80")), 1007, "received invalid UTF-8 in text message");
        text("close 1 byte text", Role.CLIENT, fromServer(0x88, hex("03")), 1002,
                "received invalid close payload: close payload of 1 byte is too small, cannot even contain the 2 byte status code");
        text("close code text", Role.CLIENT, fromServer(0x88, closePayload(1005, "")), 1002,
                "received invalid close payload: invalid status code StatusNoStatusRcvd");
        text("close code 2000 text", Role.CLIENT, fromServer(0x88, closePayload(2000, "")), 1002,
                "received invalid close payload: invalid status code StatusCode(2000)");
        text("close reason text", Role.CLIENT, fromServer(0x88, cat(closePayload(1000, ""), hex("ff"))), 1007,
                "received invalid close payload: invalid UTF-8 in close reason");
    }

    @Test
    void everyViolationFailsWithItsCode() throws IOException {
        Failures f = new Failures();
        for (Row row : ROWS) {
            for (Wire.Feed feed : Wire.feeds()) {
                f.row();
                FrameReader r = new FrameReader(feed.of(row.wire), row.role, LIMIT);
                String where = row.name + " (" + row.role + ", " + feed.name() + ")";
                int good = 0;
                WebSocketException failure = null;
                while (failure == null && good <= row.good) {
                    try {
                        r.readFrame();
                        good++;
                    } catch (WebSocketException e) {
                        failure = e;
                    }
                }
                f.expect(where + " legal frames first", good, row.good);
                if (failure == null) {
                    continue;
                }
                f.expect(where + " code", failure.code(), row.code);
                if (row.text != null) {
                    f.expect(where + " text", failure.getMessage(), row.text);
                }
                try {
                    r.readFrame();
                    f.errorf(where + ": read after failure succeeded");
                } catch (WebSocketException e) {
                    f.expect(where + " sticky", e, failure);
                }
            }
        }
        f.done(2 * 121);
    }
}
