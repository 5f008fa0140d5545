package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.Failures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OriginPolicy#allowing}: exact origins, whatever the Host says (issue 10, point 8: DNS
 * rebinding sends the attacker's name as Host and Origin alike, which the same-host policies
 * accept).
 */
class OriginPolicyTest {
    private record Row(String origin, String host, boolean sameHost, boolean allowed) {
    }

    @Test
    void allowingNamesOriginsAndIgnoresHost() {
        OriginPolicy p = OriginPolicy.allowing("http://127.0.0.1:8080", "https://App.Example.com", "http://localhost:80/");
        List<Row> rows = List.of(
                new Row("http://127.0.0.1:8080", "127.0.0.1:8080", true, true),
                new Row("http://127.0.0.1:8080", "anything", false, true),
                new Row("http://evil.example", "evil.example", true, false), // DNS rebinding
                new Row("http://evil.example:8080", "evil.example:8080", true, false),
                new Row("https://app.example.com", "app.example.com", true, true),
                new Row("https://app.example.com:443", "app.example.com", false, true),
                new Row("http://app.example.com", "app.example.com", true, false), // scheme counts
                new Row("http://localhost", "localhost", true, true), // :80 is http's default
                new Row("http://127.0.0.1:8081", "127.0.0.1:8081", true, false),
                new Row("http://127.0.0.1", "127.0.0.1", true, false),
                new Row("null", "127.0.0.1:8080", false, false),
                new Row("", "127.0.0.1:8080", false, false),
                new Row("http://127.0.0.1:8080/path", "127.0.0.1:8080", true, false),
                new Row("http://user@127.0.0.1:8080", "127.0.0.1:8080", false, false));
        Failures f = new Failures();
        for (Row row : rows) {
            f.row();
            f.expect("SAME_HOST.allows(" + row.origin + ", " + row.host + ")",
                    OriginPolicy.SAME_HOST.allows(row.origin, row.host), row.sameHost);
            f.expect("allowing(...).allows(" + row.origin + ", " + row.host + ")", p.allows(row.origin, row.host),
                    row.allowed);
        }
        f.done(14);
    }

    @Test
    void allowingRefusesEntriesThatAreNotOrigins() {
        for (String bad : new String[] {"127.0.0.1:8080", "http://", "http://h/path", "http://u@h", "*", ""}) {
            assertThrows(IllegalArgumentException.class, () -> OriginPolicy.allowing(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> OriginPolicy.allowing((String) null));
    }
}
