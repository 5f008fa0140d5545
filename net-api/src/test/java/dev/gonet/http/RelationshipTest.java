package dev.gonet.http;

import org.junit.jupiter.api.Test;

/**
 * Go's pattern_test.go TestCompareMethods, TestComparePaths and TestConflictsWith: every
 * relationship is checked both ways round (p2 to p1 must be the inverse).
 */
class RelationshipTest {
    private record MethodsCase(String p1, String p2, Relationship want) {
    }

    private static final MethodsCase[] METHODS = {
        new MethodsCase("/", "/", Relationship.EQUIVALENT),
        new MethodsCase("GET /", "GET /", Relationship.EQUIVALENT),
        new MethodsCase("HEAD /", "HEAD /", Relationship.EQUIVALENT),
        new MethodsCase("POST /", "POST /", Relationship.EQUIVALENT),
        new MethodsCase("GET /", "POST /", Relationship.DISJOINT),
        new MethodsCase("GET /", "/", Relationship.MORE_SPECIFIC),
        new MethodsCase("HEAD /", "/", Relationship.MORE_SPECIFIC),
        new MethodsCase("GET /", "HEAD /", Relationship.MORE_GENERAL),
    };

    @Test
    void compareMethods() {
        Failures f = new Failures();
        for (MethodsCase row : METHODS) {
            f.row();
            Pattern p1 = Pattern.parse(row.p1());
            Pattern p2 = Pattern.parse(row.p2());
            Relationship want = row.want();
            f.expect(row.p1() + " vs " + row.p2(), p1.compareMethods(p2), want);
            f.expect(row.p2() + " vs " + row.p1(), p2.compareMethods(p1), want.inverse());
        }
        f.done(8);
    }

    private record PathsCase(String p1, String p2, Relationship want) {
    }

