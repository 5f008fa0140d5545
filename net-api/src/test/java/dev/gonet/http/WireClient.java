package dev.gonet.http;

import dev.gonet.http.Routes.Match;
import dev.gonet.http.Routes.Match.Kind;

/**
 * What Go's tests get from an {@code http.Client} in front of a ServeMux: the request target
 * split into path and query, and 301 redirects followed the way the client does (GET and HEAD
 * keep their method, others become GET).
 */
final class WireClient {
    private WireClient() {
    }

    record Result(Match<String> match, String path, String rawQuery, int redirects) {
    }

    static Result send(Routes<String> mux, String method, String host, String target, int maxRedirects) {
        int redirects = 0;
        while (true) {
            int qm = target.indexOf('?');
            String path = qm < 0 ? target : target.substring(0, qm);
            String query = qm < 0 ? "" : target.substring(qm + 1);
            // An origin-form request: for CONNECT the URL has no host of its own.
            Match<String> m = mux.match(method, host, method.equals("CONNECT") ? "" : host, path);
            if (m.kind() != Kind.REDIRECT || redirects == maxRedirects) {
                return new Result(m, path, query, redirects);
            }
            target = m.location(query);
            redirects++;
            if (!method.equals("GET") && !method.equals("HEAD")) {
                method = "GET";
            }
        }
    }
}
