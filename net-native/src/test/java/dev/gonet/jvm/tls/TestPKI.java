package dev.gonet.jvm.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Certificates for the TLS tests, made once per test JVM with Debian's {@code openssl} (installed
 * through {@code scripts/ensure-apt.sh} when missing) in a temporary directory that is deleted
 * right after: nothing is committed, no key outlives the run. OpenSSL rather than keytool
 * because it writes the key forms a Go user has lying around (PKCS#8, PKCS#1, SEC1) on its own,
 * so the parsers are tested against a foreign writer, not against themselves. Public for the
 * other packages' HTTPS tests (DoH in {@code dev.gonet.jvm.dns}).
 */
public final class TestPKI {
    /** A certificate chain (leaf first) and its key in PKCS#8 and in the key's traditional form. */
    public record Leaf(String certPem, String keyPem, String traditionalKeyPem) {
    }

    /** The CA the tests trust. */
    public final String caPem;
    /** A CA nobody trusts. */
    final String otherCaPem;
    /** RSA 2048 for a.example, localhost, *.w.example, 127.0.0.1; traditional form: PKCS#1. */
    public final Leaf server;
    /** EC P-256 for a.example; traditional form: SEC1. */
    final Leaf serverEc;
    /** Ed25519 for a.example (PKCS#8 only). */
    final Leaf serverEd;
    /** EC P-256 for b.example only (another name and another key type than {@link #server}). */
    final Leaf serverB;
    /** For a.example, signed by an intermediate CA; certPem holds leaf then intermediate. */
    final Leaf chained;
    /** For a.example, signed by the CA nobody trusts. */
    final Leaf untrusted;
    /** For a.example, expired yesterday. */
    final Leaf expired;
    /** CN=a.example and no subject alternative names: JSSE would accept it for a.example, Go does not. */
    final Leaf legacyCn;
    /** A client certificate, CN=client.example, signed by the trusted CA. */
    final Leaf client;
    /**
     * A client certificate from an impostor CA that carries the trusted CA's name with another
     * key: a client sends it to a server asking for that CA, and verification must fail.
     */
    final Leaf impostorClient;

    /** {@link #server}'s key encrypted with a password (PKCS#8 ENCRYPTED PRIVATE KEY), which Go cannot use. */
    final String encryptedKeyPem;

    private static TestPKI instance;

    public static synchronized TestPKI get() {
        if (instance == null) {
            try {
                instance = new TestPKI();
            } catch (IOException | InterruptedException e) {
                throw new AssertionError("making test certificates with openssl failed: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    private final Path dir;
    /** Validity of the next certificate signed; -1 makes one that expired yesterday. */
    private int validDays = 2;

    private TestPKI() throws IOException, InterruptedException {
        ensureOpenssl();
        dir = Files.createTempDirectory("gonet-tls-pki");
        try {
            ca("ca", "gonet test CA", null);
            ca("other", "gonet untrusted CA", null);
            ca("int", "gonet intermediate CA", "ca");
            ca("impostor", "gonet test CA", null);
            caPem = read("ca.crt");
            otherCaPem = read("other.crt");
            server = leaf("server", "rsa", "ca", "a.example", "DNS:a.example,DNS:localhost,DNS:*.w.example,IP:127.0.0.1", "serverAuth");
            serverEc = leaf("server-ec", "ec", "ca", "a.example", "DNS:a.example", "serverAuth");
            serverEd = leaf("server-ed", "ed25519", "ca", "a.example", "DNS:a.example", "serverAuth");
            serverB = leaf("server-b", "ec", "ca", "b.example", "DNS:b.example", "serverAuth");
            Leaf viaInt = leaf("chained", "ec", "int", "a.example", "DNS:a.example", "serverAuth");
            chained = new Leaf(viaInt.certPem() + read("int.crt"), viaInt.keyPem(), viaInt.traditionalKeyPem());
            validDays = -1;
            expired = leaf("expired", "ec", "ca", "a.example", "DNS:a.example", "serverAuth");
            validDays = 2;
            legacyCn = leaf("legacy", "ec", "ca", "a.example", null, "serverAuth");
            untrusted = leaf("untrusted", "ec", "other", "a.example", "DNS:a.example", "serverAuth");
            client = leaf("client", "ec", "ca", "client.example", "DNS:client.example", "clientAuth");
            openssl("pkcs8", "-topk8", "-in", "server.key", "-v2", "aes-256-cbc", "-passout", "pass:secret",
                    "-out", "server.enc");
            encryptedKeyPem = read("server.enc");
            impostorClient = leaf("client-impostor", "ec", "impostor", "client.example", "DNS:client.example",
                    "clientAuth");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A CA key and certificate, self-signed or signed by {@code parent}. */
    private void ca(String name, String cn, String parent) throws IOException, InterruptedException {
        key(name, "ec");
        String ext = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n";
        if (parent == null) {
            openssl("req", "-x509", "-new", "-key", name + ".key", "-out", name + ".crt", "-days", "3",
                    "-subj", "/CN=" + cn, "-addext", "basicConstraints=critical,CA:TRUE",
                    "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        } else {
            sign(name, cn, parent, ext);
        }
    }

    private Leaf leaf(String name, String alg, String issuer, String cn, String sans, String eku)
            throws IOException, InterruptedException {
        key(name, alg);
        sign(name, cn, issuer, "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature"
                + (alg.equals("rsa") ? ",keyEncipherment" : "") + "\nextendedKeyUsage=" + eku
                + (sans == null ? "" : "\nsubjectAltName=" + sans) + "\n");
        String traditional = null;
        if (alg.equals("rsa")) {
            openssl("rsa", "-in", name + ".key", "-traditional", "-out", name + ".trad");
            traditional = read(name + ".trad");
        } else if (alg.equals("ec")) {
            openssl("ec", "-in", name + ".key", "-out", name + ".trad");
            traditional = read(name + ".trad");
        }
        return new Leaf(read(name + ".crt"), read(name + ".key"), traditional);
    }

    private void key(String name, String alg) throws IOException, InterruptedException {
        switch (alg) {
            case "rsa" -> openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", name + ".key");
            case "ec" -> openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", name + ".key");
            default -> openssl("genpkey", "-algorithm", "ED25519", "-out", name + ".key");
        }
    }

    private void sign(String name, String cn, String issuer, String ext) throws IOException, InterruptedException {
        Files.writeString(dir.resolve(name + ".ext"), ext);
        openssl("req", "-new", "-key", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + cn);
        openssl("x509", "-req", "-in", name + ".csr", "-CA", issuer + ".crt", "-CAkey", issuer + ".key",
                "-set_serial", Long.toString(System.nanoTime() & Long.MAX_VALUE), "-days", Integer.toString(validDays),
                "-extfile", name + ".ext", "-out", name + ".crt");
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file));
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

    /** Installs openssl if missing, as the other tests do for their tools. */
    private static void ensureOpenssl() throws IOException, InterruptedException {
        if (Files.isExecutable(Path.of("/usr/bin/openssl"))) {
            return;
        }
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("scripts/ensure-apt.sh"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IOException("openssl is missing and no scripts/ensure-apt.sh was found to install it");
        }
        Process p = new ProcessBuilder("bash", root.resolve("scripts/ensure-apt.sh").toString(), "openssl")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("bash scripts/ensure-apt.sh openssl failed:\n" + output);
        }
    }
}
