package dev.gonet.browsertest;

import dev.gonet.http.Response;
import dev.gonet.testkit.Check;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the HTTP client cases: bodies, the demo API's byte pattern and inspect report. */
final class HttpCheck {
    private HttpCheck() {
    }

    /** Byte {@code i} of every {@code /api/bytes} and {@code /api/gate} body (the server's pattern). */
    static byte pattern(long i) {
        return (byte) (i * 31 + 7);
    }

    /** The body as UTF-8, read to its end and closed. */
    static String text(Response r) throws IOException {
        try (InputStream in = r.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Reads {@code in} to its end in reads of at most {@code step} bytes, checking the pattern from {@code from}. */
    static long readPattern(InputStream in, long from, int step) throws IOException {
        byte[] buf = new byte[step];
        long n = from;
        int k;
        while ((k = in.read(buf, 0, buf.length)) >= 0) {
            for (int i = 0; i < k; i++) {
                if (buf[i] != pattern(n + i)) {
                    throw new AssertionError("body byte " + (n + i) + " = " + buf[i] + ", want " + pattern(n + i));
                }
            }
            n += k;
        }
        return n - from;
    }

    /** Reads exactly {@code n} bytes and checks them against the pattern from offset 0. */
    static void readExactly(InputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        int got = 0;
        while (got < n) {
            int k = in.read(b, got, n - got);
            if (k < 0) {
                throw new AssertionError("EOF after " + got + " of " + n + " bytes");
            }
            got += k;
        }
        for (int i = 0; i < n; i++) {
            Check.isTrue(b[i] == pattern(i), "byte " + i + " = " + b[i] + ", want " + pattern(i));
        }
    }

    /** The {@code Name: value} lines of an {@code /api/inspect} report with this name, values only. */
    static List<String> fieldValues(String report, String name) {
        List<String> out = new ArrayList<>();
        String prefix = name.toLowerCase() + ": ";
        for (String line : report.split("\n")) {
            if (line.toLowerCase().startsWith(prefix)) {
                out.add(line.substring(prefix.length()));
            }
        }
        return out;
    }

    /** The one value of {@code name} in a report; "" when absent; fails when repeated. */
    static String field(String report, String name) {
        List<String> v = fieldValues(report, name);
        Check.isTrue(v.size() <= 1, name + " sent " + v.size() + " times: " + v);
        return v.isEmpty() ? "" : v.get(0);
    }

    /** The report's first line, {@code METHOD request-uri}. */
    static String requestLine(String report) {
        int nl = report.indexOf('\n');
        return nl < 0 ? report : report.substring(0, nl);
    }

    /** Runs {@code body} and returns how long it took, in milliseconds. */
    static long millis(Timed body) throws Exception {
        long start = System.currentTimeMillis();
        body.run();
        return System.currentTimeMillis() - start;
    }

    @FunctionalInterface
    interface Timed {
        void run() throws Exception;
    }
}
