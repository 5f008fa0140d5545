package dev.gonet.glue;

import dev.gonet.IP;
import dev.gonet.Net;
import dev.gonet.Resolver;
import dev.gonet.dns.DoHResolver;
import dev.gonet.spi.Platforms;
import dev.gonet.web.WebPlatform;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The name lookups of the JS API, through the page's resolver ({@code Net.lookup*}, which in a
 * page is {@link WebPlatform}'s DNS-over-HTTPS resolver), and its configuration. Results are
 * JSON strings; failures the error object of {@link Json#error}.
 */
final class Dns {
    private Dns() {
    }

    static String lookupHost(String host) {
        try {
            return Json.array(Net.lookupHost(host));
        } catch (IOException | RuntimeException e) {
            return Json.error(e);
        }
    }

    static String lookupIP(String network, String host) {
        try {
            List<String> out = new ArrayList<>();
            for (IP ip : Net.lookupIP(network, host)) {
                out.add(ip.toString());
            }
            return Json.array(out);
        } catch (IOException | RuntimeException e) {
            return Json.error(e);
        }
    }

    static String lookupAddr(String addr) {
        try {
            return Json.array(Net.lookupAddr(addr));
        } catch (IOException | RuntimeException e) {
            return Json.error(e);
        }
    }

    static String lookupCNAME(String host) {
        try {
            return Json.object("cname", Net.lookupCNAME(host));
        } catch (IOException | RuntimeException e) {
            return Json.error(e);
        }
    }

    /** Packed absolute URLs (none: the default resolver again) and a timeout (0: the default). */
    static String setResolver(String packedEndpoints, int timeoutMillis) {
        try {
            List<String> endpoints = Json.unpack(packedEndpoints);
            if (endpoints.isEmpty()) {
                WebPlatform.setResolver(null);
                return "{}";
            }
            DoHResolver r = new DoHResolver(endpoints);
            if (timeoutMillis > 0) {
                r = r.withTimeout(Duration.ofMillis(timeoutMillis));
            }
            WebPlatform.setResolver(r);
            return "{}";
        } catch (RuntimeException e) {
            return Json.error(e);
        }
    }

    /** {@code {"endpoints","timeoutMs"}}; a resolver that is not DoH (set from Java) shows none. */
    static String resolver() {
        Resolver r = Platforms.get().resolver();
        if (r instanceof DoHResolver d) {
            return Json.object("endpoints", d.endpoints(), "timeoutMs", d.timeout().toMillis());
        }
        return Json.object("endpoints", List.of(), "timeoutMs", 0);
    }
}
