package dev.gonet.http;

import java.io.IOException;
import java.util.List;

/**
 * Go's {@code Client.CheckRedirect}: called before the {@link Client} follows a redirect, with
 * the upcoming request and the requests made so far, oldest first. Returning normally follows
 * it; throwing Go's {@code ErrUseLastResponse}
 * ({@code throw HttpSentinel.USE_LAST_RESPONSE.exception()}, bare or as the cause of another
 * error) stops and returns the redirect response with its body unread; throwing anything else
 * stops with that error, wrapped in a {@link ClientException} whose URL is the Location (the
 * response body is then closed). The policy may change the upcoming request's header.
 */
@FunctionalInterface
public interface CheckRedirect {

    /**
     * Decides about the hop to {@code req}, {@code via} being the requests made so far, oldest
     * first; see the interface comment for what returning and throwing mean.
     *
     * @param req the request
     * @param via the requests made so far, oldest first
     * @throws IOException to stop: the client returns it wrapped (or the last response, for {@link
     *        HttpSentinel#USE_LAST_RESPONSE})
     */
    void check(Request req, List<Request> via) throws IOException;

    /** Go's {@code defaultCheckRedirect}: fails with {@code stopped after 10 redirects}. */
    CheckRedirect DEFAULT = limit(10);

    /**
     * Allows chains of at most {@code n} requests (Go counts the requests made so far, {@code via}):
     * the hop that would make the {@code n+1}th fails with {@code stopped after <n> redirects}.
     *
     * @param n the most requests in a chain
     * @return the policy
     */
    static CheckRedirect limit(int n) {
        return (req, via) -> {
            if (via.size() >= n) {
                throw new IOException("stopped after " + n + " redirects");
            }
        };
    }

    /**
     * Never follows: the client returns the first 3xx response as is. Over the browser's fetch,
     * which hides redirects from pages, this asks for {@code redirect: "manual"}: the answer is
     * an opaque redirect (status 0, no header fields).
     *
     * @return the policy
     */
    static CheckRedirect useLastResponse() {
        return USE_LAST_RESPONSE;
    }

    /** The one instance {@link #useLastResponse()} returns, so a transport can recognise it. */
    CheckRedirect USE_LAST_RESPONSE = (req, via) -> {
        throw HttpSentinel.USE_LAST_RESPONSE.exception();
    };
}
