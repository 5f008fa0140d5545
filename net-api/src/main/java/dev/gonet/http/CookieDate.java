package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.time.Instant;

/** The {@code Expires} attribute of a {@code Set-Cookie} field, read as Go's {@code readSetCookies} reads it. */
final class CookieDate {
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private CookieDate() {
    }

    /**
     * Go's {@code time.Parse} with {@code time.RFC1123} ({@code Mon, 02 Jan 2006 15:04:05 MST})
     * or {@code Mon, 02-Jan-2006 15:04:05 MST}, then UTC. As in Go, names match without regard
     * to case, a space matches any run of spaces, the weekday is not checked against the date,
     * seconds may carry a fraction, and the zone must look like one ({@code GMT}, {@code UTC},
     * {@code GMT+7}, three to five capitals) but the time is read as UTC: Go gives an unknown
     * abbreviation a fabricated zone without moving the instant, and only the local zone's own
     * names are known to it (this reads them all as a process in UTC would). Null when it does
     * not parse.
     */
    static Instant parse(String v) {
        Instant t = parseDate(v, ' ');
        return t != null ? t : parseDate(v, '-');
    }

    private static Instant parseDate(String v, char sep) {
        Scan s = new Scan(v);
        if (s.name(DAYS) < 0 || !s.lit(',') || !s.space()) {
            return null;
        }
        int day = s.digits(2, 2);
        if (day < 0 || !(sep == ' ' ? s.space() : s.lit(sep))) {
            return null;
        }
        int month = s.name(MONTHS) + 1;
        if (month < 1 || !(sep == ' ' ? s.space() : s.lit(sep))) {
            return null;
        }
        int year = s.digits(4, 4);
        if (year < 0 || !s.space()) {
            return null;
        }
        int hh = s.digits(1, 2);
        boolean c1 = s.lit(':');
        int mm = s.digits(2, 2);
        boolean c2 = s.lit(':');
        int ss = s.digits(2, 2);
        if (hh < 0 || hh > 23 || !c1 || mm < 0 || mm > 59 || !c2 || ss < 0 || ss > 59) {
            return null;
        }
        long nanos = s.fraction();
        if (nanos < 0 || !s.space()) {
            return null;
        }
        if (!s.zone() || !s.done() || day < 1 || day > daysIn(month, year)) {
            return null;
        }
        long secs = HttpDate.days(year, month, day) * 86400 + hh * 3600L + mm * 60L + ss;
        return Instant.ofEpochSecond(secs, nanos);
    }

    private static int daysIn(int month, int year) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** A cursor over the text being parsed. */
    private static final class Scan {
        private final String s;
        private int i;

        Scan(String s) {
            this.s = s;
        }

        boolean done() {
            return i == s.length();
        }

        boolean lit(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        /** Go's {@code skip} for a layout space: any run of spaces, or none at the very end. */
        boolean space() {
            if (i < s.length() && s.charAt(i) != ' ') {
                return false;
            }
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            return true;
        }

        int name(String[] names) {
            for (int k = 0; k < names.length; k++) {
                String n = names[k];
                if (s.length() - i >= n.length() && Ascii.equalFold(s.substring(i, i + n.length()), n)) {
                    i += n.length();
                    return k;
                }
            }
            return -1;
        }

        int digits(int min, int max) {
            int v = 0;
            int n = 0;
            while (n < max && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i++) - '0');
                n++;
            }
            return n < min ? -1 : v;
        }

        /** An optional {@code .ddd} or {@code ,ddd} after the seconds, as nanoseconds; -1 if malformed. */
        long fraction() {
            if (i + 1 >= s.length() || (s.charAt(i) != '.' && s.charAt(i) != ',') || s.charAt(i + 1) < '0'
                    || s.charAt(i + 1) > '9') {
                return 0;
            }
            i++;
            long nanos = 0;
            int n = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (n < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
                n++;
                i++;
            }
            for (; n < 9; n++) {
                nanos *= 10;
            }
            return nanos;
        }

        /** Go's {@code parseTimeZone} for the {@code MST} element: whether a zone name is there. */
        boolean zone() {
            String r = s.substring(i);
            if (r.startsWith("UTC")) {
                i += 3;
                return true;
            }
            if (r.length() < 3) {
                return false;
            }
            if (r.startsWith("ChST") || r.startsWith("MeST")) {
                i += 4;
                return true;
            }
            if (r.startsWith("GMT")) {
                i += 3;
                gmtOffset();
                return true;
            }
            int upper = 0;
            while (upper < 6 && upper < r.length() && r.charAt(upper) >= 'A' && r.charAt(upper) <= 'Z') {
                upper++;
            }
            boolean ok = upper == 3 || (upper == 4 && (r.charAt(3) == 'T' || r.startsWith("WITA")))
                    || (upper == 5 && r.charAt(4) == 'T');
            if (ok) {
                i += upper;
            }
            return ok;
        }

        /** Go's {@code parseGMT}: {@code GMT} may be followed by a signed hour offset up to 23 (skipped). */
        private void gmtOffset() {
            if (i == s.length() || (s.charAt(i) != '+' && s.charAt(i) != '-')) {
                return;
            }
            int save = i;
            i++;
            long h = 0;
            int n = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                h = Math.min(h * 10 + (s.charAt(i++) - '0'), 1000);
                n++;
            }
            if (n == 0 || h > 23) {
                i = save; // not an offset: the sign stays and fails the parse as extra text
            }
        }
    }
}
