package dev.gonet.http;

import dev.gonet.http.Pattern.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Go's {@code routingIndex}: finds the registered patterns that might conflict with a new one
 * without comparing against all of them. A pattern is indexed by (position, literal) for each
 * segment, "" standing for a wildcard; patterns ending in a multi are kept in one list.
 *
 * <p>Candidates are visited in registration order. Go walks a map for all-wildcard patterns,
 * so when a new pattern conflicts with several, which one Go names first can vary between runs;
 * here it is always the earliest registered among the candidates scanned first.
 */
final class RoutingIndex {
    private record Key(int pos, String s) {
    }

    private final Map<Key, List<Pattern>> segments = new LinkedHashMap<>();
    private final List<Pattern> multis = new ArrayList<>();

    void addPattern(Pattern p) {
        if (p.lastSegment().multi()) {
            multis.add(p);
            return;
        }
        for (int pos = 0; pos < p.segments.size(); pos++) {
            Segment seg = p.segments.get(pos);
            Key key = new Key(pos, seg.wild() ? "" : seg.s());
            segments.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
    }

    /**
     * Calls {@code f} on every pattern that might conflict with {@code pat} (and maybe some that
     * cannot), stopping at the first non-null result, which it returns; null if none.
     */
    String possiblyConflictingPatterns(Pattern pat, Function<Pattern, String> f) {
        // Multis are not pruned: any of them may match.
        String err = apply(multis, f);
        if (err != null) {
            return err;
        }
        if (pat.lastSegment().s().equals("/")) {
            // Paths a {$} pattern matches end in a slash; paths an ordinary pattern matches do
            // not. So only multis and {$} patterns with the {$} at the same position conflict.
            return apply(segments.get(new Key(pat.segments.size() - 1, "/")), f);
        }
        // Otherwise a conflicting pattern must be a multi, or have the same literal or a
        // wildcard at each of pat's literal positions; take the position with fewest of those.
        List<Pattern> lmin = null;
        List<Pattern> wmin = null;
        int min = Integer.MAX_VALUE;
        boolean hasLit = false;
        for (int i = 0; i < pat.segments.size(); i++) {
            Segment seg = pat.segments.get(i);
            if (seg.multi()) {
                break;
            }
            if (!seg.wild()) {
                hasLit = true;
                List<Pattern> lpats = segments.get(new Key(i, seg.s()));
                List<Pattern> wpats = segments.get(new Key(i, ""));
                int sum = size(lpats) + size(wpats);
                if (sum < min) {
                    lmin = lpats;
                    wmin = wpats;
                    min = sum;
                }
            }
        }
        if (hasLit) {
            err = apply(lmin, f);
            return err != null ? err : apply(wmin, f);
        }
        // All wildcards: check against everything.
        for (List<Pattern> pats : segments.values()) {
            err = apply(pats, f);
            if (err != null) {
                return err;
            }
        }
        return null;
    }

    private static int size(List<Pattern> l) {
        return l == null ? 0 : l.size();
    }

    private static String apply(List<Pattern> pats, Function<Pattern, String> f) {
        if (pats == null) {
            return null;
        }
        for (Pattern p : pats) {
            String err = f.apply(p);
            if (err != null) {
                return err;
            }
        }
        return null;
    }
}
