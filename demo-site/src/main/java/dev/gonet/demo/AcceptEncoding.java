package dev.gonet.demo;

import java.util.List;
import java.util.Locale;

/**
 * Whether a request's {@code Accept-Encoding} (RFC 9110 §12.5.3) lets us answer with gzip
 * rather than the plain bytes, the only two forms the demo has.
 *
 * <ul>
 *   <li>No field: plain. The RFC would allow any coding, but a client that says nothing (curl
 *       without {@code --compressed}, scripts) usually cannot decode gzip.</li>
 *   <li>gzip's weight is its own entry's q ({@code gzip} or {@code x-gzip}), else {@code *}'s;
 *       unlisted, it is 0. Weight 0 means never.</li>
 *   <li>Plain's weight is {@code identity}'s q, else {@code *}'s, else 0 ("acceptable, no
 *       preference"). gzip is chosen when its weight is positive and not below plain's, so
 *       {@code gzip;q=0.5, identity} stays plain, and {@code gzip, identity;q=0} is gzip.</li>
 *   <li>When neither is acceptable ({@code identity;q=0} alone, {@code *;q=0}) we send plain
 *       anyway: the RFC allows disregarding the field instead of answering 406, and a page that
 *       loads beats an error for a demo.</li>
 *   <li>An entry with a malformed q is ignored; coding names are case-insensitive.</li>
 * </ul>
 */
final class AcceptEncoding {
    private AcceptEncoding() {
    }

    /** {@code fields}: every Accept-Encoding field line of the request, in order. */
    static boolean allowsGzip(List<String> fields) {
        double gzip = -1;
        double identity = -1;
        double star = -1;
        for (String field : fields) {
            for (String element : field.split(",")) {
                String[] parts = element.split(";");
                String coding = parts[0].trim().toLowerCase(Locale.ROOT);
                double q = 1;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    int eq = p.indexOf('=');
                    if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("q")) {
                        q = qvalue(p.substring(eq + 1).trim());
                    }
                }
                if (coding.isEmpty() || q < 0) {
                    continue;
                }
                switch (coding) {
                    case "gzip", "x-gzip" -> gzip = Math.max(gzip, q);
                    case "identity" -> identity = Math.max(identity, q);
                    case "*" -> star = Math.max(star, q);
                    default -> {
                        // a coding we do not have (br, deflate, zstd)
                    }
                }
            }
        }
        double g = gzip >= 0 ? gzip : Math.max(star, 0);
        double plain = identity >= 0 ? identity : Math.max(star, 0);
        return g > 0 && g >= plain;
    }

    /** RFC 9110 §12.4.2 {@code qvalue}: 0 to 1 with at most three decimals; -1 when malformed. */
    static double qvalue(String s) {
        if (!s.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
            return -1;
        }
        return Double.parseDouble(s.endsWith(".") ? s + "0" : s);
    }
}
