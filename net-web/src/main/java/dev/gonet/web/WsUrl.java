package dev.gonet.web;

import dev.gonet.AddrException;
import dev.gonet.Net;

/**
 * A checked {@code ws://} or {@code wss://} URL, the address of a {@code ws}/{@code wss} dial.
 * Checked here rather than left to the browser so that a bad address is Go's
 * {@link AddrException} naming the problem, not a JS {@code SyntaxError} the page cannot type.
 *
 * @param url      the URL as given
 * @param hostPort the peer's {@code host:port} (IPv6 in brackets), the default port filled in
 */
record WsUrl(String url, String hostPort) {

    /**
     * Parses {@code url} for {@code network} ({@code ws} needs {@code ws://}, {@code wss} needs
     * {@code wss://}).
     */
    static WsUrl parse(String network, String url) throws AddrException {
        String prefix = network + "://";
        if (!url.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new AddrException("want a " + prefix + " URL for network " + network, url);
        }
        if (url.indexOf('#') >= 0) {
            throw new AddrException("WebSocket URL must not have a fragment", url);
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new AddrException("invalid character in WebSocket URL", url);
            }
        }
        int start = prefix.length();
        int end = start;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
            end++;
        }
        String authority = url.substring(start, end);
        if (authority.indexOf('@') >= 0) {
            throw new AddrException("WebSocket URL must not carry user info", url);
        }
        String host;
        String port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new AddrException("missing ']' in host", url);
            }
            host = authority.substring(1, close);
            String rest = authority.substring(close + 1);
            if (rest.isEmpty()) {
                port = "";
            } else if (rest.startsWith(":")) {
                port = rest.substring(1);
            } else {
                throw new AddrException("unexpected text after ']' in host", url);
            }
            if (Net.parseIP(host) == null || host.indexOf(':') < 0) {
                throw new AddrException("invalid IPv6 host", url);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? "" : authority.substring(colon + 1);
            if (host.indexOf(':') >= 0) {
                throw new AddrException("IPv6 host must be in brackets", url);
            }
        }
        if (host.isEmpty()) {
            throw new AddrException("missing host in WebSocket URL", url);
        }
        if (port.isEmpty()) {
            port = network.equals("wss") ? "443" : "80";
        } else if (!validPort(port)) {
            throw new AddrException("invalid port \"" + port + "\" in WebSocket URL", url);
        }
        return new WsUrl(url, Net.joinHostPort(host, port));
    }

    private static boolean validPort(String p) {
        if (p.length() > 5) {
            return false;
        }
        int v = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        return v >= 1 && v <= 65535;
    }
}