    private static final PathsCase[] PATHS = {
        // A non-final pattern segment can have one of two values: literal or
        // single wildcard. A final pattern segment can have one of 5: empty
        // (trailing slash), literal, dollar, single wildcard, or multi
        // wildcard. Trailing slash and multi wildcard are the same.

        // A literal should be more specific than anything it overlaps, except itself.
        new PathsCase("/a", "/a", Relationship.EQUIVALENT),
        new PathsCase("/a", "/b", Relationship.DISJOINT),
        new PathsCase("/a", "/", Relationship.MORE_SPECIFIC),
        new PathsCase("/a", "/{$}", Relationship.DISJOINT),
        new PathsCase("/a", "/{x}", Relationship.MORE_SPECIFIC),
        new PathsCase("/a", "/{x...}", Relationship.MORE_SPECIFIC),

        // Adding a segment doesn't change that.
        new PathsCase("/b/a", "/b/a", Relationship.EQUIVALENT),
        new PathsCase("/b/a", "/b/b", Relationship.DISJOINT),
        new PathsCase("/b/a", "/b/", Relationship.MORE_SPECIFIC),
        new PathsCase("/b/a", "/b/{$}", Relationship.DISJOINT),
        new PathsCase("/b/a", "/b/{x}", Relationship.MORE_SPECIFIC),
        new PathsCase("/b/a", "/b/{x...}", Relationship.MORE_SPECIFIC),
        new PathsCase("/{z}/a", "/{z}/a", Relationship.EQUIVALENT),
        new PathsCase("/{z}/a", "/{z}/b", Relationship.DISJOINT),
        new PathsCase("/{z}/a", "/{z}/", Relationship.MORE_SPECIFIC),
        new PathsCase("/{z}/a", "/{z}/{$}", Relationship.DISJOINT),
        new PathsCase("/{z}/a", "/{z}/{x}", Relationship.MORE_SPECIFIC),
        new PathsCase("/{z}/a", "/{z}/{x...}", Relationship.MORE_SPECIFIC),

        // Single wildcard on left.
        new PathsCase("/{z}", "/a", Relationship.MORE_GENERAL),
        new PathsCase("/{z}", "/a/b", Relationship.DISJOINT),
        new PathsCase("/{z}", "/{$}", Relationship.DISJOINT),
        new PathsCase("/{z}", "/{x}", Relationship.EQUIVALENT),
        new PathsCase("/{z}", "/", Relationship.MORE_SPECIFIC),
        new PathsCase("/{z}", "/{x...}", Relationship.MORE_SPECIFIC),
        new PathsCase("/b/{z}", "/b/a", Relationship.MORE_GENERAL),
        new PathsCase("/b/{z}", "/b/a/b", Relationship.DISJOINT),
        new PathsCase("/b/{z}", "/b/{$}", Relationship.DISJOINT),
        new PathsCase("/b/{z}", "/b/{x}", Relationship.EQUIVALENT),
        new PathsCase("/b/{z}", "/b/", Relationship.MORE_SPECIFIC),
        new PathsCase("/b/{z}", "/b/{x...}", Relationship.MORE_SPECIFIC),

        // Trailing slash on left.
        new PathsCase("/", "/a", Relationship.MORE_GENERAL),
        new PathsCase("/", "/a/b", Relationship.MORE_GENERAL),
        new PathsCase("/", "/{$}", Relationship.MORE_GENERAL),
        new PathsCase("/", "/{x}", Relationship.MORE_GENERAL),
        new PathsCase("/", "/", Relationship.EQUIVALENT),
        new PathsCase("/", "/{x...}", Relationship.EQUIVALENT),

        new PathsCase("/b/", "/b/a", Relationship.MORE_GENERAL),
        new PathsCase("/b/", "/b/a/b", Relationship.MORE_GENERAL),
        new PathsCase("/b/", "/b/{$}", Relationship.MORE_GENERAL),
        new PathsCase("/b/", "/b/{x}", Relationship.MORE_GENERAL),
        new PathsCase("/b/", "/b/", Relationship.EQUIVALENT),
        new PathsCase("/b/", "/b/{x...}", Relationship.EQUIVALENT),

        new PathsCase("/{z}/", "/{z}/a", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/", "/{z}/a/b", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/", "/{z}/{$}", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/", "/{z}/{x}", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/", "/{z}/", Relationship.EQUIVALENT),
        new PathsCase("/{z}/", "/a/", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/", "/{z}/{x...}", Relationship.EQUIVALENT),
        new PathsCase("/{z}/", "/a/{x...}", Relationship.MORE_GENERAL),
        new PathsCase("/a/{z}/", "/{z}/a/", Relationship.OVERLAPS),
        new PathsCase("/a/{z}/b/", "/{x}/c/{y...}", Relationship.OVERLAPS),

        // Multi wildcard on left.
        new PathsCase("/{m...}", "/a", Relationship.MORE_GENERAL),
        new PathsCase("/{m...}", "/a/b", Relationship.MORE_GENERAL),
        new PathsCase("/{m...}", "/{$}", Relationship.MORE_GENERAL),
        new PathsCase("/{m...}", "/{x}", Relationship.MORE_GENERAL),
        new PathsCase("/{m...}", "/", Relationship.EQUIVALENT),
        new PathsCase("/{m...}", "/{x...}", Relationship.EQUIVALENT),

        new PathsCase("/b/{m...}", "/b/a", Relationship.MORE_GENERAL),
        new PathsCase("/b/{m...}", "/b/a/b", Relationship.MORE_GENERAL),
        new PathsCase("/b/{m...}", "/b/{$}", Relationship.MORE_GENERAL),
        new PathsCase("/b/{m...}", "/b/{x}", Relationship.MORE_GENERAL),
        new PathsCase("/b/{m...}", "/b/", Relationship.EQUIVALENT),
        new PathsCase("/b/{m...}", "/b/{x...}", Relationship.EQUIVALENT),
        new PathsCase("/b/{m...}", "/a/{x...}", Relationship.DISJOINT),

        new PathsCase("/{z}/{m...}", "/{z}/a", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/{m...}", "/{z}/a/b", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/{m...}", "/{z}/{$}", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/{m...}", "/{z}/{x}", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/{m...}", "/{w}/", Relationship.EQUIVALENT),
        new PathsCase("/{z}/{m...}", "/a/", Relationship.MORE_GENERAL),
        new PathsCase("/{z}/{m...}", "/{z}/{x...}", Relationship.EQUIVALENT),
        new PathsCase("/{z}/{m...}", "/a/{x...}", Relationship.MORE_GENERAL),
        new PathsCase("/a/{m...}", "/a/b/{y...}", Relationship.MORE_GENERAL),
        new PathsCase("/a/{m...}", "/a/{x}/{y...}", Relationship.MORE_GENERAL),
        new PathsCase("/a/{z}/{m...}", "/a/b/{y...}", Relationship.MORE_GENERAL),
        new PathsCase("/a/{z}/{m...}", "/{z}/a/", Relationship.OVERLAPS),
        new PathsCase("/a/{z}/{m...}", "/{z}/b/{y...}", Relationship.OVERLAPS),
        new PathsCase("/a/{z}/b/{m...}", "/{x}/c/{y...}", Relationship.OVERLAPS),
        new PathsCase("/a/{z}/a/{m...}", "/{x}/b", Relationship.DISJOINT),

        // Dollar on left.
        new PathsCase("/{$}", "/a", Relationship.DISJOINT),
        new PathsCase("/{$}", "/a/b", Relationship.DISJOINT),
        new PathsCase("/{$}", "/{$}", Relationship.EQUIVALENT),
        new PathsCase("/{$}", "/{x}", Relationship.DISJOINT),
        new PathsCase("/{$}", "/", Relationship.MORE_SPECIFIC),
        new PathsCase("/{$}", "/{x...}", Relationship.MORE_SPECIFIC),

        new PathsCase("/b/{$}", "/b", Relationship.DISJOINT),
        new PathsCase("/b/{$}", "/b/a", Relationship.DISJOINT),
        new PathsCase("/b/{$}", "/b/a/b", Relationship.DISJOINT),
        new PathsCase("/b/{$}", "/b/{$}", Relationship.EQUIVALENT),
        new PathsCase("/b/{$}", "/b/{x}", Relationship.DISJOINT),
        new PathsCase("/b/{$}", "/b/", Relationship.MORE_SPECIFIC),
        new PathsCase("/b/{$}", "/b/{x...}", Relationship.MORE_SPECIFIC),
        new PathsCase("/b/{$}", "/b/c/{x...}", Relationship.DISJOINT),
        new PathsCase("/b/{x}/a/{$}", "/{x}/c/{y...}", Relationship.OVERLAPS),
        new PathsCase("/{x}/b/{$}", "/a/{x}/{y}", Relationship.DISJOINT),
        new PathsCase("/{x}/b/{$}", "/a/{x}/c", Relationship.DISJOINT),

        new PathsCase("/{z}/{$}", "/{z}/a", Relationship.DISJOINT),
        new PathsCase("/{z}/{$}", "/{z}/a/b", Relationship.DISJOINT),
        new PathsCase("/{z}/{$}", "/{z}/{$}", Relationship.EQUIVALENT),
        new PathsCase("/{z}/{$}", "/{z}/{x}", Relationship.DISJOINT),
        new PathsCase("/{z}/{$}", "/{z}/", Relationship.MORE_SPECIFIC),
        new PathsCase("/{z}/{$}", "/a/", Relationship.OVERLAPS),
        new PathsCase("/{z}/{$}", "/a/{x...}", Relationship.OVERLAPS),
        new PathsCase("/{z}/{$}", "/{z}/{x...}", Relationship.MORE_SPECIFIC),
        new PathsCase("/a/{z}/{$}", "/{z}/a/", Relationship.OVERLAPS),
    };

    @Test
    void comparePaths() {
        Failures f = new Failures();
        for (PathsCase row : PATHS) {
            f.row();
            Pattern p1 = Pattern.parse(row.p1());
            Pattern p2 = Pattern.parse(row.p2());
            Relationship want = row.want();
            f.expect(p1 + " vs itself", p1.comparePaths(p1), Relationship.EQUIVALENT);
            f.expect(p2 + " vs itself", p2.comparePaths(p2), Relationship.EQUIVALENT);
            f.expect(p1 + " vs " + p2, p1.comparePaths(p2), want);
            f.expect(p2 + " vs " + p1, p2.comparePaths(p1), want.inverse());
        }
        f.done(106);
    }

    private record ConflictCase(String p1, String p2, boolean want) {
    }

    private static final ConflictCase[] CONFLICTS = {
        new ConflictCase("/a", "/a", true),
        new ConflictCase("/a", "/ab", false),
        new ConflictCase("/a/b/cd", "/a/b/cd", true),
        new ConflictCase("/a/b/cd", "/a/b/c", false),
        new ConflictCase("/a/b/c", "/a/c/c", false),
        new ConflictCase("/{x}", "/{y}", true),
        new ConflictCase("/{x}", "/a", false), // more specific
        new ConflictCase("/{x}/{y}", "/{x}/a", false),
        new ConflictCase("/{x}/{y}", "/{x}/a/b", false),
        new ConflictCase("/{x}", "/a/{y}", false),
        new ConflictCase("/{x}/{y}", "/{x}/a/", false),
        new ConflictCase("/{x}", "/a/{y...}", false),           // more specific
        new ConflictCase("/{x}/a/{y}", "/{x}/a/{y...}", false), // more specific
        new ConflictCase("/{x}/{y}", "/{x}/a/{$}", false),      // more specific
        new ConflictCase("/{x}/{y}/{$}", "/{x}/a/{$}", false),
        new ConflictCase("/a/{x}", "/{x}/b", true),
        new ConflictCase("/", "GET /", false),
        new ConflictCase("/", "GET /foo", false),
        new ConflictCase("GET /", "GET /foo", false),
        new ConflictCase("GET /", "/foo", true),
        new ConflictCase("GET /foo", "HEAD /", true),
        // Hosts: a host-specific pattern wins over a host-less one; different hosts never meet.
        new ConflictCase("a.com/a", "/a", false),
        new ConflictCase("a.com/a", "b.com/a", false),
        new ConflictCase("a.com/a", "a.com/{x}", false),
        new ConflictCase("a.com/{y}", "a.com/{x}", true),
    };

    @Test
    void conflictsWith() {
        Failures f = new Failures();
        for (ConflictCase row : CONFLICTS) {
            f.row();
            Pattern p1 = Pattern.parse(row.p1());
            Pattern p2 = Pattern.parse(row.p2());
            boolean want = row.want();
            // conflictsWith is commutative.
            f.expect(Failures.q(p1.str) + ".conflictsWith(" + Failures.q(p2.str) + ")", p1.conflictsWith(p2), want);
            f.expect(Failures.q(p2.str) + ".conflictsWith(" + Failures.q(p1.str) + ")", p2.conflictsWith(p1), want);
        }
        f.done(25);
    }

    /** combineRelationships over every pair, against the rules its doc states. */
    @Test
    void combineTable() {
        Relationship eq = Relationship.EQUIVALENT;
        Relationship gen = Relationship.MORE_GENERAL;
        Relationship spec = Relationship.MORE_SPECIFIC;
        Relationship dis = Relationship.DISJOINT;
        Relationship ov = Relationship.OVERLAPS;
        Relationship[][] want = {
            // r2:  eq    gen   spec  dis  ov
            {eq, gen, spec, dis, ov}, // r1 = equivalent
            {gen, gen, ov, dis, ov}, // r1 = moreGeneral
            {spec, ov, spec, dis, ov}, // r1 = moreSpecific
            {dis, dis, dis, dis, dis}, // r1 = disjoint
            {ov, ov, ov, dis, ov}, // r1 = overlaps
        };
        Relationship[] all = {eq, gen, spec, dis, ov};
        Failures f = new Failures();
        for (int i = 0; i < all.length; i++) {
            for (int j = 0; j < all.length; j++) {
                f.row();
                f.expect("combineRelationships(" + all[i] + ", " + all[j] + ")", all[i].combine(all[j]), want[i][j]);
            }
        }
        f.expect("names", java.util.Arrays.toString(all), "[equivalent, moreGeneral, moreSpecific, disjoint, overlaps]");
        f.done(25);
    }
}
