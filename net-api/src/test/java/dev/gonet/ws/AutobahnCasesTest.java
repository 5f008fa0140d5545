package dev.gonet.ws;

import static dev.gonet.ws.Wire.ascii;
import static dev.gonet.ws.Wire.closePayload;
import static dev.gonet.ws.Wire.filled;
import static dev.gonet.ws.Wire.hex;

import dev.gonet.http.Failures;
import dev.gonet.internal.Ascii;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows in the spirit of the Autobahn testsuite's sections 1-7 (framing, pings, reserved bits,
 * opcodes, fragmentation, UTF-8, close), written for this codec: each row is a frame sequence
 * from the peer and the transcript the {@link MessageReader} must produce. Every row runs for
 * both roles (masked for a server, unmasked for a client) with whole and one-byte input.
 */
class AutobahnCasesTest {
    /** One frame from the peer: first byte and payload. */
    private record F(int b0, byte[] payload) {
    }

    private record Row(String name, List<F> frames, String want) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private static F f(int b0, byte[] payload) {
        return new F(b0, payload);
    }

    private static void row(String name, String want, F... frames) {
        ROWS.add(new Row(name, List.of(frames), want));
    }

    private static String closeFor(int code, String text) {
        return "close " + code + " " + Ascii.quote(text) + "; end " + code;
    }

    /** Each byte of {@code b} in its own fragment of a message with opcode {@code op}. */
    private static F[] perByte(int op, byte[] b) {
        F[] out = new F[Math.max(1, b.length)];
        for (int i = 0; i < out.length; i++) {
            byte[] p = b.length == 0 ? b : new byte[] {b[i]};
            out[i] = f((i == out.length - 1 ? 0x80 : 0) | (i == 0 ? op : 0), p);
        }
        return out;
    }

