package dev.gonet.http;

import java.io.IOException;

/**
 * A {@link RoundTripper} over a user agent that follows redirects and keeps cookies itself, out
 * of the caller's sight: the browser's {@code fetch}. A {@link Client} cannot apply its redirect
 * policy and cookie jar hop by hop through such a transport, so it hands them over with each
 * request instead, and the transport honours what its user agent allows and refuses the rest
 * with an error that says why (a cookie jar, a {@link CheckRedirect} that must see each hop).
 * The client still applies its timeout, Basic auth from the URL and its {@link FetchOptions}.
 */
public interface UserAgentRoundTripper extends RoundTripper {

    /**
     * Sends {@code req} under the client's redirect policy and cookie jar (null = none).
     *
     * @param req the request
     * @param checkRedirect the check redirect
     * @param jar the cookie jar, or {@code null} for none
     * @return the final response
     * @throws IOException as {@link RoundTripper#roundTrip}, and when the policy or the jar
     *                     cannot be honoured by the user agent
     *
     */
    Response roundTrip(Request req, CheckRedirect checkRedirect, CookieJar jar) throws IOException;

    /** {@link #roundTrip(Request, CheckRedirect, CookieJar)} with the default policy and no jar. */
    @Override
    default Response roundTrip(Request req) throws IOException {
        return roundTrip(req, CheckRedirect.DEFAULT, null);
    }
}
