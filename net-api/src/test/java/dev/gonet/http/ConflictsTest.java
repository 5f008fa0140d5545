package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import org.junit.jupiter.api.Test;

/**
 * Go's pattern_test.go TestDescribeConflict, TestCommonPath, TestDifferencePath and
 * TestRegisterConflict, and whole conflict messages checked against Go 1.22's router.
 */
class ConflictsTest {
    private record DescribeCase(String p1, String p2, String want) {
    }

    private static final DescribeCase[] DESCRIBE = {
        new DescribeCase("/a/{x}", "/a/{y}", "the same requests"),
        new DescribeCase("/", "/{m...}", "the same requests"),
        new DescribeCase("/a/{x}", "/{y}/b", "both match some paths"),
        new DescribeCase("/a", "GET /{x}", "matches more methods than GET /{x}, but has a more specific path pattern"),
        new DescribeCase("GET /a", "HEAD /", "matches more methods than HEAD /, but has a more specific path pattern"),
        new DescribeCase("POST /", "/a", "matches fewer methods than /a, but has a more general path pattern"),
    };

    @Test
    void describeConflict() {
        Failures f = new Failures();
        for (DescribeCase row : DESCRIBE) {
            f.row();
            String got = Conflicts.describe(Pattern.parse(row.p1()), Pattern.parse(row.p2()));
            if (!got.contains(row.want())) {
                f.errorf(row.p1() + " vs. " + row.p2() + ":\ngot:\n" + got + "\nwhich does not contain "
                        + q(row.want()));
            }
        }
        f.done(6);
    }

    @Test
    void describeNonConflictingFails() {
        Failures f = new Failures();
        f.row();
        try {
            String got = Conflicts.describe(Pattern.parse("/a"), Pattern.parse("/b"));
            f.errorf("describeConflict(/a, /b) = " + q(got) + ", want IllegalStateException");
        } catch (IllegalStateException e) {
            f.expect("describeConflict(/a, /b) error", e.getMessage(), "describeConflict called with non-conflicting patterns");
        }
        f.done(1);
    }

    private record CommonCase(String p1, String p2, String want) {
    }

    private static final CommonCase[] COMMON = {
        new CommonCase("/a/{x}", "/{x}/a", "/a/a"),
        new CommonCase("/a/{z}/", "/{z}/a/", "/a/a/"),
        new CommonCase("/a/{z}/{m...}", "/{z}/a/", "/a/a/"),
        new CommonCase("/{z}/{$}", "/a/", "/a/"),
        new CommonCase("/{z}/{$}", "/a/{x...}", "/a/"),
        new CommonCase("/a/{z}/{$}", "/{z}/a/", "/a/a/"),
        new CommonCase("/a/{x}/b/{y...}", "/{x}/c/{y...}", "/a/c/b/"),
        new CommonCase("/a/{x}/b/", "/{x}/c/{y...}", "/a/c/b/"),
        new CommonCase("/a/{x}/b/{$}", "/{x}/c/{y...}", "/a/c/b/"),
        new CommonCase("/a/{z}/{x...}", "/{z}/b/{y...}", "/a/b/"),
    };

    @Test
    void commonPath() {
        Failures f = new Failures();
        for (CommonCase row : COMMON) {
            f.row();
            Pattern p1 = Pattern.parse(row.p1());
            Pattern p2 = Pattern.parse(row.p2());
            f.expect(row.p1() + " vs. " + row.p2() + " relationship", p1.comparePaths(p2), Relationship.OVERLAPS);
            f.expect("commonPath(" + row.p1() + ", " + row.p2() + ")", q(Conflicts.commonPath(p1, p2)), q(row.want()));
        }
        f.done(10);
    }

    private record DifferenceCase(String p1, String p2, String want) {
    }

