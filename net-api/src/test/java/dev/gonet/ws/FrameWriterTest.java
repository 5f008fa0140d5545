package dev.gonet.ws;

import static dev.gonet.ws.Wire.ascii;
import static dev.gonet.ws.Wire.cat;
import static dev.gonet.ws.Wire.hex;
import static dev.gonet.ws.Wire.hexOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import dev.gonet.http.Failures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Golden bytes out of the writer (RFC 6455 §5.7), masking, fragmentation, and what it refuses. */
class FrameWriterTest {
    /** Always draws RFC 6455 §5.7's key 37 fa 21 3d. */
    static final class FixedKey extends Random {
        @Override
        public int nextInt() {
            return 0x37fa213d;
        }
    }

    private interface Write {
        void to(FrameWriter w) throws IOException;
    }

    private static String written(Role role, int fragmentSize, Write write) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write.to(new FrameWriter(out, role, new FixedKey(), fragmentSize));
        return hexOf(out.toByteArray());
    }

    private static String written(Role role, Write write) throws IOException {
        return written(role, FrameWriter.DEFAULT_FRAGMENT_SIZE, write);
    }

    @Test
    void rfcExamples() throws IOException {
        Failures f = new Failures();
        f.row();
        f.expect("server text Hello", written(Role.SERVER, w -> w.writeText("Hello")), "81 05 48 65 6c 6c 6f");
        f.row();
        f.expect("client text Hello", written(Role.CLIENT, w -> w.writeText("Hello")), "81 85 37 fa 21 3d 7f 9f 4d 51 58");
        f.row();
        f.expect("fragmented Hel+lo", written(Role.SERVER, 3, w -> w.writeText("Hello")), "01 03 48 65 6c 80 02 6c 6f");
        f.row();
        f.expect("ping Hello", written(Role.SERVER, w -> w.writePing(ascii("Hello"))), "89 05 48 65 6c 6c 6f");
        f.row();
        f.expect("masked pong Hello", written(Role.CLIENT, w -> w.writePong(ascii("Hello"))), "8a 85 37 fa 21 3d 7f 9f 4d 51 58");
        byte[] b256 = new byte[256];
        f.row();
        f.expect("256-byte binary", written(Role.SERVER, w -> w.writeBinary(b256)), hexOf(cat(hex("82 7e 01 00"), b256)));
        byte[] b64k = new byte[65536];
        f.row();
        f.expect("64 KiB binary", written(Role.SERVER, 1 << 20, w -> w.writeBinary(b64k)),
                hexOf(cat(hex("82 7f 00 00 00 00 00 01 00 00"), b64k)));
        f.row();
        f.expect("close 1000 bye", written(Role.SERVER, w -> w.writeClose(1000, "bye")), "88 05 03 e8 62 79 65");
        f.row();
        f.expect("close without status", written(Role.SERVER, w -> w.writeClose(CloseCode.NO_STATUS_RCVD, "")), "88 00");
        f.row();
        f.expect("masked empty close", written(Role.CLIENT, w -> w.writeClose(CloseCode.NO_STATUS_RCVD, "")), "88 80 37 fa 21 3d");
        f.row();
        f.expect("empty text", written(Role.SERVER, w -> w.writeText("")), "81 00");
        f.row();
        f.expect("empty binary masked", written(Role.CLIENT, w -> w.writeBinary(new byte[0])), "82 80 37 fa 21 3d");
        f.row();
        f.expect("lone surrogate sent as U+FFFD", written(Role.SERVER, w -> w.writeText("a\ud800")), "81 04 61 ef bf bd");
        f.row();
        f.expect("raw frame", written(Role.SERVER, w -> {
            w.writeFrame(new Frame(false, Opcode.BINARY, hex("01")));
            w.writeFrame(Frame.ping(new byte[0]));
            w.writeFrame(new Frame(true, Opcode.CONTINUATION, hex("02")));
        }), "02 01 01 89 00 80 01 02");
        f.done(14);
    }

    @Test
    void fragmentsAtEveryBoundary() throws IOException {
        // A 10-byte message at fragment sizes 1..11: the frames hold exactly the right slices,
        // the first carries the opcode, only the last has FIN; a split code point is legal.
        byte[] msg = ascii("aé€😀!");
        assertEquals(11, msg.length);
        for (int size = 1; size <= 12; size++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FrameWriter(out, Role.SERVER, null, size).writeMessage(MessageType.TEXT, msg);
            FrameReader r = new FrameReader(new ByteArrayInputStream(out.toByteArray()), Role.CLIENT);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            int frames = 0;
            for (Frame f; ; ) {
                f = r.readFrame();
                assertEquals(frames == 0 ? Opcode.TEXT : Opcode.CONTINUATION, f.opcode(), "size " + size);
                assertTrue(f.length() <= size, "size " + size + ": frame of " + f.length() + " bytes");
                joined.writeBytes(f.payload());
                frames++;
                if (f.fin()) {
                    break;
                }
            }
            assertEquals((msg.length + size - 1) / size, frames, "size " + size);
            assertArrayEquals(msg, joined.toByteArray(), "size " + size + ": the frames' payloads joined");
        }
    }

    @Test
    void masksWithAFreshKeyAndLeavesTheCallersArrayAlone() throws IOException {
        byte[] data = new byte[100_000]; // larger than one masking chunk
        new Random(1).nextBytes(data);
        byte[] copy = data.clone();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(out, Role.CLIENT, new SecureRandom(), 1 << 20);
        w.writeBinary(data);
        w.writeBinary(data);
        assertArrayEquals(copy, data);
        byte[] wire = out.toByteArray();
        int second = wire.length / 2;
        assertFalse(java.util.Arrays.equals(wire, 10, 14, wire, second + 10, second + 14), "same key twice");
        FrameReader r = new FrameReader(new ByteArrayInputStream(wire), Role.SERVER, 1 << 20);
        assertArrayEquals(data, r.readFrame().payload());
        assertArrayEquals(data, r.readFrame().payload());
    }

    @Test
    void refusesIllegalFramesAndSequences() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(out, Role.SERVER, null);
        assertThrows(IllegalArgumentException.class, () -> w.writePing(new byte[126]));
        assertThrows(IllegalArgumentException.class, () -> w.writeMessage(MessageType.TEXT, hex("c0 80")));
        assertThrows(IllegalArgumentException.class, () -> w.writeMessage(MessageType.TEXT, hex("e2 82")));
        assertThrows(IndexOutOfBoundsException.class, () -> w.writeMessage(MessageType.BINARY, new byte[3], 2, 2));
        assertThrows(IllegalStateException.class, () -> w.writeFrame(new Frame(true, Opcode.CONTINUATION, new byte[0])));
        assertEquals(0, out.size(), "nothing written for refused frames");
        assertThrows(IllegalStateException.class, () -> {
            w.writeFrame(new Frame(false, Opcode.TEXT, ascii("a")));
            w.writeText("b");
        });
        assertThrows(NullPointerException.class, () -> new FrameWriter(out, Role.CLIENT, null));
        assertThrows(NullPointerException.class, () -> new FrameWriter(null, Role.SERVER, null));
        assertThrows(IllegalArgumentException.class, () -> new FrameWriter(out, Role.SERVER, null, 0));
    }

    @Test
    void closeCodesAndReasonsAreChecked() throws IOException {
        Failures f = new Failures();
        for (int code = -1; code <= 70000; code++) {
            boolean sendable = code == CloseCode.NO_STATUS_RCVD || CloseCode.isValidOnWire(code);
            if (!sendable && code % 97 != 0 && !(code >= 995 && code <= 1020) && code != 2999 && code != 5000) {
                continue; // every code is classified by CloseCodeTest; here a sample of the invalid ones
            }
            f.row();
            final int c = code;
            boolean ok;
            try {
                new FrameWriter(OutputStream.nullOutputStream(), Role.SERVER, null).writeClose(c, "");
                ok = true;
            } catch (IllegalArgumentException e) {
                ok = false;
            }
            f.expect("writeClose(" + code + ")", ok, sendable);
        }
        f.done(2700);
        String r123 = "é".repeat(61) + "x";
        assertEquals(123, Utf8.encode(r123).length);
        written(Role.SERVER, w -> w.writeClose(1000, r123));
        assertThrows(IllegalArgumentException.class, () -> written(Role.SERVER, w -> w.writeClose(1000, r123 + "x")));
        assertThrows(IllegalArgumentException.class, () -> written(Role.SERVER, w -> w.writeClose(1005, "why")));
    }

    @Test
    void nothingAfterClose() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(out, Role.SERVER, null);
        assertFalse(w.closeSent());
        w.writeClose(1001, "");
        assertTrue(w.closeSent());
        int n = out.size();
        Write[] after = {x -> x.writeText("a"), x -> x.writePing(new byte[0]), x -> x.writePong(new byte[0]),
            x -> x.writeClose(1000, "")};
        for (Write write : after) {
            SentinelException e = assertThrows(SentinelException.class, () -> write.to(w));
            assertTrue(Sentinel.CLOSED.in(e));
            assertEquals("use of closed network connection", e.getMessage());
        }
        assertEquals(n, out.size());
        assertEquals(Role.SERVER, w.role());
        assertEquals(FrameWriter.DEFAULT_FRAGMENT_SIZE, w.fragmentSize());
    }
}
