package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.IP;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The forward-only {@link Parser}, as Go's stub resolver drives it. */
class ParserTest {

    /** Captured from go1.19 LookupIP(ctx, "ip4", "Www.Example.COM.") with PreferGo. */
    static final String GO_QUERY = "47740100000100000000000103577777074578616d706c6503434f4d000001000100002904d0000000000000";

    @Test
    void goNewRequestBytes() throws Exception {
        byte[] q = Message.builder().id(0x4774).recursionDesired(true)
                .question(new Question(Name.parse("Www.Example.COM."), RRType.A)).edns(1232, false).build().pack();
        assertEquals(GO_QUERY, HexFormat.of().formatHex(q), "pack(Go's newRequest)");
    }

    /** A response to "www.example.com. A": a CNAME to web.example.net. (compressed) and its A record. */
    static byte[] response(int id, int flags, int rcode) {
        Msg m = new Msg();
        m.u16(id).u16(flags | rcode).u16(1).u16(2).u16(0).u16(0);
        int qname = m.size();
        m.name("www.example.com.").u16(RRType.A).u16(1);
        m.ptr(qname).u16(RRType.CNAME).u16(1).u32(300);
        int rdlenAt = m.size();
        m.u16(0);
        int target = m.size();
        m.label("web").label("example").label("net").raw(0);
        m.patch16(rdlenAt, m.size() - target);
        m.ptr(target).u16(RRType.A).u16(1).u32(60).u16(4).raw(192).raw(0).raw(2).raw(7);
        return m.bytes();
    }

    @Test
    void parsesACompressedResponse() throws Exception {
        Parser p = new Parser(response(0xbeef, 0x8180, 0));
        assertEquals(new Header(0xbeef, true, 0, false, false, true, true, false, false, 0), p.header());
        assertEquals(new Question(Name.parse("www.example.com."), RRType.A), p.question());
        assertFalse(p.skipQuestion(), "one question only");
        ResourceHeader cname = p.answerHeader();
        assertEquals(new ResourceHeader(Name.parse("www.example.com."), RRType.CNAME, 1, 300, 17), cname);
        assertEquals(cname, p.answerHeader(), "the header is kept until its record is consumed");
        assertEquals(new CNAMEResource(Name.parse("www.example.com"), 300, Name.parse("web.example.net")), p.answer());
        ResourceHeader a = p.answerHeader();
        assertEquals("web.example.net.", a.name().toString());
        assertEquals(new AResource(a.name(), 60, IP.parse("192.0.2.7")), p.answer());
        assertNull(p.answerHeader(), "end of answers");
        assertFalse(p.skipAnswer());
        assertNull(p.authority(), "no authorities");
        assertNull(p.additional(), "no additionals");
        assertTrue(Name.parse("WWW.Example.com.").equalsIgnoreCase(Name.parse("www.example.COM.")));
    }

    @Test
    void headerBits() throws Exception {
        Header h = new Parser(response(1, 0x8000 | 0x0400 | 0x0200 | 0x7800 | 0x30, 3)).header();
        assertEquals(new Header(1, true, 15, true, true, false, false, true, true, 3), h);
    }

    @Test
    void laterSectionsSkipEarlierOnes() throws Exception {
        Parser p = new Parser(response(7, 0x8180, 0));
        assertNull(p.authorityHeader(), "questions and answers skipped on the way");
        assertNull(p.question(), "questions are over");
        assertNull(p.answer(), "answers are over");
    }

    @Test
    void pointerLoopsAndReservedLabelsFail() {
        Msg loop = new Msg();
        loop.u16(1).u16(0x8000).u16(1).u16(0).u16(0).u16(0).ptr(12);
        DNSFormatException e = assertThrows(DNSFormatException.class, () -> new Parser(loop.bytes()).question());
        assertEquals("unpacking Question.Name: " + Wire.FORWARD_PTR, e.getMessage());
        Msg reserved = new Msg();
        reserved.u16(1).u16(0x8000).u16(1).u16(0).u16(0).u16(0).raw(0x40).raw(0);
        assertEquals("segment prefix is reserved",
                assertThrows(DNSFormatException.class, () -> new Parser(reserved.bytes()).question()).reason());
    }

    @Test
    void shortHeaderFails() {
        DNSFormatException e = assertThrows(DNSFormatException.class, () -> new Parser(new byte[11]));
        assertEquals("unpacking header: insufficient data for base length type", e.getMessage());
    }
}
