package dev.gonet.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line: options, the start line, the port-in-use error, a graceful stop. */
class DemoMainTest {

    @Test
    void options() {
        assertEquals(new DemoMain.Options("127.0.0.1:8080", List.of()), DemoMain.parse(new String[0]));
        assertEquals("127.0.0.1:9000", DemoMain.parse(new String[] {"--port", "9000"}).addr());
        assertEquals(":8080", DemoMain.parse(new String[] {"--port", "1", "--addr", ":8080"}).addr());
        assertEquals(List.of(Path.of("/a").toAbsolutePath(), Path.of("b").toAbsolutePath()),
                DemoMain.parse(new String[] {"--root", "/a", "--root", "b/./"}).roots());
        assertEquals(List.of("127.0.0.1:7", "[::1]:22"),
                DemoMain.parse(new String[] {"--relay-allow", "127.0.0.1:7", "--relay-allow", "[::1]:22"}).relayAllow());
        assertEquals(List.of(), DemoMain.parse(new String[0]).relayAllow(), "relay allowlist is empty by default");
        assertEquals(List.of("demo.example", "[::1]:8443"),
                DemoMain.parse(new String[] {"--allow-host", "demo.example", "--allow-host", "[::1]:8443"}).allowHosts());
        assertEquals(List.of(), DemoMain.parse(new String[0]).allowHosts(), "only its own address by default");
        assertTrue(DemoMain.USAGE.contains("--allow-host HOST[:PORT]"), DemoMain.USAGE);
        assertEquals(0, DemoMain.parse(new String[0]).tcpEchoPort(), "the TCP echo on a free port by default");
        assertEquals(9007, DemoMain.parse(new String[] {"--tcp-echo", "9007"}).tcpEchoPort());
        assertEquals(-1, DemoMain.parse(new String[] {"--tcp-echo", "off"}).tcpEchoPort());
        assertTrue(DemoMain.USAGE.contains("--tcp-echo PORT|off"), DemoMain.USAGE);
        for (String[] bad : new String[][] {{"--port"}, {"--port", "x"}, {"--port", "70000"}, {"--port", "-1"},
            {"--verbose"}, {"8080"}, {"--relay-allow", "127.0.0.1"}, {"--relay-allow", "[::1"}, {"--allow-host", ""},
            {"--allow-host", "*"}, {"--allow-host", "http://x/"}, {"--allow-host", ":80"}, {"--tcp-echo", "-1"},
            {"--tcp-echo", "on"}, {"--tcp-echo", "127.0.0.1:7"}}) {
            assertThrows(IllegalArgumentException.class, () -> DemoMain.parse(bad), String.join(" ", bad));
        }
    }

    @Test
    void badArgumentsPrintUsage() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DemoMain.run(new String[] {"--port", "x"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, UTF_8));
        assertEquals(2, code);
        String text = err.toString(UTF_8);
        assertTrue(text.startsWith("gonet demo: invalid port x (want 0 to 65535)\nusage: DemoServer"), text);
    }

    @Test
    void portInUseSaysSoAndHowToMove() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = DemoMain.run(new String[] {"--port", Integer.toString(port)}, new PrintStream(out, true, UTF_8),
                    new PrintStream(err, true, UTF_8));
            assertEquals(1, code);
            assertEquals("", out.toString(UTF_8));
            String[] lines = err.toString(UTF_8).split("\n");
            assertEquals("gonet demo: listen tcp 127.0.0.1:" + port + ": bind: address already in use", lines[0]);
            assertTrue(lines[1].contains("-Ddemo.port="), lines[1]);
        }
    }

    @Test
    void takenTcpEchoPortSaysWhichOptionMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = DemoMain.run(new String[] {"--port", "0", "--tcp-echo", Integer.toString(port)},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, UTF_8));
            assertEquals(1, code);
            String[] lines = err.toString(UTF_8).split("\n");
            assertEquals("gonet demo: tcp echo: listen tcp 127.0.0.1:" + port + ": bind: address already in use", lines[0]);
            assertTrue(lines[1].contains("--tcp-echo"), lines[1]);
        }
    }

    /** A real process, as {@code mvn -Pdemo} runs it: start line, a page, then SIGTERM (what Ctrl-C also triggers). */
    @Test
    void childProcessStartsServesAndStopsGracefully() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DemoServer.class.getName(),
                "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8))) {
            String first = out.readLine();
            Matcher m = Pattern.compile("gonet demo: serving on (http://127\\.0\\.0\\.1:(\\d+)/)  \\(Ctrl-C to stop\\)")
                    .matcher(String.valueOf(first));
            assertTrue(m.matches(), "start line: " + first);
            String second = out.readLine();
            assertTrue(String.valueOf(second).matches("gonet demo: tcp echo on 127\\.0\\.0\\.1:\\d+ \\(the relay allows it\\)"),
                    "tcp echo line: " + second);
            assertEquals(200, Http.get(m.group(1)).statusCode());
            p.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of the pipe): the JVM runs the shutdown hook, as for Ctrl-C's SIGINT
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the demo did not stop");
            assertEquals("gonet demo: shutting down", out.readLine());
            assertEquals("gonet demo: stopped", out.readLine());
            assertEquals(143, p.exitValue(), "128 + SIGTERM");
        } finally {
            p.destroyForcibly();
        }
    }
}
