package dev.gonet.jvm.dns;

import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.Resolver;
import dev.gonet.internal.LiteralResolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** The JVM's default {@link Resolver}: the operating system's resolver through {@link InetAddress}. */
public final class SystemResolver implements Resolver {
    private final LiteralResolver literals = new LiteralResolver("no such host");

    @Override
    public List<String> lookupHost(String host) throws IOException {
        List<String> out = new ArrayList<>();
        for (IP ip : lookupIP("ip", host)) {
            out.add(ip.toString());
        }
        return out;
    }

    @Override
    public List<IP> lookupIP(String network, String host) throws IOException {
        if (IP.parse(host) != null) {
            return literals.lookupIP(network, host);
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw DNSException.notFound(host, "");
        }
        List<IP> out = new ArrayList<>();
        for (InetAddress a : all) {
            IP ip = IP.of(a.getAddress());
            boolean v4 = ip.to4() != null;
            if (network.equals("ip") || (network.equals("ip4") && v4) || (network.equals("ip6") && !v4)) {
                out.add(ip);
            }
        }
        if (out.isEmpty()) {
            throw new DNSException("no suitable address found", host, "", false, false, true);
        }
        return out;
    }

    @Override
    public List<String> lookupAddr(String addr) throws IOException {
        IP ip = IP.parse(addr);
        if (ip == null) {
            throw new DNSException("unrecognized address", addr, "", false, false, false);
        }
        String name = InetAddress.getByAddress(ip.to4() != null ? ip.to4().bytes() : ip.bytes())
                .getCanonicalHostName();
        if (IP.parse(name) != null) {
            throw DNSException.notFound(addr, "");
        }
        return List.of(name.endsWith(".") ? name : name + ".");
    }

    @Override
    public int lookupPort(String network, String service) throws IOException {
        return literals.lookupPort(network, service);
    }

    @Override
    public String lookupCNAME(String host) throws IOException {
        lookupIP("ip", host);
        return host.endsWith(".") ? host : host + ".";
    }
}