    static {
        // 1. Framing: every length encoding, text and binary.
        for (int n : new int[] {0, 1, 125, 126, 127, 128, 65535, 65536}) {
            byte[] t = filled(n, '*');
            row("1 text " + n, "msg TEXT " + Transcript.show(t) + "; end 1006", f(0x81, t));
            byte[] b = filled(n, 0xFE);
            row("1 binary " + n, "msg BINARY " + Transcript.show(b) + "; end 1006", f(0x82, b));
        }
        // 2. Pings and pongs.
        row("2 empty ping", "onPing \"\"; pong \"\"; end 1006", f(0x89, new byte[0]));
        row("2 text ping", "onPing \"Hello\"; pong \"Hello\"; end 1006", f(0x89, ascii("Hello")));
        row("2 binary ping", "onPing 3 bytes; pong 3 bytes; end 1006", f(0x89, hex("00 ff fe")));
        row("2 ping of 125", "onPing 125 bytes; pong 125 bytes; end 1006", f(0x89, filled(125, 0xFE)));
        row("2 ping of 126", closeFor(1002, "received control frame with extended payload length"), f(0x89, filled(126, 0xFE)));
        row("2 unsolicited pong", "onPong \"x\"; end 1006", f(0x8A, ascii("x")));
        row("2 pong then ping", "onPong \"\"; onPing \"y\"; pong \"y\"; end 1006", f(0x8A, new byte[0]), f(0x89, ascii("y")));
        F[] tenPings = new F[10];
        StringBuilder ten = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            tenPings[i] = f(0x89, ascii("p" + i));
            ten.append("onPing \"p").append(i).append("\"; pong \"p").append(i).append("\"; ");
        }
        row("2 ten pings", ten + "end 1006", tenPings);
        // 3. Reserved bits.
        row("3 rsv1 on text", closeFor(1002, "received header with unexpected rsv bits set: true:false:false"), f(0xC1, ascii("a")));
        row("3 rsv2 after a message", "msg TEXT \"a\"; " + closeFor(1002, "received header with unexpected rsv bits set: false:true:false"),
                f(0x81, ascii("a")), f(0xA1, ascii("b")), f(0x81, ascii("c")));
        row("3 rsv3 on ping", closeFor(1002, "received header with unexpected rsv bits set: false:false:true"), f(0x99, new byte[0]));
        row("3 all rsv on binary", closeFor(1002, "received header with unexpected rsv bits set: true:true:true"), f(0xF2, hex("00")));
        row("3 rsv on close", closeFor(1002, "received header with unexpected rsv bits set: true:false:false"),
                f(0xC8, closePayload(1000, "")));
        // 4. Opcodes.
        for (int op : new int[] {3, 4, 5, 6, 7, 11, 12, 13, 14, 15}) {
            row("4 opcode " + op, "msg TEXT \"a\"; " + closeFor(1002, "received unknown opcode " + op),
                    f(0x81, ascii("a")), f(0x80 | op, ascii("x")), f(0x89, ascii("never")));
        }
        // 5. Fragmentation.
        row("5 text in two", "msg TEXT \"frag1frag2\"; end 1006", f(0x01, ascii("frag1")), f(0x80, ascii("frag2")));
        row("5 binary in two", "msg BINARY 4 bytes; end 1006", f(0x02, hex("01 02")), f(0x80, hex("03 04")));
        row("5 ping between", "onPing \"p\"; pong \"p\"; msg TEXT \"ab\"; end 1006", f(0x01, ascii("a")), f(0x89, ascii("p")),
                f(0x80, ascii("b")));
        row("5 pong between", "onPong \"q\"; msg TEXT \"ab\"; end 1006", f(0x01, ascii("a")), f(0x8A, ascii("q")), f(0x80, ascii("b")));
        row("5 one-byte fragments", "msg TEXT \"fragmented\"; end 1006", perByte(0x01, ascii("fragmented")));
        row("5 empty fragments", "msg TEXT \"\"; end 1006", f(0x01, new byte[0]), f(0x00, new byte[0]), f(0x80, new byte[0]));
        row("5 continuation first, fin", closeFor(1002, "received continuation frame without text or binary frame"), f(0x80, ascii("a")));
        row("5 continuation first, no fin", closeFor(1002, "received continuation frame without text or binary frame"),
                f(0x00, ascii("a")), f(0x80, ascii("b")));
        row("5 text during text", closeFor(1002, "received new data message without finishing the previous message"),
                f(0x01, ascii("a")), f(0x81, ascii("b")));
        row("5 text after ping during text", "onPing \"\"; pong \"\"; "
                + closeFor(1002, "received new data message without finishing the previous message"),
                f(0x01, ascii("a")), f(0x89, new byte[0]), f(0x81, ascii("b")));
        row("5 fragmented ping", closeFor(1002, "received fragmented control frame"), f(0x09, ascii("a")), f(0x80, ascii("b")));
        row("5 fragmented ping between fragments", closeFor(1002, "received fragmented control frame"),
                f(0x01, ascii("a")), f(0x09, ascii("p")), f(0x80, ascii("b")));
        row("5 two messages, both fragmented", "msg TEXT \"ab\"; msg BINARY 2 bytes; end 1006",
                f(0x01, ascii("a")), f(0x80, ascii("b")), f(0x02, hex("01")), f(0x80, hex("02")));
        // 6. UTF-8: valid text whole and one byte per fragment; invalid text the same, failing at the first impossible byte.
        String[] valid = {"κόσμε", "\u0080", "\u07ff", "\u0800", "\ud7ff", "\ue000", "\ufffd", "\uffff", "\ud800\udc00",
            "\udbff\udfff", "Hello-µ@ßöäüàá-UTF-8!!"};
        for (String s : valid) {
            byte[] b = ascii(s);
            row("6 valid " + Ascii.quote(s), "msg TEXT " + Transcript.show(b) + "; end 1006", f(0x81, b));
            row("6 valid per byte " + Ascii.quote(s), "msg TEXT " + Transcript.show(b) + "; end 1006", perByte(0x01, b));
        }
        String[] invalid = {"ce ba e1 bd b9 cf 83 ce bc ce b5 ed a0 80 65 64 69 74 65 64", "f4 90 80 80", "ed bf bf", "c0 af",
            "e0 80 af", "f8 88 80 80 80", "fe", "80", "e2 82", "f0 9f 98"};
        for (String s : invalid) {
            String want = closeFor(1007, "received invalid UTF-8 in text message");
            row("6 invalid " + s, want, f(0x81, hex(s)));
            row("6 invalid per byte " + s, want, perByte(0x01, hex(s)));
        }
        // 7. Close.
        row("7 empty close", "close 1000 \"\"; end 1005", f(0x88, new byte[0]), f(0x81, ascii("after")));
        row("7 close then ping", "close 1000 \"\"; end 1000", f(0x88, closePayload(1000, "")), f(0x89, new byte[0]));
        row("7 close with 123-byte reason", "close 1000 \"\"; end 1000", f(0x88, closePayload(1000, "r".repeat(123))));
        row("7 close with 124-byte reason", closeFor(1002, "received control frame with extended payload length"),
                f(0x88, closePayload(1000, "r".repeat(124))));
        row("7 close of 1 byte", closeFor(1002,
                "received invalid close payload: close payload of 1 byte is too small, cannot even contain the 2 byte status code"),
                f(0x88, hex("03")));
        row("7 close reason bad UTF-8", closeFor(1007, "received invalid close payload: invalid UTF-8 in close reason"),
                f(0x88, Wire.cat(closePayload(1000, ""), hex("ce ba e1 bd b9 cf 83 ce bc ce b5 ed a0 80 65 64 69 74 65 64"))));
        row("7 message then close", "msg TEXT \"a\"; close 1000 \"\"; end 1000", f(0x81, ascii("a")), f(0x88, closePayload(1000, "")));
        for (int code : new int[] {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999}) {
            row("7 valid code " + code, "close " + code + " \"\"; end " + code, f(0x88, closePayload(code, "")));
        }
        for (int code : new int[] {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535}) {
            row("7 invalid code " + code, closeFor(1002, "received invalid close payload: invalid status code " + CloseCode.name(code)),
                    f(0x88, closePayload(code, "")));
        }
    }

    private static byte[] wire(Role role, List<F> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (F fr : frames) {
            out.writeBytes(Wire.toReader(role, fr.b0, fr.payload));
        }
        return out.toByteArray();
    }

    @Test
    void autobahnStyleCases() {
        Failures f = new Failures();
        for (Row row : ROWS) {
            for (Role role : Role.values()) {
                byte[] w = wire(role, row.frames);
                for (Wire.Feed feed : Wire.feeds()) {
                    f.row();
                    f.expect(row.name + " (" + role + ", " + feed.name() + ")", Transcript.of(role, feed.of(w), 1 << 20), row.want);
                }
            }
        }
        f.done(4 * 129);
    }
}
