package dev.gonet.jvm.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a client program to its end, bounded in time: its output goes to temporary files (no
 * pipe can fill and stall it), its input comes from a file or nothing. A program still running
 * at the limit is killed and fails the test.
 */
final class Cmd {
    /** What the program did: exit code, standard output (bytes: bodies may be binary), standard error. */
    record Result(int exit, byte[] out, String err, String command) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return command + " -> exit " + exit + "\nstdout: " + clip(text()) + "\nstderr: " + clip(err);
        }

        private static String clip(String s) {
            return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
        }
    }

    private Cmd() {
    }

    static Result run(Duration limit, Path stdin, List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("gonet-cmd", ".out");
        Path err = Files.createTempFile("gonet-cmd", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                    : ProcessBuilder.Redirect.from(stdin.toFile()));
            Process p = pb.start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError("still running after " + limit + ": " + String.join(" ", cmd)
                        + "\nstderr: " + new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readAllBytes(out), new String(Files.readAllBytes(err), StandardCharsets.UTF_8), String.join(" ", cmd));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
