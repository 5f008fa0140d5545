package dev.gonet.http.cookiejar;

import dev.gonet.AddrException;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.http.Cookie;
import dev.gonet.http.CookieJar;
import dev.gonet.internal.Ascii;
import dev.gonet.internal.Punycode;
import dev.gonet.url.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Go's {@code net/http/cookiejar.Jar}: an in-memory RFC 6265 cookie jar. Cookies are grouped
 * by the registrable domain of the host (Go's {@code jarKey}) and identified by domain, path
 * and name, so a later cookie with the same three replaces an earlier one (keeping its creation
 * time). Host-only cookies (no Domain attribute) go back to their exact host only; Secure ones
 * only over https; Max-Age beats Expires; a cookie with Max-Age &lt; 0 or an Expires in the past
 * deletes the stored one. Cookies are sent longest path first, then oldest first. Thread-safe.
 */
final class Jar implements CookieJar {
    /** Go's {@code endOfTime}: session cookies never expire inside the jar. */
    static final Instant END_OF_TIME = Instant.ofEpochSecond(253402300799L); // 9999-12-31T23:59:59Z

    private final PublicSuffixList psl;
    private final Supplier<Instant> clock;
    private final Map<String, Map<String, Entry>> entries = new HashMap<>();
    private long nextSeq;

    Jar(PublicSuffixList psl, Supplier<Instant> clock) {
        this.psl = psl;
        this.clock = clock;
    }

    /** A stored cookie (Go's {@code entry}). */
    static final class Entry {
        String name;
        String value;
        String domain;
        String path;
        boolean secure;
        boolean httpOnly;
        boolean persistent;
        boolean hostOnly;
        Instant expires;
        Instant creation;
        Instant lastAccess;
        long seq;

        String id() {
            return domain + ";" + path + ";" + name;
        }

        boolean shouldSend(boolean https, String host, String path) {
            return domainMatch(host) && pathMatch(path) && (https || !secure);
        }

        boolean domainMatch(String host) {
            return domain.equals(host) || (!hostOnly && hasDotSuffix(host, domain));
        }

        boolean pathMatch(String requestPath) {
            if (requestPath.equals(path)) {
                return true;
            }
            return requestPath.startsWith(path)
                    && (path.charAt(path.length() - 1) == '/' || requestPath.charAt(path.length()) == '/');
        }
    }

    @Override
    public List<Cookie> cookies(URL u) {
        return cookies(u, clock.get());
    }

    synchronized List<Cookie> cookies(URL u, Instant now) {
        List<Cookie> out = new ArrayList<>();
        if (!u.scheme().equals("http") && !u.scheme().equals("https")) {
            return out;
        }
        String host = canonicalHost(u.host());
        if (host == null) {
            return out;
        }
        String key = jarKey(host, psl);
        Map<String, Entry> sub = entries.get(key);
        if (sub == null) {
            return out;
        }
        boolean https = u.scheme().equals("https");
        String path = u.path().isEmpty() ? "/" : u.path();
        List<Entry> selected = new ArrayList<>();
        for (Iterator<Entry> it = sub.values().iterator(); it.hasNext();) {
            Entry e = it.next();
            if (e.persistent && !e.expires.isAfter(now)) {
                it.remove();
                continue;
            }
            if (e.shouldSend(https, host, path)) {
                e.lastAccess = now;
                selected.add(e);
            }
        }
        if (sub.isEmpty()) {
            entries.remove(key);
        }
        selected.sort((a, b) -> {
            if (a.path.length() != b.path.length()) {
                return b.path.length() - a.path.length();
            }
            int c = a.creation.compareTo(b.creation);
            return c != 0 ? c : Long.compare(a.seq, b.seq);
        });
        for (Entry e : selected) {
            out.add(new Cookie(e.name, e.value));
        }
        return out;
    }

    @Override
    public void setCookies(URL u, List<Cookie> cookies) {
        setCookies(u, cookies, clock.get());
    }

    synchronized void setCookies(URL u, List<Cookie> cookies, Instant now) {
        if (cookies.isEmpty() || (!u.scheme().equals("http") && !u.scheme().equals("https"))) {
            return;
        }
        String host = canonicalHost(u.host());
        if (host == null) {
            return;
        }
        String key = jarKey(host, psl);
        String defPath = defaultPath(u.path());
        Map<String, Entry> sub = entries.get(key);
        for (Cookie c : cookies) {
            Entry e = newEntry(c, now, defPath, host);
            if (e == null) {
                continue; // rejected: bad domain
            }
            String id = e.id();
            if (e.expires == null) { // marks a deletion
                if (sub != null) {
                    sub.remove(id);
                }
                continue;
            }
            if (sub == null) {
                sub = new HashMap<>();
                entries.put(key, sub);
            }
            Entry old = sub.get(id);
            if (old != null) {
                e.creation = old.creation;
                e.seq = old.seq;
            } else {
                e.creation = now;
                e.seq = nextSeq++;
            }
            e.lastAccess = now;
            sub.put(id, e);
        }
        if (sub != null && sub.isEmpty()) {
            entries.remove(key);
        }
    }

    /** Go's {@code newEntry}: null if the domain is rejected; {@code expires == null} means "delete". */
    private Entry newEntry(Cookie c, Instant now, String defPath, String host) {
        Entry e = new Entry();
        e.name = c.name();
        e.path = c.path().isEmpty() || c.path().charAt(0) != '/' ? defPath : c.path();
        if (!domainAndType(e, host, c.domain())) {
            return null;
        }
        if (c.maxAge() < 0) {
            return e;
        } else if (c.maxAge() > 0) {
            e.expires = now.plusSeconds(c.maxAge());
            e.persistent = true;
        } else if (c.expires() == null) {
            e.expires = END_OF_TIME;
        } else {
            if (!c.expires().isAfter(now)) {
                return e;
            }
            e.expires = c.expires();
            e.persistent = true;
        }
        e.value = c.value();
        e.secure = c.secure();
        e.httpOnly = c.httpOnly();
        return e;
    }

    /** Go's {@code domainAndType}: sets the entry's domain and host-only flag; false to reject. */
    boolean domainAndType(Entry e, String host, String domain) {
        if (domain.isEmpty()) {
            e.domain = host;
            e.hostOnly = true;
            return true;
        }
        if (IP.parse(host) != null) {
            // No subdomains of an IP: only the host itself, as a host-only cookie (as browsers do).
            e.domain = host;
            e.hostOnly = true;
            return host.equals(domain);
        }
        if (domain.charAt(0) == '.') {
            domain = domain.substring(1);
        }
        if (domain.isEmpty() || domain.charAt(0) == '.' || !Punycode.isASCII(domain)) {
            return false; // malformed
        }
        domain = Ascii.toLower(domain);
        if (domain.charAt(domain.length() - 1) == '.') {
            return false; // malformed: RFC 6265 wants "www.example.com." rejected
        }
        if (psl != null) {
            String ps = psl.publicSuffix(domain);
            if (!ps.isEmpty() && !hasDotSuffix(domain, ps)) {
                if (host.equals(domain)) {
                    e.domain = host; // the one case where a Domain attribute makes a host cookie
                    e.hostOnly = true;
                    return true;
                }
                return false;
            }
        }
        if (!host.equals(domain) && !hasDotSuffix(host, domain)) {
            return false; // www.mycompany.com cannot set cookies for .ourcompetitors.com
        }
        e.domain = domain;
        e.hostOnly = false;
        return true;
    }

    /** Non-expired cookies as {@code name=value}, for tests (Go's tests walk the entries the same way). */
    synchronized List<String> content(Instant now) {
        List<String> out = new ArrayList<>();
        for (Map<String, Entry> sub : entries.values()) {
            for (Entry e : sub.values()) {
                if (e.expires.isAfter(now)) {
                    out.add(e.name + "=" + e.value);
                }
            }
        }
        out.sort(Ascii::compareGo);
        return out;
    }

    static boolean hasDotSuffix(String s, String suffix) {
        return s.length() > suffix.length() && s.charAt(s.length() - suffix.length() - 1) == '.'
                && s.endsWith(suffix);
    }

    /** Go's {@code canonicalHost}: lower case ASCII without port or trailing dot; null if malformed. */
    static String canonicalHost(String host) {
        if (hasPort(host)) {
            try {
                host = HostPort.split(host).host();
            } catch (AddrException e) {
                return null;
            }
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String ascii = Punycode.toASCII(host);
        return ascii == null ? null : Ascii.toLower(ascii);
    }

    static boolean hasPort(String host) {
        int colons = 0;
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) == ':') {
                colons++;
            }
        }
        if (colons == 0) {
            return false;
        }
        return colons == 1 || (host.charAt(0) == '[' && host.contains("]:"));
    }

    /** Go's {@code jarKey}: the registrable domain (eTLD+1), or the host itself for IPs and suffixes. */
    static String jarKey(String host, PublicSuffixList psl) {
        if (IP.parse(host) != null) {
            return host;
        }
        int i;
        if (psl == null) {
            i = host.lastIndexOf('.');
            if (i <= 0) {
                return host;
            }
        } else {
            String suffix = psl.publicSuffix(host);
            if (suffix.equals(host)) {
                return host;
            }
            i = host.length() - suffix.length();
            if (i <= 0 || host.charAt(i - 1) != '.') {
                return host; // a buggy list: keep the host
            }
        }
        int prevDot = host.lastIndexOf('.', i - 2);
        return host.substring(prevDot + 1);
    }

    /** Go's {@code defaultPath}: the directory of the request path (RFC 6265 §5.1.4). */
    static String defaultPath(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return "/";
        }
        int i = path.lastIndexOf('/');
        return i == 0 ? "/" : path.substring(0, i);
    }
}
