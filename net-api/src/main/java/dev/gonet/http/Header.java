package dev.gonet.http;

import dev.gonet.http.internal.FieldNames;
import dev.gonet.internal.Ascii;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go's {@code http.Header}: field names mapped to lists of values, keys in canonical form
 * ({@link #canonicalKey(String)}, e.g. {@code content-type} → {@code Content-Type}).
 *
 * <p>Every method that takes a key canonicalizes it first, as Go's methods do; a key holding a
 * space or a byte that is not a token character is kept exactly as given (Go's rule), so it
 * can be stored and looked up but is never written to the wire ({@link #writeTo}).
 * {@link #keys()} lists keys in insertion order; {@link #writeTo} writes them sorted, like
 * Go's {@code Header.Write}.
 *
 * <p>Not safe for concurrent mutation (like a Go map): confine a header to one thread, or hand
 * out {@link #readOnly()} views. A read-only view reflects later changes to its source and
 * throws {@link UnsupportedOperationException} from every mutator.
 */
public final class Header {
    // Allocated on the first change: many headers stay empty (a request's trailer, a response
    // header nobody sets). Shared with a snapshot() until either side changes: then the changing
    // side copies it, lists included.
    private LinkedHashMap<String, List<String>> map;
    /** {@link FieldNames#COMMON}, for a hash lookup (a String caches its hash). */
    private static final Set<String> KNOWN = new HashSet<>(FieldNames.COMMON);
    private boolean shared;
    /** Whether a key that is not a token (e.g. {@code Trailer:X}) was ever put: most headers have none. */
    private boolean oddKeys;
    /** For a read-only view, the header it shows; {@code null} for an ordinary header. */
    private final Header source;

    /** An empty header. */
    public Header() {
        this.source = null;
    }

    private Header(Header source) {
        this.source = source;
    }

    /** The entries to read: this header's, or its source's for a view; never {@code null}. */
    private Map<String, List<String>> r() {
        Header h = source != null ? source : this;
        return h.map != null ? h.map : Map.of();
    }

    /** The map to change, created or unshared first; throws for a read-only view. */
    private LinkedHashMap<String, List<String>> w() {
        check();
        if (map == null) {
            map = new LinkedHashMap<>(8);
        } else if (shared) {
            LinkedHashMap<String, List<String>> m = new LinkedHashMap<>(Math.max(8, map.size() * 2));
            for (Map.Entry<String, List<String>> e : map.entrySet()) {
                m.put(e.getKey(), own(e.getValue()));
            }
            map = m;
            shared = false;
        }
        return map;
    }

    /**
     * A value list this header may keep: a one-value list is stored immutable ({@link List#of},
     * half the memory of an {@link ArrayList} and never changed in place, so copies share it);
     * {@link #add} turns it into an ArrayList when a second value comes.
     */
    private static List<String> own(List<String> l) {
        return l instanceof ArrayList<String> ? new ArrayList<>(l) : l;
    }

    private static List<String> one(String value) {
        if (value == null) {
            List<String> l = new ArrayList<>(1); // List.of takes no null
            l.add(null);
            return l;
        }
        return List.of(value);
    }

    /**
     * Whether {@code s} is one of the common names ({@link FieldNames#COMMON}), canonical tokens
     * all: a hash probe (a String caches its hash), cheaper than a scan of the key. The server's
     * own lookups and most parsed names are such.
     */
    private static boolean isKnown(String s) {
        return KNOWN.contains(s);
    }

    private void noteKey(String k) {
        if (!oddKeys && !isKnown(k) && !Ascii.isToken(k)) {
            oddKeys = true;
        }
    }

    /**
     * A copy of this header as it is now, cheap until one of the two changes (the server's
     * response header at {@code WriteHeader}: later changes by the handler must not reach the
     * wire, and usually there are none).
     */
    Header snapshot() {
        if (source != null) {
            return source.snapshot();
        }
        Header s = new Header();
        if (map != null && !map.isEmpty()) {
            shared = true;
            s.map = map;
            s.shared = true;
            s.oddKeys = oddKeys;
        }
        return s;
    }

    /**
     * {@return Go's {@code CanonicalHeaderKey} ({@code textproto.CanonicalMIMEHeaderKey}): the first
     *   letter and every letter after a hyphen upper case, the rest lower case} A key that contains a byte
     *   which is not a token character (space, colon, non-ASCII, ...) is returned unchanged.
     *
     * @param s the field name
     */
    public static String canonicalKey(String s) {
        if (isKnown(s)) {
            return s;
        }
        boolean upper = true;
        boolean change = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Ascii.isToken(c)) {
                return s;
            }
            if ((upper && c >= 'a' && c <= 'z') || (!upper && c >= 'A' && c <= 'Z')) {
                change = true;
            }
            upper = c == '-';
        }
        if (!change) {
            return s;
        }
        char[] out = s.toCharArray();
        upper = true;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (upper && c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            } else if (!upper && c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            out[i] = c;
            upper = c == '-';
        }
        return new String(out);
    }

    /**
     * Appends {@code value} to the values of {@code key}.
     *
     * @param key the field name, in any case
     * @param value the value
     */
    public void add(String key, String value) {
        LinkedHashMap<String, List<String>> m = w();
        String k = canonicalKey(key);
        noteKey(k);
        List<String> l = m.get(k);
        if (l == null) {
            m.put(k, one(value));
            return;
        }
        if (!(l instanceof ArrayList<String>)) {
            m.put(k, l = new ArrayList<>(l));
        }
        l.add(value);
    }

    /**
     * Replaces all values of {@code key} with the single {@code value}.
     *
     * @param key the field name, in any case
     * @param value the value
     */
    public void set(String key, String value) {
        LinkedHashMap<String, List<String>> m = w();
        String k = canonicalKey(key);
        noteKey(k);
        m.put(k, one(value));
    }

    /**
     * Go's {@code h[key] = values}: stores the values under {@code key} exactly as given, not
     * canonicalized (to keep a peer's spelling, e.g. {@code WWW-Authenticate}). Lookups by
     * methods that canonicalize will not find a non-canonical key.
     *
     * @param key the field name, in any case
     * @param values the values
     */
    public void putRaw(String key, String... values) {
        LinkedHashMap<String, List<String>> m = w();
        noteKey(key);
        m.put(key, new ArrayList<>(List.of(values)));
    }

    /**
     * {@return the first value of {@code key}, or {@code ""} when there is none (Go's {@code Get})}
     *
     * @param key the field name, in any case
     */
    public String get(String key) {
        List<String> l = r().get(canonicalKey(key));
        return l == null || l.isEmpty() ? "" : l.get(0);
    }

    /**
     * {@return all values of {@code key} in order, unmodifiable; empty when there are none}
     *
     * @param key the field name, in any case
     */
    public List<String> values(String key) {
        List<String> l = r().get(canonicalKey(key));
        return l == null ? List.of() : l instanceof ArrayList<String> ? Collections.unmodifiableList(l) : l;
    }

    /**
     * {@return whether {@code key} is present (possibly with no values)}
     *
     * @param key the field name, in any case
     */
    public boolean has(String key) {
        return r().containsKey(canonicalKey(key));
    }

    /**
     * Removes {@code key} and its values.
     *
     * @param key the field name, in any case
     */
    public void del(String key) {
        check();
        String k = canonicalKey(key);
        if (map != null && map.containsKey(k)) {
            w().remove(k);
        }
    }

    /**
     * What a client transport checks before sending (Go's {@code Transport.roundTrip}): every key
     * a token, no control characters but tab in values. Go's {@code js.fetch:} option fields are
     * skipped: transports never send them.
     *
     * @throws IOException {@code net/http: invalid header field name "k"}, or
     *                     {@code net/http: invalid header field value for "K"} (Go leaves the
     *                     value out: it may be a secret)
     */
    public void checkSendable() throws IOException {
        for (Map.Entry<String, List<String>> e : r().entrySet()) {
            String k = e.getKey();
            if (FetchOptions.isGoOptionField(k)) {
                continue;
            }
            if (!Ascii.isToken(k)) {
                throw new IOException("net/http: invalid header field name " + Ascii.quote(k));
            }
            for (String v : e.getValue()) {
                if (!validFieldValue(v)) {
                    throw new IOException("net/http: invalid header field value for " + Ascii.quote(k));
                }
            }
        }
    }

    /**
     * {@return Go's {@code httpguts.ValidHeaderFieldValue} (RFC 9110 §5.5): no control character but HTAB,
     *   so no NUL, CR, LF, ESC or DEL} Characters from U+0080 on are allowed (written as UTF-8, Go's
     *   obs-text).
     *
     * @param v the field value
     */
    public static boolean validFieldValue(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c < ' ' && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * What goes on the wire for a value: CR and LF turned into spaces and the result trimmed, as
     * Go's {@code Header.Write} does, so no value can split the message; then null if any other
     * control character is left (NUL, ESC, DEL...), which is never written: the value is
     * dropped, as Go's HTTP/2 server drops it.
     */
    static String wireValue(String v) {
        int n = v.length();
        if (n > 0 && !edgeSpace(v.charAt(0)) && !edgeSpace(v.charAt(n - 1))) {
            // The usual value: no CR, LF or other control character (tab aside), nothing to
            // trim: itself, after one scan.
            int i = 0;
            while (i < n) {
                char c = v.charAt(i);
                if ((c < ' ' && c != '\t') || c == 0x7f) {
                    break;
                }
                i++;
            }
            if (i == n) {
                return v;
            }
        }
        String w = Ascii.trimString(v.indexOf('\r') < 0 && v.indexOf('\n') < 0 ? v
                : v.replace('\r', ' ').replace('\n', ' '));
        return validFieldValue(w) ? w : null;
    }

    /** What {@link Ascii#trimString} would take off an end of a value that has no CR or LF. */
    private static boolean edgeSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** {@return the keys in insertion order, as a snapshot} */
    public List<String> keys() {
        return new ArrayList<>(r().keySet());
    }

    /** Whether any key starts with {@code prefix} (no snapshot of the keys, unlike {@link #keys()}). */
    boolean hasKeyStartingWith(String prefix) {
        Header h = source != null ? source : this;
        if (!h.oddKeys && !prefix.isEmpty() && !Ascii.isToken(prefix)) {
            return false; // a key with that prefix would not be a token either
        }
        for (String k : r().keySet()) {
            if (k.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@return number of keys} */
    public int size() {
        return r().size();
    }

    /** {@return whether there are no keys (Go's {@code len(h) == 0})} */
    public boolean isEmpty() {
        return r().isEmpty();
    }

    /** A deep copy that is writable, whatever this one is (Go's {@code Clone}). */
    public Header clone() {
        Header c = new Header();
        Map<String, List<String>> from = r();
        if (!from.isEmpty()) {
            LinkedHashMap<String, List<String>> m = new LinkedHashMap<>(Math.max(8, from.size() * 2));
            for (Map.Entry<String, List<String>> e : from.entrySet()) {
                m.put(e.getKey(), own(e.getValue()));
            }
            c.map = m;
            c.oddKeys = source != null ? source.oddKeys : oddKeys;
        }
        return c;
    }

    /** {@return a view that sees this header's changes but cannot change it} */
    public Header readOnly() {
        return source != null ? this : new Header(this);
    }

    /** {@return whether this is a {@link #readOnly()} view} */
    public boolean isReadOnly() {
        return source != null;
    }

    private void check() {
        if (source != null) {
            throw new UnsupportedOperationException("read-only Header");
        }
    }

    /**
     * Go's {@code Header.Write}: each {@code Key: value\r\n} line in key order, values in
     * insertion order. As in Go, a key that is not a valid field name is skipped, CR and LF in
     * values become spaces and the value is trimmed, so no header can split the message; a value
     * with another control character (RFC 9110 §5.5: NUL, ESC, DEL, ...) is left out, where Go's
     * HTTP/1 writer sends it and its HTTP/2 writer leaves it out.
     *
     * @param out the stream to write to
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder();
        appendTo(b, null);
        out.write(Ascii.bytes(b.toString()));
    }

    /**
     * Appends the wire form to {@code b}, leaving out keys in {@code exclude} (may be null).
     * Returns the keys of values left out for holding control characters ({@link #wireValue}),
     * or null when none was.
     */
    List<String> appendTo(StringBuilder b, List<String> exclude) {
        Map<String, List<String>> map = r();
        if (map.isEmpty()) {
            return null;
        }
        List<String> dropped = null;
        // Sorted on every response: an array (and no sort for one key) keeps that cheap.
        String[] keys = map.keySet().toArray(new String[0]);
        if (keys.length > 1) {
            Arrays.sort(keys, Ascii::compareGo);
        }
        boolean odd = (source != null ? source : this).oddKeys; // else every key is a token
        for (String k : keys) {
            if ((odd && !Ascii.isToken(k)) || (exclude != null && exclude.contains(k))) {
                continue;
            }
            for (String v : map.get(k)) {
                String w = wireValue(v);
                if (w == null) {
                    if (dropped == null) {
                        dropped = new ArrayList<>(1);
                    }
                    dropped.add(k);
                    continue;
                }
                b.append(k).append(": ").append(w).append("\r\n");
            }
        }
        return dropped;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Header h && r().equals(h.r());
    }

    @Override
    public int hashCode() {
        return r().hashCode();
    }

    /** Go's {@code fmt} form of the map: {@code map[Accept:[a b] Host:[h]]}, keys sorted. */
    @Override
    public String toString() {
        Map<String, List<String>> map = r();
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Ascii::compareGo);
        StringBuilder b = new StringBuilder("map[");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(keys.get(i)).append(":[").append(String.join(" ", map.get(keys.get(i)))).append(']');
        }
        return b.append(']').toString();
    }
}
