package dev.gonet.browsertest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm {@code ws} echo server of {@code scripts/node-ws/ws-peer.cjs} on a loopback port, its
 * package installed into {@code browser-tests/target/node-ws} by {@code scripts/ensure-node-ws.sh}
 * (pinned by the checked-in lockfile). A failed install or start throws: never a skipped test.
 * Its stdout lines ({@code closed CODE REASON}, {@code pong ...}) are kept for assertions.
 */
final class NodeWsServer implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>(); // guarded by this
    private final int port;

    private NodeWsServer(Process process) throws IOException {
        this.process = process;
        Thread.ofPlatform().daemon().name("node ws stdout").start(this::pump);
        String first = await("port ", 20_000);
        this.port = Integer.parseInt(first.substring(5));
    }

    static NodeWsServer start() throws IOException {
        Path root = repoRoot();
        Path dest = root.resolve("browser-tests/target/node-ws");
        Process install = new ProcessBuilder("bash", root.resolve("scripts/ensure-node-ws.sh").toString(), dest.toString())
                .redirectErrorStream(true).start();
        String out = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!install.waitFor(10, TimeUnit.MINUTES) || install.exitValue() != 0) {
                throw new IllegalStateException("cannot install the npm ws peer (scripts/ensure-node-ws.sh " + dest + "):\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted installing the npm ws peer", e);
        }
        ProcessBuilder pb = new ProcessBuilder("node", root.resolve("scripts/node-ws/ws-peer.cjs").toString(), "server")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("NODE_PATH", dest.resolve("node_modules").toString());
        return new NodeWsServer(pb.start());
    }

    static Path repoRoot() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scripts/ensure-node-ws.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("no scripts/ensure-node-ws.sh above " + System.getProperty("user.dir"));
    }

    /** {@code ws://127.0.0.1:PORT/}. */
    String url() {
        return "ws://127.0.0.1:" + port + "/";
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                synchronized (this) {
                    lines.add(l);
                    notifyAll();
                }
            }
        } catch (IOException ended) {
            // the server was stopped
        }
    }

    /** The first stdout line starting with {@code prefix}, waiting up to {@code millis}. */
    synchronized String await(String prefix, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            for (String l : lines) {
                if (l.startsWith(prefix)) {
                    return l;
                }
            }
            long left = end - System.currentTimeMillis();
            if (left <= 0 || !process.isAlive()) {
                throw new AssertionError("no line starting '" + prefix + "' from the npm ws server; got " + lines);
            }
            try {
                wait(Math.min(left, 100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
