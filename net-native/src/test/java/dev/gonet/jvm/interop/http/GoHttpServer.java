package dev.gonet.jvm.interop.http;

import dev.gonet.jvm.interop.Peers;
import dev.gonet.jvm.interop.Proc;
import java.io.IOException;
import java.time.Duration;

/**
 * The Go 1.19 {@code net/http} server ({@code src/test/go/httpserverpeer}) as a child process, with
 * an HTTP and an HTTPS listener on 127.0.0.1 (certificate from {@link HttpPKI}). It exits when
 * {@link #close()} closes its standard input, or is killed.
 */
final class GoHttpServer implements AutoCloseable {
    private final Proc proc;
    /** {@code 127.0.0.1:port} of the plain and the TLS listener. */
    final String httpAddr;
    final String httpsAddr;

    GoHttpServer() throws IOException {
        HttpPKI pki = HttpPKI.get();
        proc = Proc.lines(Peers.goProgram("httpserverpeer").toString(),
                "-cert", pki.serverCert.toString(), "-key", pki.serverKey.toString());
        try {
            httpAddr = proc.awaitStdout("LISTEN http ", Duration.ofSeconds(10)).substring("LISTEN http ".length());
            httpsAddr = proc.awaitStdout("LISTEN https ", Duration.ofSeconds(10)).substring("LISTEN https ".length());
        } catch (RuntimeException | Error e) {
            proc.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:P/path} or {@code https://127.0.0.1:Q/path}. */
    String url(boolean tls, String path) {
        return (tls ? "https://" + httpsAddr : "http://" + httpAddr) + path;
    }

    /** What the server logged (net/http's error log goes to standard error), for failure messages. */
    @Override
    public String toString() {
        return proc.toString();
    }

    @Override
    public void close() {
        proc.close();
    }
}
