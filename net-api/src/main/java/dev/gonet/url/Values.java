package dev.gonet.url;

import dev.gonet.internal.Ascii;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Go's {@code url.Values}: query parameters or form values, a case-sensitive key mapped to a
 * list of values. {@link #keys()} is insertion order; {@link #encode()} sorts by key like Go.
 * Not safe for concurrent mutation.
 */
public final class Values {
    /**
     * Go's cap on the parameters {@code ParseQuery} accepts (CVE-2025-61726, GODEBUG
     * {@code urlmaxqueryparams}): 10 000. Counted as Go counts them, the {@code &}s plus one,
     * before anything is parsed, so a query or form over it costs no memory.
     */
    public static final int DEFAULT_MAX_PARAMS = 10_000;
    /** Go's error text for a query or form with more parameters than the cap. */
    public static final String TOO_MANY_PARAMS = "number of URL query parameters exceeded limit";

    private final LinkedHashMap<String, List<String>> map = new LinkedHashMap<>();

    /** Empty values. */
    public Values() {
    }

    /**
     * What one parse found, both of Go's {@code ParseQuery} results: every valid pair, and the
     * error Go would return with them ({@code null} if none). A form parser needs both: Go's
     * {@code Request.ParseForm} keeps the pairs that parsed and reports the error.
     *
     * @param values the pairs that parsed (empty when there were too many parameters)
     * @param err    the error Go would return, or {@code null}
     */
    public record Parsed(Values values, URLException err) {
    }

    /**
     * Go's {@code url.ParseQuery}: {@code key=value} pairs separated by {@code &}, each part
     * query-unescaped, at most {@link #DEFAULT_MAX_PARAMS} of them. Fails with the error Go
     * reports ({@code invalid semicolon separator in query}, {@code invalid URL escape "%zz"},
     * {@link #TOO_MANY_PARAMS}); use {@link #parseQueryLenient} for the pairs that did parse.
     *
     * @param query the query string, without the {@code ?}
     * @return the values
     * @throws URLException if the text is not a valid URL or escape
     */
    public static Values parseQuery(String query) throws URLException {
        return parseQuery(query, DEFAULT_MAX_PARAMS);
    }

    /**
     * {@link #parseQuery(String)} with another cap on the number of parameters ({@code &}s plus
     * one); zero or less means no cap (Go's {@code urlmaxqueryparams=0}).
     *
     * @param query the query string, without the {@code ?}
     * @param maxParams the most parameters accepted; zero for the default
     * @return the values
     * @throws URLException if the text is not a valid URL or escape
     */
    public static Values parseQuery(String query, int maxParams) throws URLException {
        Parsed p = parse(query, maxParams);
        if (p.err() != null) {
            throw p.err();
        }
        return p.values();
    }

    /**
     * {@return Go's {@code ParseQuery} with the error dropped: every valid pair, bad ones skipped; nothing
     *   when there are more than {@link #DEFAULT_MAX_PARAMS} parameters (as Go returns)}
     *
     * @param query the query string, without the {@code ?}
     */
    public static Values parseQueryLenient(String query) {
        return parse(query, DEFAULT_MAX_PARAMS).values();
    }

    /**
     * {@return Go's {@code ParseQuery} with both results: parses once, giving the pairs that parsed and
     *   the error Go would return} {@code maxParams} is the cap of {@link #parseQuery(String, int)}.
     *
     * @param query the query string, without the {@code ?}
     * @param maxParams the most parameters accepted; zero for the default
     */
    public static Parsed parse(String query, int maxParams) {
        Values v = new Values();
        if (maxParams > 0 && params(query) > maxParams) {
            return new Parsed(v, URLException.tooManyParams());
        }
        return new Parsed(v, v.parse(query));
    }

    /** Go's count: {@code strings.Count(query, "&") + 1}, empty pairs included. */
    private static long params(String query) {
        long n = 1;
        for (int i = query.indexOf('&'); i >= 0; i = query.indexOf('&', i + 1)) {
            n++;
        }
        return n;
    }

    private URLException parse(String query) {
        URLException err = null;
        int i = 0;
        while (i < query.length()) {
            int amp = query.indexOf('&', i);
            String key = query.substring(i, amp < 0 ? query.length() : amp);
            i = amp < 0 ? query.length() : amp + 1;
            if (key.indexOf(';') >= 0) {
                // Go 1.17+: like Go, the latest semicolon error wins over earlier ones.
                err = URLException.of("invalid semicolon separator in query");
                continue;
            }
            if (key.isEmpty()) {
                continue;
            }
            int eq = key.indexOf('=');
            String value = eq < 0 ? "" : key.substring(eq + 1);
            if (eq >= 0) {
                key = key.substring(0, eq);
            }
            try {
                key = URLEscape.unescape(key, URLEscape.QUERY_COMPONENT);
                value = URLEscape.unescape(value, URLEscape.QUERY_COMPONENT);
            } catch (URLException e) {
                if (err == null) {
                    err = e;
                }
                continue;
            }
            add(key, value);
        }
        return err;
    }

    /**
     * {@return the first value of {@code key}, or {@code ""}}
     *
     * @param key the key
     */
    public String get(String key) {
        List<String> l = map.get(key);
        return l == null || l.isEmpty() ? "" : l.get(0);
    }

    /**
     * {@return all values of {@code key}, unmodifiable; empty when absent}
     *
     * @param key the key
     */
    public List<String> values(String key) {
        List<String> l = map.get(key);
        return l == null ? List.of() : Collections.unmodifiableList(l);
    }

    /**
     * Go's {@code Values.Set}: replaces {@code key}'s values with {@code value}.
     *
     * @param key the key
     * @param value the value
     */
    public void set(String key, String value) {
        List<String> l = new ArrayList<>(1);
        l.add(value);
        map.put(key, l);
    }

    /**
     * Go's {@code Values.Add}: appends {@code value} to {@code key}'s values.
     *
     * @param key the key
     * @param value the value
     */
    public void add(String key, String value) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }

    /**
     * Go's {@code Values.Del}: removes every value of {@code key}.
     *
     * @param key the key
     */
    public void del(String key) {
        map.remove(key);
    }

    /**
     * {@return whether {@code key} is set} Go's {@code Values.Has}.
     *
     * @param key the key
     */
    public boolean has(String key) {
        return map.containsKey(key);
    }

    /**
     * Keys in insertion order, as a snapshot.
     *
     * @return the keys
     */
    public List<String> keys() {
        return new ArrayList<>(map.keySet());
    }

    /** {@return the number of keys} */
    public int size() {
        return map.size();
    }

    /** {@return Go's {@code Values.Encode}: {@code bar=baz&foo=quux}, sorted by key, query-escaped} */
    public String encode() {
        List<String> keys = keys();
        keys.sort(Ascii::compareGo);
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            String ke = URLEscape.escape(k, URLEscape.QUERY_COMPONENT);
            for (String v : map.get(k)) {
                if (b.length() > 0) {
                    b.append('&');
                }
                b.append(ke).append('=').append(URLEscape.escape(v, URLEscape.QUERY_COMPONENT));
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Values v && v.map.equals(map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    /** Go's {@code fmt} form: {@code map[a:[1 2] b:[3]]}, keys sorted. */
    @Override
    public String toString() {
        List<String> keys = keys();
        keys.sort(Ascii::compareGo);
        StringBuilder b = new StringBuilder("map[");
        for (int i = 0; i < keys.size(); i++) {
            b.append(i > 0 ? " " : "").append(keys.get(i)).append(":[")
                    .append(String.join(" ", map.get(keys.get(i)))).append(']');
        }
        return b.append(']').toString();
    }
}
