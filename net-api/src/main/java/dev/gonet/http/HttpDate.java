package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.time.Instant;

/**
 * HTTP dates (RFC 9110 §5.6.7) as Go writes and reads them: {@link #TIME_FORMAT}
 * ({@code Mon, 02 Jan 2006 15:04:05 GMT}, IMF-fixdate) for {@code Date}, {@code Expires},
 * {@code Last-Modified}; {@link #parse} also takes the obsolete RFC 850 and asctime forms,
 * like Go's {@code http.ParseTime}. Formatted by hand (calendar arithmetic on epoch seconds),
 * so it needs no locale or formatter support from the platform.
 */
public final class HttpDate {
    private HttpDate() {
    }

    /** Go's {@code http.TimeFormat}, as a Go layout string. */
    public static final String TIME_FORMAT = "Mon, 02 Jan 2006 15:04:05 GMT";

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] LONG_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /**
     * {@code t} in IMF-fixdate, UTC; sub-second parts are dropped.
     *
     * @param t the time
     * @return the date in IMF-fixdate, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}
     */
    public static String format(Instant t) {
        return format(t.getEpochSecond());
    }

    /**
     * Seconds since 1970-01-01T00:00:00Z in IMF-fixdate. Years outside 0-9999 are not HTTP dates.
     *
     * @param epochSecond seconds since 1970-01-01T00:00:00Z
     * @return the date in IMF-fixdate, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}
     */
    public static String format(long epochSecond) {
        long days = Math.floorDiv(epochSecond, 86400);
        long secs = Math.floorMod(epochSecond, 86400);
        long[] ymd = civil(days);
        if (ymd[0] < 0 || ymd[0] > 9999) {
            throw new IllegalArgumentException("year outside 0-9999: " + ymd[0]);
        }
        StringBuilder b = new StringBuilder(29);
        b.append(DAYS[(int) Math.floorMod(days + 3, 7)]).append(", ");
        two(b, ymd[2]).append(' ').append(MONTHS[(int) ymd[1] - 1]).append(' ');
        two(b, ymd[0] / 100);
        two(b, ymd[0] % 100).append(' ');
        two(b, secs / 3600).append(':');
        two(b, secs / 60 % 60).append(':');
        return two(b, secs % 60).append(" GMT").toString();
    }

    private static StringBuilder two(StringBuilder b, long v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** {year, month 1-12, day 1-31} of a day count since the epoch (H. Hinnant's algorithm). */
    static long[] civil(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
    }

    /** Days since the epoch of a civil date (inverse of {@link #civil}). */
    static long days(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /**
     * {@return Go's {@code http.ParseTime}: IMF-fixdate, RFC 850 ({@code Monday, 02-Jan-06 15:04:05 GMT})
     *   or asctime ({@code Mon Jan  2 15:04:05 2006})} Like Go's layouts, the weekday name must be a real
     *   one but is not checked against the date.
     *
     * @param s the date text
     * @throws IllegalArgumentException when {@code s} is in none of them
     *
     */
    public static Instant parse(String s) {
        Instant t = parseIMF(s);
        if (t == null) {
            t = parseRFC850(s);
        }
        if (t == null) {
            t = parseAsctime(s);
        }
        if (t == null) {
            throw new IllegalArgumentException("parsing time " + Ascii.quote(s) + ": not an HTTP date");
        }
        return t;
    }

    private static Instant parseIMF(String s) {
        if (s.length() != 29 || index(DAYS, s.substring(0, 3)) < 0 || !s.startsWith(", ", 3) || s.charAt(7) != ' '
                || s.charAt(11) != ' ' || s.charAt(16) != ' ' || !s.endsWith(" GMT")) {
            return null;
        }
        return at(num(s, 12, 4), index(MONTHS, s.substring(8, 11)) + 1, num(s, 5, 2), s, 17);
    }

    private static Instant parseRFC850(String s) {
        int comma = s.indexOf(", ");
        if (comma < 0 || index(LONG_DAYS, s.substring(0, comma)) < 0) {
            return null;
        }
        String r = s.substring(comma + 2);
        if (r.length() != 22 || r.charAt(2) != '-' || r.charAt(6) != '-' || r.charAt(9) != ' ' || !r.endsWith(" GMT")) {
            return null;
        }
        long yy = num(r, 7, 2);
        // Go's two-digit year rule: 69-99 are 19xx, 00-68 are 20xx.
        long year = yy < 0 ? -1 : yy >= 69 ? 1900 + yy : 2000 + yy;
        return at(year, index(MONTHS, r.substring(3, 6)) + 1, num(r, 0, 2), r, 10);
    }

    private static Instant parseAsctime(String s) {
        if (s.length() != 24 || index(DAYS, s.substring(0, 3)) < 0 || s.charAt(3) != ' ' || s.charAt(7) != ' '
                || s.charAt(10) != ' ' || s.charAt(19) != ' ') {
            return null;
        }
        // "_2": day padded with a space
        long day = s.charAt(8) == ' ' ? num(s, 9, 1) : num(s, 8, 2);
        return at(num(s, 20, 4), index(MONTHS, s.substring(4, 7)) + 1, day, s, 11);
    }

    /** Combines a date with {@code HH:MM:SS} at {@code s[t..t+8)}; null if anything is off. */
    private static Instant at(long y, long m, long d, String s, int t) {
        if (s.length() < t + 8 || s.charAt(t + 2) != ':' || s.charAt(t + 5) != ':') {
            return null;
        }
        long hh = num(s, t, 2);
        long mm = num(s, t + 3, 2);
        long ss = num(s, t + 6, 2);
        if (y < 0 || m < 1 || d < 1 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) {
            return null;
        }
        long days = days(y, m, d);
        if (civil(days)[2] != d) {
            return null; // 31 Feb and the like
        }
        return Instant.ofEpochSecond(days * 86400 + hh * 3600 + mm * 60 + ss);
    }

    private static long num(String s, int from, int len) {
        long v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int index(String[] names, String s) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }
}
