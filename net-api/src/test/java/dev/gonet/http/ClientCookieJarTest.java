package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.http.cookiejar.CookieJars;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The client's side of cookies: a {@link Client} with a jar stores what responses set and sends
 * it on later requests and redirects. The jar's own rules are {@code cookiejar.CookieJarTest}'s.
 */
class ClientCookieJarTest {

    @Test
    void clientUsesTheJarAcrossRequestsAndRedirects() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            switch (r.url().path()) {
                case "/login" -> {
                    Handlers.setCookie(w, new Cookie("session", "s1").setPath("/"));
                    Handlers.setCookie(w, new Cookie("secure", "only-https").setSecure(true));
                    Handlers.redirect(w, r, "/home", 302);
                }
                case "/logout" -> Handlers.setCookie(w, new Cookie("session", "").setMaxAge(-1));
                default -> w.writeString("cookie=" + r.header().get("Cookie"));
            }
        })) {
            Client c = f.client.withJar(CookieJars.rfc6265());
            assertEquals("cookie=session=s1", read(c.get("http://jar.example/login")),
                    "set on the redirect, sent on its target; the Secure one not over http");
            assertEquals("cookie=session=s1", read(c.get("http://jar.example/other")));
            assertEquals("cookie=", read(c.get("http://elsewhere.example/")));
            read(c.get("http://jar.example/logout"));
            assertEquals("cookie=", read(c.get("http://jar.example/other")));
            Request explicit = new Request("GET", "http://jar.example/login", (InputStream) null);
            explicit.header().set("Cookie", "session=mine; keep=1");
            assertEquals("cookie=keep=1; session=s1", read(c.send(explicit)),
                    "a cookie the server set replaces the caller's one of that name on the next hop (Go's Issue 17494)");
        }
    }
}
