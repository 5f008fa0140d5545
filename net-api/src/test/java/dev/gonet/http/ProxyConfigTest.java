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
    /** HTTP_PROXY, HTTPS_PROXY, NO_PROXY, CGI, request URL, Go's proxy URL, Go's error. */
    static final String[][] PROXY_FOR_URL = {
        {"127.0.0.1:8080", "", "", "false", "http://example.com", "http://127.0.0.1:8080", "<nil>"},
        {"cache.corp.example.com:1234", "", "", "false", "http://example.com", "http://cache.corp.example.com:1234", "<nil>"},
        {"cache.corp.example.com", "", "", "false", "http://example.com", "http://cache.corp.example.com", "<nil>"},
        {"localhost", "", "", "false", "http://example.com", "http://localhost", "<nil>"},
        {"https://cache.corp.example.com", "", "", "false", "http://example.com", "https://cache.corp.example.com", "<nil>"},
        {"http://127.0.0.1:8080", "", "", "false", "http://example.com", "http://127.0.0.1:8080", "<nil>"},
        {"https://127.0.0.1:8080", "", "", "false", "http://example.com", "https://127.0.0.1:8080", "<nil>"},
        {"socks5://127.0.0.1", "", "", "false", "http://example.com", "socks5://127.0.0.1", "<nil>"},
        {"foo://host", "", "", "false", "http://example.com", "http://foo://host", "<nil>"},
        {"http.proxy.tld", "secure.proxy.tld", "", "false", "http://insecure.tld/", "http://http.proxy.tld", "<nil>"},
        {"http.proxy.tld", "secure.proxy.tld", "", "false", "https://secure.tld/", "http://secure.proxy.tld", "<nil>"},
        {"http.proxy.tld", "https://secure.proxy.tld", "", "false", "https://secure.tld/", "https://secure.proxy.tld", "<nil>"},
        {"http.proxy.tld", "", "", "false", "https://secure.tld/", "<nil>", "<nil>"},
        {"http.proxy.tld", "", "", "false", "ftp://insecure.tld/", "<nil>", "<nil>"},
        {"http://10.1.2.3:8080", "", "", "true", "http://example.com", "<nil>", "refusing to use HTTP_PROXY value in CGI environment; see golang.org/s/cgihttpproxy"},
        {"", "https://secure.proxy.tld", "", "true", "https://secure.tld/", "https://secure.proxy.tld", "<nil>"},
        {"", "", "", "false", "http://example.com", "<nil>", "<nil>"},
        {"proxy", "", "example.com", "false", "http://example.com/", "<nil>", "<nil>"},
        {"proxy", "", ".example.com", "false", "http://example.com/", "http://proxy", "<nil>"},
        {"proxy", "", "ample.com", "false", "http://example.com/", "http://proxy", "<nil>"},
        {"proxy", "", "example.com", "false", "http://foo.example.com/", "<nil>", "<nil>"},
        {"proxy", "", ".foo.com", "false", "http://example.com/", "http://proxy", "<nil>"},
        {"proxy", "", ".示例.com", "false", "http://www.示例.com", "<nil>", "<nil>"},
        {"proxy", "", "xn--fsq092h.com", "false", "http://www.示例.com", "<nil>", "<nil>"},
        {"proxy", "", "示例.com", "false", "http://www.xn--fsq092h.com", "<nil>", "<nil>"},
        {"proxy", "", "example.com", "false", "http://[1000::%25.example.com]:123", "<nil>", "<nil>"},
        {"user:pass@proxy:3128", "", "", "false", "http://example.com", "http://user:pass@proxy:3128", "<nil>"},
        {"%zz", "", "", "false", "http://example.com", "<nil>", "<nil>"},
        {"proxy", "", "*", "false", "http://example.com", "<nil>", "<nil>"},
        {"proxy", "", "example.com:80", "false", "http://example.com:8080/", "http://proxy", "<nil>"},
        {"proxy", "", "example.com:8080", "false", "http://example.com:8080/", "<nil>", "<nil>"},
        {"proxy", "", "", "false", "http://localhost:8080/", "<nil>", "<nil>"},
        {"proxy", "", "", "false", "http://127.0.0.53/", "<nil>", "<nil>"},
        {"proxy", "", "", "false", "http://[::1]:80/", "<nil>", "<nil>"},
    };

    @Test
    void proxyForURLAsGo() throws Exception {
        for (String[] row : PROXY_FOR_URL) {
            ProxyConfig cfg = new ProxyConfig(row[0], row[1], row[2], Boolean.parseBoolean(row[3]));
            String what = "http_proxy=" + row[0] + " https_proxy=" + row[1] + " no_proxy=" + row[2] + " cgi=" + row[3]
                    + " req=" + row[4];
            URL req = URL.parse(row[4]);
            if (!row[6].equals("<nil>")) {
                assertEquals(row[6], assertThrows(IOException.class, () -> cfg.proxyForURL(req)).getMessage(), what);
                continue;
            }
            URL got = cfg.proxyForURL(req);
            assertEquals(row[5], got == null ? "<nil>" : got.toString(), what);
        }
    }

    static final String NO_PROXY = "foobar.com, .barbaz.net, *.wildcard.io, 192.168.1.1, 192.168.1.2:81, "
            + "192.168.1.3:80, 10.0.0.0/30, 2001:db8::52:0:1, [2001:db8::52:0:2]:443, [2001:db8::52:0:3]:80, "
            + "2002:db8:a::45/64";

    /** Go's UseProxyTests: the host (port 80) and whether it is proxied under {@link #NO_PROXY}. */
    static final Object[][] USE_PROXY = {
        {"localhost", false}, {"127.0.0.1", false}, {"127.0.0.2", false}, {"[::1]", false}, {"[::2]", true},
        {"192.168.1.1", false}, {"192.168.1.2", true}, {"192.168.1.3", false}, {"192.168.1.4", true},
        {"10.0.0.2", false}, {"[2001:db8::52:0:1]", false}, {"[2001:db8::52:0:2]", true},
        {"[2001:db8::52:0:3]", false}, {"[2002:db8:a::123]", false}, {"[fe80::424b:c8be:1643:a1b6]", true},
        {"barbaz.net", true}, {"www.barbaz.net", false}, {"foobar.com", false}, {"www.foobar.com", false},
        {"foofoobar.com", true}, {"baz.com", true}, {"localhost.net", true}, {"local.localhost", true},
        {"barbarbaz.net", true}, {"wildcard.io", true}, {"nested.wildcard.io", false}, {"awildcard.io", true},
    };

    @Test
    void useProxyAsGo() throws Exception {
        ProxyConfig cfg = new ProxyConfig("proxy", "", NO_PROXY, false);
        ProxyConfig all = new ProxyConfig("proxy", "", "*", false);
        for (Object[] row : USE_PROXY) {
            URL u = URL.parse("http://" + row[0] + ":80/");
            assertEquals(row[1], cfg.proxyForURL(u) != null, "useProxy(" + row[0] + ")");
            assertEquals(null, all.proxyForURL(u), "NO_PROXY=* for " + row[0]);
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
