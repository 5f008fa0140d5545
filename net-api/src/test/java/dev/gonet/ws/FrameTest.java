package dev.gonet.ws;

import static dev.gonet.ws.Wire.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.Failures;
import org.junit.jupiter.api.Test;

/** A {@link Frame} can only be built legal; opcodes map to and from the wire. */
class FrameTest {
    private record IllegalFrameCase(boolean fin, Opcode opcode, byte[] payload, String err) {
    }

    @Test
    void illegalFramesCannotBeBuilt() {
        IllegalFrameCase[] rows = {
            new IllegalFrameCase(false, Opcode.PING, new byte[0], "control frame PING must not be fragmented"),
            new IllegalFrameCase(true, Opcode.PONG, new byte[126], "control frame payload length 126 > 125"),
            new IllegalFrameCase(true, Opcode.CLOSE, hex("03"),
                "close payload of 1 byte is too small, cannot even contain the 2 byte status code"),
            new IllegalFrameCase(true, Opcode.CLOSE, hex("03 ed"), "invalid status code StatusNoStatusRcvd"),
            new IllegalFrameCase(true, Opcode.CLOSE, hex("03 e8 ff"), "invalid UTF-8 in close reason"),
        };
        Failures f = new Failures();
        for (IllegalFrameCase row : rows) {
            f.row();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Frame(row.fin(), row.opcode(), row.payload()));
            f.expect("new Frame(" + row.fin() + ", " + row.opcode() + ", " + row.payload().length + " bytes)",
                    e.getMessage(), row.err());
        }
        f.done(5);
        assertThrows(NullPointerException.class, () -> new Frame(true, null, new byte[0]));
        assertThrows(NullPointerException.class, () -> new Frame(true, Opcode.TEXT, null));
        assertThrows(IllegalArgumentException.class, () -> Frame.close(999, ""));
        assertThrows(IllegalStateException.class, () -> Frame.text("x").closeCode());
    }

    @Test
    void valueSemantics() {
        assertEquals(Frame.text("a"), new Frame(true, Opcode.TEXT, hex("61")));
        assertEquals(Frame.text("a").hashCode(), new Frame(true, Opcode.TEXT, hex("61")).hashCode());
        assertNotEquals(Frame.text("a"), new Frame(false, Opcode.TEXT, hex("61")));
        assertNotEquals(Frame.text("a"), Frame.binary(hex("61")));
        assertEquals("Frame[fin=true opcode=PING length=2]", Frame.ping(hex("01 02")).toString());
        assertEquals(4999, Frame.close(4999, "").closeCode());
        assertEquals("ü", Frame.close(1000, "ü").closeReason());
        assertEquals(2, Frame.pong(hex("01 02")).length());
    }

    @Test
    void opcodes() {
        for (int code = -1; code <= 16; code++) {
            Opcode op = Opcode.of(code);
            if (code == 0 || code == 1 || code == 2 || code == 8 || code == 9 || code == 10) {
                assertEquals(code, op.code(), "Opcode.of(" + code + ").code()");
                assertEquals(code >= 8, op.isControl(), "Opcode.of(" + code + ").isControl()");
            } else {
                assertNull(op, "opcode " + code);
            }
        }
        assertEquals(Opcode.TEXT, MessageType.TEXT.opcode());
        assertEquals(Opcode.BINARY, MessageType.BINARY.opcode());
    }
}
