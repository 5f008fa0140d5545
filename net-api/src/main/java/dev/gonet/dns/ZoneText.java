package dev.gonet.dns;

import dev.gonet.IP;
import dev.gonet.dns.internal.ConfText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The one-record-per-line subset of RFC 1035 master files that {@link Zone.Builder#parse} reads. */
final class ZoneText {
    private ZoneText() {
    }

    static Zone.Builder parse(Zone.Builder b, String text) {
        Name origin = b.origin();
        Name owner = null;
        List<String> lines = ConfText.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            try {
                List<String> f = fields(line);
                if (f.isEmpty()) {
                    continue;
                }
                if (f.get(0).equals("$TTL")) {
                    b = b.ttl(number(f, 1));
                    continue;
                }
                if (f.get(0).equals("$ORIGIN")) {
                    origin = Name.parse(arg(f, 1), origin);
                    if (!origin.isSubdomainOf(b.origin())) {
                        throw new DNSFormatException("$ORIGIN " + origin + " is outside the zone");
                    }
                    continue;
                }
                int k = 0;
                if (!Character.isWhitespace(line.charAt(0))) {
                    owner = Name.parse(f.get(k++), origin);
                } else if (owner == null) {
                    throw new DNSFormatException("no owner name yet");
                }
                long ttl = b.currentTtl();
                if (k < f.size() && isNumber(f.get(k))) {
                    ttl = Long.parseLong(f.get(k++));
                }
                if (k < f.size() && f.get(k).equalsIgnoreCase("IN")) {
                    k++;
                }
                int type = RRType.parse(arg(f, k++));
                Resource r = record(owner, ttl, type, f, k, origin);
                b = r instanceof SOAResource soa ? b.withSoa(soa) : b.record(r);
            } catch (DNSFormatException | RuntimeException e) {
                throw new IllegalArgumentException("zone line " + (i + 1) + ": " + e.getMessage() + ": " + line.trim(), e);
            }
        }
        return b;
    }

    private static Resource record(Name owner, long ttl, int type, List<String> f, int k, Name origin)
            throws DNSFormatException {
        return switch (type) {
            case RRType.A, RRType.AAAA -> {
                IP ip = IP.parse(arg(f, k));
                if (ip == null || (type == RRType.A) != (ip.to4() != null && arg(f, k).indexOf(':') < 0)) {
                    throw new DNSFormatException("bad address " + arg(f, k));
                }
                yield type == RRType.A ? new AResource(owner, ttl, ip) : new AAAAResource(owner, ttl, ip);
            }
            case RRType.CNAME -> new CNAMEResource(owner, ttl, Name.parse(arg(f, k), origin));
            case RRType.PTR -> new PTRResource(owner, ttl, Name.parse(arg(f, k), origin));
            case RRType.NS -> new NSResource(owner, ttl, Name.parse(arg(f, k), origin));
            case RRType.MX -> new MXResource(owner, ttl, (int) number(f, k), Name.parse(arg(f, k + 1), origin));
            case RRType.SRV -> new SRVResource(owner, ttl, (int) number(f, k), (int) number(f, k + 1),
                    (int) number(f, k + 2), Name.parse(arg(f, k + 3), origin));
            case RRType.SOA -> new SOAResource(owner, ttl, Name.parse(arg(f, k), origin), Name.parse(arg(f, k + 1), origin),
                    number(f, k + 2), number(f, k + 3), number(f, k + 4), number(f, k + 5), number(f, k + 6));
            case RRType.TXT -> {
                List<ByteString> texts = new ArrayList<>();
                for (int i = k; i < f.size(); i++) {
                    texts.add(unquote(f.get(i)));
                }
                if (texts.isEmpty()) {
                    throw new DNSFormatException("TXT needs a string");
                }
                yield new TXTResource(owner, ttl, texts);
            }
            default -> throw new DNSFormatException("unsupported type " + (type < 0 ? f.get(k - 1) : RRType.name(type)));
        };
    }

    private static String arg(List<String> f, int i) throws DNSFormatException {
        if (i >= f.size()) {
            throw new DNSFormatException("too few fields");
        }
        return f.get(i);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static long number(List<String> f, int i) throws DNSFormatException {
        String s = arg(f, i);
        if (!isNumber(s)) {
            throw new DNSFormatException("not a number: " + s);
        }
        return Long.parseLong(s);
    }

    /** Whitespace-separated fields; {@code "..."} is one field (quotes kept); {@code ;} starts a comment. */
    static List<String> fields(String line) throws DNSFormatException {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ';') {
                break;
            } else if (c == '"') {
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != '"') {
                    j += line.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= line.length()) {
                    throw new DNSFormatException("unterminated string");
                }
                out.add(line.substring(i, j + 1));
                i = j + 1;
            } else {
                int j = i;
                while (j < line.length() && !Character.isWhitespace(line.charAt(j)) && line.charAt(j) != ';') {
                    j++;
                }
                out.add(line.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    /** A character-string: quoted or not, {@code \X} and {@code \DDD} escapes, UTF-8 otherwise. */
    static ByteString unquote(String s) throws DNSFormatException {
        if (s.length() >= 2 && s.charAt(0) == '"') {
            s = s.substring(1, s.length() - 1);
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xff;
            if (c == '\\' && i + 1 < in.length) {
                int d = in[i + 1] & 0xff;
                if (d >= '0' && d <= '9') {
                    int v = 0;
                    for (int k = 1; k <= 3; k++) {
                        int e = i + k < in.length ? in[i + k] & 0xff : -1;
                        if (e < '0' || e > '9') {
                            throw new DNSFormatException("bad escape in " + s);
                        }
                        v = v * 10 + e - '0';
                    }
                    if (v > 255) {
                        throw new DNSFormatException("bad escape in " + s);
                    }
                    c = v;
                    i += 3;
                } else {
                    c = d;
                    i++;
                }
            }
            out[n++] = (byte) c;
        }
        if (n > 255) {
            throw new DNSFormatException(Wire.STRING_TOO_LONG);
        }
        return ByteString.of(out, 0, n);
    }
}
