package dev.gonet.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gonet as a Java user gets it on the module path: a consumer module that {@code requires
 * dev.gonet} only is compiled against the built jars and started on the module path; the JVM
 * platform is found through {@code dev.gonet.jvm}'s {@code provides}, a TCP echo and an HTTP
 * GET on loopback work, and the internal packages are neither exported nor compilable against.
 */
class ModulePathConsumerTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final String MODULE_INFO = "module consumer { requires dev.gonet; }";

    private static final String MAIN = """
            package consumer;

            import dev.gonet.Conn;
            import dev.gonet.Listener;
            import dev.gonet.Net;
            import dev.gonet.http.Http;
            import dev.gonet.http.Response;
            import dev.gonet.http.ServeMux;
            import dev.gonet.http.Server;
            import dev.gonet.spi.Platforms;

            public class Main {
                public static void main(String[] args) throws Exception {
                    System.out.println("platform " + Platforms.get().name() + " from " + Platforms.get().getClass().getModule().getName());
                    Listener ln = Net.listen("tcp", "127.0.0.1:0");
                    Thread.ofVirtual().start(() -> {
                        try (Conn c = ln.accept()) {
                            byte[] b = new byte[5];
                            int n = c.read(b);
                            c.write(b, 0, n);
                        } catch (Exception e) {
                            throw new RuntimeException(e);
                        }
                    });
                    try (Conn c = Net.dial("tcp", ln.addr().toString())) {
                        c.write("hello".getBytes());
                        byte[] b = new byte[5];
                        int n = c.read(b);
                        System.out.println("echo " + new String(b, 0, n));
                    }
                    ln.close();
                    ServeMux mux = new ServeMux();
                    mux.handleFunc("GET /hi", (w, r) -> w.writeString("hi from module path"));
                    Listener hl = Net.listen("tcp", "127.0.0.1:0");
                    Server srv = new Server("", mux);
                    Thread.ofVirtual().start(() -> {
                        try {
                            srv.serve(hl);
                        } catch (Exception e) {
                            // closed at the end
                        }
                    });
                    Response r = Http.get("http://" + hl.addr() + "/hi");
                    try (var body = r.body()) {
                        System.out.println("http " + r.statusCode() + " " + new String(body.readAllBytes()));
                    }
                    srv.close();
                    Module api = Net.class.getModule();
                    System.out.println("exports dev.gonet.http " + api.isExported("dev.gonet.http"));
                    System.out.println("exports dev.gonet.internal " + api.isExported("dev.gonet.internal"));
                    System.out.println("exports dev.gonet.http.internal " + api.isExported("dev.gonet.http.internal"));
                }
            }
            """;

    /** A consumer that reaches into an internal package: must not compile. */
    private static final String SNOOP = """
            package consumer;

            public class Snoop {
                Object d = dev.gonet.internal.Deadline.NONE;
            }
            """;

    /** The library jar built for {@code module} in this reactor (not its sources or Javadoc jar). */
    private static Path jar(String module) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(module).resolve("target"))) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(module + "-") && n.endsWith(".jar") && !n.endsWith("-sources.jar")
                        && !n.endsWith("-javadoc.jar");
            }).findFirst().orElseThrow(() -> new AssertionError(module + "'s jar is not built"));
        }
    }

    private static List<String> compile(Path src, Path out, String modulePath, List<String> files) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
            List<Path> paths = new ArrayList<>();
            for (String f : files) {
                paths.add(src.resolve(f));
            }
            javac.getTask(null, fm, diags, List.of("--module-path", modulePath, "-d", out.toString()), null,
                    fm.getJavaFileObjectsFromPaths(paths)).call();
        }
        return diags.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList();
    }

    @Test
    void consumerOnTheModulePath(@TempDir Path tmp) throws Exception {
        String modulePath = jar("net-api") + File.pathSeparator + jar("net-native");
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("consumer/Main.java"), MAIN);
        Files.writeString(src.resolve("consumer/Snoop.java"), SNOOP);

        Path snoopOut = tmp.resolve("snoop");
        List<String> refused = compile(src, snoopOut, modulePath, List.of("module-info.java", "consumer/Snoop.java"));
        assertFalse(refused.isEmpty(), "a consumer compiled against dev.gonet.internal");
        assertTrue(refused.get(0).contains("dev.gonet.internal") && refused.get(0).contains("not visible"),
                "javac said: " + refused);

        Path out = tmp.resolve("out");
        List<String> errors = compile(src, out, modulePath, List.of("module-info.java", "consumer/Main.java"));
        assertEquals(List.of(), errors, "the consumer compiles against the exported packages");

        String javaExe = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(javaExe, "--module-path", out + File.pathSeparator + modulePath,
                "--module", "consumer/consumer.Main").redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the consumer did not finish");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertEquals(List.of("platform jvm from dev.gonet.jvm", "echo hello", "http 200 hi from module path",
                "exports dev.gonet.http true", "exports dev.gonet.internal false",
                "exports dev.gonet.http.internal false"), output.lines().toList());
    }
}
