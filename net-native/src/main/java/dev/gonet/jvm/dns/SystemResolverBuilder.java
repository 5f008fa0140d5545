package dev.gonet.jvm.dns;

import dev.gonet.AddrException;
import dev.gonet.HostPort;
import dev.gonet.Net;
import dev.gonet.dns.internal.DnsNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link SystemResolver.Builder}: the defaults are the files Go reads on Linux. */
final class SystemResolverBuilder implements SystemResolver.Builder {
    Path hostsFile = Path.of("/etc/hosts");
    Path servicesFile = Path.of("/etc/services");
    Path protocolsFile = Path.of("/etc/protocols");
    Path resolvConf = Path.of("/etc/resolv.conf");
    List<String> nameservers = List.of();
    long timeoutMillis;
    boolean preferGo;
    boolean strictErrors;

    @Override
    public SystemResolver.Builder hostsFile(Path path) {
        hostsFile = Objects.requireNonNull(path, "path");
        return this;
    }

    @Override
    public SystemResolver.Builder servicesFile(Path path) {
        servicesFile = Objects.requireNonNull(path, "path");
        return this;
    }

    @Override
    public SystemResolver.Builder protocolsFile(Path path) {
        protocolsFile = Objects.requireNonNull(path, "path");
        return this;
    }

    @Override
    public SystemResolver.Builder resolvConf(Path path) {
        resolvConf = Objects.requireNonNull(path, "path");
        return this;
    }

    @Override
    public SystemResolver.Builder nameservers(String... servers) {
        List<String> out = new ArrayList<>();
        for (String s : servers) {
            HostPort hp;
            try {
                hp = Net.splitHostPort(Objects.requireNonNull(s, "server"));
            } catch (AddrException e) {
                throw new IllegalArgumentException("name server " + s + ": " + e.getMessage(), e);
            }
            if (DnsNames.parseIPZone(hp.host()) == null || !isPort(hp.port())) {
                throw new IllegalArgumentException("name server " + s + ": want an IP literal and a port, as 127.0.0.1:53");
            }
            out.add(Net.joinHostPort(hp.host(), hp.port()));
        }
        nameservers = List.copyOf(out);
        return this;
    }

    private static boolean isPort(String p) {
        if (p.isEmpty() || p.length() > 5) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                return false;
            }
        }
        int n = Integer.parseInt(p);
        return n > 0 && n <= 65535;
    }

    @Override
    public SystemResolver.Builder timeout(Duration perTry) {
        if (perTry.isNegative() || perTry.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + perTry);
        }
        timeoutMillis = Math.max(1, perTry.toMillis());
        return this;
    }

    @Override
    public SystemResolver.Builder preferGo(boolean v) {
        preferGo = v;
        return this;
    }

    @Override
    public SystemResolver.Builder strictErrors(boolean v) {
        strictErrors = v;
        return this;
    }

    @Override
    public SystemResolver build() {
        return new SystemResolver(this);
    }

    /**
     * Go's {@code os.Hostname} on Linux (the kernel's name), for the default search domain; read
     * from procfs because {@code InetAddress.getLocalHost()} may itself query DNS.
     */
    static String hostname() {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/sys/kernel/hostname")), StandardCharsets.UTF_8).trim();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return "";
        }
    }
}
