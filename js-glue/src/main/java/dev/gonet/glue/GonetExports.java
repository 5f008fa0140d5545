package dev.gonet.glue;

import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.Net;
import dev.gonet.spi.Platforms;
import dev.gonet.web.FetchTransport;
import dev.gonet.web.WebPlatform;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The raw exports of both bundles. JavaScript code does not call these directly: the loader
 * {@code gonet.mjs} wraps them into the documented API ({@code gonet.d.ts}), turning the
 * {@code {"error": ...}} results into thrown {@code GonetError}s. Results cross the boundary as
 * strings (JSON where structured) so the JS and WASM-GC bundles behave identically.
 */
public final class GonetExports {
    private GonetExports() {
    }

    /**
     * The gonet version the bundle was built as.
     *
     * @return the Maven project version, e.g. {@code 0.1.0-SNAPSHOT}
     */
    @JSExport
    public static String version() {
        return BuildInfo.VERSION;
    }

    /**
     * The platform the bundle found through the SPI.
     *
     * @return its name: {@code browser}
     */
    @JSExport
    public static String platform() {
        return Platforms.get().name();
    }

    /**
     * Go's {@code net.ParseIP(s).String()}.
     *
     * @param s the text of an IPv4 or IPv6 address
     * @return the address in Go's canonical form, or null when {@code s} is not an IP address
     */
    @JSExport
    public static String parseIP(String s) {
        IP ip = Net.parseIP(s);
        return ip == null ? null : ip.toString();
    }

