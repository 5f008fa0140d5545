package dev.gonet.http;

import dev.gonet.IP;
import dev.gonet.internal.Ascii;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code http.Cookie}: a cookie received in a {@code Cookie} field
 * ({@link Request#cookies()}, name and value only), sent in {@code Set-Cookie}
 * ({@link Handlers#setCookie}, {@link #toString()}), or parsed from a response's
 * {@code Set-Cookie} fields ({@link Response#cookies()}, with {@link #raw()},
 * {@link #rawExpires()} and {@link #unparsed()} as Go keeps them).
 *
 * <p>A mutable value like Go's struct; setters return {@code this} for chaining. Invalid bytes
 * are dropped when the cookie is written, as Go does, so no value can break the header.
 */
public final class Cookie {
    /** Go's {@code SameSite} modes; DEFAULT writes no attribute. */
    public enum SameSite {
        /** No {@code SameSite} attribute (Go's {@code SameSiteDefaultMode}). */
        DEFAULT,
        /** {@code SameSite=Lax}. */
        LAX,
        /** {@code SameSite=Strict}. */
        STRICT,
        /** {@code SameSite=None}. */
        NONE
    }

    private final String name;
    private String value;
    private String path = "";
    private String domain = "";
    private Instant expires;
    private int maxAge;
    private boolean secure;
    private boolean httpOnly;
    private SameSite sameSite = SameSite.DEFAULT;
    private String raw = "";
    private String rawExpires = "";
    private List<String> unparsed = List.of();

    /**
     * A cookie with {@code name} and {@code value} and no attributes.
     *
     * @param name the name
     * @param value the value
     */
    public Cookie(String name, String value) {
        this.name = name;
        this.value = value;
    }

    /** {@return the cookie's name} */
    public String name() {
        return name;
    }

    /** {@return the {@code Value} field, as in Go's {@code http.Cookie}}; see {@link #setValue}. */
    public String value() {
        return value;
    }

    /**
     * Sets the {@code Value} field, Go's {@code x.Value = v}.
     *
     * @param v the value
     * @return this cookie, for chaining
     */
    public Cookie setValue(String v) {
        value = v;
        return this;
    }

    /** {@return the {@code Path} field, as in Go's {@code http.Cookie}}; see {@link #setPath}. */
    public String path() {
        return path;
    }

    /**
     * Sets the {@code Path} field, Go's {@code x.Path = v}.
     *
     * @param v the path
     * @return this cookie, for chaining
     */
    public Cookie setPath(String v) {
        path = v;
        return this;
    }

    /** {@return the {@code Domain} field, as in Go's {@code http.Cookie}}; see {@link #setDomain}. */
    public String domain() {
        return domain;
    }

    /**
     * Sets the {@code Domain} field, Go's {@code x.Domain = v}.
     *
     * @param v the domain
     * @return this cookie, for chaining
     */
    public Cookie setDomain(String v) {
        domain = v;
        return this;
    }

    /** {@return the Expires attribute, or null for none} */
    public Instant expires() {
        return expires;
    }

    /**
     * Sets the {@code Expires} field, Go's {@code x.Expires = v}.
     *
     * @param v the expires
     * @return this cookie, for chaining
     */
    public Cookie setExpires(Instant v) {
        expires = v;
        return this;
    }

    /**
     * {@return Go's {@code MaxAge}: 0 = no attribute, negative = {@code Max-Age=0} (delete now), positive
     *   = seconds}
     */
    public int maxAge() {
        return maxAge;
    }

    /**
     * Sets the {@code MaxAge} field, Go's {@code x.MaxAge = v}.
     *
     * @param v the max age
     * @return this cookie, for chaining
     */
    public Cookie setMaxAge(int v) {
        maxAge = v;
        return this;
    }

    /** {@return the {@code Secure} field, as in Go's {@code http.Cookie}}; see {@link #setSecure}. */
    public boolean secure() {
        return secure;
    }

    /**
     * Sets the {@code Secure} field, Go's {@code x.Secure = v}.
     *
     * @param v the new {@code Secure} value
     * @return this cookie, for chaining
     */
    public Cookie setSecure(boolean v) {
        secure = v;
        return this;
    }

    /** {@return the {@code HttpOnly} field, as in Go's {@code http.Cookie}}; see {@link #setHttpOnly}. */
    public boolean httpOnly() {
        return httpOnly;
    }

    /**
     * Sets the {@code HttpOnly} field, Go's {@code x.HttpOnly = v}.
     *
     * @param v the new {@code HttpOnly} value
     * @return this cookie, for chaining
     */
    public Cookie setHttpOnly(boolean v) {
        httpOnly = v;
        return this;
    }

    /** {@return the {@code SameSite} field, as in Go's {@code http.Cookie}}; see {@link #setSameSite}. */
    public SameSite sameSite() {
        return sameSite;
    }

    /**
     * Sets the {@code SameSite} field, Go's {@code x.SameSite = v}.
     *
     * @param v the same site
     * @return this cookie, for chaining
     */
    public Cookie setSameSite(SameSite v) {
        sameSite = v == null ? SameSite.DEFAULT : v;
        return this;
    }

    /**
     * {@return the whole {@code Set-Cookie} value this cookie was parsed from; "" otherwise (Go's {@code
     *   Raw})}
     */
    public String raw() {
        return raw;
    }

    /**
     * Sets the {@code Raw} field, Go's {@code x.Raw = v}.
     *
     * @param v the raw
     * @return this cookie, for chaining
     */
    public Cookie setRaw(String v) {
        raw = v == null ? "" : v;
        return this;
    }

    /**
     * {@return the Expires attribute's text as received, even when it did not parse (Go's {@code
     *   RawExpires})}
     */
    public String rawExpires() {
        return rawExpires;
    }

    /**
     * Sets the {@code RawExpires} field, Go's {@code x.RawExpires = v}.
     *
     * @param v the raw expires
     * @return this cookie, for chaining
     */
    public Cookie setRawExpires(String v) {
        rawExpires = v == null ? "" : v;
        return this;
    }

    /**
     * Attributes of a parsed {@code Set-Cookie} that were not understood, as received (Go's {@code Unparsed}).
     *
     * @return the attributes not understood, as received
     */
    public List<String> unparsed() {
        return unparsed;
    }

    void addUnparsed(String attr) {
        if (unparsed.isEmpty()) {
            unparsed = new ArrayList<>();
        }
        unparsed.add(attr);
    }

    /**
     * Go's {@code AddCookie} text: {@code name=value} with CR/LF in the name turned into
     * {@code -} and the value sanitized as in {@link #toString()}.
     */
    String pair() {
        String v = keep(value, false);
        if (!v.isEmpty() && (v.indexOf(' ') >= 0 || v.indexOf(',') >= 0)) {
            v = '"' + v + '"';
        }
        return name.replace('\n', '-').replace('\r', '-') + "=" + v;
    }

    /**
     * Go's {@code Cookie.String()}: the {@code Set-Cookie} value, e.g.
     * {@code id=a3fWa; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Lax}; "" when the name
     * is not a valid token. Invalid bytes in value and path are dropped, an invalid domain is
     * left out, a value with a space or comma is quoted.
     */
    @Override
    public String toString() {
        if (name.isEmpty() || !Ascii.isToken(name)) {
            return "";
        }
        StringBuilder b = new StringBuilder(name).append('=');
        String v = keep(value, false);
        b.append(!v.isEmpty() && (v.indexOf(' ') >= 0 || v.indexOf(',') >= 0) ? '"' + v + '"' : v);
        if (!path.isEmpty()) {
            b.append("; Path=").append(keep(path, true));
        }
        if (!domain.isEmpty() && validDomain(domain)) {
            b.append("; Domain=").append(domain.charAt(0) == '.' ? domain.substring(1) : domain);
        }
        if (expires != null && expires.getEpochSecond() >= -11644473600L) { // year 1601 or later, as Go
            b.append("; Expires=").append(HttpDate.format(expires));
        }
        if (maxAge > 0) {
            b.append("; Max-Age=").append(maxAge);
        } else if (maxAge < 0) {
            b.append("; Max-Age=0");
        }
        if (httpOnly) {
            b.append("; HttpOnly");
        }
        if (secure) {
            b.append("; Secure");
        }
        switch (sameSite) {
            case NONE -> b.append("; SameSite=None");
            case LAX -> b.append("; SameSite=Lax");
            case STRICT -> b.append("; SameSite=Strict");
            default -> {
            }
        }
        return b.toString();
    }

    /** Go's {@code validCookieValueByte} / {@code validCookiePathByte} filter. */
    private static String keep(String v, boolean path) {
        StringBuilder b = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = c >= 0x20 && c < 0x7f && c != ';' && (path || (c != '"' && c != '\\'));
            if (!ok && b == null) {
                b = new StringBuilder(v.substring(0, i));
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? v : b.toString();
    }

    /** Go's {@code parseCookieValue}: strips one pair of quotes; null when a byte is not allowed. */
    static String parseValue(String raw, boolean allowQuote) {
        if (allowQuote && raw.length() > 1 && raw.charAt(0) == '"' && raw.charAt(raw.length() - 1) == '"') {
            raw = raw.substring(1, raw.length() - 1);
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == ';' || c == '\\') {
                return null;
            }
        }
        return raw;
    }

    /** Go's {@code validCookieDomain}: a domain name (letters needed) or an IPv4 literal. */
    static boolean validDomain(String s) {
        if (IP.parse(s) != null && s.indexOf(':') < 0) {
            return true;
        }
        if (s.isEmpty() || s.length() > 255) {
            return false;
        }
        if (s.charAt(0) == '.') {
            s = s.substring(1);
        }
        char last = '.';
        boolean letter = false;
        int part = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letter = true;
                part++;
            } else if (c >= '0' && c <= '9') {
                part++;
            } else if (c == '-') {
                if (last == '.') {
                    return false;
                }
                part++;
            } else if (c == '.') {
                if (last == '.' || last == '-' || part > 63 || part == 0) {
                    return false;
                }
                part = 0;
            } else {
                return false;
            }
            last = c;
        }
        return last != '-' && part <= 63 && letter;
    }
}
