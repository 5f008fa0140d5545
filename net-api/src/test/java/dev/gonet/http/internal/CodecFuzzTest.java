package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.http.ProtocolException;
import dev.gonet.internal.Ascii;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the request and response parsers: 20,000 mutated messages each,
 * from the accepted and rejected tables. Whatever the bytes, the reader may only return heads
 * and bodies or throw an {@link IOException} (in practice {@link ProtocolException} or
 * {@code unexpected EOF}); any other throwable, or a hang (the input is finite), fails. Every
 * tenth input is fed one byte per read and must give the same outcome as whole. URLs get the
 * same mutations in {@code dev.gonet.url.URLFuzzTest}.
 */
class CodecFuzzTest {
    static final long SEED = Long.getLong("gonet.fuzz.seed", 20240601L);
    static final int N = 20_000;
    static final byte[] INTERESTING = Wire.bytes("\r\n \t:;,=\u0000\u007f\u0080\u00ff0123456789aAfFxX-+/%?#*\"");

    static List<byte[]> requestCorpus() {
        List<byte[]> c = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // weight valid requests, so mutations reach bodies and trailers
            RequestParseTest.ROWS.forEach(r -> c.add(Wire.bytes(r.wire())));
        }
        MalformedRequestTest.ROWS.stream().filter(r -> r.wire().length() < 10_000)
                .forEach(r -> c.add(Wire.bytes(r.wire())));
        return c;
    }

    static List<byte[]> responseCorpus() {
        List<byte[]> c = new ArrayList<>();
        ResponseParseTest.ROWS.forEach(r -> c.add(Wire.bytes(r.wire())));
        return c;
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
                case 4 -> { // duplicate a slice, e.g. a header line or a chunk
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(40));
                    b = insert(b, at, Arrays.copyOfRange(b, at, at + len));
                }
                default -> b = concat(b, corpus.get(rnd.nextInt(corpus.size()))); // pipeline another
            }
        }
        return b;
    }

    static byte[] insert(byte[] b, int at, byte[] x) {
        return concat(Arrays.copyOfRange(b, 0, at), x, Arrays.copyOfRange(b, at, b.length));
    }

    static byte[] concat(byte[]... parts) {
        return Wire.concat(parts);
    }

    interface Parse {
        String run(byte[] input, Wire.Feed f) throws IOException;
    }

    /** The outcome as text: what parsed, then the error class and message if any. */
    static String outcome(Parse p, byte[] input, Wire.Feed f) {
        try {
            return p.run(input, f);
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (Throwable t) {
            fail("parser threw " + t + " for input " + Ascii.quote(new String(input, 0, Math.min(input.length, 300),
                    java.nio.charset.StandardCharsets.ISO_8859_1)), t);
            return null;
        }
    }

    static String requests(byte[] in, Wire.Feed f) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Wire.Parsed p : Wire.readAll(in, f, 4096)) {
            s.append(RequestParseTest.summary(p)).append('\n');
        }
        return s.toString();
    }

    static String responses(byte[] in, Wire.Feed f) throws IOException {
        // Up to three responses on one connection, alternating the request method; the stream's
        // end shows up as unexpected EOF, the same however the input is chopped.
        Http1Reader r = new Http1Reader(Wire.feed(in, f), 4096);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            try {
                s.append(ResponseParseTest.run(r, i % 2 == 0 ? "GET" : "HEAD")).append('\n');
            } catch (IOException e) {
                return s + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return s.toString();
    }

    void fuzz(String what, List<byte[]> corpus, Parse p) {
        Random rnd = new Random(SEED);
        int[] errors = new int[1];
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < N; i++) {
                byte[] input = mutate(rnd, corpus);
                String whole = outcome(p, input, Wire.Feed.WHOLE);
                if (whole.contains("ProtocolException: ")) {
                    errors[0]++;
                }
                if (i % 10 == 0) {
                    assertEquals(whole, outcome(p, input, Wire.Feed.ONE_BYTE), "one byte at a time, input #" + i);
                }
            }
        }, what + " fuzzing hung; seed " + SEED);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(what + " fuzz: " + N + " inputs, " + errors[0] + " rejected, " + ms + " ms, seed " + SEED);
        assertTrue(errors[0] > N / 10 && errors[0] < N, "mutations should both pass and fail: " + errors[0]);
    }

    @Test
    void requestParserOnlyThrowsIOExceptions() {
        fuzz("request", requestCorpus(), CodecFuzzTest::requests);
    }

    @Test
    void responseParserOnlyThrowsIOExceptions() {
        fuzz("response", responseCorpus(), CodecFuzzTest::responses);
    }
}
