package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real DNS server for tests: Debian's dnsmasq on 127.0.0.1 and a free high port, answering
 * only from its configuration (no upstream, no /etc/hosts). Installed on demand through
 * {@code scripts/ensure-apt.sh dnsmasq-base}: the binary alone, because the {@code dnsmasq}
 * package would also start a system daemon on port 53.
 */
final class Dnsmasq implements AutoCloseable {
    static final String BINARY = "/usr/sbin/dnsmasq";

    private final Process process;
    private final Path dir;
    final int port;

    private Dnsmasq(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** {@code 127.0.0.1:port}, for {@code SystemResolver.withNameservers}. */
    String server() {
        return "127.0.0.1:" + port;
    }

    /** Starts dnsmasq with {@code records} (dnsmasq.conf lines) and waits until it answers. */
    static Dnsmasq start(String records) throws Exception {
        ensureInstalled();
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            // A directory per attempt: close() of a failed attempt deletes its own.
            Path dir = Files.createTempDirectory("gonet-dnsmasq");
            int port = freeUdpPort();
            String conf = "port=" + port + "\nlisten-address=127.0.0.1\nbind-interfaces\nno-resolv\nno-hosts\nno-poll\n"
                    + "pid-file=\n" + ("root".equals(System.getProperty("user.name")) ? "user=root\ngroup=root\n" : "")
                    + records;
            Path file = dir.resolve("dnsmasq.conf");
            Files.writeString(file, conf);
            Process p = new ProcessBuilder(BINARY, "--keep-in-foreground", "--conf-file=" + file,
                    "--log-facility=" + dir.resolve("log"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
            Dnsmasq d = new Dnsmasq(p, dir, port);
            if (d.awaitReady()) {
                return d;
            }
            d.close();
            last = new IOException("dnsmasq did not start on port " + port + ": " + d.output());
        }
        throw last;
    }

    /** Polls with a real query until dnsmasq answers, the process dies, or 10 s pass. */
    private boolean awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                DnsExchange.exchange(server(), "ready.invalid.", 1, 200, false);
                return true;
            } catch (DnsExchange.Failure f) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    private String output() {
        try {
            return Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }

    static void ensureInstalled() throws Exception {
        if (Files.isExecutable(Path.of(BINARY))) {
            return;
        }
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("scripts/ensure-apt.sh"))) {
            root = root.getParent();
        }
        if (root == null) {
            fail("no scripts/ensure-apt.sh above " + System.getProperty("user.dir"));
        }
        String out = "";
        for (int attempt = 1; attempt <= 3 && !Files.isExecutable(Path.of(BINARY)); attempt++) {
            Process p = new ProcessBuilder("bash", root.resolve("scripts/ensure-apt.sh").toString(), "dnsmasq-base")
                    .redirectErrorStream(true).start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
        }
        if (!Files.isExecutable(Path.of(BINARY))) {
            fail("dnsmasq is required for the DNS tests and could not be installed "
                    + "(bash scripts/ensure-apt.sh dnsmasq-base):\n" + out);
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
