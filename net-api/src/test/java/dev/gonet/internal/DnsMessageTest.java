package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DnsMessageTest {

    /** Captured from go1.19 LookupIP(ctx, "ip4", "Www.Example.COM.") with PreferGo. */
    static final String GO_QUERY = "47740100000100000000000103577777074578616d706c6503434f4d000001000100002904d0000000000000";

    @Test
    void queryBytesAreGos() throws Exception {
        byte[] q = DnsMessage.query(0x4774, "Www.Example.COM.", DnsMessage.TYPE_A);
        assertEquals(GO_QUERY, HexFormat.of().formatHex(q));
        assertArrayEquals(new byte[] {0}, DnsMessage.packName("."));
    }

    @Test
    void unpackableNamesAreRefused() {
        List<String> bad = List.of("a..b.", "no-dot", "", "." + "a.", "a".repeat(64) + ".", ("a".repeat(60) + ".").repeat(5));
        for (String n : bad) {
            assertThrows(DnsMessage.FormatException.class, () -> DnsMessage.packName(n), "packName(" + n + ")");
        }
        assertEquals("caf\u00c3\u00a9.", DnsMessage.wire("café."), "UTF-8 bytes, one char each");
    }

    /** A response to "www.example.com. A": a CNAME to web.example.net. (compressed) and its A record. */
    static byte[] response(int id, int flags, int rcode) {
        Msg m = new Msg();
        m.u16(id).u16(flags | rcode).u16(1).u16(2).u16(0).u16(0);
        int qname = m.size();
        m.name("www.example.com.").u16(DnsMessage.TYPE_A).u16(1);
        m.ptr(qname).u16(DnsMessage.TYPE_CNAME).u16(1).u32(300);
        int rdlenAt = m.size();
        m.u16(0);
        int target = m.size();
        m.label("web").label("example").label("net").raw(0);
        m.patch16(rdlenAt, m.size() - target);
        m.ptr(target).u16(DnsMessage.TYPE_A).u16(1).u32(60).u16(4).raw(192).raw(0).raw(2).raw(7);
        return m.bytes();
    }

    @Test
    void parsesACompressedResponse() throws Exception {
        DnsMessage.Parser p = new DnsMessage.Parser(response(0xbeef, 0x8180, 0));
        DnsMessage.Header h = p.header();
        assertEquals(new DnsMessage.Header(0xbeef, true, 0, false, false, true, true, 0), h);
        assertEquals(new DnsMessage.Question("www.example.com.", DnsMessage.TYPE_A, 1), p.question());
        assertFalse(p.skipQuestion(), "one question only");
        DnsMessage.ResourceHeader cname = p.answerHeader();
        assertEquals(new DnsMessage.ResourceHeader("www.example.com.", DnsMessage.TYPE_CNAME, 1, 300, 17), cname);
        assertEquals(cname, p.answerHeader(), "the header is cached until consumed");
        assertEquals("web.example.net.", p.nameResource());
        DnsMessage.ResourceHeader a = p.answerHeader();
        assertEquals("web.example.net.", a.name());
        assertThrows(DnsMessage.FormatException.class, p::nameResource, "an A record has no name body");
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 7}, p.addressResource());
        assertNull(p.answerHeader(), "end of answers");
        assertFalse(p.skipAnswer());
        assertTrue(DnsMessage.equalASCIIName("WWW.Example.com.", "www.example.COM."));
        assertFalse(DnsMessage.equalASCIIName("www.example.com.", "www.example.com"));
    }

    @Test
    void headerBits() throws Exception {
        DnsMessage.Header h = new DnsMessage.Parser(response(1, 0x8000 | 0x0400 | 0x0200 | 0x7800, 3)).header();
        assertEquals(new DnsMessage.Header(1, true, 15, true, true, false, false, 3), h);
    }

    @Test
    void pointerLoopsAndReservedLabelsFail() {
        Msg loop = new Msg();
        loop.u16(1).u16(0x8000).u16(1).u16(0).u16(0).u16(0).ptr(12);
        assertEquals("too many pointers (>10)",
                assertThrows(DnsMessage.FormatException.class, () -> new DnsMessage.Parser(loop.bytes()).question()).getMessage());
        Msg reserved = new Msg();
        reserved.u16(1).u16(0x8000).u16(1).u16(0).u16(0).u16(0).raw(0x40).raw(0);
        assertEquals("segment prefix is reserved",
                assertThrows(DnsMessage.FormatException.class, () -> new DnsMessage.Parser(reserved.bytes()).question()).getMessage());
        Msg root = new Msg();
        root.u16(1).u16(0x8000).u16(1).u16(0).u16(0).u16(0).raw(0).u16(2).u16(1);
        assertEquals(".", assertDoesNotFail(() -> new DnsMessage.Parser(root.bytes()).question().name()));
    }

    @Test
    void everyTruncationFailsCleanly() {
        byte[] full = response(7, 0x8180, 0);
        for (int n = 0; n < full.length; n++) {
            byte[] part = java.util.Arrays.copyOf(full, n);
            try {
                walk(part);
            } catch (DnsMessage.FormatException e) {
                continue; // the only acceptable failure
            }
            // Cutting inside the last RDATA is seen only when it is read; walk reads all.
            throw new AssertionError("truncated at " + n + " of " + full.length + ": parsed without error");
        }
    }

    @Test
    void randomBytesNeverThrowAnythingElse() {
        Random rnd = new Random(20230119);
        byte[] base = response(7, 0x8180, 0);
        for (int i = 0; i < 20_000; i++) {
            byte[] m = i % 2 == 0 ? new byte[rnd.nextInt(80)] : base.clone();
            if (i % 2 == 0) {
                rnd.nextBytes(m);
            } else {
                for (int k = 0; k < 3; k++) {
                    m[rnd.nextInt(m.length)] = (byte) rnd.nextInt(256);
                }
            }
            try {
                walk(m);
            } catch (DnsMessage.FormatException e) {
                // fine
            }
        }
    }

    /** Reads everything the resolver would. */
    static void walk(byte[] m) throws DnsMessage.FormatException {
        DnsMessage.Parser p = new DnsMessage.Parser(m);
        while (p.question() != null) {
            // skip
        }
        DnsMessage.ResourceHeader h;
        while ((h = p.answerHeader()) != null) {
            switch (h.type()) {
                case DnsMessage.TYPE_A, DnsMessage.TYPE_AAAA -> p.addressResource();
                case DnsMessage.TYPE_CNAME, DnsMessage.TYPE_PTR -> p.nameResource();
                default -> p.skipAnswer();
            }
        }
    }

    interface Body<T> {
        T get() throws Exception;
    }

    static <T> T assertDoesNotFail(Body<T> b) {
        try {
            return b.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A tiny message writer for building test answers byte by byte. */
    static final class Msg {
        private final ByteArrayOutputStream b = new ByteArrayOutputStream();

        Msg raw(int v) {
            b.write(v);
            return this;
        }

        Msg u16(int v) {
            return raw(v >> 8 & 0xff).raw(v & 0xff);
        }

        Msg u32(long v) {
            return u16((int) (v >> 16)).u16((int) v);
        }

        Msg label(String s) {
            raw(s.length());
            for (char c : s.toCharArray()) {
                raw(c);
            }
            return this;
        }

        Msg name(String rooted) {
            for (String l : rooted.substring(0, rooted.length() - 1).split("\\.")) {
                label(l);
            }
            return raw(0);
        }

        Msg ptr(int off) {
            return u16(0xC000 | off);
        }

        int size() {
            return b.size();
        }

        byte[] bytes() {
            return b.toByteArray();
        }

        void patch16(int at, int v) {
            byte[] all = b.toByteArray();
            all[at] = (byte) (v >> 8);
            all[at + 1] = (byte) v;
            b.reset();
            b.write(all, 0, all.length);
        }
    }
}
