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

    @JSExport
    public static String version() {
        return BuildInfo.VERSION;
    }

    /** The platform the bundle found through the SPI: {@code browser}. */
    @JSExport
    public static String platform() {
        return Platforms.get().name();
    }

    /** Go's ParseIP(s).String(), or null when invalid. */
    @JSExport
    public static String parseIP(String s) {
        IP ip = Net.parseIP(s);
        return ip == null ? null : ip.toString();
    }

    /** {@code {"ip","net"}} or {@code {"error"}}. */
    @JSExport
    public static String parseCIDR(String s) {
        try {
            CIDR c = Net.parseCIDR(s);
            return Json.object("ip", c.ip().toString(), "net", c.net().toString());
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /** {@code {"host","port"}} or {@code {"error"}}. */
    @JSExport
    public static String splitHostPort(String s) {
        try {
            HostPort hp = Net.splitHostPort(s);
            return Json.object("host", hp.host(), "port", hp.port());
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    @JSExport
    public static String joinHostPort(String host, String port) {
        return Net.joinHostPort(host, port);
    }

    /** Go's CIDRMask(ones, bits).String(), or null when invalid. */
    @JSExport
    public static String cidrMask(int ones, int bits) {
        IPMask m = Net.CIDRMask(ones, bits);
        return m == null ? null : m.toString();
    }

    /** {@code {"contains": bool}} for an IP in a CIDR network, or {@code {"error"}}; the same as {@link #ipContains}. */
    @JSExport
    public static String cidrContains(String cidr, String ip) {
        return ipContains(cidr, ip);
    }

    /** {@code {"contains": bool}}: Go's {@code IPNet.Contains} for {@code ip} in {@code cidr}, or {@code {"error"}}. */
    @JSExport
    public static String ipContains(String cidr, String ip) {
        try {
            return IpHelpers.contains(cidr, ip);
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /** {@code {"ip","version","isLoopback","isPrivate","isGlobalUnicast","isLinkLocalUnicast","isMulticast","isUnspecified"}} or {@code {"error"}}. */
    @JSExport
    public static String ipInfo(String ip) {
        try {
            return IpHelpers.info(ip);
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /** {@code {"ip": string|null}}: Go's {@code IP.Mask}; {@code mask} a prefix length, hex or address form. Or {@code {"error"}}. */
    @JSExport
    public static String ipMask(String ip, String mask) {
        try {
            return IpHelpers.mask(ip, mask);
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /** {@code {"network","mask","ones","bits","first","last","count"}} or {@code {"error"}}. */
    @JSExport
    public static String cidrHosts(String cidr) {
        try {
            return IpHelpers.hosts(cidr);
        } catch (AddrException e) {
            return Json.error(e);
        }
    }

    /**
     * Dials on a green thread; resolves with JSON {@code {"id","network","localAddr",
     * "remoteAddr","subprotocol"}} or {@code {"error",...}}. {@code subprotocols} is
     * comma-separated (tokens cannot contain commas); {@code timeoutMillis} 0 means none.
     */
    @JSExport
    public static JSPromise<JSString> dial(String network, String address, int timeoutMillis, String subprotocols) {
        return JSPromise.callAsync(() -> JSString.valueOf(ConnTable.dial(network, address, timeoutMillis, subprotocols)));
    }

    /** Resolves with an {@code Int8Array} of at most {@code max} bytes, or JSON {@code {"eof"}} / {@code {"error"}}. */
    @JSExport
    public static JSPromise<JSObject> connRead(int id, int max) {
        return JSPromise.callAsync(() -> ConnTable.read(id, max));
    }

    /** Resolves with JSON {@code {"n"}} once all bytes are written, or {@code {"error"}}. */
    @JSExport
    public static JSPromise<JSString> connWrite(int id, Int8Array data) {
        return JSPromise.callAsync(() -> JSString.valueOf(ConnTable.write(id, data)));
    }

    /** Closes (never blocks); {@code code} 0 = 1000. JSON {@code {}} or {@code {"error"}}. */
    @JSExport
    public static String connClose(int id, int code, String reason) {
        return ConnTable.close(id, code, reason);
    }

    /** Forgets a conn JS no longer references (closing it if still open). */
    @JSExport
    public static void connRelease(int id) {
        ConnTable.release(id);
    }

    /** Sets a deadline (never blocks); negative clears. JSON {@code {}} or {@code {"error"}}. */
    @JSExport
    public static String connSetDeadline(int id, String which, double epochMillis) {
        return ConnTable.setDeadline(id, which, epochMillis);
    }

    /** {@link WebPlatform#setRelay}: empty or null turns the relay off. */
    @JSExport
    public static void setRelay(String url) {
        WebPlatform.setRelay(url == null || url.isEmpty() ? null : url);
    }

    /** The relay URL, or null. */
    @JSExport
    public static String relay() {
        return WebPlatform.relay();
    }

    /** Go's {@code LookupHost} through the page's resolver: JSON array of addresses, or {@code {"error"}}. */
    @JSExport
    public static JSPromise<JSString> lookupHost(String host) {
        return JSPromise.callAsync(() -> JSString.valueOf(Dns.lookupHost(host)));
    }

    /** Go's {@code LookupIP(network, host)}: JSON array of addresses, or {@code {"error"}}. */
    @JSExport
    public static JSPromise<JSString> lookupIP(String network, String host) {
        return JSPromise.callAsync(() -> JSString.valueOf(Dns.lookupIP(network, host)));
    }

    /** Go's {@code LookupAddr}: JSON array of names, or {@code {"error"}}. */
    @JSExport
    public static JSPromise<JSString> lookupAddr(String addr) {
        return JSPromise.callAsync(() -> JSString.valueOf(Dns.lookupAddr(addr)));
    }

    /** Go's {@code LookupCNAME}: JSON {@code {"cname"}}, or {@code {"error"}}. */
    @JSExport
    public static JSPromise<JSString> lookupCNAME(String host) {
        return JSPromise.callAsync(() -> JSString.valueOf(Dns.lookupCNAME(host)));
    }

    /**
     * {@link WebPlatform#setResolver}: a DoH resolver for the packed absolute endpoint URLs and
     * {@code timeoutMillis} (0: the default); an empty list restores the default. JSON {@code {}}
     * or {@code {"error"}} (a URL that is not http(s) with a host).
     */
    @JSExport
    public static String setResolver(String endpoints, int timeoutMillis) {
        return Dns.setResolver(endpoints, timeoutMillis);
    }

    /** JSON {@code {"endpoints","timeoutMs"}} of the resolver lookups use. */
    @JSExport
    public static String resolver() {
        return Dns.resolver();
    }

    /** A new HTTP exchange's id, for {@link #httpRequest} and {@link #requestAbort}. */
    @JSExport
    public static int requestOpen() {
        return ResponseTable.open();
    }

    /**
     * Sends a request through a {@code Client} over the platform's default transport; resolves
     * with JSON {@code {"id","status","statusText","headers","url","redirected"}} or
     * {@code {"error"}}. {@code headers} and {@code fetch} are packed lists (name/value pairs);
     * {@code hasBody} 0 means no body (then {@code body} is ignored); {@code timeoutMillis} 0
     * means none.
     */
    @JSExport
    public static JSPromise<JSString> httpRequest(int id, String method, String url, String headers, Int8Array body,
            int hasBody, int timeoutMillis, String fetch) {
        return JSPromise.callAsync(() -> JSString.valueOf(
                ResponseTable.send(id, method, url, headers, hasBody != 0 ? body : null, timeoutMillis, fetch)));
    }

    /** Resolves with an {@code Int8Array} of at most {@code max} body bytes, or JSON {@code {"eof"}} / {@code {"error"}}. */
    @JSExport
    public static JSPromise<JSObject> bodyRead(int id, int max) {
        return JSPromise.callAsync(() -> ResponseTable.read(id, max));
    }

    /** Closes the body (or aborts a request still waiting for its head) and forgets the id; never blocks. */
    @JSExport
    public static void bodyClose(int id) {
        ResponseTable.close(id);
    }

    /** Aborts the exchange with {@code reason} (empty: {@code context canceled}); never blocks. */
    @JSExport
    public static void requestAbort(int id, String reason) {
        ResponseTable.abort(id, reason);
    }

    /** Whether this browser can stream request bodies ({@code FetchTransport.canStreamUploads()}). */
    @JSExport
    public static int canStreamUploads() {
        return FetchTransport.canStreamUploads() ? 1 : 0;
    }
}
