package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed ServeMux pattern, {@code [METHOD ][HOST]/[PATH]}, as Go 1.22's {@code pattern}.
 *
 * <p>The path is kept in Go's internal form: a trailing slash is an anonymous multi wildcard
 * (segment {@code ("", wild, multi)}), and a final {@code {$}} is the literal segment "/".
 * Method, host and segment strings are byte strings (see {@link GoText}); {@link #toString()}
 * is the pattern exactly as registered.
 */
final class Pattern {
    /** One path piece: a literal, "/" for {$}, a single wildcard, or a multi wildcard. */
    record Segment(String s, boolean wild, boolean multi) {
        static Segment lit(String s) {
            return new Segment(s, false, false);
        }

        static Segment wild(String name) {
            return new Segment(name, true, false);
        }

        static Segment multi(String name) {
            return new Segment(name, true, true);
        }
    }

    final String str;
    final String method;
    final String host;
    final List<Segment> segments;
    /** Where the pattern was registered, for conflict messages; set by {@link Routes}. */
    String loc = "";

    private Pattern(String str, String method, String host, List<Segment> segments) {
        this.str = str;
        this.method = method;
        this.host = host;
        this.segments = segments;
    }

    /** Builds a pattern from parts, for tests that compare parse results. */
    static Pattern of(String method, String host, List<Segment> segments) {
        return new Pattern("", method, host, List.copyOf(segments));
    }

    @Override
    public String toString() {
        return str;
    }

    Segment lastSegment() {
        return segments.get(segments.size() - 1);
    }

    /**
     * Go's {@code parsePattern}. Failures throw {@link IllegalArgumentException} with Go's text,
     * e.g. {@code at offset 3: empty wildcard} for "/a/{}"; offsets count UTF-8
     * bytes, as Go's do.
     */
    static Pattern parse(String text) {
        String s = GoText.bytes(text);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        // Go reports every later error "at offset off", off tracking how far parsing got.
        int off = 0;
        // The method ends at the first space: Go 1.22 allows exactly one (1.23 allows more).
        int sp = s.indexOf(' ');
        String method = "";
        String rest = s;
        if (sp >= 0) {
            method = s.substring(0, sp);
            rest = s.substring(sp + 1);
            if (!method.isEmpty() && !validMethod(method)) {
                throw err(0, "invalid method " + Ascii.quoteBytes(method));
            }
            off = method.length() + 1;
        }
        int i = rest.indexOf('/');
        if (i < 0) {
            throw err(off, "host/path missing /");
        }
        String host = rest.substring(0, i);
        String path = rest.substring(i);
        int j = host.indexOf('{');
        if (j >= 0) {
            throw err(off + j, "host contains '{' (missing initial '/'?)");
        }
        // Request paths are cleaned before matching (except for CONNECT), so an unclean path
        // with such a method could never match.
        if (!method.isEmpty() && !method.equals("CONNECT") && !path.equals(PathText.cleanPath(path))) {
            throw err(off + i, "non-CONNECT pattern with unclean path can never match");
        }
        // Walk the path by index (Go slices; Java would copy): path[p] is the '/' before the
        // next segment, and base is where the path starts in s, for Go's offsets.
        int base = s.length() - path.length();
        int n = path.length();
        List<Segment> segs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < n; ) {
            int start = p + 1;
            off = base + start;
            if (start == n) {
                segs.add(Segment.multi("")); // trailing slash
                break;
            }
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = n;
            }
            String seg = path.substring(start, end);
            p = end;
            boolean atEnd = end == n;
            int brace = seg.indexOf('{');
            if (brace < 0) {
                segs.add(Segment.lit(PathText.pathUnescape(seg)));
                continue;
            }
            if (brace != 0) {
                throw err(off, "bad wildcard segment (must start with '{')");
            }
            if (seg.charAt(seg.length() - 1) != '}') {
                throw err(off, "bad wildcard segment (must end with '}')");
            }
            String name = seg.substring(1, seg.length() - 1);
            if (name.equals("$")) {
                if (!atEnd) {
                    throw err(off, "{$} not at end");
                }
                segs.add(Segment.lit("/"));
                break;
            }
            boolean multi = name.endsWith("...");
            if (multi) {
                name = name.substring(0, name.length() - 3);
                if (!atEnd) {
                    throw err(off, "{...} wildcard not at end");
                }
            }
            if (name.isEmpty()) {
                throw err(off, "empty wildcard");
            }
            if (!isValidWildcardName(name)) {
                throw err(off, "bad wildcard name " + Ascii.quoteBytes(name));
            }
            if (!seen.add(name)) {
                throw err(off, "duplicate wildcard name " + Ascii.quoteBytes(name));
            }
            segs.add(new Segment(name, true, multi));
        }
        return new Pattern(text, method, host, List.copyOf(segs));
    }

    private static IllegalArgumentException err(int off, String byteMsg) {
        return new IllegalArgumentException("at offset " + off + ": " + GoText.text(byteMsg));
    }

    /** Go's {@code validMethod}: a non-empty RFC 9110 token. */
    static boolean validMethod(String m) {
        if (m.isEmpty()) {
            return false;
        }
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c < 0x7F && "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A Go identifier: a letter or '_', then letters, digits, '_' (Unicode categories). */
    static boolean isValidWildcardName(String bs) {
        if (bs.isEmpty()) {
            return false;
        }
        for (int i = 0; i < bs.length(); ) {
            int d = Ascii.decodeRune(bs, i);
            int c = d & 0x1FFFFF;
            // An invalid byte decodes as U+FFFD, which is no letter: rejected, as in Go.
            if (!Character.isLetter(c) && c != '_' && (i == 0 || !Character.isDigit(c))) {
                return false;
            }
            i += d >>> 24;
        }
        return true;
    }

    // ---- relationships (Go's compareMethods, comparePaths, conflictsWith) ----

    /** Whether some request matches both, with neither taking precedence. */
    boolean conflictsWith(Pattern p2) {
        if (!host.equals(p2.host)) {
            // One has a host and wins by rule 1, or the hosts differ and nothing matches both.
            return false;
        }
        Relationship rel = comparePathsAndMethods(p2);
        return rel == Relationship.EQUIVALENT || rel == Relationship.OVERLAPS;
    }

    Relationship comparePathsAndMethods(Pattern p2) {
        Relationship mrel = compareMethods(p2);
        if (mrel == Relationship.DISJOINT) {
            return Relationship.DISJOINT; // no need to look at paths
        }
        return mrel.combine(comparePaths(p2));
    }

    /** "" matches every method, GET matches GET and HEAD, anything else only itself. */
    Relationship compareMethods(Pattern p2) {
        if (method.equals(p2.method)) {
            return Relationship.EQUIVALENT;
        }
        if (method.isEmpty()) {
            return Relationship.MORE_GENERAL;
        }
        if (p2.method.isEmpty()) {
            return Relationship.MORE_SPECIFIC;
        }
        if (method.equals("GET") && p2.method.equals("HEAD")) {
            return Relationship.MORE_GENERAL;
        }
        if (p2.method.equals("GET") && method.equals("HEAD")) {
            return Relationship.MORE_SPECIFIC;
        }
        return Relationship.DISJOINT;
    }

    Relationship comparePaths(Pattern p2) {
        int n1 = segments.size();
        int n2 = p2.segments.size();
        // Without a multi at the end, a pattern only matches paths of its own length.
        if (n1 != n2 && !lastSegment().multi() && !p2.lastSegment().multi()) {
            return Relationship.DISJOINT;
        }
        Relationship rel = Relationship.EQUIVALENT;
        int i = 0;
        for (; i < n1 && i < n2; i++) {
            rel = rel.combine(compareSegments(segments.get(i), p2.segments.get(i)));
            if (rel == Relationship.DISJOINT) {
                return rel;
            }
        }
        if (i == n1 && i == n2) {
            return rel;
        }
        // The shorter pattern can only still match if it ends in a multi, which is then more
        // general than the rest of the longer one.
        if (n1 < n2 && lastSegment().multi()) {
            return rel.combine(Relationship.MORE_GENERAL);
        }
        if (n2 < n1 && p2.lastSegment().multi()) {
            return rel.combine(Relationship.MORE_SPECIFIC);
        }
        return Relationship.DISJOINT;
    }

    static Relationship compareSegments(Segment s1, Segment s2) {
        if (s1.multi() && s2.multi()) {
            return Relationship.EQUIVALENT;
        }
        if (s1.multi()) {
            return Relationship.MORE_GENERAL;
        }
        if (s2.multi()) {
            return Relationship.MORE_SPECIFIC;
        }
        if (s1.wild() && s2.wild()) {
            return Relationship.EQUIVALENT;
        }
        if (s1.wild()) {
            // A single wildcard never matches the trailing slash of {$}.
            return s2.s().equals("/") ? Relationship.DISJOINT : Relationship.MORE_GENERAL;
        }
        if (s2.wild()) {
            return s1.s().equals("/") ? Relationship.DISJOINT : Relationship.MORE_SPECIFIC;
        }
        return s1.s().equals(s2.s()) ? Relationship.EQUIVALENT : Relationship.DISJOINT;
    }
}
