package dev.gonet.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.internal.Ascii;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of URL parsing and unescaping: 20,000 mutations of Go's parse table
 * ({@link URLGoCases#PARSE}). Whatever the text, only {@link URLException} may come out, and
 * what parses prints back to a URL that parses to the same text. The mutations are the HTTP
 * codec's ({@code dev.gonet.http.internal.CodecFuzzTest}), with the same seed.
 */
class URLFuzzTest {
    static final long SEED = Long.getLong("gonet.fuzz.seed", 20240601L);
    static final int N = 20_000;
    static final byte[] INTERESTING = "\r\n \t:;,=\u0000\u007f\u0080\u00ff0123456789aAfFxX-+/%?#*\""
            .getBytes(StandardCharsets.ISO_8859_1);

    /** URL parsing and unescaping on mutated URLs: only {@link URLException}, and stable output. */
    @Test
    void urlParserOnlyThrowsURLException() {
        List<byte[]> corpus = new ArrayList<>();
        for (URLGoCases.ParseCase row : URLGoCases.PARSE) {
            corpus.add(Ascii.bytes(row.in()));
        }
        Random rnd = new Random(SEED);
        int failed = 0;
        for (int i = 0; i < N; i++) {
            byte[] b = mutate(rnd, corpus);
            String in = Ascii.string(b, 0, b.length);
            try {
                URL u = URL.parse(in);
                // Go's String() output parses back to the same String() (url_test.go round trips)
                assertEquals(u.toString(), URL.parse(u.toString()).toString(), "round trip of " + Ascii.quote(in));
            } catch (URLException e) {
                failed++;
                assertTrue(e.getMessage().startsWith("parse "), e.getMessage());
            }
            try {
                URL.parseRequestURI(in);
                URL.queryUnescape(in);
                URL.pathUnescape(in);
                Values.parseQuery(in);
            } catch (URLException expected) {
                // any of Go's errors
            }
        }
        assertTrue(failed > 0 && failed < N, failed + " of " + N + " failed to parse");
    }

    static byte[] mutate(Random rnd, List<byte[]> corpus) {
        byte[] b = corpus.get(rnd.nextInt(corpus.size())).clone();
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> {
                    if (b.length > 0) {
                        b[at] = INTERESTING[rnd.nextInt(INTERESTING.length)];
                    }
                }
                case 1 -> b = insert(b, at, new byte[] {INTERESTING[rnd.nextInt(INTERESTING.length)]});
                case 2 -> {
                    if (b.length > 0) {
                        b = concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + 1, b.length));
                    }
                }
                case 3 -> b = Arrays.copyOf(b, at); // truncate
                case 4 -> { // duplicate a slice
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(40));
                    b = insert(b, at, Arrays.copyOfRange(b, at, at + len));
                }
                default -> b = concat(b, corpus.get(rnd.nextInt(corpus.size()))); // append another
            }
        }
        return b;
    }

    static byte[] insert(byte[] b, int at, byte[] x) {
        return concat(Arrays.copyOfRange(b, 0, at), x, Arrays.copyOfRange(b, at, b.length));
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
