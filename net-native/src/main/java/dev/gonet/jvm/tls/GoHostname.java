package dev.gonet.jvm.tls;

import dev.gonet.IP;
import dev.gonet.Net;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Go's {@code x509.Certificate.VerifyHostname} and {@code HostnameError}: subject alternative
 * names only (no Common Name fallback, which JSSE still has), case-insensitive, a {@code *}
 * standing for exactly one whole leftmost label, IP addresses against IP SANs.
 */
final class GoHostname {
    private GoHostname() {
    }

    /** Whether {@code leaf} is valid for {@code host} by Go's rules. */
    static boolean verify(X509Certificate leaf, String host) {
        String h = host;
        if (h.length() >= 3 && h.charAt(0) == '[' && h.charAt(h.length() - 1) == ']') {
            h = h.substring(1, h.length() - 1);
        }
        IP ip = Net.parseIP(h);
        if (ip != null) {
            for (String san : sans(leaf, 7)) {
                IP candidate = Net.parseIP(san);
                if (candidate != null && candidate.equals(ip)) {
                    return true;
                }
            }
            return false;
        }
        for (String pattern : sans(leaf, 2)) {
            if (matches(pattern, h)) {
                return true;
            }
        }
        return false;
    }

    /** Go's matchHostnames. */
    static boolean matches(String pattern, String host) {
        String p = pattern.toLowerCase();
        String h = host.toLowerCase();
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (p.isEmpty() || h.isEmpty()) {
            return false;
        }
        String[] pp = p.split("\\.", -1);
        String[] hp = h.split("\\.", -1);
        if (pp.length != hp.length) {
            return false;
        }
        for (int i = 0; i < pp.length; i++) {
            if (!(i == 0 && pp[i].equals("*")) && !pp[i].equals(hp[i])) {
                return false;
            }
        }
        return true;
    }

    /** Go's {@code HostnameError.Error()}. */
    static String error(X509Certificate leaf, String host) {
        List<String> dns = sans(leaf, 2);
        List<String> ips = sans(leaf, 7);
        if (leaf.getExtensionValue("2.5.29.17") == null) {
            String cn = commonName(leaf);
            if (cn != null && matches(cn, host)) {
                return "x509: certificate relies on legacy Common Name field, use SANs instead";
            }
        }
        List<String> valid;
        if (Net.parseIP(host) != null) {
            if (ips.isEmpty()) {
                return "x509: cannot validate certificate for " + host + " because it doesn't contain any IP SANs";
            }
            valid = new ArrayList<>();
            for (String ip : ips) {
                IP parsed = Net.parseIP(ip);
                valid.add(parsed == null ? ip : parsed.toString()); // Go's spelling of IPv6
            }
        } else {
            valid = dns;
        }
        if (valid.isEmpty()) {
            return "x509: certificate is not valid for any names, but wanted to match " + host;
        }
        return "x509: certificate is valid for " + String.join(", ", valid) + ", not " + host;
    }

    /** The subject alternative names of one type (2 = DNS, 7 = IP), in order. */
    static List<String> sans(X509Certificate c, int type) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> all = c.getSubjectAlternativeNames();
            if (all != null) {
                for (List<?> san : all) {
                    if (san.size() >= 2 && san.get(0) instanceof Integer t && t == type && san.get(1) instanceof String s) {
                        out.add(s);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // An unparsable extension names nothing.
        }
        return out;
    }

    private static String commonName(X509Certificate c) {
        for (String rdn : c.getSubjectX500Principal().getName("RFC2253").split(",")) {
            if (rdn.startsWith("CN=")) {
                return rdn.substring(3);
            }
        }
        return null;
    }
}
