package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed messages: each fails with a {@link DNSFormatException} naming what is wrong, quickly
 * and without allocating by a count the message cannot back.
 */
class MalformedTest {
    /** A message that must not parse, and the innermost reason. */
    record Bad(String name, byte[] msg, String reason) {
    }

    static byte[] question(Msg m) {
        return m.u16(RRType.A).u16(DNSClass.INET).bytes();
    }

    /** Questions whose names chain through {@code n} pointers, each to the one before. */
    static byte[] pointerChain(int n) {
        Msg m = new Msg().header(1, 0, n + 1, 0, 0, 0);
        int prev = m.size();
        m.label("a").raw(0).u16(1).u16(1);
        for (int i = 0; i < n; i++) {
            int here = m.size();
            m.label("b").ptr(prev).u16(1).u16(1);
            prev = here;
        }
        return m.bytes();
    }

    /** A name in the question made of 63-byte labels, {@code count} of them. */
    static byte[] longName(int count) {
        Msg m = new Msg().header(1, 0, 1, 0, 0, 0);
        for (int i = 0; i < count; i++) {
            m.label("x".repeat(63));
        }
        return question(m.raw(0));
    }

    /** 3 labels of 63 (193 bytes) in one question, then a name of a 63 label pointing at it: 257. */
    static byte[] longNameThroughAPointer() {
        Msg m = new Msg().header(1, 0, 2, 0, 0, 0);
        int first = m.size();
        m.label("x".repeat(63)).label("x".repeat(63)).label("x".repeat(63)).raw(0).u16(1).u16(1);
        m.label("y".repeat(63)).ptr(first);
        return question(m);
    }

    /** One answer with owner {@code x.} and the given type, RDLENGTH and RDATA bytes. */
    static byte[] answer(int type, int rdlength, byte[] rdata) {
        return new Msg().header(1, 0x8000, 0, 1, 0, 0).label("x").raw(0).u16(type).u16(1).u32(60).u16(rdlength)
                .raw(rdata).bytes();
    }

    static List<Bad> bad() {
        return List.of(
                new Bad("short header", new byte[11], Wire.BASE_LEN),
                new Bad("pointer to itself", question(new Msg().header(1, 0, 1, 0, 0, 0).ptr(12)), Wire.FORWARD_PTR),
                new Bad("forward pointer", question(new Msg().header(1, 0, 1, 0, 0, 0).ptr(40)), Wire.FORWARD_PTR),
                new Bad("pointer into the same name", question(new Msg().header(1, 0, 1, 0, 0, 0).label("a").ptr(12)),
                        Wire.FORWARD_PTR),
                new Bad("eleven pointers", pointerChain(11), Wire.TOO_MANY_PTR),
                new Bad("pointer cut in half", new Msg().header(1, 0, 1, 0, 0, 0).label("abcd").raw(0xC0).bytes(),
                        Wire.INVALID_PTR),
                new Bad("label prefix 0x40 (a 64-byte label)", question(new Msg().header(1, 0, 1, 0, 0, 0).raw(0x40)
                        .raw(new byte[64]).raw(0)), Wire.RESERVED),
                new Bad("label prefix 0x80", question(new Msg().header(1, 0, 1, 0, 0, 0).raw(0x80).raw(0)), Wire.RESERVED),
                new Bad("name of 4 labels of 63 (257 bytes)", longName(4), Name.NAME_TOO_LONG),
                new Bad("name over 255 through a pointer", longNameThroughAPointer(), Name.NAME_TOO_LONG),
                new Bad("label past the end", new Msg().header(1, 0, 1, 0, 0, 0).raw(10).label("abcdef").bytes(),
                        Wire.CALC_LEN),
                new Bad("ANCOUNT 65535 in 40 bytes", Arrays.copyOf(new Msg().header(1, 0x8000, 0, 0xffff, 0, 0).bytes(), 40),
                        Wire.COUNTS_TOO_LARGE),
                new Bad("QDCOUNT 2, one question", question(new Msg().header(1, 0, 2, 0, 0, 0).label("a").raw(0)),
                        Wire.COUNTS_TOO_LARGE),
                new Bad("A with RDLENGTH 5", answer(RRType.A, 5, new byte[5]), Wire.BODY_LEN_MISMATCH),
                new Bad("AAAA with RDLENGTH 4", answer(RRType.AAAA, 4, new byte[4]), Wire.BODY_LEN_MISMATCH),
                new Bad("CNAME shorter than RDLENGTH", answer(RRType.CNAME, 4, new byte[] {1, 'y', 0, 0}),
                        Wire.BODY_LEN_MISMATCH),
                new Bad("CNAME longer than RDLENGTH", answer(RRType.CNAME, 2, new byte[] {1, 'y', 0}), Wire.BASE_LEN),
                new Bad("MX without a name", answer(RRType.MX, 2, new byte[] {0, 10}), Wire.BASE_LEN),
                new Bad("RDLENGTH past the end", answer(RRType.TXT, 9, new byte[] {2, 'h', 'i'}), Wire.RESOURCE_LEN),
                new Bad("TXT string past RDLENGTH", answer(RRType.TXT, 3, new byte[] {5, 'h', 'i'}), Wire.CALC_LEN),
                new Bad("SOA missing its numbers", answer(RRType.SOA, 2, new byte[] {0, 0}), Wire.BASE_LEN),
                new Bad("OPT option past RDLENGTH", new Msg().header(1, 0, 0, 0, 0, 1).raw(0).u16(RRType.OPT).u16(512)
                        .u32(0).u16(4).u16(12).u16(9).bytes(), Wire.CALC_LEN),
                new Bad("OPT owned by a name", new Msg().header(1, 0, 0, 0, 0, 1).label("x").raw(0).u16(RRType.OPT)
                        .u16(512).u32(0).u16(0).bytes(), "OPT record owner is not the root"),
                new Bad("two OPT records", new Msg().header(1, 0, 0, 0, 0, 2).raw(0).u16(RRType.OPT).u16(512).u32(0)
                        .u16(0).raw(0).u16(RRType.OPT).u16(512).u32(0).u16(0).bytes(), "more than one OPT record"),
                new Bad("over 65535 bytes", new byte[65536], Wire.MESSAGE_TOO_LONG));
    }

