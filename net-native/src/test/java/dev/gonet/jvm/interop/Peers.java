package dev.gonet.jvm.interop;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds, installs and builds the peers that are not gonet: Debian tools through
 * {@code scripts/ensure-apt.sh} and the Go 1.19 program {@code src/test/go/peer}. Used by the
 * interop tests and the socket benchmark alike. Anything missing fails with an
 * {@link AssertionError}: a peer that cannot be had is a failed test, never a skipped one.
 */
public final class Peers {
    public static final String GO = "/usr/lib/go-1.19/bin/go";

    private static final Map<String, Path> goBinaries = new java.util.HashMap<>(); // guarded by Peers.class

    private Peers() {
    }

    /** The checkout root: the first directory above {@code user.dir} holding the apt script. */
    public static Path repoRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scripts/ensure-apt.sh"))) {
                return p;
            }
        }
        throw new AssertionError("no scripts/ensure-apt.sh above " + System.getProperty("user.dir"));
    }

    /**
     * Installs the Debian packages that are missing. Retries, because a parallel build may hold
     * the apt lock; the script itself waits for the lock too.
     */
    public static void ensureApt(String... packages) {
        String last = "";
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                String[] cmd = new String[packages.length + 2];
                cmd[0] = "bash";
                cmd[1] = repoRoot().resolve("scripts/ensure-apt.sh").toString();
                System.arraycopy(packages, 0, cmd, 2, packages.length);
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                last = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0) {
                    return;
                }
                Thread.sleep(3000L * attempt);
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while installing " + String.join(" ", packages), e);
            }
        }
        throw new AssertionError("cannot install " + String.join(" ", packages)
                + " (bash scripts/ensure-apt.sh " + String.join(" ", packages) + "):\n" + last);
    }

    /**
     * The Go peer program, built once per source version into {@code net-native/target/go-peer}
     * (reused across runs while {@code main.go} is unchanged, as the address parity test does).
     */
    public static Path goPeer() {
        return goProgram("peer");
    }

    /**
     * The Go program {@code src/test/go/<name>/main.go}, built once per source version into
     * {@code net-native/target/go-peer/<name>}. All programs share one build cache, so the
     * standard library is compiled once.
     */
    public static synchronized Path goProgram(String name) {
        Path built = goBinaries.get(name);
        if (built != null) {
            return built;
        }
        ensureApt("golang-1.19-go");
        Path module = repoRoot().resolve("net-native");
        Path src = module.resolve("src/test/go").resolve(name);
        Path work = module.resolve("target/go-peer");
        Path bin = work.resolve(name);
        Path stamp = work.resolve(name + ".sha256");
        try {
            byte[] source = Files.readAllBytes(src.resolve("main.go"));
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source));
            if (!(Files.isExecutable(bin) && Files.exists(stamp) && Files.readString(stamp).equals(hash))) {
                Files.createDirectories(work.resolve("home"));
                ProcessBuilder pb = new ProcessBuilder(GO, "build", "-o", bin.toString(), "main.go")
                        .directory(src.toFile()).redirectErrorStream(true);
                Map<String, String> env = pb.environment();
                env.put("GOCACHE", work.resolve("cache").toString());
                env.put("GOPATH", work.resolve("gopath").toString());
                env.put("GO111MODULE", "off");
                env.put("HOME", work.resolve("home").toString());
                // Pure-Go net package: no C compiler, and Go's own netpoller rather than libc's resolver.
                env.put("CGO_ENABLED", "0");
                env.remove("GOFLAGS");
                env.remove("GOROOT");
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new AssertionError("go build of " + src + " failed:\n" + out);
                }
                Files.writeString(stamp, hash);
            }
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new AssertionError("cannot build the Go program " + name + " in " + work, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while building the Go program " + name, e);
        }
        goBinaries.put(name, bin);
        return bin;
    }

    /**
     * A loopback port that was free a moment ago, for tools that cannot listen on port 0 and
     * report the port (socat 1.7). Callers retry when the tool then finds it taken.
     */
    public static int freePort(String host) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return s.getLocalPort();
        }
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
