package dev.gonet.jvm.interop.http;

import dev.gonet.jvm.interop.Peers;
import dev.gonet.jvm.interop.Proc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Debian's nginx as a child process: {@code -p <tempdir> -c <generated conf>}, in the foreground
 * without a master process, so killing the child ends it. Pid, lock, logs, temp directories and
 * served files all live in the temporary directory; /etc/nginx and its default site are never
 * read. One server answers on a plain and a TLS port of 127.0.0.1 (ports picked free just before
 * the start; a lost race is retried), with the files below, gzip for text, a few redirects and
 * cookies, per-location keep-alive limits, and {@code /go/} proxied to the {@link GoHttpServer}
 * (nginx cannot echo a body itself). Every response carries {@code X-Conn} ({@code $connection},
 * nginx's connection serial number) and {@code X-Conn-Requests}, so tests see connection reuse.
 */
final class Nginx implements AutoCloseable {
    static final byte[] SMALL = "hello from nginx\n".getBytes(StandardCharsets.US_ASCII);
    /** 8 MiB of random bytes: several socket buffers, sent with sendfile. */
    static final byte[] LARGE = random(8 << 20, 42);
    /** About 256 KiB of text: gzip-compressed on the fly, so sent chunked. */
    static final byte[] TEXT = text(256 << 10);

    private final Path dir;
    private final Proc proc;
    final int httpPort;
    final int httpsPort;

    Nginx(GoHttpServer upstream) throws IOException {
        Peers.ensureApt("nginx-light");
        HttpPKI pki = HttpPKI.get();
        dir = Files.createTempDirectory("gonet-nginx");
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.write(www.resolve("small.txt"), SMALL);
        Files.write(www.resolve("large.bin"), LARGE);
        Files.write(www.resolve("text.txt"), TEXT);
        Proc started = null;
        int http = 0;
        int https = 0;
        String why = "";
        for (int attempt = 0; attempt < 3 && started == null; attempt++) {
            http = Peers.freePort("127.0.0.1");
            https = Peers.freePort("127.0.0.1");
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, conf(http, https, upstream.httpAddr, pki));
            Proc p = Proc.lines("/usr/sbin/nginx", "-p", dir.toString(), "-c", conf.toString(),
                    "-e", dir.resolve("error.log").toString());
            if (awaitListening(p, http) && awaitListening(p, https)) {
                started = p;
            } else {
                why = p + "\nerror.log:\n" + errorLog();
                p.close();
            }
        }
        if (started == null) {
            HttpPKI.deleteTree(dir);
            throw new AssertionError("nginx did not start: " + why);
        }
        proc = started;
        httpPort = http;
        httpsPort = https;
    }

    private String conf(int http, int https, String goAddr, HttpPKI pki) {
        String d = dir.toString();
        // add_header in a location replaces the server's, so the connection headers are repeated.
        String conn = "add_header X-Conn $connection always; add_header X-Conn-Requests $connection_requests always;";
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                lock_file %1$s/nginx.lock;
                error_log %1$s/error.log info;
                events { worker_connections 256; }
                http {
                    log_format conns '$connection $connection_requests $request_method $uri $status';
                    access_log %1$s/access.log conns;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    types { text/plain txt; application/octet-stream bin; }
                    default_type application/octet-stream;
                    sendfile on;
                    keepalive_timeout 30s;
                    client_max_body_size 16m;
                    gzip on;
                    gzip_types text/plain;
                    gzip_min_length 1024;
                    upstream go { server %4$s; keepalive 4; }
                    server {
                        listen 127.0.0.1:%2$d;
                        listen 127.0.0.1:%3$d ssl http2;
                        ssl_certificate %5$s;
                        ssl_certificate_key %6$s;
                        root %1$s/www;
                        %7$s
                        location / { }
                        # 444: nginx closes the connection without any response.
                        location = /drop { return 444; }
                        location = /redirect { return 301 /small.txt; }
                        location = /redirect-chain { return 302 /redirect; }
                        location = /redirect-307 { return 307 /go/echo; }
                        location = /redirect-303 { return 303 /go/echo; }
                        location = /cookie/set {
                            %7$s
                            add_header Set-Cookie "nx=from-nginx; Path=/" always;
                            return 302 /cookie/show;
                        }
                        location = /cookie/show { default_type text/plain; return 200 "cookie=$http_cookie\\n"; }
                        # The third request on a connection that lands here gets "Connection: close".
                        location /ka3/ { keepalive_requests 3; alias %1$s/www/; }
                        # After a response from here the connection idles out in 300 ms, silently.
                        location /short-idle/ { keepalive_timeout 300ms; alias %1$s/www/; }
                        location /go/ {
                            proxy_pass http://go/;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_buffering off;
                            proxy_request_buffering on;
                        }
                    }
                }
                """.formatted(d, http, https, goAddr, pki.serverCert, pki.serverKey, conn);
    }

    /** Polls until {@code port} accepts, or the process ended (a lost port race) or 5 s passed. */
    private static boolean awaitListening(Proc p, int port) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (p.isAlive() && System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    String url(boolean tls, String path) {
        return (tls ? "https://127.0.0.1:" + httpsPort : "http://127.0.0.1:" + httpPort) + path;
    }

    /**
     * The access log, one line per request: {@code connection requestNumber method uri status}.
     * nginx writes each line when the request ends, before it closes the connection.
     */
    java.util.List<String> accessLog() throws IOException {
        return Files.readAllLines(dir.resolve("access.log"));
    }

    String errorLog() {
        try {
            return Files.readString(dir.resolve("error.log"));
        } catch (IOException e) {
            return "(no error.log: " + e + ")";
        }
    }

    /** The error log, for failure messages: nginx notes there why it closed a connection. */
    @Override
    public String toString() {
        return "nginx on " + httpPort + "/" + httpsPort + ", error.log:\n" + errorLog();
    }

    @Override
    public void close() {
        if (proc != null) {
            proc.close();
        }
        HttpPKI.deleteTree(dir);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] text(int n) {
        StringBuilder sb = new StringBuilder(n + 100);
        for (int i = 0; sb.length() < n; i++) {
            sb.append("line ").append(i).append(": nginx compresses text/plain when the client accepts gzip\n");
        }
        return sb.substring(0, n).getBytes(StandardCharsets.US_ASCII);
    }
}
