package dev.gonet.browsertest;

import dev.gonet.demo.DemoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The demo server on an ephemeral loopback port, also serving the test pages and bundles. */
final class TestSite {
    private static DemoServer server;

    private TestSite() {
    }

    static synchronized String url(String page) {
        if (server == null) {
            Path site = Path.of(System.getProperty("gonet.testSite", "target/test-site")).toAbsolutePath();
            try {
                server = DemoServer.start(0, List.of(site));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.url() + page;
    }
}
