package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Range attacks on a real {@link Server} over {@code mem} (RFC 9110 §14.2, §17.15): many small
 * ranges, overlapping ranges and the empty suffix range {@code -0}, each answer measured in bytes.
 * Before the cap and the merging, 100 000 ranges {@code 0-0} of a 100 000-byte file were a 206
 * of 14 300 066 body bytes, and {@code bytes=-0} a 206 with {@code bytes 100000-99999/100000}.
 */
class ServeContentTest {
    static final int SIZE = 100_000;
    /** A part head: boundary line (64), Content-Range (at most 44 here), Content-Type (41), CRLFs. */
    static final int PART_HEAD = 160;

    static MemFileSystem fs() {
        byte[] data = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            data[i] = (byte) ('a' + i % 26);
        }
        return new MemFileSystem().add("/big.txt", data).add("/empty.txt", new byte[0]);
    }

    /** {@code bytes=} and n copies of spec joined by commas, {i} standing for the index. */
    static String repeat(String spec, int n) {
        StringBuilder b = new StringBuilder("bytes=");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(spec.replace("{i}", Integer.toString(i)).replace("{2i}",
                    Integer.toString(2 * i)));
        }
        return b.toString();
    }

    static HttpConn.Resp get(TestServer s, String range) throws Exception {
        return FileServerTest.get(s, "/big.txt", "Range: " + range);
    }

    static String slice(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append((char) ('a' + i % 26));
        }
        return b.toString();
    }

    /**
     * 100 000 ranges "0-0" of a 100 kB file: were a 206 of 14.3 MB (143x the file). The field is
     * about 400 kB, over the server's 64 KiB default per field (a 431 before any range is read),
     * so this server takes fields of up to 1 MiB to attack the range cap itself.
     */
    @Test
    void manyTinyRangesAreNotAmplified() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (TestServer s = TestServer.start(new FileServer(fs()), srv -> srv.withMaxHeaderFieldBytes(1 << 20))) {
                HttpConn.Resp r = get(s, repeat("0-0", 100_000));
                System.out.println("ranges: 100000 x 0-0 of " + SIZE + " bytes -> " + r.status() + ", "
                        + r.body().length + " body bytes");
                assertEquals(200, r.status(), "over the cap: the field is ignored");
                assertEquals(SIZE, r.body().length);
            }
        });
    }

    /** Up to the cap, disjoint ranges are served; one more and the field is ignored. */
    @Test
    void theCapOnRanges() throws Exception {
        int max = FileServer.DEFAULT_MAX_RANGES;
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp at = get(s, repeat("{2i}-{2i}", max));
            System.out.println("ranges: " + max + " disjoint 1-byte ranges -> " + at.status() + ", " + at.body().length
                    + " body bytes");
            assertEquals(206, at.status());
            assertTrue(at.get("Content-Type").startsWith("multipart/byteranges; boundary="), at.toString());
            assertTrue(at.body().length <= max * (1 + PART_HEAD), at.body().length + " bytes");
            assertTrue(at.text().contains("Content-Range: bytes " + 2 * (max - 1) + "-" + 2 * (max - 1) + "/" + SIZE));
            HttpConn.Resp over = get(s, repeat("{2i}-{2i}", max + 1));
            assertEquals(200, over.status());
            assertEquals(SIZE, over.body().length);
            assertEquals("", over.get("Content-Range"));
        }
        try (TestServer s = TestServer.start(new FileServer(fs()).withMaxRanges(1))) {
            assertEquals(200, get(s, "bytes=0-1,5-6").status(), "1: single ranges only");
            HttpConn.Resp one = get(s, "bytes=0-1");
            assertEquals(206, one.status());
            assertEquals("ab", one.text());
        }
        assertEquals(FileServer.DEFAULT_MAX_RANGES, new FileServer(fs()).maxRanges());
        assertThrows(IllegalArgumentException.class, () -> new FileServer(fs()).withMaxRanges(0));
    }

    /** Overlapping ranges are sent once, as one part: 150 x "0-99" were 150 parts (37 kB). */
    @Test
    void overlappingRangesAreMerged() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp same = get(s, repeat("0-99", 150));
            System.out.println("ranges: 150 x 0-99 -> " + same.status() + ", " + same.body().length + " body bytes");
            assertEquals(206, same.status());
            assertEquals("bytes 0-99/" + SIZE, same.get("Content-Range"));
            assertEquals(slice(0, 100), same.text());
            HttpConn.Resp chain = get(s, "bytes=0-10, 5-20, 21-30");
            assertEquals("bytes 0-30/" + SIZE, chain.get("Content-Range"), "overlapping and touching: one part");
            assertEquals(slice(0, 31), chain.text());
            HttpConn.Resp suffix = get(s, "bytes=-10, 99995-");
            assertEquals("bytes 99990-99999/" + SIZE, suffix.get("Content-Range"));
        }
    }

    /** Parts keep the request's order, a merged part in the place of its first member. */
    @Test
    void mergedPartsKeepTheRequestOrder() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp r = get(s, "bytes=50-59, 5-14, 0-9, 40-40");
            assertEquals(206, r.status());
            String body = r.text();
            int p50 = body.indexOf("Content-Range: bytes 50-59/");
            int p0 = body.indexOf("Content-Range: bytes 0-14/");
            int p40 = body.indexOf("Content-Range: bytes 40-40/");
            assertTrue(p50 >= 0 && p0 > p50 && p40 > p0, body);
            assertEquals(3, body.split("Content-Range: ", -1).length - 1, body);
        }
    }

    /** RFC 9110 §14.1.1: a suffix range of length zero is unsatisfiable; Go sends a 206. */
    @Test
    void emptySuffixRangeIs416() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp r = get(s, "bytes=-0");
            System.out.println("ranges: bytes=-0 -> " + r.status() + " Content-Range: " + r.get("Content-Range"));
            assertEquals(416, r.status(), r.toString());
            assertEquals("bytes */" + SIZE, r.get("Content-Range"));
            assertEquals("invalid range: failed to overlap\n", r.text());
            HttpConn.Resp other = get(s, "bytes=-0, 0-1");
            assertEquals(206, other.status(), "the satisfiable one is served");
            assertEquals("bytes 0-1/" + SIZE, other.get("Content-Range"));
        }
    }

    /** Go: Range on empty content is ignored (200), never a 416 or a "bytes 0--1/0" part. */
    @Test
    void emptyContentIgnoresRange() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            for (String range : new String[] {"bytes=-5", "bytes=0-", "bytes=-0", "bytes=0-0,5-9"}) {
                HttpConn.Resp r = FileServerTest.get(s, "/empty.txt", "Range: " + range);
                assertEquals(200, r.status(), range);
                assertEquals("", r.get("Content-Range"), range);
                assertEquals("0", r.get("Content-Length"), range);
            }
        }
    }
}
