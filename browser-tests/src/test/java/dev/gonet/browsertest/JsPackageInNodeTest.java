package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JS package as another project gets it: {@code npm pack} of the built output, installed
 * from the tarball offline into a fresh project ({@link NodePackage}); there
 * {@code src/test/node/package-tour.mjs} imports "gonet" in Node and exercises every call against
 * the demo server (DoH for {@code gonet.test}, the {@code /api} endpoints), and {@code tsc --noEmit
 * --strict} type-checks {@code api-tour.ts} and {@code global-tour.ts}, which use every call, as a
 * TypeScript user writes them.
 */
class JsPackageInNodeTest {

    /** The tarball holds the package and nothing else; its package.json is the pom's. */
    @Test
    void tarballHoldsThePackage() {
        NodePackage.Run list = NodePackage.run(NodePackage.repoRoot(), Map.of(), Duration.ofMinutes(1),
                "tar", "-tzf", NodePackage.tarball().toString());
        assertEquals(0, list.exit(), list.out());
        List<String> files = Arrays.stream(list.out().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
        assertEquals(List.of("package/README.md", "package/gonet.d.ts", "package/gonet.global.d.ts",
                "package/gonet.global.js", "package/gonet.mjs", "package/js/gonet.js", "package/package.json",
                "package/wasm-gc/gonet.wasm", "package/wasm-gc/gonet.wasm-runtime.js"), files, "files in " + NodePackage.tarball());
        String version = System.getProperty("gonet.version");
        assertEquals("gonet-" + version + ".tgz", NodePackage.tarball().getFileName().toString());

        NodePackage.Run pkg = NodePackage.run(NodePackage.project(), Map.of(), Duration.ofMinutes(1), "node", "-e", """
                const p = require("./node_modules/gonet/package.json");
                console.log([p.name, p.version, p.type, p.main, p.types, Object.keys(p.exports).join(" "),
                  JSON.stringify(p.exports["."]), JSON.stringify(p.exports["./global"]), p.license].join("\\n"));
                """);
        assertEquals(0, pkg.exit(), pkg.out());
        assertEquals(List.of("gonet", version, "module", "./gonet.mjs", "./gonet.d.ts",
                        ". ./global ./gonet.mjs ./gonet.global.js ./js/* ./wasm-gc/* ./package.json",
                        "{\"types\":\"./gonet.d.ts\",\"import\":\"./gonet.mjs\",\"default\":\"./gonet.mjs\"}",
                        "{\"types\":\"./gonet.global.d.ts\",\"default\":\"./gonet.global.js\"}", "Apache-2.0"),
                List.of(pkg.out().strip().split("\n")));
    }

    /**
     * {@code package-tour.mjs} in Node against the demo server: every member of the loaded API is
     * exercised or named with the reason it cannot be here (Node 20 has no WebSocket: then
     * {@code dial("ws")} must fail with a NetException saying this JavaScript environment has no
     * WebSocket, {@code capabilities().webSocket} is false, and the tour says so).
     */
    @Test
    void nodeTourAgainstTheDemoServer() {
        String base = TestSite.url("");
        NodePackage.Run r = NodePackage.run(NodePackage.project(), Map.of(), Duration.ofMinutes(3),
                "node", "package-tour.mjs", base);
        System.out.println("package-tour.mjs " + base + "\n" + r.out());
        assertEquals(0, r.exit(), "package-tour.mjs failed:\n" + r.out());
        assertTrue(r.out().contains("\nok   every member of the API was exercised\n"), r.out());
        assertTrue(!r.out().contains("\nFAIL "), r.out());
        if (NodePackage.nodeMajor() < 22) {
            assertTrue(r.out().contains("has no global WebSocket: dial(\"ws\") can only fail here"), r.out());
            assertTrue(r.out().contains("\nok   dial ws without WebSocket\n"), r.out());
            assertTrue(r.out().contains("\nok   capabilities().webSocket is false without one\n"), r.out());
            assertTrue(r.out().contains(": this JavaScript environment has no WebSocket"), r.out());
        } else {
            assertTrue(r.out().contains("\nok   read the echo\n"), r.out());
        }
    }

    /**
     * {@code tsc --noEmit --strict}: the tours compile, and every misuse they mark with
     * {@code @ts-expect-error} is an error; with Node's resolution of the package's exports
     * (tsconfig.json: node16) and with a bundler's.
     */
    @TestFactory
    Stream<DynamicTest> typescriptToursCompileStrict() {
        return Stream.of(
                List.<String>of(),
                List.of("--module", "esnext", "--moduleResolution", "bundler")).map(extra ->
                DynamicTest.dynamicTest(extra.isEmpty() ? "moduleResolution node16" : String.join(" ", extra), () -> {
                    List<String> cmd = new ArrayList<>(List.of("node", NodePackage.tsc(), "-p", "tsconfig.json",
                            "--noEmit", "--strict", "--pretty", "false"));
                    cmd.addAll(extra);
                    NodePackage.Run r = NodePackage.run(NodePackage.project(), Map.of(), Duration.ofMinutes(5),
                            cmd.toArray(new String[0]));
                    assertEquals("", r.out().strip(), "tsc reported errors (exit " + r.exit() + ")");
                    assertEquals(0, r.exit(), r.out());
                }));
    }
}
