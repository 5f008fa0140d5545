package dev.gonet.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * The JDK's HTTP client as the tests' independent peer (gonet's own client is not used to
 * judge gonet's server). HTTP/1.1 only, so no h2c upgrade fields; redirects are not followed,
 * so a test sees what the server answered.
 */
final class Http {
    private Http() {
    }

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A GET with header name/value pairs. */
    static HttpResponse<byte[]> get(String url, String... headers) throws IOException, InterruptedException {
        return send("GET", url, headers);
    }

    static HttpResponse<byte[]> send(String method, String url, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A response field, "" when absent. */
    static String field(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }

    /** The bytes of a class-path resource, as the server should send them. */
    static byte[] resource(String name) throws IOException {
        try (var in = Http.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name + " on the test class path");
            }
            return in.readAllBytes();
        }
    }
}
