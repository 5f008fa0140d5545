package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's {@code path.Clean}: path_test.go's {@code cleantests}, then gonet's own rows. */
class SlashPathTest {

    /** A path and Go's {@code path.Clean} of it. */
    record Row(String path, String clean) {
    }

    static final List<Row> CLEAN = List.of(
            new Row("", "."),
            new Row("abc", "abc"),
            new Row("abc/def", "abc/def"),
            new Row("a/b/c", "a/b/c"),
            new Row(".", "."),
            new Row("..", ".."),
            new Row("../..", "../.."),
            new Row("../../abc", "../../abc"),
            new Row("/abc", "/abc"),
            new Row("/", "/"),
            new Row("abc/", "abc"),
            new Row("abc/def/", "abc/def"),
            new Row("a/b/c/", "a/b/c"),
            new Row("./", "."),
            new Row("../", ".."),
            new Row("../../", "../.."),
            new Row("/abc/", "/abc"),
            new Row("abc//def//ghi", "abc/def/ghi"),
            new Row("//abc", "/abc"),
            new Row("///abc", "/abc"),
            new Row("//abc//", "/abc"),
            new Row("abc//", "abc"),
            new Row("abc/./def", "abc/def"),
            new Row("/./abc/def", "/abc/def"),
            new Row("abc/.", "abc"),
            new Row("abc/def/ghi/../jkl", "abc/def/jkl"),
            new Row("abc/def/../ghi/../jkl", "abc/jkl"),
            new Row("abc/def/..", "abc"),
            new Row("abc/def/../..", "."),
            new Row("/abc/def/../..", "/"),
            new Row("abc/def/../../..", ".."),
            new Row("/abc/def/../../..", "/"),
            new Row("abc/def/../../../ghi/jkl/../../../mno", "../../mno"),
            new Row("abc/./../def", "def"),
            new Row("abc//./../def", "def"),
            new Row("abc/../../././../def", "../../def"),
            // beyond Go's table: nothing climbs above the root; dots inside names and escapes are names
            new Row("/..", "/"),
            new Row("/../a/.b/..c/...", "/a/.b/..c/..."),
            new Row("a/..b", "a/..b"),
            new Row(".a/./..", "."),
            new Row("/%2E%2E/x", "/%2E%2E/x"));

    @Test
    void cleanLikeGo() {
        for (Row row : CLEAN) {
            assertEquals(row.clean(), SlashPath.clean(row.path()), () -> "Clean(\"" + row.path() + "\")");
            // Clean is idempotent, as Go's test checks too.
            assertEquals(row.clean(), SlashPath.clean(row.clean()), () -> "Clean(\"" + row.clean() + "\")");
        }
        assertEquals(41, CLEAN.size(), "rows");
    }
}
