package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Differential test: feeds the same seeded inputs to Go 1.19's net package (through
 * {@code src/test/go/parity/main.go}) and to gonet, and requires identical answers.
 *
 * <p>Go is installed through {@code scripts/ensure-apt.sh} when missing; if it cannot be had
 * the test fails rather than skips, so a green run always means Go agreed. The seed is fixed
 * and printed; {@code -Dgonet.parity.seed=N} tries another.
 */
class GoParityTest {
    static final long DEFAULT_SEED = 20230119L;
    static final int PER_OP = 6000;
    static final String GO = "/usr/lib/go-1.19/bin/go";

    @Test
    void javaMatchesGo119() throws Exception {
        long seed = Long.getLong("gonet.parity.seed", DEFAULT_SEED);
        System.out.println("GoParityTest seed=" + seed + " (rerun with -Dgonet.parity.seed=" + seed + ")");
        long start = System.nanoTime();

        Path root = repoRoot();
        ensureGo(root);
        Path bin = buildParity(root.resolve("net-api"));

        Map<String, Integer> perOp = new LinkedHashMap<>();
        List<String> lines = inputs(seed);
        for (String l : lines) {
            perOp.merge(l.substring(0, l.indexOf(' ')), 1, Integer::sum);
        }
        perOp.forEach((op, n) -> assertTrue(n >= 5000, op + " has only " + n + " inputs"));

        List<String> goOut = runGo(bin, lines);
        assertEquals(lines.size(), goOut.size(), "Go printed a different number of lines");

        Map<String, Integer> accepted = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String op = lines.get(i).substring(0, lines.get(i).indexOf(' '));
            String go = goOut.get(i);
            boolean yes = switch (op) {
                case "ip", "mask", "cidrmask" -> !go.equals("nil");
                case "cidr", "split" -> go.startsWith("ok");
                case "contains", "equal" -> go.startsWith("1");
                default -> !go.startsWith("'<nil>");
            };
            accepted.merge(op, yes ? 1 : 0, Integer::sum);
        }
        System.out.println("GoParityTest: Go accepted / true / non-nil per op: " + accepted);

