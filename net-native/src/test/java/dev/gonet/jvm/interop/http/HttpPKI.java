package dev.gonet.jvm.interop.http;

import dev.gonet.jvm.interop.Peers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Certificates for the HTTPS interop servers, made once per test JVM with Debian's
 * {@code openssl} (as {@code jvm/tls/TestPKI} does) into a temporary directory. Unlike there, the
 * files must stay on disk while nginx and the Go server run (both read a certificate <i>file</i>),
 * so the directory is deleted when the JVM exits. EC P-256 keys throughout: they are made in
 * milliseconds where RSA takes a second.
 */
final class HttpPKI {
    /** The CA the clients trust. */
    final String caPem;
    /** A CA nobody trusts, for the "signed by unknown authority" case. */
    final String otherCaPem;
    /** The servers' certificate (signed by {@link #caPem}) for DNS:localhost and IP:127.0.0.1. */
    final Path serverCert;
    final Path serverKey;

    private static HttpPKI instance;

    static synchronized HttpPKI get() {
        if (instance == null) {
            try {
                instance = new HttpPKI();
            } catch (IOException | InterruptedException e) {
                throw new AssertionError("making test certificates with openssl failed: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    private final Path dir;

    private HttpPKI() throws IOException, InterruptedException {
        Peers.ensureApt("openssl");
        dir = Files.createTempDirectory("gonet-http-pki");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        ca("ca", "gonet interop CA");
        ca("other", "gonet untrusted CA");
        key("server");
        Files.writeString(dir.resolve("server.ext"), "basicConstraints=CA:FALSE\n"
                + "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                + "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        openssl("req", "-new", "-key", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                "-set_serial", Long.toString(System.nanoTime() & Long.MAX_VALUE), "-days", "2",
                "-extfile", "server.ext", "-out", "server.crt");
        caPem = Files.readString(dir.resolve("ca.crt"));
        otherCaPem = Files.readString(dir.resolve("other.crt"));
        serverCert = dir.resolve("server.crt");
        serverKey = dir.resolve("server.key");
    }

    private void ca(String name, String cn) throws IOException, InterruptedException {
        key(name);
        openssl("req", "-x509", "-new", "-key", name + ".key", "-out", name + ".crt", "-days", "3",
                "-subj", "/CN=" + cn, "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    private void key(String name) throws IOException, InterruptedException {
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", name + ".key");
    }

    private void openssl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("openssl");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + output);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a temporary directory left behind harms nothing
        }
    }
}
