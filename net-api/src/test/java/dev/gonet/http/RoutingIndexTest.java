package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Go's routing_index_test.go TestIndex: every kind of pattern up to four segments, with every
 * method and host, and the conflicts the index finds must be exactly the conflicts an exhaustive
 * comparison finds.
 */
class RoutingIndexTest {
    @Test
    void indexFindsEveryConflict() {
        List<Pattern> patterns = generatePatterns();
        RoutingIndex idx = new RoutingIndex();
        Failures f = new Failures();
        for (int i = 0; i < patterns.size(); i++) {
            f.row();
            Pattern pat = patterns.get(i);
            List<String> got = indexConflicts(pat, idx);
            List<String> want = trueConflicts(pat, patterns.subList(0, i));
            if (!got.equals(want)) {
                f.errorf(q(pat.str) + ":\ngot  " + got + "\nwant " + want);
                break; // Go's t.Fatalf: the index is now out of step
            }
            idx.addPattern(pat);
        }
        // 4 methods x 3 hosts x (1 + 3 + 9 + 27) prefixes x 5 final segments.
        f.expect("patterns generated", patterns.size(), 2400);
        f.done(2400);
    }

    private static List<String> trueConflicts(Pattern pat, List<Pattern> pats) {
        TreeSet<String> s = new TreeSet<>();
        for (Pattern p : pats) {
            if (pat.conflictsWith(p)) {
                s.add(p.str);
            }
        }
        return new ArrayList<>(s);
    }

    private static List<String> indexConflicts(Pattern pat, RoutingIndex idx) {
        TreeSet<String> s = new TreeSet<>(); // sorted and compacted, as Go's test does
        idx.possiblyConflictingPatterns(pat, p -> {
            if (pat.conflictsWith(p)) {
                s.add(p.str);
            }
            return null;
        });
        return new ArrayList<>(s);
    }

    private static List<Pattern> generatePatterns() {
        String[] methods = {"", "GET ", "HEAD ", "POST "};
        String[] hosts = {"", "h1", "h2"};
        String[] segs = {"/a", "/b", "/{x}"};
        String[] finalSegs = {"/a", "/b", "/{f}", "/{m...}", "/{$}"};
        List<String> prefixes = new ArrayList<>();
        prefixes.add("");
        List<String> level = List.of("");
        for (int n = 1; n <= 3; n++) {
            List<String> next = new ArrayList<>();
            for (String p : level) {
                for (String s : segs) {
                    next.add(p + s);
                }
            }
            prefixes.addAll(next);
            level = next;
        }
        List<Pattern> pats = new ArrayList<>();
        for (String m : methods) {
            for (String h : hosts) {
                for (String p : prefixes) {
                    for (String fs : finalSegs) {
                        pats.add(Pattern.parse(uniqueWildcards(m + h + p + fs)));
                    }
                }
            }
        }
        return pats;
    }

    /** Replaces each "{x}" with "{x0}", "{x1}", ... so wildcard names are distinct. */
    private static String uniqueWildcards(String s) {
        StringBuilder b = new StringBuilder();
        int wc = 0;
        int i;
        while ((i = s.indexOf("{x}")) >= 0) {
            b.append(s, 0, i).append("{x").append(wc++).append('}');
            s = s.substring(i + 3);
        }
        return b.append(s).toString();
    }

    @Test
    void manyMultisDoNotConflict() {
        // Go's BenchmarkMultiConflicts corpus, as a correctness check.
        RoutingIndex idx = new RoutingIndex();
        Failures f = new Failures();
        for (int i = 0; i < 1000; i++) {
            f.row();
            Pattern p = Pattern.parse("/a/b/{x}/d" + i + "/");
            List<String> got = indexConflicts(p, idx);
            if (!got.isEmpty()) {
                f.errorf(q(p.str) + " conflicts with " + got + ", want none");
            }
            idx.addPattern(p);
        }
        f.done(1000);
    }
}
