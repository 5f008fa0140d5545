package dev.gonet.http;

import org.junit.jupiter.api.Test;

/**
 * Go's pattern_test.go TestCompareMethods, TestComparePaths and TestConflictsWith: every
 * relationship is checked both ways round (p2 to p1 must be the inverse).
 */
class RelationshipTest {
    private static final Object[][] METHODS = {
        {"/", "/", Relationship.EQUIVALENT},
        {"GET /", "GET /", Relationship.EQUIVALENT},
        {"HEAD /", "HEAD /", Relationship.EQUIVALENT},
        {"POST /", "POST /", Relationship.EQUIVALENT},
        {"GET /", "POST /", Relationship.DISJOINT},
        {"GET /", "/", Relationship.MORE_SPECIFIC},
        {"HEAD /", "/", Relationship.MORE_SPECIFIC},
        {"GET /", "HEAD /", Relationship.MORE_GENERAL},
    };

    @Test
    void compareMethods() {
        Failures f = new Failures();
        for (Object[] row : METHODS) {
            f.row();
            Pattern p1 = Pattern.parse((String) row[0]);
            Pattern p2 = Pattern.parse((String) row[1]);
            Relationship want = (Relationship) row[2];
            f.expect(row[0] + " vs " + row[1], p1.compareMethods(p2), want);
            f.expect(row[1] + " vs " + row[0], p2.compareMethods(p1), want.inverse());
        }
        f.done(8);
    }