    @Test
    void eachIsATypedError() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (Bad b : bad()) {
                DNSFormatException e = assertThrows(DNSFormatException.class, () -> Message.parse(b.msg()),
                        "parse(malformed \"" + b.name() + "\")");
                assertEquals(b.reason(), e.reason(), "parse(malformed \"" + b.name() + "\") = " + e.getMessage());
            }
        });
    }

    @Test
    void tenPointersAreFine() throws Exception {
        assertEquals(11, Message.parse(pointerChain(10)).questions().size());
    }

    @Test
    void errorsSayWhere() {
        DNSFormatException e = assertThrows(DNSFormatException.class,
                () -> Message.parse(answer(RRType.A, 5, new byte[5])));
        assertEquals("unpacking Answer: A record: " + Wire.BODY_LEN_MISMATCH, e.getMessage());
        e = assertThrows(DNSFormatException.class, () -> Message.parse(pointerChain(11)));
        assertEquals("unpacking Question.Name: too many pointers (>10)", e.getMessage());
    }

    @Test
    void truncationAtEveryOffset() throws Exception {
        for (Message m : Samples.all()) {
            byte[] full = m.pack();
            for (int n = 0; n < full.length; n++) {
                byte[] part = Arrays.copyOf(full, n);
                assertThrows(DNSFormatException.class, () -> Message.parse(part),
                        "parse(first " + n + " of " + full.length + " bytes)");
            }
            assertEquals(m, Message.parse(full), "parse(all " + full.length + " bytes)");
        }
    }

    @Test
    void theParserToleratesWhatItDoesNotRead() throws Exception {
        // Go's stub resolver reads the answers only: a lie in the additional count is not its problem.
        byte[] m = Arrays.copyOf(answer(RRType.A, 4, new byte[] {(byte) 192, 0, 2, 1}), 31);
        m[11] = 5;
        Parser p = new Parser(m);
        assertEquals(RRType.A, p.answer().type());
        assertEquals(null, p.answer());
        assertThrows(DNSFormatException.class, p::additional);
        assertThrows(DNSFormatException.class, () -> Message.parse(m));
    }

    @Test
    void packingRefusesWhatCannotBeSent() {
        Name x = Samples.n("x");
        Message.Builder big = Message.builder();
        for (int i = 0; i < 300; i++) {
            big.answer(TXTResource.of(x, 1, "y".repeat(250)));
        }
        assertEquals(Wire.MESSAGE_TOO_LONG, assertThrows(DNSFormatException.class, () -> big.build().pack()).reason());
        assertThrows(IllegalStateException.class, () -> Message.builder().rcode(16).build(),
                "an extended rcode needs an OPT record");
        assertThrows(IllegalArgumentException.class, () -> new AResource(x, -1, dev.gonet.IP.parse("1.2.3.4")));
        assertThrows(IllegalArgumentException.class, () -> new AResource(x, 1, dev.gonet.IP.parse("::1")));
        assertThrows(IllegalArgumentException.class, () -> new SRVResource(x, 1, 0, 0, 70000, x));
        assertThrows(IllegalArgumentException.class,
                () -> new TXTResource(x, 1, List.of(ByteString.of(new byte[256]))));
    }
}
