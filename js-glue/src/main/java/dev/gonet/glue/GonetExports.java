package dev.gonet.glue;

import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.Net;
import dev.gonet.spi.Platforms;
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
            return Json.error(e.getMessage());
        }
    }

    /** {@code {"host","port"}} or {@code {"error"}}. */
    @JSExport
    public static String splitHostPort(String s) {
        try {
            HostPort hp = Net.splitHostPort(s);
            return Json.object("host", hp.host(), "port", hp.port());
        } catch (AddrException e) {
            return Json.error(e.getMessage());
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

    /** {@code {"contains": bool}} for an IP in a CIDR network, or {@code {"error"}}. */
    @JSExport
    public static String cidrContains(String cidr, String ip) {
        try {
            IP addr = Net.parseIP(ip);
            if (addr == null) {
                return Json.error("invalid IP address: " + ip);
            }
            return Json.object("contains", Net.parseCIDR(cidr).net().contains(addr));
        } catch (AddrException e) {
            return Json.error(e.getMessage());
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
}
