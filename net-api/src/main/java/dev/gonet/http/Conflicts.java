package dev.gonet.http;

import dev.gonet.http.Pattern.Segment;
import dev.gonet.internal.Ascii;
import java.util.List;

/**
 * Go's explanations of why two patterns conflict ({@code describeConflict}) and the example
 * paths they quote ({@code commonPath}, {@code differencePath}). Paths are byte strings.
 */
final class Conflicts {
    private Conflicts() {
    }

    /** The explanation Go appends to a registration conflict; p1 and p2 must conflict. */
    static String describe(Pattern p1, Pattern p2) {
        Relationship mrel = p1.compareMethods(p2);
        Relationship prel = p1.comparePaths(p2);
        Relationship rel = mrel.combine(prel);
        if (rel == Relationship.EQUIVALENT) {
            return p1 + " matches the same requests as " + p2;
        }
        if (rel != Relationship.OVERLAPS) {
            throw new IllegalStateException("describeConflict called with non-conflicting patterns");
        }
        if (prel == Relationship.OVERLAPS) {
            return p1 + " and " + p2 + " both match some paths, like " + q(commonPath(p1, p2)) + ".\n"
                    + "But neither is more specific than the other.\n"
                    + p1 + " matches " + q(differencePath(p1, p2)) + ", but " + p2 + " doesn't.\n"
                    + p2 + " matches " + q(differencePath(p2, p1)) + ", but " + p1 + " doesn't.";
        }
        if (mrel == Relationship.MORE_GENERAL && prel == Relationship.MORE_SPECIFIC) {
            return p1 + " matches more methods than " + p2 + ", but has a more specific path pattern";
        }
        if (mrel == Relationship.MORE_SPECIFIC && prel == Relationship.MORE_GENERAL) {
            return p1 + " matches fewer methods than " + p2 + ", but has a more general path pattern";
        }
        return "bug: unexpected way for two patterns " + p1 + " and " + p2 + " to conflict: methods "
                + mrel + ", paths " + prel;
    }

    private static String q(String bytePath) {
        return GoText.text(Ascii.quoteBytes(bytePath));
    }

    private static void writeSegment(StringBuilder b, Segment s) {
        b.append('/');
        if (!s.multi() && !s.s().equals("/")) {
            b.append(s.s());
        }
    }

    private static void writeMatchingPath(StringBuilder b, List<Segment> segs, int from) {
        for (int i = from; i < segs.size(); i++) {
            writeSegment(b, segs.get(i));
        }
    }

    /** A path both patterns match; they must have one. */
    static String commonPath(Pattern p1, Pattern p2) {
        StringBuilder b = new StringBuilder();
        List<Segment> segs1 = p1.segments;
        List<Segment> segs2 = p2.segments;
        int i = 0;
        for (; i < segs1.size() && i < segs2.size(); i++) {
            Segment s1 = segs1.get(i);
            writeSegment(b, s1.wild() ? segs2.get(i) : s1);
        }
        if (i < segs1.size()) {
            writeMatchingPath(b, segs1, i);
        } else if (i < segs2.size()) {
            writeMatchingPath(b, segs2, i);
        }
        return b.toString();
    }

    /** A path p1 matches and p2 does not; there must be one. */
    static String differencePath(Pattern p1, Pattern p2) {
        StringBuilder b = new StringBuilder();
        List<Segment> segs1 = p1.segments;
        List<Segment> segs2 = p2.segments;
        int i = 0;
        for (; i < segs1.size() && i < segs2.size(); i++) {
            Segment s1 = segs1.get(i);
            Segment s2 = segs2.get(i);
            if (s1.multi() && s2.multi()) {
                // From here both match the same paths: the difference came earlier.
                return b.append('/').toString();
            }
            if (s1.multi()) {
                // A trailing slash tells them apart, unless s2 is {$}: then any segment does;
                // prefer the wildcard's name.
                b.append('/');
                if (s2.s().equals("/")) {
                    b.append(s1.s().isEmpty() ? "x" : s1.s());
                }
                return b.toString();
            }
            if (s2.multi()) {
                writeSegment(b, s1);
            } else if (s1.wild() && s2.wild()) {
                writeSegment(b, s1); // both match anything here; use p1's wildcard name
            } else if (s1.wild()) {
                // Anything but s2's literal works: the wildcard name, or the literal tweaked.
                if (!s1.s().equals(s2.s())) {
                    writeSegment(b, s1);
                } else {
                    b.append('/').append(s2.s()).append('x');
                }
            } else if (s2.wild()) {
                writeSegment(b, s1);
            } else {
                // Two literals: the patterns overlap, so they are the same literal.
                if (!s1.s().equals(s2.s())) {
                    throw new IllegalStateException("literals differ: " + q(s1.s()) + " and " + q(s2.s()));
                }
                writeSegment(b, s1);
            }
        }
        if (i < segs1.size()) {
            writeMatchingPath(b, segs1, i); // p1 is longer and p2 has no multi
        } else if (i < segs2.size()) {
            writeMatchingPath(b, segs2, i);
        }
        return b.toString();
    }
}
