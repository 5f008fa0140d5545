package dev.gonet.demo.api;

import dev.gonet.http.Cookie;
import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Status;
import java.io.IOException;

/** The one-line endpoints: {@code /api/status/{code}}, {@code /api/text}, {@code /api/cookie}. */
final class Small {
    /** Longest {@code s} of {@code /api/text}. */
    static final int MAX_TEXT = 4096;

    private Small() {
    }

    /** {@code /api/status/{code}}: that status (200-599) and {@code status N} as the body. */
    static void status(ResponseWriter w, Request r) throws IOException {
        int code;
        try {
            code = Integer.parseInt(r.pathValue("code"));
        } catch (NumberFormatException e) {
            code = -1;
        }
        if (code < 200 || code > 599) {
            Handlers.error(w, "want a status of 200 to 599", Status.BAD_REQUEST);
            return;
        }
        w.header().set("Content-Type", "text/plain; charset=utf-8");
        w.header().set("X-Api", "status");
        w.writeHeader(code);
        if (code != 204 && code != 304) {
            w.writeString("status " + code);
        }
    }

    /** {@code /api/text?s=}: {@code s} (at most {@value #MAX_TEXT} chars) as a text body. */
    static void text(ResponseWriter w, Request r) throws IOException {
        String s = r.url().query().get("s");
        if (s.length() > MAX_TEXT) {
            Handlers.error(w, "s is longer than " + MAX_TEXT, Status.BAD_REQUEST);
            return;
        }
        w.header().set("Content-Type", "text/plain; charset=utf-8");
        w.writeString(s);
    }

    /** {@code /api/cookie?v=}: sets {@code gonet=v} for the whole site. */
    static void cookie(ResponseWriter w, Request r) throws IOException {
        String v = r.url().query().get("v");
        Handlers.setCookie(w, new Cookie("gonet", v.isEmpty() ? "1" : v).setPath("/"));
        w.header().set("Cache-Control", "no-store");
        w.writeString("cookie set");
    }
}
