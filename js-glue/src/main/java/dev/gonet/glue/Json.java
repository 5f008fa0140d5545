package dev.gonet.glue;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.NetError;
import dev.gonet.NetException;
import dev.gonet.SentinelException;
import dev.gonet.dns.DNSFormatException;
import dev.gonet.internal.Causes;
import dev.gonet.http.ClientException;
import dev.gonet.http.HttpError;
import dev.gonet.http.HttpSentinel;
import dev.gonet.http.MaxBytesException;
import dev.gonet.http.MinDataRateException;
import dev.gonet.http.ProtocolException;
import dev.gonet.tls.TLSException;
import dev.gonet.url.URLException;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.HandshakeException;
import dev.gonet.ws.WebSocketException;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON output for the export results, and the one shape every error crosses in;
 * hand-written to stay TeaVM-small.
 */
final class Json {
    private Json() {
    }

    /** A value written as it is: already JSON. */
    record Raw(String json) {
    }

    /**
     * An object from alternating key/value arguments; values are strings, booleans, numbers,
     * {@code null}, lists (arrays), maps with string keys (objects) or {@link Raw}.
     */
    static String object(Object... kv) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < kv.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, (String) kv[i]);
            sb.append(':');
            value(sb, kv[i + 1]);
        }
        return sb.append('}').toString();
    }

    /** A JSON array of the values (as {@link #object} writes them). */
    static String array(List<?> values) {
        StringBuilder sb = new StringBuilder();
        value(sb, values);
        return sb.toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(sb, s);
        } else if (v instanceof Raw r) {
            sb.append(r.json());
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                value(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(sb, (String) e.getKey());
                sb.append(':');
                value(sb, e.getValue());
            }
            sb.append('}');
        } else {
            sb.append(v);
        }
    }

    /**
     * The error object {@code gonet.mjs} turns into a {@code GonetError}: {@code {"error", "name",
     * "op", "net", "addr", "timeout", "notFound", "code", "reason", "canceled"}}. {@code error} is
     * Go's text (the message); {@code name} the Java type (see {@link #typeName}); {@code op},
     * {@code net}, {@code addr} come from the exception itself (null when it has none);
     * {@code timeout} is its {@link NetError#isTimeout()}; {@code notFound}, {@code code},
     * {@code reason} and {@code canceled} are looked for along the cause chain, as Go's
     * {@code errors.As}/{@code errors.Is} would find them.
     */
    static String error(Throwable e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        String op = null;
        String net = null;
        String addr = null;
        if (e instanceof NetException n) {
            op = n.op();
            net = n.net();
            addr = n.addr() == null ? null : n.addr().toString();
        } else if (e instanceof ClientException c) {
            op = c.op();
            addr = c.url();
        } else if (e instanceof DNSException d) {
            op = "lookup";
            addr = d.name();
        } else if (e instanceof AddrException a) {
            addr = a.addr();
        } else if (e instanceof URLException u) {
            op = u.op();
            addr = u.op().isEmpty() ? null : u.url();
        }
        boolean timeout = e instanceof NetError ne && ne.isTimeout();
        boolean notFound = Causes.first(e, t -> t instanceof DNSException d && d.isNotFound() ? Boolean.TRUE : null) != null;
        WebSocketException ws = Causes.first(e, t -> t instanceof WebSocketException w ? w : null);
        int code = ws == null ? -1 : ws.code();
        String reason = ws instanceof CloseException c ? c.reason() : null;
        return object("error", msg, "name", typeName(e), "op", emptyNull(op), "net", emptyNull(net),
                "addr", emptyNull(addr), "timeout", timeout, "notFound", notFound, "code", code, "reason", reason,
                "canceled", HttpSentinel.CANCELED.in(e));
    }

    /**
     * The simple name of gonet's exception types (spelled out: the bundles need not keep class
     * names), {@code GonetError} for anything else (a plain {@code IOException} or a runtime
     * exception).
     */
    static String typeName(Throwable e) {
        if (e instanceof NetException) {
            return "NetException";
        } else if (e instanceof AddrException) {
            return "AddrException";
        } else if (e instanceof DNSException) {
            return "DNSException";
        } else if (e instanceof ClientException) {
            return "ClientException";
        } else if (e instanceof HttpError) {
            return "HttpError";
        } else if (e instanceof URLException) {
            return "URLException";
        } else if (e instanceof SentinelException) {
            return "SentinelException";
        } else if (e instanceof CloseException) {
            return "CloseException";
        } else if (e instanceof WebSocketException) {
            return "WebSocketException";
        } else if (e instanceof HandshakeException) {
            return "HandshakeException";
        } else if (e instanceof DNSFormatException) {
            return "DNSFormatException";
        } else if (e instanceof ProtocolException) {
            return "ProtocolException";
        } else if (e instanceof MaxBytesException) {
            return "MaxBytesException";
        } else if (e instanceof MinDataRateException) {
            return "MinDataRateException";
        } else if (e instanceof TLSException) {
            return "TLSException";
        }
        return "GonetError";
    }

    private static String emptyNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || (ch >= 0xD800 && ch <= 0xDFFF)) {
                String hex = Integer.toHexString(ch);
                sb.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                sb.append(ch);
            }
        }
        sb.append('"');
    }

    /**
     * Reads the list JS packs with {@code pack()} in {@code gonet.mjs}: each string as its length
     * (UTF-16 units, decimal), {@code :}, then the string, so any character may appear in it.
     */
    static List<String> unpack(String packed) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < packed.length()) {
            int colon = packed.indexOf(':', i);
            if (colon < 0) {
                throw new IllegalArgumentException("malformed packed list");
            }
            int n = Integer.parseInt(packed.substring(i, colon));
            out.add(packed.substring(colon + 1, colon + 1 + n));
            i = colon + 1 + n;
        }
        return out;
    }
}
