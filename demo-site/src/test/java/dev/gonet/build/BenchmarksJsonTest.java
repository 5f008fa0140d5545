package dev.gonet.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/benchmarks.json}, which the demo's benchmark page draws, says what
 * {@code docs/benchmarks.md} says: every number is the cell of the table, row and column it
 * names, and the build ships the file as it is in the site ({@code site/benchmarks.json}).
 */
class BenchmarksJsonTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyNumberIsInTheTableItCameFrom() throws IOException {
        check(Files.readAllLines(ROOT.resolve("docs/benchmarks.md"), UTF_8),
                Files.readString(ROOT.resolve("docs/benchmarks.json"), UTF_8));
    }

    /** The check itself: a number changed in the JSON, or a row the .md does not have, fails it. */
    @Test
    void aWrongNumberOrRowIsCaught() throws IOException {
        List<String> md = Files.readAllLines(ROOT.resolve("docs/benchmarks.md"), UTF_8);
        String json = Files.readString(ROOT.resolve("docs/benchmarks.json"), UTF_8);
        assertTrue(json.contains("\"values\": [2025]"), "the sample row moved");
        AssertionError number = assertThrows(AssertionError.class,
                () -> check(md, json.replace("\"values\": [2025]", "\"values\": [2026]")));
        assertTrue(number.getMessage().contains("json 2026, md 2025"), number.getMessage());
        assertThrows(AssertionError.class, () -> check(md, json.replace("gonet `Conn`, virtual threads\"]",
                "gonet `Conn`, green threads\"]")));
        assertThrows(AssertionError.class, () -> check(md.stream().map(l -> l.replace("| 2025 |", "| 2024 |")).toList(),
                json));
    }

    static void check(List<String> md, String json) {
        Map<String, Object> doc = obj(Json.parse(json));
        assertEquals("docs/benchmarks.md", doc.get("source"));
        List<Object> charts = list(doc.get("charts"));
        assertFalse(charts.isEmpty(), "no charts");
        Set<String> ids = new HashSet<>();
        int numbers = 0;
        for (Object o : charts) {
            Map<String, Object> chart = obj(o);
            String id = (String) chart.get("id");
            assertTrue(ids.add(id), "chart id " + id + " twice");
            assertTrue(List.of("linear", "log").contains(chart.get("scale")), id + ": scale " + chart.get("scale"));
            assertTrue(chart.get("title") instanceof String t && !t.isEmpty(), id + ": title");
            assertTrue(chart.get("unit") instanceof String, id + ": unit");
            String heading = (String) chart.get("heading");
            int index = ((BigDecimal) chart.get("table")).intValueExact();
            List<List<String>> tables = tablesUnder(md, heading);
            assertTrue(index < tables.size(), id + ": no table " + index + " under \"" + heading + "\"");
            List<String> table = tables.get(index);
            List<String> head = cells(table.get(0));
            List<String> columns = list(chart.get("columns")).stream().map(String.class::cast).toList();
            for (String c : columns) {
                assertTrue(head.contains(c), id + ": no column \"" + c + "\" in " + head);
            }
            List<Object> rows = list(chart.get("rows"));
            assertFalse(rows.isEmpty(), id + ": no rows");
            Set<String> labels = new HashSet<>();
            for (Object r : rows) {
                Map<String, Object> row = obj(r);
                assertTrue(labels.add((String) row.get("label")), id + ": label " + row.get("label") + " twice");
                List<String> key = list(row.get("key")).stream().map(String.class::cast).toList();
                List<List<String>> matches = new ArrayList<>();
                for (String line : table.subList(2, table.size())) {
                    List<String> cs = cells(line);
                    if (cs.size() >= key.size() && cs.subList(0, key.size()).equals(key)) {
                        matches.add(cs);
                    }
                }
                assertEquals(1, matches.size(), id + ": rows of \"" + heading + "\" table " + index + " starting " + key);
                List<Object> values = list(row.get("values"));
                assertEquals(columns.size(), values.size(), id + " " + key + ": one value per column");
                for (int i = 0; i < columns.size(); i++) {
                    String cell = matches.get(0).get(head.indexOf(columns.get(i)));
                    BigDecimal want = new BigDecimal(cell);
                    assertEquals(0, want.compareTo((BigDecimal) values.get(i)),
                            id + " " + key + " " + columns.get(i) + ": json " + values.get(i) + ", md " + cell);
                    numbers++;
                }
            }
        }
        assertTrue(numbers >= 40, "only " + numbers + " numbers checked");
    }

    /** The site serves the file the docs hold, byte for byte (the build copies it). */
    @Test
    void theSiteCarriesTheDocsFile() throws IOException {
        byte[] docs = Files.readAllBytes(ROOT.resolve("docs/benchmarks.json"));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("site/benchmarks.json")) {
            assertTrue(in != null, "site/benchmarks.json is not on the class path");
            assertArrayEquals(docs, in.readAllBytes());
        }
    }

    /** The lines of each table under the heading whose text is {@code heading} (which must be unique). */
    static List<List<String>> tablesUnder(List<String> md, String heading) {
        int at = -1;
        for (int i = 0; i < md.size(); i++) {
            String l = md.get(i);
            if (l.startsWith("#") && l.replaceFirst("^#+ ", "").strip().equals(heading)) {
                assertEquals(-1, at, "heading \"" + heading + "\" twice in benchmarks.md");
                at = i;
            }
        }
        assertTrue(at >= 0, "no heading \"" + heading + "\" in benchmarks.md");
        List<List<String>> tables = new ArrayList<>();
        List<String> cur = null;
        for (int i = at + 1; i < md.size() && !md.get(i).startsWith("#"); i++) {
            String l = md.get(i);
            if (l.startsWith("|")) {
                if (cur == null) {
                    cur = new ArrayList<>();
                    tables.add(cur);
                }
                cur.add(l);
            } else {
                cur = null;
            }
        }
        return tables;
    }

    static List<String> cells(String line) {
        String s = line.strip();
        s = s.substring(1, s.endsWith("|") ? s.length() - 1 : s.length());
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        assertTrue(o instanceof Map, "want an object, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertTrue(o instanceof List, "want an array, got " + o);
        return (List<Object>) o;
    }

    /** Just enough JSON (RFC 8259) for the file: objects, arrays, strings, numbers (as BigDecimal), literals. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json p = new Json(s);
            Object v = p.value();
            p.space();
            if (p.i != s.length()) {
                throw p.error("trailing text");
            }
            return v;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("json: " + what + " at offset " + i);
        }

        private void space() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        private void expect(char c) {
            space();
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("want '" + c + "'");
            }
            i++;
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                do {
                    space();
                    String k = string();
                    expect(':');
                    if (m.put(k, value()) != null) {
                        throw error("key " + k + " twice");
                    }
                    space();
                } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != '}') {
                    throw error("want '}'");
                }
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                do {
                    l.add(value());
                    space();
                } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != ']') {
                    throw error("want ']'");
                }
                return l;
            }
            if (c == '"') {
                return string();
            }
            for (String lit : new String[] {"true", "false", "null"}) {
                if (s.startsWith(lit, i)) {
                    i += lit.length();
                    return lit.equals("null") ? null : Boolean.valueOf(lit);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            try {
                return new BigDecimal(s.substring(start, i));
            } catch (NumberFormatException e) {
                i = start;
                throw error("not a value");
            }
        }

        private String string() {
            if (s.charAt(i) != '"') {
                throw error("want a string");
            }
            StringBuilder b = new StringBuilder();
            for (i++; s.charAt(i) != '"'; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    char e = s.charAt(++i);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }
    }
}
