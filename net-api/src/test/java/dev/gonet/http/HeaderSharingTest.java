package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's cheap header copies: a snapshot shares the map until either side changes. */
class HeaderSharingTest {

    @Test
    void snapshotIsUnaffectedByLaterChangesOfEitherSide() {
        Header h = new Header();
        h.set("Content-Type", "text/plain");
        h.add("X-A", "1");
        Header s = h.snapshot();
        h.add("X-A", "2");
        h.set("X-B", "b");
        h.del("Content-Type");
        assertEquals(List.of("1"), s.values("X-A"));
        assertEquals("text/plain", s.get("Content-Type"));
        assertFalse(s.has("X-B"));
        assertEquals(List.of("1", "2"), h.values("X-A"));

        Header t = h.snapshot();
        t.add("X-A", "3");
        t.del("X-B");
        assertEquals(List.of("1", "2"), h.values("X-A"));
        assertEquals("b", h.get("X-B"));
        assertEquals(List.of("1", "2", "3"), t.values("X-A"));
    }

    @Test
    void deletingAnAbsentKeyCopiesNothingAndChangesNothing() {
        Header h = new Header();
        h.set("A", "1");
        Header s = h.snapshot();
        s.del("Transfer-Encoding");
        h.set("A", "2");
        assertEquals("1", s.get("A"));
        assertEquals("2", h.get("A"));
    }

    @Test
    void emptyHeadersAndViews() {
        Header h = new Header();
        assertTrue(h.isEmpty());
        assertEquals(List.of(), h.values("A"));
        assertEquals(h, new Header());
        Header view = h.readOnly();
        h.add("A", "1");
        assertEquals("1", view.get("A"), "a view follows its source, even one made while it was empty");
        Header s = h.snapshot();
        h.add("A", "2");
        assertEquals(List.of("1", "2"), view.values("A"));
        assertEquals(List.of("1"), s.values("A"));
        assertThrows(UnsupportedOperationException.class, () -> view.del("A"));
        assertThrows(UnsupportedOperationException.class, () -> view.del("Absent"));
    }

    @Test
    void oneValueListsGrowAndStayUnmodifiable() {
        Header h = new Header();
        h.set("A", "1");
        List<String> one = h.values("A");
        assertThrows(UnsupportedOperationException.class, () -> one.add("x"));
        h.add("A", "2");
        assertEquals(List.of("1", "2"), h.values("A"));
        assertThrows(UnsupportedOperationException.class, () -> h.values("A").add("x"));
        Header c = h.clone();
        c.add("A", "3");
        assertEquals(List.of("1", "2"), h.values("A"));
        h.set("N", null);
        assertEquals(1, h.values("N").size());
    }

    @Test
    void trailerPrefixedKeysAreFound() {
        Header h = new Header();
        h.set("Content-Type", "x");
        assertFalse(h.hasKeyStartingWith(ResponseWriter.TRAILER_PREFIX));
        h.set(ResponseWriter.TRAILER_PREFIX + "X-T", "v");
        assertTrue(h.hasKeyStartingWith(ResponseWriter.TRAILER_PREFIX));
        assertTrue(h.snapshot().hasKeyStartingWith(ResponseWriter.TRAILER_PREFIX));
        assertTrue(h.clone().hasKeyStartingWith(ResponseWriter.TRAILER_PREFIX));
        assertTrue(h.readOnly().hasKeyStartingWith(ResponseWriter.TRAILER_PREFIX));
    }
}