        List<String> diffs = new ArrayList<>();
        int diffCount = 0;
        int unexpected = 0;
        for (int i = 0; i < lines.size(); i++) {
            String java;
            try {
                java = ParityEval.eval(lines.get(i));
            } catch (ParityEval.Unexpected e) {
                java = "EXCEPTION " + e.getMessage();
                unexpected++;
            }
            if (!java.equals(goOut.get(i))) {
                diffCount++;
                if (diffs.size() < 20) {
                    diffs.add("input: " + readable(lines.get(i)) + "\n   go: " + goOut.get(i) + "\n java: " + java);
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("GoParityTest: " + lines.size() + " inputs " + perOp + ", " + diffCount
                + " differences, " + unexpected + " unexpected Java exceptions, " + ms + " ms");
        if (diffCount > 0) {
            fail(diffCount + " of " + lines.size() + " inputs differ from Go 1.19, " + unexpected
                    + " of them by an exception other than AddrException (seed " + seed
                    + "); first " + diffs.size() + ":\n" + String.join("\n", diffs));
        }
    }

    static List<String> inputs(long seed) {
        ParityInputs g = new ParityInputs(seed);
        List<String> out = new ArrayList<>();
        for (String s : ParityInputs.SEEDS) {
            out.add("ip " + ParityEval.str(s));
            out.add("cidr " + ParityEval.str(s));
            out.add("split " + ParityEval.str(s));
            out.add("join " + ParityEval.str(s) + " " + ParityEval.str("80"));
        }
        for (int i = 0; i < PER_OP; i++) {
            out.add("ip " + ParityEval.str(g.maybeLong(g.mutate(g.anyIP()))));
            out.add("cidr " + ParityEval.str(g.maybeLong(g.mutate(g.cidr()))));
            out.add("split " + ParityEval.str(g.maybeLong(g.mutate(g.hostPort()))));
            out.add("join " + ParityEval.str(g.mutate(g.anyIP())) + " " + ParityEval.str(g.mutate("80")));
            out.add("mask " + ParityEval.bytesArg(g.ipBytes()) + " " + ParityEval.bytesArg(g.maskBytes()));
            byte[] net = g.ipBytes();
            out.add("contains " + ParityEval.bytesArg(net) + " " + ParityEval.bytesArg(g.maskBytes())
                    + " " + ParityEval.bytesArg(g.near(net)));
            out.add("cidrmask " + g.cidrOnes() + " " + g.cidrBits());
            out.add("ipbytes " + ParityEval.bytesArg(g.ipBytes()));
            byte[] a = g.ipBytes();
            out.add("equal " + ParityEval.bytesArg(a) + " " + ParityEval.bytesArg(i % 3 == 0 ? a : g.ipBytes()));
            out.add("maskbytes " + ParityEval.bytesArg(g.maskBytes()));
        }
        // The same IPv4 address in both forms must compare equal, in either order.
        for (int i = 0; i < 64; i++) {
            IP v = IP.v4(i * 4, i, 255 - i, i * 3);
            out.add("equal " + ParityEval.bytesArg(v.bytes()) + " " + ParityEval.bytesArg(v.to4().bytes()));
            out.add("equal " + ParityEval.bytesArg(v.to4().bytes()) + " " + ParityEval.bytesArg(v.bytes()));
        }
        return out;
    }

    private static String readable(String line) {
        StringBuilder sb = new StringBuilder();
        for (String tok : line.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (tok.startsWith("x") && !line.startsWith("mask") && !line.startsWith("contains")
                    && !line.startsWith("ipbytes") && !line.startsWith("equal") && !line.startsWith("maskbytes")) {
                String s = new String(HexFormat.of().parseHex(tok, 1, tok.length()), StandardCharsets.UTF_8);
                // Same escaping as the output lines, so control characters stay visible.
                sb.append(ParityEval.esc(s.length() > 200 ? s.substring(0, 200) : s));
                if (s.length() > 200) {
                    sb.append("...(").append(s.length()).append(" chars)");
                }
            } else {
                sb.append(tok);
            }
        }
        return sb.toString();
    }

    static Path repoRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scripts/ensure-apt.sh"))) {
                return p;
            }
        }
        throw new AssertionError("no scripts/ensure-apt.sh above " + System.getProperty("user.dir"));
    }

    /** Installs golang-1.19-go if missing; retries because another build may hold the apt lock. */
    static void ensureGo(Path root) throws Exception {
        String last = "";
        for (int attempt = 1; attempt <= 4; attempt++) {
            ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("scripts/ensure-apt.sh").toString(),
                    "golang-1.19-go").redirectErrorStream(true);
            Process p = pb.start();
            last = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() == 0 && Files.isExecutable(Path.of(GO))) {
                return;
            }
            Thread.sleep(5000L * attempt);
        }
        fail("Go 1.19 is required for the parity test and could not be installed "
                + "(bash scripts/ensure-apt.sh golang-1.19-go):\n" + last);
    }

    /** Builds the parity program once per source version; the binary is reused from target/. */
    static Path buildParity(Path module) throws Exception {
        Path src = module.resolve("src/test/go/parity");
        Path work = module.resolve("target/go-parity");
        Path bin = work.resolve("parity");
        Path stamp = work.resolve("parity.sha256");
        byte[] source = Files.readAllBytes(src.resolve("main.go"));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source));
        if (Files.isExecutable(bin) && Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            return bin;
        }
        Files.createDirectories(work.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(GO, "build", "-o", bin.toString(), "main.go")
                .directory(src.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GOCACHE", work.resolve("cache").toString());
        env.put("GOPATH", work.resolve("gopath").toString());
        env.put("GO111MODULE", "off");
        env.put("HOME", work.resolve("home").toString());
        // Pure-Go net: no C compiler needed, and the standard library builds in seconds.
        env.put("CGO_ENABLED", "0");
        env.remove("GOFLAGS");
        env.remove("GOROOT");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            fail("go build of " + src + " failed:\n" + out);
        }
        Files.writeString(stamp, hash);
        return bin;
    }

    static List<String> runGo(Path bin, List<String> lines) throws Exception {
        Process p = new ProcessBuilder(bin.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Throwable[] writeFailure = new Throwable[1];
        Thread writer = new Thread(() -> {
            try (OutputStream os = p.getOutputStream()) {
                for (String l : lines) {
                    os.write(l.getBytes(StandardCharsets.UTF_8));
                    os.write('\n');
                }
            } catch (IOException e) {
                writeFailure[0] = e;
            }
        }, "parity-writer");
        writer.start();
        List<String> out = new ArrayList<>(lines.size());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                out.add(l);
            }
        }
        writer.join();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "parity program did not exit");
        assertEquals(0, p.exitValue(), "parity program failed" + (writeFailure[0] == null ? "" : ": " + writeFailure[0]));
        return out;
    }
}
