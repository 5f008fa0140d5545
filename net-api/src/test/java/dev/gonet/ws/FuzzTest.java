package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Bounded, seeded fuzzing: legal frame streams from the writer, mutated (bits flipped, bytes
 * set, inserted, deleted, duplicated, truncated), read to the end. Whatever the input, the
 * reader ends with its own {@link WebSocketException} (EOF included, as 1006), never another
 * exception and never a hang; every text message it does return is valid UTF-8.
 */
class FuzzTest {
    private static final int CASES = 20_000;
    /** Text with 1-, 2-, 3- and 4-byte code points, so mutations land inside multi-byte sequences. */
    private static final String TEXT = "aé€😀 κόσμε \u0080\u07ff\u0800\uffff\udbff\udfff ".repeat(40);

    private static byte[] legalStream(Random rnd, Role writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(out, writer, rnd, 1 + rnd.nextInt(300));
        for (int i = 0, n = 1 + rnd.nextInt(6); i < n; i++) {
            switch (rnd.nextInt(5)) {
                case 0 -> w.writePing(new byte[rnd.nextInt(20)]);
                case 1 -> w.writePong(new byte[rnd.nextInt(5)]);
                default -> {
                    // Small messages keep 20k cases fast; the large ones are RoundTripTest's.
                    byte[] b = new byte[rnd.nextInt(rnd.nextInt(10) == 0 ? 1500 : 40)];
                    rnd.nextBytes(b);
                    if (rnd.nextBoolean()) {
                        w.writeBinary(b);
                    } else {
                        w.writeText(TEXT.substring(0, Math.min(TEXT.length(), b.length)));
                    }
                }
            }
        }
        if (rnd.nextBoolean()) {
            w.writeClose(rnd.nextBoolean() ? 1000 : 4000 + rnd.nextInt(999), rnd.nextBoolean() ? "" : "bye é");
        }
        return out.toByteArray();
    }

    private static byte[] mutate(Random rnd, byte[] b) {
        for (int k = 0, n = 1 + rnd.nextInt(3); k < n && b.length > 0; k++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[at] = (byte) rnd.nextInt(256);
                case 2 -> {
                    byte[] ins = new byte[1 + rnd.nextInt(9)];
                    rnd.nextBytes(ins);
                    b = concat(Arrays.copyOf(b, at), ins, Arrays.copyOfRange(b, at, b.length));
                }
                case 3 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(b.length, at + 1 + rnd.nextInt(8)), b.length));
                case 4 -> b = concat(b, Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + rnd.nextInt(40))));
                case 5 -> b = Arrays.copyOf(b, at);
                default -> b[at & ~1] = (byte) (b[at & ~1] ^ 0x70); // RSV bits or opcode area of a likely header
            }
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        return Wire.cat(parts);
    }

    @Test
    void mutatedStreamsOnlyEverFailWithTheCodecsException() {
        Map<Integer, Integer> outcomes = new TreeMap<>();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Random rnd = new Random(20240611);
            for (int i = 0; i < CASES; i++) {
                Role writer = rnd.nextBoolean() ? Role.CLIENT : Role.SERVER;
                // Mostly the matching reader role; sometimes the wrong one, to exercise the mask checks.
                Role reader = rnd.nextInt(10) == 0 ? writer : writer == Role.CLIENT ? Role.SERVER : Role.CLIENT;
                byte[] input = mutate(rnd, legalStream(rnd, writer));
                InputStream in = i % 8 == 0 ? new Wire.OneByte(input) : new ByteArrayInputStream(input);
                MessageReader r = new MessageReader(new FrameReader(in, reader, 4096), new Transcript());
                int reads = 0;
                while (true) {
                    try {
                        Message m = r.readMessage();
                        if (m.type() == MessageType.TEXT) {
                            assertArrayEquals(m.data(), Utf8.encode(m.text()), "case " + i);
                        }
                        assertTrue(++reads <= input.length + 1, "case " + i + " read more messages than bytes");
                    } catch (WebSocketException e) {
                        outcomes.merge(e instanceof CloseException ? 0 : e.code(), 1, Integer::sum);
                        break;
                    } catch (Throwable t) {
                        throw new AssertionError("case " + i + " threw " + t + " for " + Wire.hexOf(input), t);
                    }
                }
            }
        });
        // The mutations must reach every kind of outcome, or the fuzzer is not exploring.
        for (int code : new int[] {0, 1002, 1006, 1007, 1009}) {
            assertTrue(outcomes.getOrDefault(code, 0) > 0, "no outcome " + code + " in " + outcomes);
        }
        assertTrue(outcomes.values().stream().mapToInt(Integer::intValue).sum() == CASES, outcomes.toString());
    }
}
