package dev.gonet.glue;

import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.Net;
import dev.gonet.spi.Platforms;
import org.teavm.jso.JSExport;

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
        return "0.1.0";
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
}
