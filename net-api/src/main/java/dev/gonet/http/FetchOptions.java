package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/**
 * What the browser's {@code fetch()} takes besides method, URL, header and body: the fields of
 * its {@code RequestInit} that HTTP has no field for, typed. An immutable value: every
 * {@code with...} returns a changed copy; an unset field ({@code null}) leaves the browser's
 * default. Set them per request ({@link Request#setFetchOptions}) or as a client's defaults
 * ({@link Client#withFetchOptions}); a request's fields win over the client's, field by field
 * ({@link #over}).
 *
 * <p>Go's wasm port takes three of these as magic header fields; they are honoured too, where
 * the request's options leave the field unset, and are never sent: {@code js.fetch:mode},
 * {@code js.fetch:credentials}, {@code js.fetch:redirect} ({@link #withGoHeaders}).
 *
 * <p>On the JVM, the {@link Transport} honours {@link #signal()} and drops Go's {@code js.fetch:}
 * fields; the rest describe a browser and mean nothing to a socket.
 */
public final class FetchOptions {
    /** Go's wasm header fields that carry options; the transport removes them before sending. */
    static final String GO_MODE = "js.fetch:mode";
    static final String GO_CREDENTIALS = "js.fetch:credentials";
    static final String GO_REDIRECT = "js.fetch:redirect";

    /** No field set: the browser's defaults. */
    public static final FetchOptions DEFAULT = new FetchOptions(null, null, null, null, null, null, null, null, null,
            null, null);

