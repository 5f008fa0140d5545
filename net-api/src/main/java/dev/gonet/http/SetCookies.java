package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code readSetCookies}: the cookies of every {@code Set-Cookie} field of a response, in
 * order. A field whose first part is not {@code name=value} with a token name and a valid value
 * is skipped; attribute names are matched without regard to case; an attribute whose value
 * holds a forbidden byte, or that is not understood, goes to {@link Cookie#unparsed()}.
 */
final class SetCookies {
    private SetCookies() {
    }

    static List<Cookie> parse(Header h) {
        List<Cookie> out = new ArrayList<>();
        for (String line : h.values("Set-Cookie")) {
            Cookie c = parseLine(line);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    static Cookie parseLine(String line) {
        List<String> parts = split(Ascii.trimString(line));
        if (parts.size() == 1 && parts.get(0).isEmpty()) {
            return null;
        }
        String first = Ascii.trimString(parts.get(0));
        int eq = first.indexOf('=');
        if (eq < 0) {
            return null;
        }
        String name = first.substring(0, eq);
        if (name.isEmpty() || !Ascii.isToken(name)) {
            return null;
        }
        String value = Cookie.parseValue(first.substring(eq + 1), true);
        if (value == null) {
            return null;
        }
        Cookie c = new Cookie(name, value).setRaw(line);
        for (int i = 1; i < parts.size(); i++) {
            String part = Ascii.trimString(parts.get(i));
            if (part.isEmpty()) {
                continue;
            }
            int e = part.indexOf('=');
            String attr = e < 0 ? part : part.substring(0, e);
            if (!isASCII(attr)) {
                continue; // Go: a non-ASCII attribute name is dropped, not kept as unparsed
            }
            String val = Cookie.parseValue(e < 0 ? "" : part.substring(e + 1), false);
            if (val == null) {
                c.addUnparsed(part);
                continue;
            }
            if (!attribute(c, Ascii.toLower(attr), val)) {
                c.addUnparsed(part);
            }
        }
        return c;
    }

    /** Applies one attribute; false when Go would keep it as unparsed. */
    private static boolean attribute(Cookie c, String attr, String val) {
        switch (attr) {
            case "samesite" -> {
                c.setSameSite(isASCII(val) ? switch (Ascii.toLower(val)) {
                    case "lax" -> Cookie.SameSite.LAX;
                    case "strict" -> Cookie.SameSite.STRICT;
                    case "none" -> Cookie.SameSite.NONE;
                    default -> Cookie.SameSite.DEFAULT;
                } : Cookie.SameSite.DEFAULT);
                return true;
            }
            case "secure" -> {
                c.setSecure(true);
                return true;
            }
            case "httponly" -> {
                c.setHttpOnly(true);
                return true;
            }
            case "domain" -> {
                c.setDomain(val);
                return true;
            }
            case "max-age" -> {
                Long secs = atoi(val);
                if (secs == null || (secs != 0 && val.charAt(0) == '0')) {
                    return false;
                }
                // Go's int is 64 bits; Java's Cookie keeps an int, so larger values saturate.
                c.setMaxAge(secs <= 0 ? -1 : (int) Math.min(secs, Integer.MAX_VALUE));
                return true;
            }
            case "expires" -> {
                c.setRawExpires(val);
                Instant t = CookieDate.parse(val);
                c.setExpires(t);
                return t != null;
            }
            case "path" -> {
                c.setPath(val);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int semi; (semi = s.indexOf(';', start)) >= 0; start = semi + 1) {
            out.add(s.substring(start, semi));
        }
        out.add(s.substring(start));
        return out;
    }

    private static boolean isASCII(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Go's {@code strconv.Atoi}: optional sign, decimal digits, 64-bit range; null on error. */
    static Long atoi(String s) {
        int i = 0;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length()) {
            return null;
        }
        long v = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || v > (Long.MAX_VALUE - (c - '0')) / 10) {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return neg ? -v : v;
    }
}
