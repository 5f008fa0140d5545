package dev.gonet.browsertest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The npm side of the JS package tests: the built package ({@code js-glue/target/bundles/gonet/}),
 * packed with {@code npm pack} and installed from the tarball into a fresh project under
 * {@code browser-tests/target/node-pkg/}, offline; the TypeScript compiler installed by
 * {@code scripts/ensure-node-ts.sh} (pinned by {@code scripts/node-ts/package-lock.json}) into
 * {@code browser-tests/target/node-ts/}; and the scripts of {@code src/test/node/}. Nothing is
 * installed globally. A failed step throws with the tool's output: never a skipped test.
 */
final class NodePackage {
    private static Path project;
    private static Path tarball;
    private static Path typescript;

    private NodePackage() {
    }

    /** What a command printed (stdout and stderr, interleaved) and its exit code. */
    record Run(int exit, String out) {
    }

    /** The built package: js-glue's bundle directory, as the build left it. */
    static Path bundleDir() {
        Path dir = Path.of(System.getProperty("gonet.bundleDir",
                repoRoot().resolve("js-glue/target/bundles/gonet").toString())).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("package.json")) || !Files.isRegularFile(dir.resolve("js/gonet.js"))) {
            throw new IllegalStateException("no built package in " + dir + ": build js-glue first (mvn -pl browser-tests -am verify does)");
        }
        return dir;
    }

    static Path repoRoot() {
        return NodeWsServer.repoRoot();
    }

    /** {@code browser-tests/src/test/node/NAME}. */
    static Path script(String name) {
        return repoRoot().resolve("browser-tests/src/test/node").resolve(name);
    }

    private static Path work() {
        return repoRoot().resolve("browser-tests/target/node-pkg");
    }

    /** {@code node_modules} holding the pinned TypeScript compiler. */
    static synchronized Path typescript() {
        if (typescript == null) {
            Path dest = repoRoot().resolve("browser-tests/target/node-ts");
            Run r = run(repoRoot(), Map.of(), Duration.ofMinutes(10),
                    "bash", repoRoot().resolve("scripts/ensure-node-ts.sh").toString(), dest.toString());
            if (r.exit() != 0) {
                throw new IllegalStateException("cannot install TypeScript (scripts/ensure-node-ts.sh " + dest + "):\n" + r.out());
            }
            typescript = dest.resolve("node_modules");
        }
        return typescript;
    }

    /** {@code tsc} of the pinned TypeScript, run by node. */
    static String tsc() {
        return typescript().resolve("typescript/bin/tsc").toString();
    }

    /** The tarball {@code npm pack} made of the built package (once per test JVM). */
    static synchronized Path tarball() {
        if (tarball == null) {
            Path dir = work();
            deleteTree(dir);
            mkdirs(dir);
            // --pack-destination: nothing lands in the bundle directory, which the jar is made of.
            Run r = run(bundleDir(), Map.of(), Duration.ofMinutes(2),
                    "npm", "pack", "--ignore-scripts", "--pack-destination", dir.toString());
            if (r.exit() != 0) {
                throw new IllegalStateException("npm pack in " + bundleDir() + " failed:\n" + r.out());
            }
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> tgz = s.filter(p -> p.getFileName().toString().endsWith(".tgz")).toList();
                if (tgz.size() != 1) {
                    throw new IllegalStateException("npm pack made " + tgz + " in " + dir + ":\n" + r.out());
                }
                tarball = tgz.get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tarball;
    }

    /**
     * A fresh ES-module project with the tarball installed ({@code npm install --offline}: the
     * package has no dependencies, so no registry is asked) and the scripts of
     * {@code src/test/node/} copied in.
     */
    static synchronized Path project() {
        if (project == null) {
            Path tgz = tarball();
            Path dir = work().resolve("project");
            mkdirs(dir);
            write(dir.resolve("package.json"), """
                    {"name": "gonet-consumer", "private": true, "type": "module"}
                    """);
            Run r = run(dir, Map.of(), Duration.ofMinutes(5), "npm", "install", "--offline", "--no-audit", "--no-fund",
                    "--ignore-scripts", "../" + tgz.getFileName());
            if (r.exit() != 0 || !Files.isRegularFile(dir.resolve("node_modules/gonet/package.json"))) {
                throw new IllegalStateException("npm install " + tgz + " in " + dir + " failed:\n" + r.out());
            }
            try (Stream<Path> s = Files.list(script(""))) {
                for (Path p : s.toList()) {
                    Files.copy(p, dir.resolve(p.getFileName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            project = dir;
        }
        return project;
    }

    /** Runs a command in {@code dir}; a command that outlives {@code timeout} is killed and fails. */
    static Run run(Path dir, Map<String, String> env, Duration timeout, String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path log;
        try {
            log = Files.createTempFile("gonet-node", ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                    String out = Files.readString(log, StandardCharsets.UTF_8);
                    return new Run(-1, out + "\n(killed after " + timeout + ": " + String.join(" ", command) + ")");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
                throw new IllegalStateException("interrupted running " + String.join(" ", command), e);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Run(p.exitValue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command) + " in " + dir, e);
        }
    }

    /** Node's major version ({@code node --version}). */
    static int nodeMajor() {
        Run r = run(repoRoot(), Map.of(), Duration.ofSeconds(30), "node", "--version");
        if (r.exit() != 0 || !r.out().startsWith("v")) {
            throw new IllegalStateException("node --version: " + r.out());
        }
        return Integer.parseInt(r.out().substring(1, r.out().indexOf('.')));
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
