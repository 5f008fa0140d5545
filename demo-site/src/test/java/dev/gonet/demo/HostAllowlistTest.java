package dev.gonet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Hosts the demo server answers, for each kind of listen address. */
class HostAllowlistTest {
    private record Row(String listen, List<String> extra, String host, boolean allowed) {
    }

    @Test
    void table() {
        List<Row> rows = List.of(
                new Row("127.0.0.1:8080", List.of(), "127.0.0.1:8080", true),
                new Row("127.0.0.1:8080", List.of(), "localhost:8080", true),
                new Row("127.0.0.1:8080", List.of(), "LOCALHOST:8080", true),
                new Row("127.0.0.1:8080", List.of(), "evil.example:8080", false), // DNS rebinding
                new Row("127.0.0.1:8080", List.of(), "evil.example", false),
                new Row("127.0.0.1:8080", List.of(), "127.0.0.1:8081", false),
                new Row("127.0.0.1:8080", List.of(), "127.0.0.1", false),
                new Row("127.0.0.1:8080", List.of(), "[::1]:8080", false),
                new Row("127.0.0.1:8080", List.of(), "", false),
                new Row("127.0.0.1:8080", List.of(), "127.0.0.1:8080:1", false),
                new Row("127.0.0.1:80", List.of(), "127.0.0.1", true), // no port: 80
                new Row("127.0.0.1:80", List.of(), "localhost", true),
                new Row("[::1]:9000", List.of(), "[::1]:9000", true),
                new Row("[::1]:9000", List.of(), "127.0.0.1:9000", false),
                new Row("0.0.0.0:9000", List.of(), "127.0.0.1:9000", true),
                new Row("[::]:9000", List.of(), "[::1]:9000", true),
                new Row("[::]:9000", List.of(), "192.168.1.5:9000", false),
                new Row("127.0.0.1:8080", List.of("demo.example"), "demo.example:8080", true),
                new Row("127.0.0.1:8080", List.of("demo.example"), "demo.example", false),
                new Row("127.0.0.1:8080", List.of("demo.example:443"), "Demo.Example:443", true),
                new Row("127.0.0.1:8080", List.of("demo.example:80"), "demo.example", true),
                new Row("127.0.0.1:8080", List.of("[2001:db8::1]"), "[2001:db8::1]:8080", true),
                new Row("127.0.0.1:8080", List.of("2001:db8::2"), "[2001:db8::2]:8080", true));
        List<String> errors = new ArrayList<>();
        for (Row row : rows) {
            boolean got = HostAllowlist.forServer(row.listen, row.extra).allows(row.host);
            if (got != row.allowed) {
                errors.add("listen " + row.listen + " + " + row.extra + ": allows(" + row.host + ") = " + got);
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void hostsAndOrigins() {
        HostAllowlist a = HostAllowlist.forServer("127.0.0.1:8080", List.of("demo.example"));
        assertEquals(List.of("127.0.0.1:8080", "localhost:8080", "demo.example:8080"), a.hosts());
        assertEquals(List.of("http://127.0.0.1:8080", "http://localhost:8080", "http://demo.example:8080"), a.origins());
        assertEquals(List.of("127.0.0.1:9", "[::1]:9", "localhost:9"), HostAllowlist.forServer("0.0.0.0:9", List.of()).hosts());
        assertThrows(IllegalArgumentException.class, () -> HostAllowlist.forServer("127.0.0.1:8080", List.of(":80")));
        assertEquals("\"evil\\u000a\\\"x\\\"\"", HostAllowlist.quote("evil\n\"x\""));
    }
}
