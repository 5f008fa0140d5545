package dev.gonet.http.internal;

import java.util.List;

/**
 * Canonical names of the header fields most requests and responses carry, in a fixed order:
 * the first 16 are the ones whose values a client repeats most ({@link HeadStrings} gives each
 * of them a slot in its value cache). {@link HeadStrings} matches parsed names against them, and
 * {@link dev.gonet.http.Header#canonicalKey} answers them (and the server's own lookups, which
 * use these names) without scanning the key. Depends on nothing, so either may load it first.
 */
public final class FieldNames {
    /** Canonical (as {@code Header.canonicalKey} makes them), no duplicates. */
    public static final List<String> COMMON = List.of(
        "Host", "User-Agent", "Accept", "Accept-Encoding", "Accept-Language", "Connection", "Cookie", "Referer",
        "Origin", "Authorization", "Cache-Control", "Content-Type", "Sec-Fetch-Site", "Sec-Fetch-Mode",
        "Sec-Fetch-Dest", "Upgrade-Insecure-Requests", // HeadStrings.SLOTS
        "Accept-Charset", "Keep-Alive", "Content-Length", "Content-Encoding", "Transfer-Encoding", "Trailer", "Te",
        "Set-Cookie", "Pragma", "Expect",
        "Upgrade", "If-None-Match", "If-Modified-Since", "If-Match",
        "If-Unmodified-Since", "If-Range", "Range", "Date", "Server", "Location", "Last-Modified", "Etag", "Vary",
        "Content-Range", "Accept-Ranges", "Age", "Expires", "X-Forwarded-For", "X-Forwarded-Proto",
        "X-Forwarded-Host", "X-Real-Ip", "X-Requested-With", "Dnt", "Priority", "Sec-Fetch-User", "Sec-Ch-Ua", "Sec-Ch-Ua-Mobile",
        "Sec-Ch-Ua-Platform", "Sec-Websocket-Key", "Sec-Websocket-Version", "Sec-Websocket-Extensions",
        "Sec-Websocket-Protocol", "Sec-Websocket-Accept", "Www-Authenticate", "Proxy-Authorization",
        "Proxy-Connection", "Content-Disposition", "Access-Control-Request-Method",
        "Access-Control-Request-Headers", "Access-Control-Allow-Origin");

    private FieldNames() {
    }
}
