package dev.gonet.http;

import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.IPNet;
import dev.gonet.internal.Ascii;
import dev.gonet.internal.Punycode;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Go's {@code golang.org/x/net/http/httpproxy.Config}: proxies from {@code HTTP_PROXY},
 * {@code HTTPS_PROXY} and {@code NO_PROXY} (or their lower-case forms, upper case first), with
 * Go's rules:
 *
 * <ul>
 *   <li>a value without a scheme (or with one other than http, https, socks5 that does not parse
 *       as a URL) means {@code http://value};
 *   <li>{@code https} URLs use the HTTPS proxy, {@code http} ones the HTTP proxy, nothing else is
 *       proxied; in a CGI environment ({@code REQUEST_METHOD} set) the HTTP proxy is refused
 *       with an error, since a client can set it through a {@code Proxy:} header;
 *   <li>{@code localhost} and loopback addresses are never proxied;
 *   <li>{@code NO_PROXY} is a comma-separated list of {@code *} (nothing is proxied), IP
 *       addresses and CIDR ranges, {@code [IPv6]:port} and {@code IPv4:port}, and domain names:
 *       {@code example.com} matches it and its subdomains, {@code .example.com} and
 *       {@code *.example.com} only the subdomains; a {@code :port} suffix limits an entry to
 *       that port.
 * </ul>
 *
 * <p>Immutable. The environment is read through a function ({@link #fromEnvironment(Function)})
 * so tests pass a map and the browser build needs nothing but TeaVM's {@code System.getenv}.
 */
public final class ProxyConfig {
    private final String httpProxy;
    private final String httpsProxy;
    private final String noProxy;
    private final boolean cgi;

    /**
     * Go's {@code httpproxy.Config}, from explicit values.
     *
     * @param httpProxy the http proxy
     * @param httpsProxy the https proxy
     * @param noProxy the no proxy
     * @param cgi whether this runs as a CGI script ({@code HTTP_PROXY} is then ignored)
     */
    public ProxyConfig(String httpProxy, String httpsProxy, String noProxy, boolean cgi) {
        this.httpProxy = httpProxy == null ? "" : httpProxy;
        this.httpsProxy = httpsProxy == null ? "" : httpsProxy;
        this.noProxy = noProxy == null ? "" : noProxy;
        this.cgi = cgi;
    }

    /** {@return Go's {@code FromEnvironment}, reading the process environment ({@code System.getenv})} */
    public static ProxyConfig fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /**
     * {@return Go's {@code FromEnvironment} over {@code getenv} (a name to its value, or null)}
     *
     * @param getenv the getenv
     */
    public static ProxyConfig fromEnvironment(Function<String, String> getenv) {
        String rm = getenv.apply("REQUEST_METHOD");
        return new ProxyConfig(any(getenv, "HTTP_PROXY", "http_proxy"), any(getenv, "HTTPS_PROXY", "https_proxy"),
                any(getenv, "NO_PROXY", "no_proxy"), rm != null && !rm.isEmpty());
    }

    private static String any(Function<String, String> getenv, String upper, String lower) {
        String v = getenv.apply(upper);
        if (v == null || v.isEmpty()) {
            v = getenv.apply(lower);
        }
        return v == null ? "" : v;
    }

    /** {@return the proxy for {@code http} requests ({@code HTTP_PROXY}); empty for none} */
    public String httpProxy() {
        return httpProxy;
    }

    /** {@return the proxy for {@code https} requests ({@code HTTPS_PROXY}); empty for none} */
    public String httpsProxy() {
        return httpsProxy;
    }

    /** {@return the hosts that bypass the proxy ({@code NO_PROXY})} */
    public String noProxy() {
        return noProxy;
    }

    /** {@return whether this runs as a CGI script, where {@code HTTP_PROXY} is ignored (Go's {@code CGI})} */
    public boolean cgi() {
        return cgi;
    }

    /**
     * {@return Go's {@code ProxyFunc}: parses the settings once and returns the function a {@link
     *   Transport} calls per request (it looks at the request's URL only)}
     */
    public ProxyFunc proxyFunc() {
        Parsed p = new Parsed(this);
        return req -> p.proxyForURL(req.url());
    }

    /**
     * {@return the proxy for {@code u}, or null (what {@link #proxyFunc()} computes, for one URL)}
     *
     * @param u the URL
     * @throws IOException if the proxy setting is not a valid URL
     */
    public URL proxyForURL(URL u) throws IOException {
        return new Parsed(this).proxyForURL(u);
    }

    /** Go's {@code canonicalAddr}: the URL's host in ASCII with its port or the scheme's default. */
    static String canonicalAddr(URL u) {
        String host = u.hostname();
        String ascii = Punycode.toASCII(host);
        String port = u.port();
        if (port.isEmpty()) {
            port = switch (u.scheme()) {
                case "http" -> "80";
                case "https" -> "443";
                case "socks5" -> "1080";
                default -> "";
            };
        }
        return HostPort.join(ascii == null ? host : ascii, port);
    }

    /** The settings parsed once: proxy URLs and the NO_PROXY matchers (Go's {@code config.init}). */
    private static final class Parsed {
        private final boolean cgi;
        private final URL http;
        private final URL https;
        private boolean all;
        private final List<IPNet> cidrs = new ArrayList<>();
        private final List<IP> ips = new ArrayList<>();
        private final List<String> ipPorts = new ArrayList<>();
        private final List<String[]> domains = new ArrayList<>(); // {".suffix", port, matchHost}

        Parsed(ProxyConfig c) {
            cgi = c.cgi;
            http = parseProxy(c.httpProxy);
            https = parseProxy(c.httpsProxy);
            String list = c.noProxy;
            for (int start = 0; start <= list.length() && !all;) {
                int comma = list.indexOf(',', start);
                int end = comma < 0 ? list.length() : comma;
                add(Ascii.toLower(Ascii.trimString(list.substring(start, end))));
                start = end + 1;
            }
        }

        /** Go's {@code parseProxy}; an unparsable value is ignored (null), as Go's init does. */
        private static URL parseProxy(String s) {
            if (s.isEmpty()) {
                return null;
            }
            URL u = null;
            try {
                u = URL.parse(s);
            } catch (URLException e) {
                // fall through to the http:// retry, as Go does
            }
            if (u == null || (!u.scheme().equals("http") && !u.scheme().equals("https")
                    && !u.scheme().equals("socks5"))) {
                try {
                    return URL.parse("http://" + s);
                } catch (URLException e) {
                    return u;
                }
            }
            return u;
        }

        private void add(String p) {
            if (p.isEmpty()) {
                return;
            }
            if (p.equals("*")) {
                all = true;
                return;
            }
            try {
                cidrs.add(CIDR.parse(p).net());
                return;
            } catch (AddrException e) {
                // not a CIDR range
            }
            String host = p;
            String port = "";
            try {
                HostPort hp = HostPort.split(p);
                if (hp.host().isEmpty()) {
                    return; // malformed (":1"): ignored, as Go does
                }
                host = hp.host();
                port = hp.port();
                if (host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
                    host = host.substring(1, host.length() - 1);
                }
            } catch (AddrException e) {
                // no port
            }
            IP ip = IP.parse(host);
            if (ip != null) {
                ips.add(ip);
                ipPorts.add(port);
                return;
            }
            if (host.isEmpty()) {
                return;
            }
            if (host.startsWith("*.")) {
                host = host.substring(1);
            }
            boolean matchHost = false;
            if (host.charAt(0) != '.') {
                matchHost = true;
                host = "." + host;
            }
            String ascii = Punycode.toASCII(host);
            domains.add(new String[] {ascii == null ? host : ascii, port, matchHost ? "1" : ""});
        }

        URL proxyForURL(URL u) throws IOException {
            URL proxy = null;
            if (u.scheme().equals("https")) {
                proxy = https;
            } else if (u.scheme().equals("http")) {
                proxy = http;
                if (proxy != null && cgi) {
                    throw new IOException("refusing to use HTTP_PROXY value in CGI environment; "
                            + "see golang.org/s/cgihttpproxy");
                }
            }
            if (proxy == null || !useProxy(canonicalAddr(u))) {
                return null;
            }
            return proxy.copy();
        }

        /** Go's {@code useProxy}: false when NO_PROXY (or the loopback rule) exempts {@code addr}. */
        boolean useProxy(String addr) {
            if (addr.isEmpty()) {
                return true;
            }
            HostPort hp;
            try {
                hp = HostPort.split(addr);
            } catch (AddrException e) {
                return false;
            }
            String host = hp.host();
            if (host.equals("localhost")) {
                return false;
            }
            IP ip = IP.parse(host);
            if (ip != null && ip.isLoopback()) {
                return false;
            }
            if (all) {
                return false;
            }
            host = Ascii.toLower(Ascii.trimString(host));
            if (ip != null) {
                for (IPNet n : cidrs) {
                    if (n.contains(ip)) {
                        return false;
                    }
                }
                for (int i = 0; i < ips.size(); i++) {
                    if (ips.get(i).equal(ip) && (ipPorts.get(i).isEmpty() || ipPorts.get(i).equals(hp.port()))) {
                        return false;
                    }
                }
            }
            for (String[] d : domains) {
                boolean m = host.endsWith(d[0]) || (!d[2].isEmpty() && host.equals(d[0].substring(1)));
                if (m && (d[1].isEmpty() || d[1].equals(hp.port()))) {
                    return false;
                }
            }
            return true;
        }
    }
}
