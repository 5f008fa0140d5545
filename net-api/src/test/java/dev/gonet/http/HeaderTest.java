package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.internal.Ascii;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderTest {

    private record CanonicalCase(String key, String want) {
    }

    /** Go 1.19 textproto/header_test.go canonicalHeaderKeyTests, plus cases from the brief. */
    static final CanonicalCase[] CANONICAL = {
        new CanonicalCase("a-b-c", "A-B-C"), new CanonicalCase("a-1-c", "A-1-C"),
        new CanonicalCase("User-Agent", "User-Agent"), new CanonicalCase("uSER-aGENT", "User-Agent"),
        new CanonicalCase("user-agent", "User-Agent"), new CanonicalCase("USER-AGENT", "User-Agent"),
        new CanonicalCase("foo-bar_baz", "Foo-Bar_baz"), new CanonicalCase("foo-bar$baz", "Foo-Bar$baz"),
        new CanonicalCase("foo-bar~baz", "Foo-Bar~baz"), new CanonicalCase("foo-bar*baz", "Foo-Bar*baz"),
        new CanonicalCase("üser-agenT", "üser-agenT"), new CanonicalCase("a B", "a B"),
        new CanonicalCase("C Ontent-Transfer-Encoding", "C Ontent-Transfer-Encoding"),
        new CanonicalCase("foo bar", "foo bar"), new CanonicalCase("", ""),
        new CanonicalCase("www-authenticate", "Www-Authenticate"), new CanonicalCase("-x", "-X"),
        new CanonicalCase("x--y", "X--Y"), new CanonicalCase("content-type:", "content-type:"),
        new CanonicalCase("host\t", "host\t"), new CanonicalCase("a\u0000b", "a\u0000b"),
        new CanonicalCase("etag", "Etag"), new CanonicalCase("dnt", "Dnt"),
        new CanonicalCase("X-FORWARDED-FOR", "X-Forwarded-For"), new CanonicalCase("1abc", "1abc"),
    };

    @Test
    void canonicalKeyMatchesGo() {
        for (CanonicalCase c : CANONICAL) {
            assertEquals(c.want(), Header.canonicalKey(c.key()),
                    "CanonicalMIMEHeaderKey(" + Ascii.quote(c.key()) + ")");
        }
    }

    /**
     * The common names canonicalKey answers from its table are canonical by its own scan: each,
     * lower-cased or upper-cased (never in the table), canonicalizes to the name itself; and a
     * table name comes back as given.
     */
    @Test
    void commonNamesAreCanonical() {
        for (String n : dev.gonet.http.internal.FieldNames.COMMON) {
            String lower = n.toLowerCase(java.util.Locale.ROOT);
            String upper = n.toUpperCase(java.util.Locale.ROOT);
            assertEquals(n, Header.canonicalKey(lower), "canonicalKey(" + Ascii.quote(lower) + ")");
            assertEquals(n, Header.canonicalKey(upper), "canonicalKey(" + Ascii.quote(upper) + ")");
            String copy = new String(n.toCharArray());
            assertTrue(copy == Header.canonicalKey(copy), "canonicalKey(" + Ascii.quote(n) + ") is not the key itself");
        }
        assertEquals(java.util.Set.copyOf(dev.gonet.http.internal.FieldNames.COMMON).size(),
                dev.gonet.http.internal.FieldNames.COMMON.size(), "FieldNames.COMMON has duplicates");
    }

    @Test
    void addSetGetValuesDelHas() {
        Header h = new Header();
        assertEquals("", h.get("missing"));
        assertEquals(List.of(), h.values("missing"));
        h.add("set-cookie", "cookie 1");
        h.add("SET-COOKIE", "cookie 2");
        assertEquals(List.of("cookie 1", "cookie 2"), h.values("set-cookie"));
        assertEquals("cookie 1", h.get("Set-Cookie"));
        h.set("set-cookie", "only");
        assertEquals(List.of("only"), h.values("Set-Cookie"));
        assertTrue(h.has("set-COOKIE"));
        h.del("Set-Cookie");
        assertFalse(h.has("set-cookie"));
        assertTrue(h.isEmpty());
        h.add("a b", "kept as is");
        assertEquals("kept as is", h.get("a b"));
        assertEquals(List.of("a b"), h.keys());
    }

    @Test
    void keysKeepInsertionOrder() {
        Header h = new Header();
        h.add("zeta", "1");
        h.add("alpha", "2");
        h.add("Mid", "3");
        h.add("ZETA", "4");
        assertEquals(List.of("Zeta", "Alpha", "Mid"), h.keys());
        assertEquals(3, h.size());
    }

    @Test
    void cloneIsDeepAndReadOnlyViewFollowsButRefuses() {
        Header h = new Header();
        h.add("A", "1");
        Header c = h.clone();
        Header view = h.readOnly();
        h.add("A", "2");
        assertEquals(List.of("1"), c.values("A"));
        assertEquals(List.of("1", "2"), view.values("A"));
        assertTrue(view.isReadOnly());
        assertThrows(UnsupportedOperationException.class, () -> view.add("B", "x"));
        assertThrows(UnsupportedOperationException.class, () -> view.set("A", "x"));
        assertThrows(UnsupportedOperationException.class, () -> view.del("A"));
        assertThrows(UnsupportedOperationException.class, () -> view.values("A").add("x"));
        Header writable = view.clone();
        writable.add("B", "y");
        assertFalse(writable.isReadOnly());
        assertNotEquals(h, writable);
        assertEquals(h, h.clone());
    }

    static String wire(Header h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        h.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Go 1.19 header_test.go headerWriteTests (rows without exclude; raw keys as in Go's literals). */
    @Test
    void writeToMatchesGoHeaderWrite() throws IOException {
        assertEquals("", wire(new Header()));

        Header h = new Header();
        h.putRaw("Content-Type", "text/html; charset=UTF-8");
        h.putRaw("Content-Length", "0");
        assertEquals("Content-Length: 0\r\nContent-Type: text/html; charset=UTF-8\r\n", wire(h));

        h = new Header();
        h.putRaw("Content-Length", "0", "1", "2");
        assertEquals("Content-Length: 0\r\nContent-Length: 1\r\nContent-Length: 2\r\n", wire(h));

        h = new Header();
        h.putRaw("Nil");
        h.putRaw("Empty");
        h.putRaw("Blank", "");
        h.putRaw("Double-Blank", "", "");
        assertEquals("Blank: \r\nDouble-Blank: \r\nDouble-Blank: \r\n", wire(h));

        h = new Header();
        for (int i = 9; i >= 1; i--) {
            h.putRaw("k" + i, i + "a", i + "b");
        }
        StringBuilder want = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            want.append("k").append(i).append(": ").append(i).append("a\r\nk").append(i).append(": ").append(i)
                    .append("b\r\n");
        }
        assertEquals(want.toString(), wire(h));

        h = new Header();
        h.putRaw("Content-Type", "text/html; charset=UTF-8");
        h.putRaw("NewlineInValue", "1\r\nBar: 2");
        h.putRaw("NewlineInKey\r\n", "1");
        h.putRaw("Colon:InKey", "1");
        h.putRaw("Evil: 1\r\nSmuggledValue", "1");
        assertEquals("Content-Type: text/html; charset=UTF-8\r\nNewlineInValue: 1  Bar: 2\r\n", wire(h));
    }

    @Test
    void writeToTrimsAndSortsByBytes() throws IOException {
        Header h = new Header();
        h.add("b", "  two\t");
        h.add("a", "one");
        h.add("B", "x\ny");
        assertEquals("A: one\r\nB: two\r\nB: x y\r\n", wire(h));
    }

    @Test
    void toStringIsGoMapForm() {
        Header h = new Header();
        h.add("b", "2");
        h.add("a", "1");
        h.add("a", "3");
        assertEquals("map[A:[1 3] B:[2]]", h.toString());
    }
}
