package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bounded, seeded fuzzing: mutated valid messages and random bytes. The only failure allowed is
 * a {@link DNSFormatException}; no parse may take long; and what parses must survive a pack and
 * a parse unchanged. Stops after {@link #BUDGET_NANOS} or {@link #ROUNDS} inputs.
 */
class FuzzTest {
    static final long SEED = 20240613L;
    static final int ROUNDS = 200_000;
    static final long BUDGET_NANOS = 3_000_000_000L;
    /** A single parse of at most a few KiB must never come near this. */
    static final long SLOW_PARSE_NANOS = 200_000_000L;

    /** A parse that hangs would never return to the per-parse check: the whole run is bounded too. */
    @Test
    void mutatedAndRandomInputs() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), FuzzTest::fuzz);
    }

    private static void fuzz() throws Exception {
        Random rnd = new Random(SEED);
        List<byte[]> seeds = new ArrayList<>();
        for (Message m : Samples.all()) {
            seeds.add(m.pack());
            seeds.add(m.packPadded());
        }
        long start = System.nanoTime();
        int parsed = 0;
        int rejected = 0;
        int rounds = 0;
        while (rounds < ROUNDS && System.nanoTime() - start < BUDGET_NANOS) {
            byte[] in = input(rnd, seeds, rounds);
            rounds++;
            long t0 = System.nanoTime();
            Message m;
            try {
                m = Message.parse(in);
            } catch (DNSFormatException e) {
                rejected++;
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("parse(fuzz round " + rounds + ", " + hex(in) + ") threw " + e, e);
            } finally {
                long took = System.nanoTime() - t0;
                assertTrue(took < SLOW_PARSE_NANOS, "parse(fuzz round " + rounds + ") took " + took / 1_000_000 + " ms");
            }
            parsed++;
            assertEquals(m, Message.parse(m.pack()), "parse(pack(parse(fuzz round " + rounds + ")))");
        }
        System.out.println("dns fuzz: " + rounds + " inputs, " + parsed + " parsed, " + rejected + " rejected");
        assertTrue(parsed > 0 && rejected > 0, "both outcomes were exercised: " + parsed + " parsed, " + rejected + " rejected");
    }

    private static byte[] input(Random rnd, List<byte[]> seeds, int round) {
        if (round % 4 == 0) {
            byte[] b = new byte[rnd.nextInt(300)];
            rnd.nextBytes(b);
            if (b.length >= 12 && rnd.nextBoolean()) {
                for (int i = 4; i < 12; i++) {
                    b[i] = (byte) (i % 2 == 0 ? 0 : rnd.nextInt(4)); // small counts, so parsing goes deeper
                }
            }
            return b;
        }
        byte[] b = seeds.get(rnd.nextInt(seeds.size())).clone();
        int edits = 1 + rnd.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int i = rnd.nextInt(b.length);
            switch (rnd.nextInt(4)) {
                case 0 -> b[i] = (byte) rnd.nextInt(256);
                case 1 -> b[i] ^= (byte) (1 << rnd.nextInt(8));
                case 2 -> b[i] = (byte) (0xC0 | rnd.nextInt(64)); // pointer-ish
                default -> b = java.util.Arrays.copyOf(b, i); // truncate
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }

    static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }
}