    private static final DifferenceCase[] DIFFERENCE = {
        new DifferenceCase("/a/{x}", "/{x}/a", "/a/x"),
        new DifferenceCase("/{x}/a", "/a/{x}", "/x/a"),
        new DifferenceCase("/a/{z}/", "/{z}/a/", "/a/z/"),
        new DifferenceCase("/{z}/a/", "/a/{z}/", "/z/a/"),
        new DifferenceCase("/{a}/a/", "/a/{z}/", "/ax/a/"),
        new DifferenceCase("/a/{z}/{x...}", "/{z}/b/{y...}", "/a/z/"),
        new DifferenceCase("/{z}/b/{y...}", "/a/{z}/{x...}", "/z/b/"),
        new DifferenceCase("/a/b/", "/a/b/c", "/a/b/"),
        new DifferenceCase("/a/b/{x...}", "/a/b/c", "/a/b/"),
        new DifferenceCase("/a/b/{x...}", "/a/b/c/d", "/a/b/"),
        new DifferenceCase("/a/b/{x...}", "/a/b/c/d/", "/a/b/"),
        new DifferenceCase("/a/{z}/{m...}", "/{z}/a/", "/a/z/"),
        new DifferenceCase("/{z}/a/", "/a/{z}/{m...}", "/z/a/"),
        new DifferenceCase("/{z}/{$}", "/a/", "/z/"),
        new DifferenceCase("/a/", "/{z}/{$}", "/a/x"),
        new DifferenceCase("/{z}/{$}", "/a/{x...}", "/z/"),
        new DifferenceCase("/a/{foo...}", "/{z}/{$}", "/a/foo"),
        new DifferenceCase("/a/{z}/{$}", "/{z}/a/", "/a/z/"),
        new DifferenceCase("/{z}/a/", "/a/{z}/{$}", "/z/a/x"),
        new DifferenceCase("/a/{x}/b/{y...}", "/{x}/c/{y...}", "/a/x/b/"),
        new DifferenceCase("/{x}/c/{y...}", "/a/{x}/b/{y...}", "/x/c/"),
        new DifferenceCase("/a/{c}/b/", "/{x}/c/{y...}", "/a/cx/b/"),
        new DifferenceCase("/{x}/c/{y...}", "/a/{c}/b/", "/x/c/"),
        new DifferenceCase("/a/{x}/b/{$}", "/{x}/c/{y...}", "/a/x/b/"),
        new DifferenceCase("/{x}/c/{y...}", "/a/{x}/b/{$}", "/x/c/"),
    };

    @Test
    void differencePath() {
        Failures f = new Failures();
        for (DifferenceCase row : DIFFERENCE) {
            f.row();
            Pattern p1 = Pattern.parse(row.p1());
            Pattern p2 = Pattern.parse(row.p2());
            Relationship rel = p1.comparePaths(p2);
            if (rel != Relationship.OVERLAPS && rel != Relationship.MORE_GENERAL) {
                f.errorf(row.p1() + " vs. " + row.p2() + " are " + rel + ", need overlaps or moreGeneral");
            }
            f.expect("differencePath(" + row.p1() + ", " + row.p2() + ")", q(Conflicts.differencePath(p1, p2)),
                    q(row.want()));
        }
        f.done(25);
    }

