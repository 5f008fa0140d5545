package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.internal.Ascii;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HttpDateTest {

    @Test
    void goReferenceTime() {
        assertEquals("Mon, 02 Jan 2006 15:04:05 GMT", HttpDate.format(Instant.parse("2006-01-02T15:04:05.999Z")));
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDate.format(0));
        assertEquals("Wed, 31 Dec 1969 23:59:59 GMT", HttpDate.format(-1));
        assertEquals("Tue, 29 Feb 2000 12:00:00 GMT", HttpDate.format(Instant.parse("2000-02-29T12:00:00Z")));
    }

    /** The hand-written calendar agrees with java.time's (the JVM has it; TeaVM need not). */
    @Test
    void formatAgreesWithJavaTimeOnRandomInstants() {
        DateTimeFormatter jt = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        Random rnd = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            long s = rnd.nextLong() % 253402300799L; // within years 0001-9999 either side of 1970
            if (s < -62135596800L) {
                s = -s;
            }
            Instant t = Instant.ofEpochSecond(s);
            assertEquals(jt.format(t), HttpDate.format(t), "epoch second " + s);
            assertEquals(t, HttpDate.parse(HttpDate.format(t)), "round trip of " + s);
        }
    }

    @Test
    void parseAllThreeFormsLikeGoParseTime() {
        Instant want = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals(want, HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(want, HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(want, HttpDate.parse("Sun Nov  6 08:49:37 1994"));
        assertEquals(Instant.parse("2023-03-16T08:49:37Z"), HttpDate.parse("Thu Mar 16 08:49:37 2023"));
        assertEquals(Instant.parse("2068-11-06T08:49:37Z"), HttpDate.parse("Tuesday, 06-Nov-68 08:49:37 GMT"));
    }

    @Test
    void rejectsNonDates() {
        for (String s : new String[] {"", "yesterday", "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT", "Xyz, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun,  6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpDate.parse(s), s);
            assertEquals("parsing time " + Ascii.quote(s) + ": not an HTTP date", e.getMessage());
        }
    }
}