    private static final Object[][] PATHS = {
        // A non-final pattern segment can have one of two values: literal or
        // single wildcard. A final pattern segment can have one of 5: empty
        // (trailing slash), literal, dollar, single wildcard, or multi
        // wildcard. Trailing slash and multi wildcard are the same.

        // A literal should be more specific than anything it overlaps, except itself.
        {"/a", "/a", Relationship.EQUIVALENT},
        {"/a", "/b", Relationship.DISJOINT},
        {"/a", "/", Relationship.MORE_SPECIFIC},
        {"/a", "/{$}", Relationship.DISJOINT},
        {"/a", "/{x}", Relationship.MORE_SPECIFIC},
        {"/a", "/{x...}", Relationship.MORE_SPECIFIC},

        // Adding a segment doesn't change that.
        {"/b/a", "/b/a", Relationship.EQUIVALENT},
        {"/b/a", "/b/b", Relationship.DISJOINT},
        {"/b/a", "/b/", Relationship.MORE_SPECIFIC},
        {"/b/a", "/b/{$}", Relationship.DISJOINT},
        {"/b/a", "/b/{x}", Relationship.MORE_SPECIFIC},
        {"/b/a", "/b/{x...}", Relationship.MORE_SPECIFIC},
        {"/{z}/a", "/{z}/a", Relationship.EQUIVALENT},
        {"/{z}/a", "/{z}/b", Relationship.DISJOINT},
        {"/{z}/a", "/{z}/", Relationship.MORE_SPECIFIC},
        {"/{z}/a", "/{z}/{$}", Relationship.DISJOINT},
        {"/{z}/a", "/{z}/{x}", Relationship.MORE_SPECIFIC},
        {"/{z}/a", "/{z}/{x...}", Relationship.MORE_SPECIFIC},

        // Single wildcard on left.
        {"/{z}", "/a", Relationship.MORE_GENERAL},
        {"/{z}", "/a/b", Relationship.DISJOINT},
        {"/{z}", "/{$}", Relationship.DISJOINT},
        {"/{z}", "/{x}", Relationship.EQUIVALENT},
        {"/{z}", "/", Relationship.MORE_SPECIFIC},
        {"/{z}", "/{x...}", Relationship.MORE_SPECIFIC},
        {"/b/{z}", "/b/a", Relationship.MORE_GENERAL},
        {"/b/{z}", "/b/a/b", Relationship.DISJOINT},
        {"/b/{z}", "/b/{$}", Relationship.DISJOINT},
        {"/b/{z}", "/b/{x}", Relationship.EQUIVALENT},
        {"/b/{z}", "/b/", Relationship.MORE_SPECIFIC},
        {"/b/{z}", "/b/{x...}", Relationship.MORE_SPECIFIC},

        // Trailing slash on left.
        {"/", "/a", Relationship.MORE_GENERAL},
        {"/", "/a/b", Relationship.MORE_GENERAL},
        {"/", "/{$}", Relationship.MORE_GENERAL},
        {"/", "/{x}", Relationship.MORE_GENERAL},
        {"/", "/", Relationship.EQUIVALENT},
        {"/", "/{x...}", Relationship.EQUIVALENT},

        {"/b/", "/b/a", Relationship.MORE_GENERAL},
        {"/b/", "/b/a/b", Relationship.MORE_GENERAL},
        {"/b/", "/b/{$}", Relationship.MORE_GENERAL},
        {"/b/", "/b/{x}", Relationship.MORE_GENERAL},
        {"/b/", "/b/", Relationship.EQUIVALENT},
        {"/b/", "/b/{x...}", Relationship.EQUIVALENT},

        {"/{z}/", "/{z}/a", Relationship.MORE_GENERAL},
        {"/{z}/", "/{z}/a/b", Relationship.MORE_GENERAL},
        {"/{z}/", "/{z}/{$}", Relationship.MORE_GENERAL},
        {"/{z}/", "/{z}/{x}", Relationship.MORE_GENERAL},
        {"/{z}/", "/{z}/", Relationship.EQUIVALENT},
        {"/{z}/", "/a/", Relationship.MORE_GENERAL},
        {"/{z}/", "/{z}/{x...}", Relationship.EQUIVALENT},
        {"/{z}/", "/a/{x...}", Relationship.MORE_GENERAL},
        {"/a/{z}/", "/{z}/a/", Relationship.OVERLAPS},
        {"/a/{z}/b/", "/{x}/c/{y...}", Relationship.OVERLAPS},

        // Multi wildcard on left.
        {"/{m...}", "/a", Relationship.MORE_GENERAL},
        {"/{m...}", "/a/b", Relationship.MORE_GENERAL},
        {"/{m...}", "/{$}", Relationship.MORE_GENERAL},
        {"/{m...}", "/{x}", Relationship.MORE_GENERAL},
        {"/{m...}", "/", Relationship.EQUIVALENT},
        {"/{m...}", "/{x...}", Relationship.EQUIVALENT},

        {"/b/{m...}", "/b/a", Relationship.MORE_GENERAL},
        {"/b/{m...}", "/b/a/b", Relationship.MORE_GENERAL},
        {"/b/{m...}", "/b/{$}", Relationship.MORE_GENERAL},
        {"/b/{m...}", "/b/{x}", Relationship.MORE_GENERAL},
        {"/b/{m...}", "/b/", Relationship.EQUIVALENT},
        {"/b/{m...}", "/b/{x...}", Relationship.EQUIVALENT},
        {"/b/{m...}", "/a/{x...}", Relationship.DISJOINT},

        {"/{z}/{m...}", "/{z}/a", Relationship.MORE_GENERAL},
        {"/{z}/{m...}", "/{z}/a/b", Relationship.MORE_GENERAL},
        {"/{z}/{m...}", "/{z}/{$}", Relationship.MORE_GENERAL},
        {"/{z}/{m...}", "/{z}/{x}", Relationship.MORE_GENERAL},
        {"/{z}/{m...}", "/{w}/", Relationship.EQUIVALENT},
        {"/{z}/{m...}", "/a/", Relationship.MORE_GENERAL},
        {"/{z}/{m...}", "/{z}/{x...}", Relationship.EQUIVALENT},
        {"/{z}/{m...}", "/a/{x...}", Relationship.MORE_GENERAL},
        {"/a/{m...}", "/a/b/{y...}", Relationship.MORE_GENERAL},
        {"/a/{m...}", "/a/{x}/{y...}", Relationship.MORE_GENERAL},
        {"/a/{z}/{m...}", "/a/b/{y...}", Relationship.MORE_GENERAL},
        {"/a/{z}/{m...}", "/{z}/a/", Relationship.OVERLAPS},
        {"/a/{z}/{m...}", "/{z}/b/{y...}", Relationship.OVERLAPS},
        {"/a/{z}/b/{m...}", "/{x}/c/{y...}", Relationship.OVERLAPS},
        {"/a/{z}/a/{m...}", "/{x}/b", Relationship.DISJOINT},

        // Dollar on left.
        {"/{$}", "/a", Relationship.DISJOINT},
        {"/{$}", "/a/b", Relationship.DISJOINT},
        {"/{$}", "/{$}", Relationship.EQUIVALENT},
        {"/{$}", "/{x}", Relationship.DISJOINT},
        {"/{$}", "/", Relationship.MORE_SPECIFIC},
        {"/{$}", "/{x...}", Relationship.MORE_SPECIFIC},

        {"/b/{$}", "/b", Relationship.DISJOINT},
        {"/b/{$}", "/b/a", Relationship.DISJOINT},
        {"/b/{$}", "/b/a/b", Relationship.DISJOINT},
        {"/b/{$}", "/b/{$}", Relationship.EQUIVALENT},
        {"/b/{$}", "/b/{x}", Relationship.DISJOINT},
        {"/b/{$}", "/b/", Relationship.MORE_SPECIFIC},
        {"/b/{$}", "/b/{x...}", Relationship.MORE_SPECIFIC},
        {"/b/{$}", "/b/c/{x...}", Relationship.DISJOINT},
        {"/b/{x}/a/{$}", "/{x}/c/{y...}", Relationship.OVERLAPS},
        {"/{x}/b/{$}", "/a/{x}/{y}", Relationship.DISJOINT},
        {"/{x}/b/{$}", "/a/{x}/c", Relationship.DISJOINT},

        {"/{z}/{$}", "/{z}/a", Relationship.DISJOINT},
        {"/{z}/{$}", "/{z}/a/b", Relationship.DISJOINT},
        {"/{z}/{$}", "/{z}/{$}", Relationship.EQUIVALENT},
        {"/{z}/{$}", "/{z}/{x}", Relationship.DISJOINT},
        {"/{z}/{$}", "/{z}/", Relationship.MORE_SPECIFIC},
        {"/{z}/{$}", "/a/", Relationship.OVERLAPS},
        {"/{z}/{$}", "/a/{x...}", Relationship.OVERLAPS},
        {"/{z}/{$}", "/{z}/{x...}", Relationship.MORE_SPECIFIC},
        {"/a/{z}/{$}", "/{z}/a/", Relationship.OVERLAPS},
    };