    @Test
    void registerConflict() {
        Routes<String> r = new Routes<>();
        r.register("/a/{x}/", "h1");
        Failures f = new Failures();
        f.row();
        try {
            r.register("/a/{y}/{z...}", "h2");
            f.errorf("register(/a/{y}/{z...}) succeeded, want a conflict");
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().contains("matches the same requests as")) {
                f.errorf("got\n" + e.getMessage() + "\nwant\nmatches the same requests as");
            }
        }
        f.expect("patterns after the conflict", r.patterns().toString(), "[/a/{x}/]");
        f.done(1);
    }

    private record MessageCase(String first, String second, String want) {
    }

    /** Pattern registered first, pattern registered second, Go's whole panic text. */
    private static final MessageCase[] MESSAGES = {
        new MessageCase("/a/{x}/", "/a/{y}/{z...}",
            "pattern \"/a/{y}/{z...}\" (registered at LOC) conflicts with pattern \"/a/{x}/\" (registered at LOC):\n/a/{y}/{z...} matches the same requests as /a/{x}/"),
        new MessageCase("/a/{x}", "/a/{y}",
            "pattern \"/a/{y}\" (registered at LOC) conflicts with pattern \"/a/{x}\" (registered at LOC):\n/a/{y} matches the same requests as /a/{x}"),
        new MessageCase("/", "/{m...}",
            "pattern \"/{m...}\" (registered at LOC) conflicts with pattern \"/\" (registered at LOC):\n/{m...} matches the same requests as /"),
        new MessageCase("/a/{x}", "/{y}/b",
            "pattern \"/{y}/b\" (registered at LOC) conflicts with pattern \"/a/{x}\" (registered at LOC):\n/{y}/b and /a/{x} both match some paths, like \"/a/b\".\nBut neither is more specific than the other.\n/{y}/b matches \"/y/b\", but /a/{x} doesn't.\n/a/{x} matches \"/a/x\", but /{y}/b doesn't."),
        new MessageCase("/a", "GET /{x}",
            "pattern \"GET /{x}\" (registered at LOC) conflicts with pattern \"/a\" (registered at LOC):\nGET /{x} matches fewer methods than /a, but has a more general path pattern"),
        new MessageCase("GET /a", "HEAD /",
            "pattern \"HEAD /\" (registered at LOC) conflicts with pattern \"GET /a\" (registered at LOC):\nHEAD / matches fewer methods than GET /a, but has a more general path pattern"),
        new MessageCase("POST /", "/a",
            "pattern \"/a\" (registered at LOC) conflicts with pattern \"POST /\" (registered at LOC):\n/a matches more methods than POST /, but has a more specific path pattern"),
        new MessageCase("/a/{z}/", "/{z}/a/",
            "pattern \"/{z}/a/\" (registered at LOC) conflicts with pattern \"/a/{z}/\" (registered at LOC):\n/{z}/a/ and /a/{z}/ both match some paths, like \"/a/a/\".\nBut neither is more specific than the other.\n/{z}/a/ matches \"/z/a/\", but /a/{z}/ doesn't.\n/a/{z}/ matches \"/a/z/\", but /{z}/a/ doesn't."),
        new MessageCase("/{z}/{$}", "/a/",
            "pattern \"/a/\" (registered at LOC) conflicts with pattern \"/{z}/{$}\" (registered at LOC):\n/a/ and /{z}/{$} both match some paths, like \"/a/\".\nBut neither is more specific than the other.\n/a/ matches \"/a/x\", but /{z}/{$} doesn't.\n/{z}/{$} matches \"/z/\", but /a/ doesn't."),
        new MessageCase("/a/{x}/b/{$}", "/{x}/c/{y...}",
            "pattern \"/{x}/c/{y...}\" (registered at LOC) conflicts with pattern \"/a/{x}/b/{$}\" (registered at LOC):\n/{x}/c/{y...} and /a/{x}/b/{$} both match some paths, like \"/a/c/b/\".\nBut neither is more specific than the other.\n/{x}/c/{y...} matches \"/x/c/\", but /a/{x}/b/{$} doesn't.\n/a/{x}/b/{$} matches \"/a/x/b/\", but /{x}/c/{y...} doesn't."),
        new MessageCase("/é/{x}", "/{y}/ü",
            "pattern \"/{y}/ü\" (registered at LOC) conflicts with pattern \"/é/{x}\" (registered at LOC):\n/{y}/ü and /é/{x} both match some paths, like \"/é/ü\".\nBut neither is more specific than the other.\n/{y}/ü matches \"/y/ü\", but /é/{x} doesn't.\n/é/{x} matches \"/é/x\", but /{y}/ü doesn't."),
        new MessageCase("/%FF/{x}", "/{y}/%0A",
            "pattern \"/{y}/%0A\" (registered at LOC) conflicts with pattern \"/%FF/{x}\" (registered at LOC):\n/{y}/%0A and /%FF/{x} both match some paths, like \"/\\xff/\\n\".\nBut neither is more specific than the other.\n/{y}/%0A matches \"/y/\\n\", but /%FF/{x} doesn't.\n/%FF/{x} matches \"/\\xff/x\", but /{y}/%0A doesn't."),
        new MessageCase("/a/{c}/b/", "/{x}/c/{y...}",
            "pattern \"/{x}/c/{y...}\" (registered at LOC) conflicts with pattern \"/a/{c}/b/\" (registered at LOC):\n/{x}/c/{y...} and /a/{c}/b/ both match some paths, like \"/a/c/b/\".\nBut neither is more specific than the other.\n/{x}/c/{y...} matches \"/x/c/\", but /a/{c}/b/ doesn't.\n/a/{c}/b/ matches \"/a/cx/b/\", but /{x}/c/{y...} doesn't."),
        new MessageCase("GET /", "/index.html",
            "pattern \"/index.html\" (registered at LOC) conflicts with pattern \"GET /\" (registered at LOC):\n/index.html matches more methods than GET /, but has a more specific path pattern"),
        new MessageCase("a.com/{x}", "a.com/{y}",
            "pattern \"a.com/{y}\" (registered at LOC) conflicts with pattern \"a.com/{x}\" (registered at LOC):\na.com/{y} matches the same requests as a.com/{x}"),
    };

    @Test
    void conflictMessages() {
        Failures f = new Failures();
        for (MessageCase row : MESSAGES) {
            f.row();
            Routes<String> r = new Routes<>();
            r.register(row.first(), "first", "LOC");
            try {
                r.register(row.second(), "second", "LOC");
                f.errorf("register(" + q(row.second()) + ") after " + q(row.first()) + " succeeded, want a conflict");
            } catch (IllegalArgumentException e) {
                f.expect("register(" + q(row.second()) + ") after " + q(row.first()), q(e.getMessage()), q(row.want()));
            }
        }
        f.done(15);
    }
}
