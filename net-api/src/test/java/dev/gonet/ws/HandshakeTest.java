package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Failures;
import dev.gonet.http.Header;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The accept value (RFC 6455 §1.3), the hand-written SHA-1, keys and header tokens. */
class HandshakeTest {
    @Test
    void rfcAcceptExample() {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", Handshake.computeAccept("dGhlIHNhbXBsZSBub25jZQ=="));
        // A second well-known pair (the example in Wikipedia's WebSocket article).
        assertEquals("HSmrc0sMlYUkAGmm5OPpG2HaGWk=", Handshake.computeAccept("x3JJHMbDL1EzLkh9GBhXDw=="));
    }

    private record Sha1Case(String in, String sha1) {
    }

    @Test
    void sha1KnownAnswers() {
        // FIPS 180-2 appendix examples and the empty string; the lengths 55, 56 and 64 cross padding boundaries.
        Sha1Case[] rows = {
            new Sha1Case("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            new Sha1Case("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
            new Sha1Case("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
            new Sha1Case("a".repeat(1_000_000), "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
        };
        Failures f = new Failures();
        for (Sha1Case row : rows) {
            f.row();
            f.expect("sha1(" + row.in().length() + " bytes)",
                    Wire.hexOf(Sha1.digest(Utf8.encode(row.in()))).replace(" ", ""), row.sha1());
        }
        f.done(4);
    }

    @Test
    void sha1AgreesWithTheJdkOnEveryLengthUpTo300() throws NoSuchAlgorithmException {
        Random rnd = new Random(1);
        for (int n = 0; n <= 300; n++) {
            byte[] b = new byte[n];
            rnd.nextBytes(b);
            assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(b), Sha1.digest(b), "length " + n);
        }
    }

    private record KeyCase(String key, boolean valid) {
    }

    @Test
    void keys() {
        Random rnd = new Random(7);
        for (int i = 0; i < 100; i++) {
            String k = Handshake.newKey(rnd);
            assertTrue(Handshake.isValidKey(k), k);
            assertEquals(16, Base64.getDecoder().decode(k).length, "decoded length of newKey() = " + k);
        }
        KeyCase[] rows = {
            new KeyCase("dGhlIHNhbXBsZSBub25jZQ==", true),
            new KeyCase("AAAAAAAAAAAAAAAAAAAAAA==", true),
            new KeyCase("++++++++++++++++++++//==", true),
            new KeyCase("dGhlIHNhbXBsZSBub25jZR==", true), // unused bits set: accepted, as Go's decoder does
            new KeyCase("dGhlIHNhbXBsZSBub25jZQ=", false), new KeyCase("dGhlIHNhbXBsZSBub25jZQ", false),
            new KeyCase("dGhlIHNhbXBsZSBub25jZQ===", false), new KeyCase("dGhlIHNhbXBsZSBub25jZQ-=", false),
            new KeyCase("dGhlIHNhbXBsZSBub25jZ-==", false), new KeyCase("dGhlIHNhbXBsZSBub25jZ_==", false),
            new KeyCase("dGhlIHNhbXBsZSBub25j", false), new KeyCase("", false), new KeyCase(null, false),
            new KeyCase("dGhlIHNhbXBsZSBub25jZXM=", false), new KeyCase("dGhlIHNhbXBsZSBub25jZQ==\u0000", false),
            new KeyCase(" dGhlIHNhbXBsZSBub25jZQ=", false), new KeyCase("dGhlIHNhbXBsZSBub25j=Q==", false),
        };
        Failures f = new Failures();
        for (KeyCase row : rows) {
            f.row();
            f.expect("isValidKey(" + row.key() + ")", Handshake.isValidKey(row.key()), row.valid());
        }
        f.done(17);
    }

    private record TokenCase(String[] values, String token, boolean want) {
    }

    @Test
    void headerTokens() {
        TokenCase[] rows = {
            new TokenCase(new String[] {"Upgrade"}, "upgrade", true),
            new TokenCase(new String[] {"keep-alive, Upgrade"}, "upgrade", true),
            new TokenCase(new String[] {"keep-alive,upgrade"}, "UPGRADE", true),
            new TokenCase(new String[] {"keep-alive", " upgrade\t"}, "upgrade", true),
            new TokenCase(new String[] {"upgraded"}, "upgrade", false),
            new TokenCase(new String[] {"not-upgrade, close"}, "upgrade", false),
            new TokenCase(new String[] {""}, "upgrade", false),
            new TokenCase(new String[] {",,, ,"}, "upgrade", false),
            new TokenCase(new String[] {}, "upgrade", false),
            new TokenCase(new String[] {"Upgrade extra"}, "upgrade", false),
        };
        Failures f = new Failures();
        for (TokenCase row : rows) {
            f.row();
            Header h = new Header();
            for (String v : row.values()) {
                h.add("Connection", v);
            }
            f.expect("headerHasToken(" + h + ", " + row.token() + ")",
                    Handshake.headerHasToken(h, "connection", row.token()), row.want());
        }
        f.done(10);
    }
}