    @Test
    void comparePaths() {
        Failures f = new Failures();
        for (Object[] row : PATHS) {
            f.row();
            Pattern p1 = Pattern.parse((String) row[0]);
            Pattern p2 = Pattern.parse((String) row[1]);
            Relationship want = (Relationship) row[2];
            f.expect(p1 + " vs itself", p1.comparePaths(p1), Relationship.EQUIVALENT);
            f.expect(p2 + " vs itself", p2.comparePaths(p2), Relationship.EQUIVALENT);
            f.expect(p1 + " vs " + p2, p1.comparePaths(p2), want);
            f.expect(p2 + " vs " + p1, p2.comparePaths(p1), want.inverse());
        }
        f.done(106);
    }

    private static final Object[][] CONFLICTS = {
        {"/a", "/a", true},
        {"/a", "/ab", false},
        {"/a/b/cd", "/a/b/cd", true},
        {"/a/b/cd", "/a/b/c", false},
        {"/a/b/c", "/a/c/c", false},
        {"/{x}", "/{y}", true},
        {"/{x}", "/a", false}, // more specific
        {"/{x}/{y}", "/{x}/a", false},
        {"/{x}/{y}", "/{x}/a/b", false},
        {"/{x}", "/a/{y}", false},
        {"/{x}/{y}", "/{x}/a/", false},
        {"/{x}", "/a/{y...}", false},           // more specific
        {"/{x}/a/{y}", "/{x}/a/{y...}", false}, // more specific
        {"/{x}/{y}", "/{x}/a/{$}", false},      // more specific
        {"/{x}/{y}/{$}", "/{x}/a/{$}", false},
        {"/a/{x}", "/{x}/b", true},
        {"/", "GET /", false},
        {"/", "GET /foo", false},
        {"GET /", "GET /foo", false},
        {"GET /", "/foo", true},
        {"GET /foo", "HEAD /", true},
        // Hosts: a host-specific pattern wins over a host-less one; different hosts never meet.
        {"a.com/a", "/a", false},
        {"a.com/a", "b.com/a", false},
        {"a.com/a", "a.com/{x}", false},
        {"a.com/{y}", "a.com/{x}", true},
    };

    @Test
    void conflictsWith() {
        Failures f = new Failures();
        for (Object[] row : CONFLICTS) {
            f.row();
            Pattern p1 = Pattern.parse((String) row[0]);
            Pattern p2 = Pattern.parse((String) row[1]);
            boolean want = (Boolean) row[2];
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