    /** A fetch option whose values are fixed JS strings: the constant's name in lower case, {@code _} as {@code -}. */
    public interface Token {
        /** {@return the JS string, e.g. {@code no-cors} for {@code NO_CORS}} */
        default String token() {
            return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** {@code mode}: which cross-origin requests may be made and what of the answer a page sees. */
    public enum Mode implements Token {
        /** The fetch value {@code "cors"}. */
        CORS,
        /** The fetch value {@code "no-cors"}. */
        NO_CORS,
        /** The fetch value {@code "same-origin"}. */
        SAME_ORIGIN
    }

    /** {@code credentials}: whether the browser sends its cookies and HTTP authentication. */
    public enum Credentials implements Token {
        /** The fetch value {@code "omit"}. */
        OMIT,
        /** The fetch value {@code "same-origin"}. */
        SAME_ORIGIN,
        /** The fetch value {@code "include"}. */
        INCLUDE
    }

    /** {@code cache}: how the request uses the browser's HTTP cache. */
    public enum Cache implements Token {
        /** The fetch value {@code "default"}. */
        DEFAULT,
        /** The fetch value {@code "no-store"}. */
        NO_STORE,
        /** The fetch value {@code "reload"}. */
        RELOAD,
        /** The fetch value {@code "no-cache"}. */
        NO_CACHE,
        /** The fetch value {@code "force-cache"}. */
        FORCE_CACHE,
        /** The fetch value {@code "only-if-cached"}. */
        ONLY_IF_CACHED
    }

    /** {@code redirect}: follow (the browser's way), fail, or return an opaque redirect. */
    public enum Redirect implements Token {
        /** The fetch value {@code "follow"}. */
        FOLLOW,
        /** The fetch value {@code "error"}. */
        ERROR,
        /** The fetch value {@code "manual"}. */
        MANUAL
    }

    /** {@code referrerPolicy}. */
    public enum ReferrerPolicy implements Token {
        /** The fetch value {@code "no-referrer"}. */
        NO_REFERRER,
        /** The fetch value {@code "no-referrer-when-downgrade"}. */
        NO_REFERRER_WHEN_DOWNGRADE,
        /** The fetch value {@code "origin"}. */
        ORIGIN,
        /** The fetch value {@code "origin-when-cross-origin"}. */
        ORIGIN_WHEN_CROSS_ORIGIN,
        /** The fetch value {@code "same-origin"}. */
        SAME_ORIGIN,
        /** The fetch value {@code "strict-origin"}. */
        STRICT_ORIGIN,
        /** The fetch value {@code "strict-origin-when-cross-origin"}. */
        STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        /** The fetch value {@code "unsafe-url"}. */
        UNSAFE_URL
    }

    /** {@code priority}: a hint relative to the page's other requests. */
    public enum Priority implements Token {
        /** The fetch value {@code "high"}. */
        HIGH,
        /** The fetch value {@code "low"}. */
        LOW,
        /** The fetch value {@code "auto"}. */
        AUTO
    }

    private final Mode mode;
    private final Credentials credentials;
    private final Cache cache;
    private final Redirect redirect;
    private final String referrer;
    private final ReferrerPolicy referrerPolicy;
    private final String integrity;
    private final Boolean keepalive;
    private final Priority priority;
    private final AbortSignal signal;
    private final Boolean streamingUpload;

    private FetchOptions(Mode mode, Credentials credentials, Cache cache, Redirect redirect, String referrer,
            ReferrerPolicy referrerPolicy, String integrity, Boolean keepalive, Priority priority, AbortSignal signal,
            Boolean streamingUpload) {
        this.mode = mode;
        this.credentials = credentials;
        this.cache = cache;
        this.redirect = redirect;
        this.referrer = referrer;
        this.referrerPolicy = referrerPolicy;
        this.integrity = integrity;
        this.keepalive = keepalive;
        this.priority = priority;
        this.signal = signal;
        this.streamingUpload = streamingUpload;
    }

    /**
     * A copy with the fetch option {@code mode}.
     *
     * @param v the mode
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withMode(Mode v) {
        return new FetchOptions(v, credentials, cache, redirect, referrer, referrerPolicy, integrity, keepalive,
                priority, signal, streamingUpload);
    }

    /**
     * A copy with the fetch option {@code credentials}.
     *
     * @param v the credentials
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withCredentials(Credentials v) {
        return new FetchOptions(mode, v, cache, redirect, referrer, referrerPolicy, integrity, keepalive, priority,
                signal, streamingUpload);
    }

    /**
     * A copy with the fetch option {@code cache}.
     *
     * @param v the cache
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withCache(Cache v) {
        return new FetchOptions(mode, credentials, v, redirect, referrer, referrerPolicy, integrity, keepalive,
                priority, signal, streamingUpload);
    }

    /**
     * How redirects are handled. Unset, the {@link Client}'s {@link CheckRedirect} decides: the
     * default policy lets the browser follow, {@link CheckRedirect#useLastResponse()} asks for {@code
     * manual}.
     *
     * @param v the redirect
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withRedirect(Redirect v) {
        return new FetchOptions(mode, credentials, cache, v, referrer, referrerPolicy, integrity, keepalive,
                priority, signal, streamingUpload);
    }

    /**
     * The {@code Referer} the browser sends (a page may not set the header itself): a same-origin
     * URL, {@code ""} for none, or {@code about:client} for the page's own.
     *
     * @param v the referrer
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withReferrer(String v) {
        return new FetchOptions(mode, credentials, cache, redirect, v, referrerPolicy, integrity, keepalive,
                priority, signal, streamingUpload);
    }

    /**
     * A copy with the fetch option {@code referrerPolicy}.
     *
     * @param v the referrer policy
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withReferrerPolicy(ReferrerPolicy v) {
        return new FetchOptions(mode, credentials, cache, redirect, referrer, v, integrity, keepalive, priority,
                signal, streamingUpload);
    }

    /**
     * Subresource integrity, e.g. {@code sha256-<base64>}: a body that does not match fails the request.
     *
     * @param v the integrity
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withIntegrity(String v) {
        return new FetchOptions(mode, credentials, cache, redirect, referrer, referrerPolicy, v, keepalive, priority,
                signal, streamingUpload);
    }

    /**
     * Whether the request may outlive the page (bodies of at most 64 KiB in flight, browser
     * rule).
     *
     * @param v the keepalive
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withKeepalive(Boolean v) {
        return new FetchOptions(mode, credentials, cache, redirect, referrer, referrerPolicy, integrity, v, priority,
                signal, streamingUpload);
    }

    /**
     * A copy with the fetch option {@code priority}.
     *
     * @param v the priority
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withPriority(Priority v) {
        return new FetchOptions(mode, credentials, cache, redirect, referrer, referrerPolicy, integrity, keepalive,
                v, signal, streamingUpload);
    }

    /**
     * A signal whose {@link AbortSignal#abort()} stops the request and fails its pending body
     * reads.
     *
     * @param v the signal
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withSignal(AbortSignal v) {
        return new FetchOptions(mode, credentials, cache, redirect, referrer, referrerPolicy, integrity, keepalive,
                priority, v, streamingUpload);
    }

    /**
     * Streams an {@code InputStream} body as it is read (a {@code ReadableStream} with
     * {@code duplex: "half"}) instead of buffering it first. Opt-in: Chromium streams request
     * bodies only over HTTP/2 and later and refuses them over HTTP/1.1; the transport detects
     * browsers that cannot stream at all and says so.
     *
     * @param v the streaming upload
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchOptions withStreamingUpload(Boolean v) {
        return new FetchOptions(mode, credentials, cache, redirect, referrer, referrerPolicy, integrity, keepalive,
                priority, signal, v);
    }

    /** {@return the mode setting}; see {@link #withMode(Mode)}. */
    public Mode mode() {
        return mode;
    }

    /** {@return the credentials setting}; see {@link #withCredentials(Credentials)}. */
    public Credentials credentials() {
        return credentials;
    }

    /** {@return the cache setting}; see {@link #withCache(Cache)}. */
    public Cache cache() {
        return cache;
    }

    /** {@return the redirect setting}; see {@link #withRedirect(Redirect)}. */
    public Redirect redirect() {
        return redirect;
    }

    /** {@return the referrer setting}; see {@link #withReferrer(String)}. */
    public String referrer() {
        return referrer;
    }

    /** {@return the referrer policy setting}; see {@link #withReferrerPolicy(ReferrerPolicy)}. */
    public ReferrerPolicy referrerPolicy() {
        return referrerPolicy;
    }

    /** {@return the integrity setting}; see {@link #withIntegrity(String)}. */
    public String integrity() {
        return integrity;
    }

    /** {@return the keepalive setting}; see {@link #withKeepalive(Boolean)}. */
    public Boolean keepalive() {
        return keepalive;
    }

    /** {@return the priority setting}; see {@link #withPriority(Priority)}. */
    public Priority priority() {
        return priority;
    }

    /** {@return the signal setting}; see {@link #withSignal(AbortSignal)}. */
    public AbortSignal signal() {
        return signal;
    }

    /** {@return the streaming upload setting}; see {@link #withStreamingUpload(Boolean)}. */
    public Boolean streamingUpload() {
        return streamingUpload;
    }

    /** {@return whether {@link #streamingUpload()} is set to true} */
    public boolean streamsUpload() {
        return Boolean.TRUE.equals(streamingUpload);
    }

    /**
     * {@return these options, with each unset field taken from {@code defaults} (null = none)}
     *
     * @param defaults the defaults
     */
    public FetchOptions over(FetchOptions defaults) {
        if (defaults == null || defaults == DEFAULT) {
            return this;
        }
        FetchOptions d = defaults;
        return new FetchOptions(mode != null ? mode : d.mode, credentials != null ? credentials : d.credentials,
                cache != null ? cache : d.cache, redirect != null ? redirect : d.redirect,
                referrer != null ? referrer : d.referrer,
                referrerPolicy != null ? referrerPolicy : d.referrerPolicy,
                integrity != null ? integrity : d.integrity, keepalive != null ? keepalive : d.keepalive,
                priority != null ? priority : d.priority, signal != null ? signal : d.signal,
                streamingUpload != null ? streamingUpload : d.streamingUpload);
    }

    /**
     * These options with Go's {@code js.fetch:mode}, {@code js.fetch:credentials} and {@code
     * js.fetch:redirect} fields of {@code h} filling the fields still unset.
     *
     * @param h the go headers
     * @return a copy with this setting; the receiver is unchanged
     * @throws IOException for a value fetch does not know, naming the field and the valid values
     *
     */
    public FetchOptions withGoHeaders(Header h) throws IOException {
        FetchOptions o = this;
        String v = h.get(GO_MODE);
        if (o.mode == null && !v.isEmpty()) {
            o = o.withMode(parse(Mode.values(), GO_MODE, v));
        }
        v = h.get(GO_CREDENTIALS);
        if (o.credentials == null && !v.isEmpty()) {
            o = o.withCredentials(parse(Credentials.values(), GO_CREDENTIALS, v));
        }
        v = h.get(GO_REDIRECT);
        if (o.redirect == null && !v.isEmpty()) {
            o = o.withRedirect(parse(Redirect.values(), GO_REDIRECT, v));
        }
        return o;
    }

    /**
     * {@return whether {@code key} is one of Go's {@code js.fetch:} option fields, which are never sent}
     *
     * @param key the header field name
     */
    public static boolean isGoOptionField(String key) {
        return key.regionMatches(true, 0, "js.fetch:", 0, 9);
    }

    /** {@code h} without Go's {@code js.fetch:} fields; {@code h} itself when it has none. */
    static Header withoutGoOptionFields(Header h) {
        Header out = null;
        for (String k : h.keys()) {
            if (isGoOptionField(k)) {
                if (out == null) {
                    out = h.clone();
                }
                out.del(k);
            }
        }
        return out == null ? h : out;
    }

    private static <T extends Token> T parse(T[] values, String field, String v) throws IOException {
        StringBuilder valid = new StringBuilder();
        for (T t : values) {
            if (t.token().equals(v)) {
                return t;
            }
            valid.append(valid.length() == 0 ? "" : ", ").append(t.token());
        }
        throw new IOException("net/http: invalid " + field + " value " + Ascii.quote(v) + "; want one of " + valid);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FetchOptions f && mode == f.mode && credentials == f.credentials && cache == f.cache
                && redirect == f.redirect && Objects.equals(referrer, f.referrer)
                && referrerPolicy == f.referrerPolicy && Objects.equals(integrity, f.integrity)
                && Objects.equals(keepalive, f.keepalive) && priority == f.priority && signal == f.signal
                && Objects.equals(streamingUpload, f.streamingUpload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, credentials, cache, redirect, referrer, referrerPolicy, integrity, keepalive,
                priority, System.identityHashCode(signal), streamingUpload);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("FetchOptions{");
        field(b, "mode", mode);
        field(b, "credentials", credentials);
        field(b, "cache", cache);
        field(b, "redirect", redirect);
        field(b, "referrer", referrer == null ? null : Ascii.quote(referrer));
        field(b, "referrerPolicy", referrerPolicy);
        field(b, "integrity", integrity);
        field(b, "keepalive", keepalive);
        field(b, "priority", priority);
        field(b, "signal", signal);
        field(b, "streamingUpload", streamingUpload);
        return b.append('}').toString();
    }

    private static void field(StringBuilder b, String name, Object v) {
        if (v != null) {
            b.append(b.charAt(b.length() - 1) == '{' ? "" : ", ").append(name).append('=')
                    .append(v instanceof Token t ? t.token() : v);
        }
    }
}
