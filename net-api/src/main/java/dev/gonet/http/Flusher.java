package dev.gonet.http;

import java.io.IOException;

/**
 * Go's {@code http.Flusher}: a {@link ResponseWriter} that can send buffered data to the
 * client now. Use it through {@link ResponseController#flush()}, which finds it behind wrappers.
 */
public interface Flusher {

    /**
     * Sends the header (status 200 if none was set) and the body written so far.
     *
     * @throws IOException if the write fails
     */
    void flush() throws IOException;
}
