package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTest {
    /** Presentation text in, canonical text and uncompressed wire bytes out. */
    record Row(String in, String text, String wireHex) {
    }

    static final List<Row> ROWS = List.of(
            new Row("www.example.com", "www.example.com.", "03777777076578616d706c6503636f6d00"),
            new Row("www.example.com.", "www.example.com.", "03777777076578616d706c6503636f6d00"),
            new Row(".", ".", "00"),
            new Row("Mixed.CASE", "Mixed.CASE.", "054d6978656404434153450" + "0"),
            new Row("a\\.b.example", "a\\.b.example.", "03612e62076578616d706c6500"),
            new Row("caf\\195\\169.example", "caf\\195\\169.example.", "05636166c3a9076578616d706c6500"),
            new Row("caf\u00e9.example", "caf\\195\\169.example.", "05636166c3a9076578616d706c6500"),
            new Row("a b.x", "a\\032b.x.", "0361206201780" + "0"),
            new Row("\\065.x", "A.x.", "014101780" + "0"),
            new Row("x\\\\y.x", "x\\\\y.x.", "03785c7901780" + "0"),
            new Row("semi\\;colon.x", "semi\\;colon.x.", "0a73656d693b636f6c6f6e01780" + "0"),
            new Row("_sip._tcp.x", "_sip._tcp.x.", "045f736970045f74637001780" + "0"),
            new Row("*.x", "*.x.", "012a01780" + "0"),
            new Row("a".repeat(63) + ".x", "a".repeat(63) + ".x.", "3f" + "61".repeat(63) + "01780" + "0"));

    @Test
    void parseAndPrint() throws Exception {
        for (Row r : ROWS) {
            Name n = Name.parse(r.in());
            assertEquals(r.text(), n.toString(), "parse(\"" + r.in() + "\").toString()");
            assertEquals(r.wireHex(), HexFormat.of().formatHex(n.toWire()), "parse(\"" + r.in() + "\").toWire()");
            assertEquals(n, Name.parse(n.toString()), "parse(toString()) of " + r.text());
        }
    }

    /** Text that is not a name, and why. */
    record Bad(String in, String reason) {
    }

    @Test
    void malformedNames() {
        String label63 = "a".repeat(63);
        List<Bad> bad = List.of(
                new Bad("", "empty name"),
                new Bad("a..b", Name.ZERO_SEGMENT),
                new Bad(".a", Name.ZERO_SEGMENT),
                new Bad("a".repeat(64) + ".x", Name.SEGMENT_TOO_LONG),
                new Bad(String.join(".", label63, label63, label63, label63), Name.NAME_TOO_LONG),
                new Bad("a\\", "escape at the end of a\\"),
                new Bad("a\\25", "bad escape in a\\25"),
                new Bad("a\\256", "bad escape in a\\256"),
                new Bad("a\\2x5", "bad escape in a\\2x5"));
        for (Bad b : bad) {
            DNSFormatException e = assertThrows(DNSFormatException.class, () -> Name.parse(b.in()), "parse(\"" + b.in() + "\")");
            assertEquals(b.reason(), e.getMessage(), "parse(\"" + b.in() + "\") error");
        }
        // 3 labels of 63 and one of 61: 4 * 64 - 2 + 1 = 255 bytes, the longest name there is.
        String longest = String.join(".", label63, label63, label63, "a".repeat(61));
        assertEquals(255, assertDoesNotThrow(() -> Name.parse(longest)).wireLength());
        assertThrows(DNSFormatException.class, () -> Name.parse(longest + "b"));
    }

    @Test
    void labelsAreBytes() throws Exception {
        Name n = Name.of(List.of(new byte[] {'a', '.', 'b'}, new byte[] {(byte) 0xff, 0}, "x".getBytes()));
        assertEquals("a\\.b.\\255\\000.x.", n.toString());
        assertEquals(3, n.labelCount());
        assertEquals(List.of("a.b", "x"), List.of(new String(n.label(0)), new String(n.label(2))));
        assertEquals(n, Name.parse(n.toString()), "the escapes read back to the same bytes");
        assertThrows(DNSFormatException.class, () -> Name.of(List.of(new byte[0])));
    }

    @Test
    void caseAndZones() throws Exception {
        Name a = Name.parse("WWW.Example.COM");
        Name b = Name.parse("www.example.com");
        assertNotEquals(a, b, "equals keeps case: it is what was on the wire");
        assertTrue(a.equalsIgnoreCase(b));
        assertEquals(b, a.toLowerCase());
        assertTrue(a.isSubdomainOf(Name.parse("example.com")));
        assertTrue(a.isSubdomainOf(Name.ROOT));
        assertTrue(a.isSubdomainOf(a));
        assertFalse(Name.parse("wwwexample.com").isSubdomainOf(Name.parse("example.com")));
        assertFalse(Name.parse("a\\.example.com").isSubdomainOf(Name.parse("example.com.")),
                "a\\.example is one label under com: example.com is not its parent");
        assertEquals(Name.parse("example.com"), b.parent());
        assertEquals(Name.ROOT, Name.ROOT.parent());
        assertEquals(Name.parse("www.gonet.test"), Name.parse("www", Name.parse("gonet.test")));
        assertEquals(Name.parse("gonet.test"), Name.parse("@", Name.parse("gonet.test")));
        assertEquals(Name.parse("abs"), Name.parse("abs.", Name.parse("gonet.test")));
        assertEquals(Name.parse("x.www.example.com"), b.child("x".getBytes()));
    }

    interface Body<T> {
        T get() throws Exception;
    }

    static <T> T assertDoesNotThrow(Body<T> b) {
        try {
            return b.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
