package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import org.junit.jupiter.api.Test;

/**
 * Go's pattern_test.go TestDescribeConflict, TestCommonPath, TestDifferencePath and
 * TestRegisterConflict, and whole conflict messages checked against Go 1.22's router.
 */
class ConflictsTest {
    private static final String[][] DESCRIBE = {
        {"/a/{x}", "/a/{y}", "the same requests"},
        {"/", "/{m...}", "the same requests"},
        {"/a/{x}", "/{y}/b", "both match some paths"},
        {"/a", "GET /{x}", "matches more methods than GET /{x}, but has a more specific path pattern"},
        {"GET /a", "HEAD /", "matches more methods than HEAD /, but has a more specific path pattern"},
        {"POST /", "/a", "matches fewer methods than /a, but has a more general path pattern"},
    };

    @Test
    void describeConflict() {
        Failures f = new Failures();
        for (String[] row : DESCRIBE) {
            f.row();
            String got = Conflicts.describe(Pattern.parse(row[0]), Pattern.parse(row[1]));
            if (!got.contains(row[2])) {
                f.errorf(row[0] + " vs. " + row[1] + ":\ngot:\n" + got + "\nwhich does not contain " + q(row[2]));
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

    private static final String[][] COMMON = {
        {"/a/{x}", "/{x}/a", "/a/a"},
        {"/a/{z}/", "/{z}/a/", "/a/a/"},
        {"/a/{z}/{m...}", "/{z}/a/", "/a/a/"},
        {"/{z}/{$}", "/a/", "/a/"},
        {"/{z}/{$}", "/a/{x...}", "/a/"},
        {"/a/{z}/{$}", "/{z}/a/", "/a/a/"},
        {"/a/{x}/b/{y...}", "/{x}/c/{y...}", "/a/c/b/"},
        {"/a/{x}/b/", "/{x}/c/{y...}", "/a/c/b/"},
        {"/a/{x}/b/{$}", "/{x}/c/{y...}", "/a/c/b/"},
        {"/a/{z}/{x...}", "/{z}/b/{y...}", "/a/b/"},
    };

    @Test
    void commonPath() {
        Failures f = new Failures();
        for (String[] row : COMMON) {
            f.row();
            Pattern p1 = Pattern.parse(row[0]);
            Pattern p2 = Pattern.parse(row[1]);
            f.expect(row[0] + " vs. " + row[1] + " relationship", p1.comparePaths(p2), Relationship.OVERLAPS);
            f.expect("commonPath(" + row[0] + ", " + row[1] + ")", q(Conflicts.commonPath(p1, p2)), q(row[2]));
        }
        f.done(10);
    }

    private static final String[][] DIFFERENCE = {
        {"/a/{x}", "/{x}/a", "/a/x"},
        {"/{x}/a", "/a/{x}", "/x/a"},
        {"/a/{z}/", "/{z}/a/", "/a/z/"},
        {"/{z}/a/", "/a/{z}/", "/z/a/"},
        {"/{a}/a/", "/a/{z}/", "/ax/a/"},
        {"/a/{z}/{x...}", "/{z}/b/{y...}", "/a/z/"},
        {"/{z}/b/{y...}", "/a/{z}/{x...}", "/z/b/"},
        {"/a/b/", "/a/b/c", "/a/b/"},
        {"/a/b/{x...}", "/a/b/c", "/a/b/"},
        {"/a/b/{x...}", "/a/b/c/d", "/a/b/"},
        {"/a/b/{x...}", "/a/b/c/d/", "/a/b/"},
        {"/a/{z}/{m...}", "/{z}/a/", "/a/z/"},
        {"/{z}/a/", "/a/{z}/{m...}", "/z/a/"},
        {"/{z}/{$}", "/a/", "/z/"},
        {"/a/", "/{z}/{$}", "/a/x"},
        {"/{z}/{$}", "/a/{x...}", "/z/"},
        {"/a/{foo...}", "/{z}/{$}", "/a/foo"},
        {"/a/{z}/{$}", "/{z}/a/", "/a/z/"},
        {"/{z}/a/", "/a/{z}/{$}", "/z/a/x"},
        {"/a/{x}/b/{y...}", "/{x}/c/{y...}", "/a/x/b/"},
        {"/{x}/c/{y...}", "/a/{x}/b/{y...}", "/x/c/"},
        {"/a/{c}/b/", "/{x}/c/{y...}", "/a/cx/b/"},
        {"/{x}/c/{y...}", "/a/{c}/b/", "/x/c/"},
        {"/a/{x}/b/{$}", "/{x}/c/{y...}", "/a/x/b/"},
        {"/{x}/c/{y...}", "/a/{x}/b/{$}", "/x/c/"},
    };

    @Test
    void differencePath() {
        Failures f = new Failures();
        for (String[] row : DIFFERENCE) {
            f.row();
            Pattern p1 = Pattern.parse(row[0]);
            Pattern p2 = Pattern.parse(row[1]);
            Relationship rel = p1.comparePaths(p2);
            if (rel != Relationship.OVERLAPS && rel != Relationship.MORE_GENERAL) {
                f.errorf(row[0] + " vs. " + row[1] + " are " + rel + ", need overlaps or moreGeneral");
            }
            f.expect("differencePath(" + row[0] + ", " + row[1] + ")", q(Conflicts.differencePath(p1, p2)), q(row[2]));
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

    /** Pattern registered first, pattern registered second, Go's whole panic text. */
    private static final String[][] MESSAGES = {
        {"/a/{x}/", "/a/{y}/{z...}",
            "pattern \"/a/{y}/{z...}\" (registered at LOC) conflicts with pattern \"/a/{x}/\" (registered at LOC):\n/a/{y}/{z...} matches the same requests as /a/{x}/"},
        {"/a/{x}", "/a/{y}",
            "pattern \"/a/{y}\" (registered at LOC) conflicts with pattern \"/a/{x}\" (registered at LOC):\n/a/{y} matches the same requests as /a/{x}"},
        {"/", "/{m...}",
            "pattern \"/{m...}\" (registered at LOC) conflicts with pattern \"/\" (registered at LOC):\n/{m...} matches the same requests as /"},
        {"/a/{x}", "/{y}/b",
            "pattern \"/{y}/b\" (registered at LOC) conflicts with pattern \"/a/{x}\" (registered at LOC):\n/{y}/b and /a/{x} both match some paths, like \"/a/b\".\nBut neither is more specific than the other.\n/{y}/b matches \"/y/b\", but /a/{x} doesn't.\n/a/{x} matches \"/a/x\", but /{y}/b doesn't."},
        {"/a", "GET /{x}",
            "pattern \"GET /{x}\" (registered at LOC) conflicts with pattern \"/a\" (registered at LOC):\nGET /{x} matches fewer methods than /a, but has a more general path pattern"},
        {"GET /a", "HEAD /",
            "pattern \"HEAD /\" (registered at LOC) conflicts with pattern \"GET /a\" (registered at LOC):\nHEAD / matches fewer methods than GET /a, but has a more general path pattern"},
        {"POST /", "/a",
            "pattern \"/a\" (registered at LOC) conflicts with pattern \"POST /\" (registered at LOC):\n/a matches more methods than POST /, but has a more specific path pattern"},
        {"/a/{z}/", "/{z}/a/",
            "pattern \"/{z}/a/\" (registered at LOC) conflicts with pattern \"/a/{z}/\" (registered at LOC):\n/{z}/a/ and /a/{z}/ both match some paths, like \"/a/a/\".\nBut neither is more specific than the other.\n/{z}/a/ matches \"/z/a/\", but /a/{z}/ doesn't.\n/a/{z}/ matches \"/a/z/\", but /{z}/a/ doesn't."},
        {"/{z}/{$}", "/a/",
            "pattern \"/a/\" (registered at LOC) conflicts with pattern \"/{z}/{$}\" (registered at LOC):\n/a/ and /{z}/{$} both match some paths, like \"/a/\".\nBut neither is more specific than the other.\n/a/ matches \"/a/x\", but /{z}/{$} doesn't.\n/{z}/{$} matches \"/z/\", but /a/ doesn't."},
        {"/a/{x}/b/{$}", "/{x}/c/{y...}",
            "pattern \"/{x}/c/{y...}\" (registered at LOC) conflicts with pattern \"/a/{x}/b/{$}\" (registered at LOC):\n/{x}/c/{y...} and /a/{x}/b/{$} both match some paths, like \"/a/c/b/\".\nBut neither is more specific than the other.\n/{x}/c/{y...} matches \"/x/c/\", but /a/{x}/b/{$} doesn't.\n/a/{x}/b/{$} matches \"/a/x/b/\", but /{x}/c/{y...} doesn't."},
        {"/é/{x}", "/{y}/ü",
            "pattern \"/{y}/ü\" (registered at LOC) conflicts with pattern \"/é/{x}\" (registered at LOC):\n/{y}/ü and /é/{x} both match some paths, like \"/é/ü\".\nBut neither is more specific than the other.\n/{y}/ü matches \"/y/ü\", but /é/{x} doesn't.\n/é/{x} matches \"/é/x\", but /{y}/ü doesn't."},
        {"/%FF/{x}", "/{y}/%0A",
            "pattern \"/{y}/%0A\" (registered at LOC) conflicts with pattern \"/%FF/{x}\" (registered at LOC):\n/{y}/%0A and /%FF/{x} both match some paths, like \"/\\xff/\\n\".\nBut neither is more specific than the other.\n/{y}/%0A matches \"/y/\\n\", but /%FF/{x} doesn't.\n/%FF/{x} matches \"/\\xff/x\", but /{y}/%0A doesn't."},
        {"/a/{c}/b/", "/{x}/c/{y...}",
            "pattern \"/{x}/c/{y...}\" (registered at LOC) conflicts with pattern \"/a/{c}/b/\" (registered at LOC):\n/{x}/c/{y...} and /a/{c}/b/ both match some paths, like \"/a/c/b/\".\nBut neither is more specific than the other.\n/{x}/c/{y...} matches \"/x/c/\", but /a/{c}/b/ doesn't.\n/a/{c}/b/ matches \"/a/cx/b/\", but /{x}/c/{y...} doesn't."},
        {"GET /", "/index.html",
            "pattern \"/index.html\" (registered at LOC) conflicts with pattern \"GET /\" (registered at LOC):\n/index.html matches more methods than GET /, but has a more specific path pattern"},
        {"a.com/{x}", "a.com/{y}",
            "pattern \"a.com/{y}\" (registered at LOC) conflicts with pattern \"a.com/{x}\" (registered at LOC):\na.com/{y} matches the same requests as a.com/{x}"},
    };

    @Test
    void conflictMessages() {
        Failures f = new Failures();
        for (String[] row : MESSAGES) {
            f.row();
            Routes<String> r = new Routes<>();
            r.register(row[0], "first", "LOC");
            try {
                r.register(row[1], "second", "LOC");
                f.errorf("register(" + q(row[1]) + ") after " + q(row[0]) + " succeeded, want a conflict");
            } catch (IllegalArgumentException e) {
                f.expect("register(" + q(row[1]) + ") after " + q(row[0]), q(e.getMessage()), q(row[2]));
            }
        }
        f.done(15);
    }
}