    /**
     * Go's {@code net.ParseCIDR(s)}.
     *
     * @param s a CIDR, e.g. {@code 192.0.2.1/24}
     * @return JSON {@code {"ip","net"}} (the address and its network, as Go prints them), or
     *         {@code {"error",...}} with Go's text
     */
    @JSExport
    public static String parseCIDR(String s) {
        try {
            CIDR c = Net.parseCIDR(s);
            return Json.object("ip", c.ip().toString(), "net", c.net().toString());
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /**
     * Go's {@code net.SplitHostPort(s)}.
     *
     * @param s a {@code host:port} address ({@code [host]:port} for IPv6)
     * @return JSON {@code {"host","port"}}, or {@code {"error",...}} with Go's text
     */
    @JSExport
    public static String splitHostPort(String s) {
        try {
            HostPort hp = Net.splitHostPort(s);
            return Json.object("host", hp.host(), "port", hp.port());
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /**
     * Go's {@code net.JoinHostPort(host, port)}.
     *
     * @param host a host name or IP address
     * @param port a port number or service name
     * @return {@code host:port}, the host in brackets when it contains a colon
     */
    @JSExport
    public static String joinHostPort(String host, String port) {
        return Net.joinHostPort(host, port);
    }

    /**
     * Go's {@code net.CIDRMask(ones, bits).String()}.
     *
     * @param ones the number of leading one bits
     * @param bits the mask's length in bits, 32 or 128
     * @return the mask in hex, e.g. {@code ffffff00}, or null when the arguments make no mask
     */
    @JSExport
    public static String cidrMask(int ones, int bits) {
        IPMask m = Net.CIDRMask(ones, bits);
        return m == null ? null : m.toString();
    }

    /**
     * The same as {@link #ipContains}, by its earlier name.
     *
     * @param cidr the network, e.g. {@code 10.0.0.0/8}
     * @param ip   the address
     * @return JSON {@code {"contains": bool}}, or {@code {"error",...}} when either is malformed
     */
    @JSExport
    public static String cidrContains(String cidr, String ip) {
        return ipContains(cidr, ip);
    }

    /**
     * Go's {@code IPNet.Contains}: whether {@code ip} is in the network {@code cidr}.
     *
     * @param cidr the network, e.g. {@code 10.0.0.0/8}
     * @param ip   the address
     * @return JSON {@code {"contains": bool}}, or {@code {"error",...}} when either is malformed
     */
    @JSExport
    public static String ipContains(String cidr, String ip) {
        try {
            return IpHelpers.contains(cidr, ip);
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /**
     * Go's {@code net.IP} predicates for one address.
     *
     * @param ip the address
     * @return JSON {@code {"ip","version","isLoopback","isPrivate","isGlobalUnicast",
     *         "isLinkLocalUnicast","isMulticast","isUnspecified"}}, or {@code {"error",...}} when
     *         {@code ip} is not an IP address
     */
    @JSExport
    public static String ipInfo(String ip) {
        try {
            return IpHelpers.info(ip);
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /**
     * Go's {@code IP.Mask}.
     *
     * @param ip   the address
     * @param mask the mask: a prefix length, hex (e.g. {@code ffffff00}) or address form
     *             (e.g. {@code 255.255.255.0})
     * @return JSON {@code {"ip": string|null}} (null where Go gives nil), or {@code {"error",...}}
     *         when {@code ip} or {@code mask} is malformed
     */
    @JSExport
    public static String ipMask(String ip, String mask) {
        try {
            return IpHelpers.mask(ip, mask);
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /**
     * The address range of a CIDR network.
     *
     * @param cidr the network, e.g. {@code 192.0.2.0/24}
     * @return JSON {@code {"network","mask","ones","bits","first","last","count"}} ({@code count}
     *         a decimal string), or {@code {"error",...}} when {@code cidr} is malformed
     */
    @JSExport
    public static String cidrHosts(String cidr) {
        try {
            return IpHelpers.hosts(cidr);
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /**
     * Go's {@code Dialer.Dial}, on a green thread.
     *
     * @param network       {@code ws}, {@code wss}, or {@code tcp} through the relay
     * @param address       a URL for {@code ws}/{@code wss}, {@code host:port} for {@code tcp}
     * @param timeoutMillis the dial timeout in milliseconds; 0 means none
     * @param subprotocols  the WebSocket subprotocols, comma-separated (tokens cannot contain
     *                      commas); empty for none
     * @return a promise of JSON {@code {"id","network","localAddr","remoteAddr","subprotocol"}}
     *         ({@code id} the handle the {@code conn*} calls take), or {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSString> dial(String network, String address, int timeoutMillis, String subprotocols) {
        return JSPromise.callAsync(() -> JSString.valueOf(ConnTable.dial(network, address, timeoutMillis, subprotocols)));
    }

    /**
     * {@code Conn.read}: waits until some data arrives.
     *
     * @param id  the conn's handle, from {@link #dial}
     * @param max the most bytes to return (capped at 1 MiB)
     * @return a promise of an {@code Int8Array} of the bytes read, or of a JSON string
     *         {@code {"eof":true}} or {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSObject> connRead(int id, int max) {
        return JSPromise.callAsync(() -> ConnTable.read(id, max));
    }

    /**
     * {@code Conn.write}: waits until every byte is written.
     *
     * @param id   the conn's handle, from {@link #dial}
     * @param data the bytes
     * @return a promise of JSON {@code {"n"}} (the number written), or {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSString> connWrite(int id, Int8Array data) {
        return JSPromise.callAsync(() -> JSString.valueOf(ConnTable.write(id, data)));
    }

    /**
     * {@code Conn.close}; never blocks. The handle stays valid until {@link #connRelease}, so later
     * calls get the conn's own closed error, as in Go.
     *
     * @param id     the conn's handle, from {@link #dial}
     * @param code   a WebSocket close code; 0 means a plain close (1000)
     * @param reason the WebSocket close reason when {@code code} is not 0; may be null
     * @return JSON {@code {}}, or {@code {"error",...}} (e.g. already closed)
     */
    @JSExport
    public static String connClose(int id, int code, String reason) {
        return ConnTable.close(id, code, reason);
    }

    /**
     * Forgets a conn JS no longer references (its wrapper was garbage collected), closing it if
     * still open; never blocks.
     *
     * @param id the conn's handle, from {@link #dial}
     */
    @JSExport
    public static void connRelease(int id) {
        ConnTable.release(id);
    }

    /**
     * {@code Conn.setDeadline}, {@code setReadDeadline} or {@code setWriteDeadline}; never blocks.
     *
     * @param id          the conn's handle, from {@link #dial}
     * @param which       {@code read}, {@code write}, or anything else for both
     * @param epochMillis the deadline in milliseconds since the epoch; negative (or NaN) clears it
     * @return JSON {@code {}}, or {@code {"error",...}}
     */
    @JSExport
    public static String connSetDeadline(int id, String which, double epochMillis) {
        return ConnTable.setDeadline(id, which, epochMillis);
    }

    /**
     * {@link WebPlatform#setRelay}: the WebSocket relay {@code dial("tcp")} goes through.
     *
     * @param url the relay's URL; empty or null turns the relay off
     */
    @JSExport
    public static void setRelay(String url) {
        WebPlatform.setRelay(url == null || url.isEmpty() ? null : url);
    }

    /**
     * The relay {@link #setRelay} set.
     *
     * @return its URL, or null when there is none
     */
    @JSExport
    public static String relay() {
        return WebPlatform.relay();
    }

    /**
     * Go's {@code LookupHost}, through the page's resolver.
     *
     * @param host the host name
     * @return a promise of a JSON array of addresses, or of {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSString> lookupHost(String host) {
        return JSPromise.callAsync(() -> JSString.valueOf(Dns.lookupHost(host)));
    }

    /**
     * Go's {@code LookupIP(network, host)}, through the page's resolver.
     *
     * @param network {@code ip}, {@code ip4} or {@code ip6}
     * @param host    the host name
     * @return a promise of a JSON array of addresses, or of {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSString> lookupIP(String network, String host) {
        return JSPromise.callAsync(() -> JSString.valueOf(Dns.lookupIP(network, host)));
    }

    /**
     * Go's {@code LookupAddr}: the reverse lookup, through the page's resolver.
     *
     * @param addr the IP address
     * @return a promise of a JSON array of names, or of {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSString> lookupAddr(String addr) {
        return JSPromise.callAsync(() -> JSString.valueOf(Dns.lookupAddr(addr)));
    }

    /**
     * Go's {@code LookupCNAME}, through the page's resolver.
     *
     * @param host the host name
     * @return a promise of JSON {@code {"cname"}}, or of {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSString> lookupCNAME(String host) {
        return JSPromise.callAsync(() -> JSString.valueOf(Dns.lookupCNAME(host)));
    }

    /**
     * {@link WebPlatform#setResolver}: a DNS-over-HTTPS resolver for the lookups.
     *
     * @param endpoints     the packed list of absolute endpoint URLs; an empty list restores the
     *                      default resolver
     * @param timeoutMillis the resolver's timeout in milliseconds; 0 means its default
     * @return JSON {@code {}}, or {@code {"error",...}} (a URL that is not http(s) with a host)
     */
    @JSExport
    public static String setResolver(String endpoints, int timeoutMillis) {
        return Dns.setResolver(endpoints, timeoutMillis);
    }

    /**
     * The resolver the lookups use.
     *
     * @return JSON {@code {"endpoints","timeoutMs"}}; a resolver that is not DoH (set from Java)
     *         shows no endpoints
     */
    @JSExport
    public static String resolver() {
        return Dns.resolver();
    }

    /**
     * Opens an HTTP exchange; never blocks.
     *
     * @return the new exchange's id, for {@link #httpRequest} and {@link #requestAbort}
     */
    @JSExport
    public static int requestOpen() {
        return ResponseTable.open();
    }

    /**
     * Sends a request through a {@code Client} over the platform's default transport, on a green
     * thread.
     *
     * @param id            the exchange, from {@link #requestOpen}
     * @param method        the HTTP method
     * @param url           the URL, absolute or relative to the page
     * @param headers       the header fields, a packed list of name/value pairs
     * @param body          the body bytes; ignored when {@code hasBody} is 0
     * @param hasBody       0 for no body, anything else to send {@code body}
     * @param timeoutMillis Go's {@code Client.Timeout} in milliseconds; 0 means none
     * @param fetch         the fetch options, a packed list of key/value pairs
     * @return a promise of JSON {@code {"id","status","statusText","headers","url","redirected"}}
     *         once the response head arrives (the body is then read with {@link #bodyRead}), or of
     *         {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSString> httpRequest(int id, String method, String url, String headers, Int8Array body,
            int hasBody, int timeoutMillis, String fetch) {
        return JSPromise.callAsync(() -> JSString.valueOf(
                ResponseTable.send(id, method, url, headers, hasBody != 0 ? body : null, timeoutMillis, fetch)));
    }

    /**
     * Reads the response body: waits until some of it arrives.
     *
     * @param id  the exchange, from {@link #requestOpen}, after {@link #httpRequest} resolved
     * @param max the most bytes to return (capped at 1 MiB)
     * @return a promise of an {@code Int8Array} of body bytes, or of a JSON string
     *         {@code {"eof":true}} or {@code {"error",...}}
     */
    @JSExport
    public static JSPromise<JSObject> bodyRead(int id, int max) {
        return JSPromise.callAsync(() -> ResponseTable.read(id, max));
    }

    /**
     * Closes the body (or aborts a request still waiting for its head) and forgets the id; never
     * blocks.
     *
     * @param id the exchange, from {@link #requestOpen}
     */
    @JSExport
    public static void bodyClose(int id) {
        ResponseTable.close(id);
    }

    /**
     * Aborts the exchange, as a canceled context does; never blocks.
     *
     * @param id     the exchange, from {@link #requestOpen}
     * @param reason the error text the pending call then fails with; empty means
     *               {@code context canceled}
     */
    @JSExport
    public static void requestAbort(int id, String reason) {
        ResponseTable.abort(id, reason);
    }

    /**
     * Whether this browser can stream request bodies ({@code FetchTransport.canStreamUploads()}).
     *
     * @return 1 when it can, 0 when it cannot
     */
    @JSExport
    public static int canStreamUploads() {
        return FetchTransport.canStreamUploads() ? 1 : 0;
    }
}
