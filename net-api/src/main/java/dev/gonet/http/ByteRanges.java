package dev.gonet.http;

import dev.gonet.http.internal.Framing;
import dev.gonet.internal.Ascii;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code Range} field of a request (RFC 9110 §14.1.2): Go's {@code parseRange} from
 * {@code fs.go}, plus the defences RFC 9110 §14.2 and §17.15 ask of a server that Go's parser
 * lacks: a cap on the number of ranges, no zero-length ranges, and overlapping or adjacent
 * ranges merged into one part.
 */
final class ByteRanges {
    private ByteRanges() {
    }

    /** A byte range: {@code length} (at least 1) bytes from {@code start}. */
    record Range(long start, long length) {
        long end() {
            return start + length;
        }

        String contentRange(long size) {
            return "bytes " + start + "-" + (start + length - 1) + "/" + size;
        }
    }

    /** Go's {@code errNoOverlap}: no range selects a byte of the content (416 with {@code bytes *\/size}). */
    static final class NoOverlap extends Exception {
        NoOverlap() {
            super("invalid range: failed to overlap");
        }
    }

    /** More range specs than the server's cap: the field is ignored and the whole content sent. */
    static final class TooMany extends Exception {
        TooMany(int max) {
            super("more than " + max + " ranges");
        }
    }

    /**
     * Go's {@code parseRange}: {@code bytes=a-b, c-, -n} against content of {@code size} bytes;
     * an empty list when {@code s} is empty. Beyond Go: a range that selects no byte (the
     * suffix {@code -0}, anything of empty content) counts as not overlapping instead of
     * becoming a {@code bytes 100-99/100} part, and more than {@code max} non-empty specs
     * throw {@link TooMany} before the rest is read. Throws IllegalArgumentException ("invalid
     * range") when the field does not parse.
     */
    static List<Range> parse(String s, long size, int max) throws NoOverlap, TooMany {
        List<Range> ranges = new ArrayList<>();
        if (s.isEmpty()) {
            return ranges;
        }
        if (!s.startsWith("bytes=")) {
            throw new IllegalArgumentException("invalid range");
        }
        boolean noOverlap = false;
        int specs = 0;
        // Walked in place rather than split: the field may hold a megabyte of specs, and only
        // the first max+1 of them are ever looked at.
        for (int from = 6; from <= s.length(); ) {
            int comma = s.indexOf(',', from);
            int to = comma < 0 ? s.length() : comma;
            String ra = Ascii.trimString(s.substring(from, to));
            from = to + 1;
            if (ra.isEmpty()) {
                continue;
            }
            if (++specs > max) {
                throw new TooMany(max);
            }
            Range r = spec(ra, size);
            if (r == null) {
                noOverlap = true;
            } else {
                ranges.add(r);
            }
        }
        if (noOverlap && ranges.isEmpty()) {
            throw new NoOverlap();
        }
        return ranges;
    }

    /** One {@code a-b}, {@code a-} or {@code -n}; null when it selects no byte of the content. */
    private static Range spec(String ra, long size) {
        int dash = ra.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("invalid range");
        }
        String start = Ascii.trimString(ra.substring(0, dash));
        String end = Ascii.trimString(ra.substring(dash + 1));
        if (start.isEmpty()) {
            long n = Math.min(number(end), size);
            return n == 0 ? null : new Range(size - n, n); // "-0" selects nothing (RFC 9110 §14.1.1)
        }
        long i = number(start);
        if (i >= size) {
            return null;
        }
        if (end.isEmpty()) {
            return new Range(i, size - i);
        }
        long j = number(end);
        if (i > j) {
            throw new IllegalArgumentException("invalid range");
        }
        return new Range(i, Math.min(j, size - 1) - i + 1);
    }

    /** A non-negative decimal (Go's {@code ParseInt} as these callers use it; a sign is invalid). */
    private static long number(String s) {
        try {
            return Framing.parseContentLength(s, Status.REQUESTED_RANGE_NOT_SATISFIABLE);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("invalid range");
        }
    }

    /** Go's {@code sumRangesSize}. */
    static long sum(List<Range> ranges) {
        long n = 0;
        for (Range r : ranges) {
            n += r.length();
        }
        return n;
    }

    /**
     * Merges ranges that overlap or touch (RFC 9110 §14.6: a server may coalesce them, whatever
     * their order), so no byte is sent twice and no part is spent on a neighbour. The parts keep
     * the request's order (§14.6 asks for it), a merged part taking the place of its first member.
     */
    static List<Range> coalesce(List<Range> ranges) {
        int n = ranges.size();
        if (n < 2) {
            return ranges;
        }
        Integer[] byStart = new Integer[n];
        for (int i = 0; i < n; i++) {
            byStart[i] = i;
        }
        Arrays.sort(byStart, (a, b) -> Long.compare(ranges.get(a).start(), ranges.get(b).start()));
        // merged[i]: the part that begins at request position i, or null when i joined another.
        Range[] merged = new Range[n];
        int k = 0;
        while (k < n) {
            int first = byStart[k];
            long start = ranges.get(first).start();
            long end = ranges.get(first).end();
            int m = k + 1;
            while (m < n && ranges.get(byStart[m]).start() <= end) {
                end = Math.max(end, ranges.get(byStart[m]).end());
                first = Math.min(first, byStart[m]);
                m++;
            }
            merged[first] = new Range(start, end - start);
            k = m;
        }
        List<Range> out = new ArrayList<>();
        for (Range r : merged) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
