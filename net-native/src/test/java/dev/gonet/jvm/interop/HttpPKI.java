package dev.gonet.jvm.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A CA and a server certificate for the HTTPS interop tests, made per test class with Debian's
 * {@code openssl} (as the TLS tests' {@code TestPKI} does) in a temporary directory: the clients
 * under test read the CA from a file there. {@link #close()} deletes it; no key outlives the run.
 * The server certificate (EC P-256, two days) names {@code localhost}, {@code 127.0.0.1} and
 * {@code ::1}, and nothing else, so any other name is a mismatch.
 */
final class HttpPKI implements AutoCloseable {
    final Path dir;
    final Path caFile;
    final String certPem;
    final String keyPem;

    HttpPKI() throws IOException, InterruptedException {
        Peers.ensureApt("openssl");
        dir = Files.createTempDirectory("gonet-http-pki");
        try {
            openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ca.key");
            openssl("req", "-x509", "-new", "-key", "ca.key", "-out", "ca.crt", "-days", "2",
                    "-subj", "/CN=gonet interop CA", "-addext", "basicConstraints=critical,CA:TRUE",
                    "-addext", "keyUsage=critical,keyCertSign,cRLSign");
            openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "server.key");
            openssl("req", "-new", "-key", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
            Files.writeString(dir.resolve("server.ext"), "basicConstraints=CA:FALSE\n"
                    + "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                    + "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n");
            openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                    "-set_serial", Long.toString(System.nanoTime() & Long.MAX_VALUE), "-days", "2",
                    "-extfile", "server.ext", "-out", "server.crt");
            caFile = dir.resolve("ca.crt");
            certPem = Files.readString(dir.resolve("server.crt"));
            keyPem = Files.readString(dir.resolve("server.key"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void openssl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + output);
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
