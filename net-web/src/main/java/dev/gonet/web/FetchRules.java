package dev.gonet.web;

import dev.gonet.http.FetchOptions;
import dev.gonet.http.Header;
import java.io.IOException;
import java.util.Locale;

/**
 * What a page may not put in a fetch request (the Fetch standard's forbidden methods and
 * request-header names), as errors that say what to do instead. The browser would drop a
 * forbidden field without a word, which would lose what the caller asked for; gonet refuses
 * the request instead.
 */
final class FetchRules {
    private FetchRules() {
    }

    /** Fails for {@code CONNECT}, {@code TRACE} and {@code TRACK}, which fetch refuses. */
    static void checkMethod(String method) throws IOException {
        String m = method.toUpperCase(Locale.ROOT);
        if (m.equals("CONNECT") || m.equals("TRACE") || m.equals("TRACK")) {
            throw new IOException("net/http: the browser's fetch refuses the method " + method);
        }
    }

    /** Fails for the first field a page may not set; Go's {@code js.fetch:} option fields are allowed. */
    static void checkHeader(Header h) throws IOException {
        for (String key : h.keys()) {
            if (FetchOptions.isGoOptionField(key)) {
                continue;
            }
            String hint = forbidden(key);
            if (hint != null) {
                throw new IOException("net/http: the browser does not let a page set the " + key
                        + " header field; " + hint);
            }
        }
    }

    /** What to do instead of setting {@code key}, or null when a page may set it. */
    static String forbidden(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.startsWith("proxy-") || k.startsWith("sec-")) {
            return "the browser sets it itself";
        }
        return switch (k) {
            case "cookie", "cookie2" -> "the browser sends its own cookies: choose them with FetchOptions credentials";
            case "referer" -> "use FetchOptions.withReferrer and withReferrerPolicy";
            case "accept-encoding", "accept-charset" -> "the browser negotiates encodings itself and decodes the body";
            case "host" -> "the URL's host is sent";
            case "content-length", "transfer-encoding", "trailer", "te", "expect" ->
                    "the browser frames the body itself (its length comes from the body)";
            case "connection", "keep-alive", "upgrade" -> "the browser manages its connections itself";
            case "origin", "date", "dnt", "via", "set-cookie", "access-control-request-headers",
                    "access-control-request-method", "access-control-request-private-network" ->
                    "the browser sets it itself";
            default -> null;
        };
    }
}
