package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gonet.http.ByteRanges.Range;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's parseRange table (fs_test.go), the zero-length and cap rules, and the merging. */
class ByteRangesTest {
    /** One row: the field, the content size, and the ranges as "start:length" ("noOverlap", "invalid", "tooMany"). */
    record Row(String field, long size, String want) {
    }

    static final List<Row> ROWS = List.of(
            new Row("", 0, ""),
            new Row("", 1000, ""),
            new Row("foo", 0, "invalid"),
            new Row("bytes=", 0, ""),
            new Row("bytes=7", 10, "invalid"),
            new Row("bytes= 7 ", 10, "invalid"),
            new Row("bytes=1-", 0, "noOverlap"),
            new Row("bytes=5-4", 10, "invalid"),
            new Row("bytes=0-2,5-4", 10, "invalid"),
            new Row("bytes=2-5,4-3", 10, "invalid"),
            new Row("bytes=--5,4--3", 10, "invalid"),
            new Row("bytes=A-", 10, "invalid"),
            new Row("bytes=A- ", 10, "invalid"),
            new Row("bytes=A-Z", 10, "invalid"),
            new Row("bytes= -Z", 10, "invalid"),
            new Row("bytes=5-Z", 10, "invalid"),
            new Row("bytes=Ran-dom, garbage", 10, "invalid"),
            new Row("bytes=0x01-0x02", 10, "invalid"),
            new Row("bytes=         ", 10, ""),
            new Row("bytes= , , ,   ", 10, ""),
            new Row("bytes=0-9", 10, "0:10"),
            new Row("bytes=0-", 10, "0:10"),
            new Row("bytes=5-", 10, "5:5"),
            new Row("bytes=0-20", 10, "0:10"),
            new Row("bytes=15-,0-5", 10, "0:6"),
            new Row("bytes=1-2,5-", 10, "1:2 5:5"),
            new Row("bytes=-2 , 7-", 11, "9:2 7:4"),
            new Row("bytes=0-0 ,2-2, 7-", 11, "0:1 2:1 7:4"),
            new Row("bytes=-5", 10, "5:5"),
            new Row("bytes=-15", 10, "0:10"),
            new Row("bytes=0-499", 10000, "0:500"),
            new Row("bytes=500-999", 10000, "500:500"),
            new Row("bytes=-500", 10000, "9500:500"),
            new Row("bytes=9500-", 10000, "9500:500"),
            new Row("bytes=0-0,-1", 10000, "0:1 9999:1"),
            new Row("bytes=500-600,601-999", 10000, "500:101 601:399"),
            new Row("bytes=500-700,601-999", 10000, "500:201 601:399"),
            // Beyond Go: a range of no bytes selects nothing, so it cannot become "bytes 10-9/10".
            new Row("bytes=-0", 10, "noOverlap"),
            new Row("bytes=-0,-0", 10, "noOverlap"),
            new Row("bytes=-0,3-4", 10, "3:2"),
            new Row("bytes=-5", 0, "noOverlap"),
            new Row("bytes=0-0", 0, "noOverlap"),
            new Row("bytes=+1-2", 10, "invalid"),
            new Row("bytes=" + "0-0,".repeat(4) + "0-0", 10, "tooMany"),
            new Row("bytes=" + "0-0,".repeat(3) + "0-0", 10, "0:1 0:1 0:1 0:1"),
            new Row("bytes=" + "0-0,,".repeat(4), 10, "0:1 0:1 0:1 0:1"));

    static String parse(Row row, int max) {
        try {
            List<String> out = new ArrayList<>();
            for (Range r : ByteRanges.parse(row.field(), row.size(), max)) {
                out.add(r.start() + ":" + r.length());
            }
            return String.join(" ", out);
        } catch (ByteRanges.NoOverlap e) {
            return "noOverlap";
        } catch (ByteRanges.TooMany e) {
            return "tooMany";
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }

    @Test
    void parseTable() {
        for (Row row : ROWS) {
            assertEquals(row.want(), parse(row, 4), "parse(" + row.field() + ", " + row.size() + ")");
        }
    }

    /** Only the first max+1 specs are read, so a megabyte of them costs no list of a megabyte. */
    @Test
    void capStopsEarly() {
        String field = "bytes=" + "0-0,".repeat(250_000) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 1000; i++) {
                assertThrows(ByteRanges.TooMany.class, () -> ByteRanges.parse(field, 10, 200));
            }
        });
    }

    record MergeRow(String in, String want) {
    }

    @Test
    void coalesceTable() {
        List<MergeRow> rows = List.of(new MergeRow("", ""), new MergeRow("0:1", "0:1"),
                new MergeRow("0:10 20:5", "0:10 20:5"),
                new MergeRow("20:5 0:10", "20:5 0:10"),
                new MergeRow("0:10 10:5", "0:15"),
                new MergeRow("0:10 11:5", "0:10 11:5"),
                new MergeRow("0:10 5:10 2:1", "0:15"),
                new MergeRow("50:10 5:10 0:10 40:1", "50:10 0:15 40:1"),
                new MergeRow("40:1 0:10 50:10 5:50", "0:60"),
                new MergeRow("7:1 7:1 7:1", "7:1"),
                new MergeRow("9:1 0:1 5:5 1:4", "0:10"));
        for (MergeRow row : rows) {
            List<Range> in = new ArrayList<>();
            for (String p : row.in().split(" ")) {
                if (!p.isEmpty()) {
                    String[] sl = p.split(":");
                    in.add(new Range(Long.parseLong(sl[0]), Long.parseLong(sl[1])));
                }
            }
            List<String> got = new ArrayList<>();
            for (Range r : ByteRanges.coalesce(in)) {
                got.add(r.start() + ":" + r.length());
            }
            assertEquals(row.want(), String.join(" ", got), "coalesce(" + row.in() + ")");
        }
    }
}
