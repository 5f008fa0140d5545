// PLACEHOLDER: replaced by branch addr at merge
package dev.gonet;

/** Placeholder for the result of Go's ParseCIDR so Net.java compiles. */
public record CIDR(IP ip, IPNet net) {

    public static CIDR parse(String s) throws AddrException {
        int slash = s.indexOf('/');
        IP ip = slash < 0 ? null : IP.parse(s.substring(0, slash));
        if (ip == null) {
            throw AddrException.parse("CIDR address", s);
        }
        IPMask mask = IPMask.cidr(Integer.parseInt(s.substring(slash + 1)), ip.to4() != null ? 32 : 128);
        if (mask == null) {
            throw AddrException.parse("CIDR address", s);
        }
        return new CIDR(ip, new IPNet(ip, mask));
    }
}
