package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.url.URL;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Go's {@code httpproxy} tests (golang.org/x/net proxy_test.go): proxyForURLTests, UseProxyTests
 * and the environment tests, plus port and loopback rows; every expected value is what Go 1.19's
 * vendored httpproxy returned for the same input.
 */
class ProxyConfigTest {
    private record ProxyForURLCase(String httpProxy, String httpsProxy, String noProxy, boolean cgi, String url,
            String want, String err) {
    }

    /** HTTP_PROXY, HTTPS_PROXY, NO_PROXY, CGI, request URL, Go's proxy URL, Go's error. */
    static final ProxyForURLCase[] PROXY_FOR_URL = {
        new ProxyForURLCase("127.0.0.1:8080", "", "", false, "http://example.com", "http://127.0.0.1:8080", "<nil>"),
        new ProxyForURLCase("cache.corp.example.com:1234", "", "", false, "http://example.com", "http://cache.corp.example.com:1234", "<nil>"),
        new ProxyForURLCase("cache.corp.example.com", "", "", false, "http://example.com", "http://cache.corp.example.com", "<nil>"),
        new ProxyForURLCase("localhost", "", "", false, "http://example.com", "http://localhost", "<nil>"),
        new ProxyForURLCase("https://cache.corp.example.com", "", "", false, "http://example.com", "https://cache.corp.example.com", "<nil>"),
        new ProxyForURLCase("http://127.0.0.1:8080", "", "", false, "http://example.com", "http://127.0.0.1:8080", "<nil>"),
        new ProxyForURLCase("https://127.0.0.1:8080", "", "", false, "http://example.com", "https://127.0.0.1:8080", "<nil>"),
        new ProxyForURLCase("socks5://127.0.0.1", "", "", false, "http://example.com", "socks5://127.0.0.1", "<nil>"),
        new ProxyForURLCase("foo://host", "", "", false, "http://example.com", "http://foo://host", "<nil>"),
        new ProxyForURLCase("http.proxy.tld", "secure.proxy.tld", "", false, "http://insecure.tld/", "http://http.proxy.tld", "<nil>"),
        new ProxyForURLCase("http.proxy.tld", "secure.proxy.tld", "", false, "https://secure.tld/", "http://secure.proxy.tld", "<nil>"),
        new ProxyForURLCase("http.proxy.tld", "https://secure.proxy.tld", "", false, "https://secure.tld/", "https://secure.proxy.tld", "<nil>"),
        new ProxyForURLCase("http.proxy.tld", "", "", false, "https://secure.tld/", "<nil>", "<nil>"),
        new ProxyForURLCase("http.proxy.tld", "", "", false, "ftp://insecure.tld/", "<nil>", "<nil>"),
        new ProxyForURLCase("http://10.1.2.3:8080", "", "", true, "http://example.com", "<nil>", "refusing to use HTTP_PROXY value in CGI environment; see golang.org/s/cgihttpproxy"),
        new ProxyForURLCase("", "https://secure.proxy.tld", "", true, "https://secure.tld/", "https://secure.proxy.tld", "<nil>"),
        new ProxyForURLCase("", "", "", false, "http://example.com", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "example.com", false, "http://example.com/", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", ".example.com", false, "http://example.com/", "http://proxy", "<nil>"),
        new ProxyForURLCase("proxy", "", "ample.com", false, "http://example.com/", "http://proxy", "<nil>"),
        new ProxyForURLCase("proxy", "", "example.com", false, "http://foo.example.com/", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", ".foo.com", false, "http://example.com/", "http://proxy", "<nil>"),
        new ProxyForURLCase("proxy", "", ".示例.com", false, "http://www.示例.com", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "xn--fsq092h.com", false, "http://www.示例.com", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "示例.com", false, "http://www.xn--fsq092h.com", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "example.com", false, "http://[1000::%25.example.com]:123", "<nil>", "<nil>"),
        new ProxyForURLCase("user:pass@proxy:3128", "", "", false, "http://example.com", "http://user:pass@proxy:3128", "<nil>"),
        new ProxyForURLCase("%zz", "", "", false, "http://example.com", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "*", false, "http://example.com", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "example.com:80", false, "http://example.com:8080/", "http://proxy", "<nil>"),
        new ProxyForURLCase("proxy", "", "example.com:8080", false, "http://example.com:8080/", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "", false, "http://localhost:8080/", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "", false, "http://127.0.0.53/", "<nil>", "<nil>"),
        new ProxyForURLCase("proxy", "", "", false, "http://[::1]:80/", "<nil>", "<nil>"),
    };

    @Test
    void proxyForURLAsGo() throws Exception {
        for (ProxyForURLCase row : PROXY_FOR_URL) {
            ProxyConfig cfg = new ProxyConfig(row.httpProxy(), row.httpsProxy(), row.noProxy(), row.cgi());
            String what = "http_proxy=" + row.httpProxy() + " https_proxy=" + row.httpsProxy() + " no_proxy="
                    + row.noProxy() + " cgi=" + row.cgi() + " req=" + row.url();
            URL req = URL.parse(row.url());
            if (!row.err().equals("<nil>")) {
                assertEquals(row.err(), assertThrows(IOException.class, () -> cfg.proxyForURL(req)).getMessage(), what);
                continue;
            }
            URL got = cfg.proxyForURL(req);
            assertEquals(row.want(), got == null ? "<nil>" : got.toString(), what);
        }
    }

    static final String NO_PROXY = "foobar.com, .barbaz.net, *.wildcard.io, 192.168.1.1, 192.168.1.2:81, "
            + "192.168.1.3:80, 10.0.0.0/30, 2001:db8::52:0:1, [2001:db8::52:0:2]:443, [2001:db8::52:0:3]:80, "
            + "2002:db8:a::45/64";

    private record UseProxyCase(String host, boolean want) {
    }

    /** Go's UseProxyTests: the host (port 80) and whether it is proxied under {@link #NO_PROXY}. */
    static final UseProxyCase[] USE_PROXY = {
        new UseProxyCase("localhost", false), new UseProxyCase("127.0.0.1", false),
        new UseProxyCase("127.0.0.2", false), new UseProxyCase("[::1]", false), new UseProxyCase("[::2]", true),
        new UseProxyCase("192.168.1.1", false), new UseProxyCase("192.168.1.2", true),
        new UseProxyCase("192.168.1.3", false), new UseProxyCase("192.168.1.4", true),
        new UseProxyCase("10.0.0.2", false), new UseProxyCase("[2001:db8::52:0:1]", false),
        new UseProxyCase("[2001:db8::52:0:2]", true), new UseProxyCase("[2001:db8::52:0:3]", false),
        new UseProxyCase("[2002:db8:a::123]", false), new UseProxyCase("[fe80::424b:c8be:1643:a1b6]", true),
        new UseProxyCase("barbaz.net", true), new UseProxyCase("www.barbaz.net", false),
        new UseProxyCase("foobar.com", false), new UseProxyCase("www.foobar.com", false),
        new UseProxyCase("foofoobar.com", true), new UseProxyCase("baz.com", true),
        new UseProxyCase("localhost.net", true), new UseProxyCase("local.localhost", true),
        new UseProxyCase("barbarbaz.net", true), new UseProxyCase("wildcard.io", true),
        new UseProxyCase("nested.wildcard.io", false), new UseProxyCase("awildcard.io", true),
    };

    @Test
    void useProxyAsGo() throws Exception {
        ProxyConfig cfg = new ProxyConfig("proxy", "", NO_PROXY, false);
        ProxyConfig all = new ProxyConfig("proxy", "", "*", false);
        for (UseProxyCase row : USE_PROXY) {
            URL u = URL.parse("http://" + row.host() + ":80/");
            assertEquals(row.want(), cfg.proxyForURL(u) != null, "useProxy(" + row.host() + ")");
            assertEquals(null, all.proxyForURL(u), "NO_PROXY=* for " + row.host());
        }
        ProxyConfig invalid = new ProxyConfig("proxy", "", ":1", false);
        assertEquals("http://proxy", invalid.proxyForURL(URL.parse("http://example.com:80/")).toString(),
                "a malformed NO_PROXY entry is ignored");
    }

    @Test
    void fromEnvironment() {
        ProxyConfig upper = ProxyConfig.fromEnvironment(Map.of("HTTP_PROXY", "httpproxy", "HTTPS_PROXY", "httpsproxy",
                "NO_PROXY", "noproxy", "http_proxy", "lower")::get);
        assertEquals(List.of("httpproxy", "httpsproxy", "noproxy", "false"),
                List.of(upper.httpProxy(), upper.httpsProxy(), upper.noProxy(), "" + upper.cgi()), "upper case wins");
        ProxyConfig lower = ProxyConfig.fromEnvironment(Map.of("http_proxy", "httpproxy", "https_proxy", "httpsproxy",
                "no_proxy", "noproxy", "HTTP_PROXY", "", "REQUEST_METHOD", "PUT")::get);
        assertEquals(List.of("httpproxy", "httpsproxy", "noproxy", "true"),
                List.of(lower.httpProxy(), lower.httpsProxy(), lower.noProxy(), "" + lower.cgi()),
                "empty upper case falls back; REQUEST_METHOD means CGI");
        ProxyConfig none = ProxyConfig.fromEnvironment(Map.<String, String>of()::get);
        assertEquals("", none.httpProxy());
        assertEquals(false, none.cgi());
    }
}
