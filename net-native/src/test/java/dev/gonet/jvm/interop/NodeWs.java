package dev.gonet.jvm.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm {@code ws} peer ({@code scripts/node-ws/ws-peer.cjs}, version pinned by its
 * {@code package-lock.json}), installed once per lockfile into {@code net-native/target/node-ws}
 * by {@code scripts/ensure-node-ws.sh}. An install that fails is an {@link AssertionError} with
 * npm's output: a peer that cannot be had is a failed test, never a skipped one.
 */
public final class NodeWs {
    private static Path modules; // guarded by NodeWs.class

    private NodeWs() {
    }

    /** {@code node_modules} holding {@code ws}; installs it on first use. */
    public static synchronized Path modules() {
        if (modules != null) {
            return modules;
        }
        Path root = Peers.repoRoot();
        Path dest = root.resolve("net-native/target/node-ws");
        try {
            Process p = new ProcessBuilder("bash", root.resolve("scripts/ensure-node-ws.sh").toString(), dest.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError("cannot install the npm ws peer (bash scripts/ensure-node-ws.sh " + dest + "):\n" + out);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run scripts/ensure-node-ws.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while installing the npm ws peer", e);
        }
        modules = dest.resolve("node_modules");
        return modules;
    }

    /** The command line {@code node ws-peer.cjs args...}, to run with {@link #env}. */
    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("node");
        cmd.add(Peers.repoRoot().resolve("scripts/node-ws/ws-peer.cjs").toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts the peer with {@code NODE_PATH} set, collecting its stdout as lines. */
    public static Proc start(String... args) throws IOException {
        return Proc.lines(withEnv(command(args)).toArray(String[]::new));
    }

    /** {@code env NODE_PATH=... cmd}: {@link Proc} and {@link Cmd} take a plain command line. */
    public static List<String> withEnv(List<String> cmd) {
        List<String> all = new ArrayList<>(List.of("env", "NODE_PATH=" + modules()));
        all.addAll(cmd);
        return all;
    }
}
