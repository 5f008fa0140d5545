package dev.gonet.jvm.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds a Go 1.19 program of {@code net-native/src/test/go/<name>/main.go} into
 * {@code net-native/target/go-<name>/<name>}, as {@link Peers#goPeer()} builds the socket peer:
 * pure Go (CGO off), no modules, rebuilt only when {@code main.go} changed. Go is installed
 * through {@code scripts/ensure-apt.sh} when missing; a failed build fails the test.
 */
public final class GoProgram {
    private static final Map<String, Path> built = new HashMap<>();

    private GoProgram() {
    }

    /** The HTTP peer of the server interop tests and the HTTP benchmark. */
    public static Path httpPeer() {
        return build("httppeer");
    }

    public static synchronized Path build(String name) {
        Path done = built.get(name);
        if (done != null) {
            return done;
        }
        Peers.ensureApt("golang-1.19-go");
        Path module = Peers.repoRoot().resolve("net-native");
        Path src = module.resolve("src/test/go/" + name);
        Path work = module.resolve("target/go-" + name);
        Path bin = work.resolve(name);
        Path stamp = work.resolve(name + ".sha256");
        try {
            String hash = Peers.sha256(Files.readAllBytes(src.resolve("main.go")));
            if (!(Files.isExecutable(bin) && Files.exists(stamp) && Files.readString(stamp).equals(hash))) {
                Files.createDirectories(work.resolve("home"));
                ProcessBuilder pb = new ProcessBuilder(Peers.GO, "build", "-o", bin.toString(), "main.go")
                        .directory(src.toFile()).redirectErrorStream(true);
                Map<String, String> env = pb.environment();
                env.put("GOCACHE", work.resolve("cache").toString());
                env.put("GOPATH", work.resolve("gopath").toString());
                env.put("GO111MODULE", "off");
                env.put("HOME", work.resolve("home").toString());
                env.put("CGO_ENABLED", "0"); // Go's own resolver and netpoller, no C compiler needed
                env.remove("GOFLAGS");
                env.remove("GOROOT");
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new AssertionError("go build of " + src + " failed:\n" + out);
                }
                Files.writeString(stamp, hash);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot build the Go program " + src, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while building " + src, e);
        }
        built.put(name, bin);
        return bin;
    }
}
