package dev.gonet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class AcceptEncodingTest {
    /** One request: its Accept-Encoding field lines (none = no field) and whether gzip is the answer. */
    record Row(List<String> fields, boolean gzip) {
        String describe() {
            return fields.isEmpty() ? "(no field)" : String.join(" | ", fields.stream().map(f -> "\"" + f + "\"").toList());
        }
    }

    static Row row(boolean gzip, String... fields) {
        return new Row(List.of(fields), gzip);
    }

    /** Shared with {@link CompressionTest}, which sends every row over a socket. */
    static final List<Row> TABLE = List.of(
            row(false),
            row(false, ""),
            row(true, "gzip"),
            row(true, "GZIP"),
            row(true, "x-gzip"),
            row(true, "gzip, deflate, br, zstd"), // Chromium
            row(true, "br;q=1.0, gzip;q=0.8, *;q=0.1"),
            row(false, "deflate, br"),
            row(false, "gzip;q=0"),
            row(false, "gzip;q=0.000"),
            row(false, "gzip ; Q = 0"),
            row(true, "gzip; q=0.001"),
            row(true, "*"),
            row(false, "*;q=0"),
            row(false, "*, gzip;q=0"),
            row(true, "gzip, *;q=0"),
            row(false, "identity"),
            row(false, "identity;q=0"), // nothing acceptable: the field is disregarded, plain is sent
            row(true, "gzip, identity;q=0"),
            row(false, "gzip;q=0.5, identity"),
            row(true, "gzip;q=0.5"),
            row(true, "identity;q=0.5, gzip"),
            row(false, "gzip;q=0.5, *"), // * stands in for identity at 1
            row(false, "gzip;q=2"), // malformed q: the element is ignored
            row(false, "gzip;q=abc"),
            row(false, "gzip;q=0.5000"),
            row(true, "deflate;q=0, gzip;q=1"),
            row(true, " , ,gzip,"),
            row(true, "deflate", "gzip"), // two field lines
            row(true, "identity;q=0", "gzip"));

    @TestFactory
    Stream<DynamicTest> table() {
        return TABLE.stream().map(r -> DynamicTest.dynamicTest(r.describe(), () -> assertEquals(r.gzip(),
                AcceptEncoding.allowsGzip(r.fields()), "allowsGzip(" + r.describe() + ")")));
    }

    private record QValueCase(String in, double q) {
    }

    @Test
    void qvalues() {
        QValueCase[] t = {
            new QValueCase("1", 1.0), new QValueCase("1.", 1.0), new QValueCase("1.000", 1.0), new QValueCase("0", 0.0),
            new QValueCase("0.5", 0.5), new QValueCase("0.123", 0.123), new QValueCase("1.001", -1.0),
            new QValueCase("0.1234", -1.0), new QValueCase("-0", -1.0), new QValueCase(".5", -1.0),
            new QValueCase("", -1.0), new QValueCase("2", -1.0),
        };
        for (QValueCase c : t) {
            assertEquals(c.q(), AcceptEncoding.qvalue(c.in()), "qvalue(\"" + c.in() + "\")");
        }
    }
}
