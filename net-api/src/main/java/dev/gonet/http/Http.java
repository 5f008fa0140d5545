package dev.gonet.http;

import dev.gonet.spi.Platforms;
import dev.gonet.url.Values;
import java.io.IOException;
import java.io.InputStream;

/**
 * Go's package-level client functions ({@code http.Get}, {@code Head}, {@code Post},
 * {@code PostForm}) over {@link #defaultClient()}, and the shared {@link #defaultTransport()}.
 * The caller reads and closes every response body.
 */
public final class Http {
    private static RoundTripper defaultTransport; // guarded by Http.class
    private static Client defaultClient; // guarded by Http.class

    private Http() {
    }

    /**
     * {@return Go's {@code DefaultTransport}: the platform's round tripper ({@link
     *   dev.gonet.spi.Platform#defaultTransport()}), shared by every client that names no transport, so
     *   its connection pool is shared too} On the JVM it is a {@link Transport} with the default settings;
     *   in the browser, the fetch transport. Created at first use.
     */
    public static synchronized RoundTripper defaultTransport() {
        if (defaultTransport == null) {
            defaultTransport = Platforms.get().defaultTransport();
        }
        return defaultTransport;
    }

    /** {@return Go's {@code DefaultClient}: the default transport, no timeout, no cookie jar} */
    public static synchronized Client defaultClient() {
        if (defaultClient == null) {
            defaultClient = new Client();
        }
        return defaultClient;
    }

    /**
     * {@return Go's {@code http.Get}: follows up to 10 redirects}
     *
     * @param url the URL
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public static Response get(String url) throws IOException {
        return defaultClient().get(url);
    }

    /**
     * {@return Go's {@code http.Head}}
     *
     * @param url the URL
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public static Response head(String url) throws IOException {
        return defaultClient().head(url);
    }

    /**
     * Go's {@code http.Post}.
     *
     * @param url the URL
     * @param contentType the {@code Content-Type} of the body
     * @param body the body, or {@code null} for none
     * @return the response; close its body
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public static Response post(String url, String contentType, InputStream body) throws IOException {
        return defaultClient().post(url, contentType, body);
    }

    /**
     * {@link #post(String, String, InputStream)} with an in-memory body.
     *
     * @param url the URL
     * @param contentType the {@code Content-Type} of the body
     * @param body the body, or {@code null} for none
     * @return the response; close its body
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public static Response post(String url, String contentType, byte[] body) throws IOException {
        return defaultClient().post(url, contentType, body);
    }

    /**
     * {@return Go's {@code http.PostForm}}
     *
     * @param url the URL
     * @param data the form values
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public static Response postForm(String url, Values data) throws IOException {
        return defaultClient().postForm(url, data);
    }
}
