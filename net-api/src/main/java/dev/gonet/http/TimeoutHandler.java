package dev.gonet.http;

import dev.gonet.spi.Platform;
import dev.gonet.spi.Platforms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Go's {@code http.TimeoutHandler}: runs a handler with a time limit. The handler runs on its
 * own thread and writes into a buffer; if it returns in time, its status, header and body are
 * sent; otherwise the client gets {@code 503 Service Unavailable} with {@code message} (Go's
 * default HTML page when empty), the handler's thread is interrupted (Java's stand-in for Go's
 * cancelled request context) and its later writes fail with Go's {@code ErrHandlerTimeout}
 * ({@link HttpSentinel#HANDLER_TIMEOUT}).
 *
 * <p>The inner writer does not offer flushing or hijacking (as in Go). An exception the
 * handler throws in time is rethrown here; one thrown after the timeout is dropped.
 */
public final class TimeoutHandler implements Handler {
    static final String DEFAULT_BODY = "<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>";

    private final Handler handler;
    private final long millis;
    private final String message;
    private final Platform platform;

    /**
     * Go's {@code http.TimeoutHandler(h, dt, msg)}.
     *
     * @param handler the handler to run
     * @param dt the time limit for each request
     * @param message the body of the 503 response; empty for a default
     */
    public TimeoutHandler(Handler handler, Duration dt, String message) {
        this(handler, dt, message, null);
    }

    private TimeoutHandler(Handler handler, Duration dt, String message, Platform platform) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.millis = Math.max(0, dt.toMillis());
        this.message = message == null ? "" : message;
        this.platform = platform;
    }

    /**
     * The same handler, starting its threads on {@code p} instead of {@link Platforms#get()}.
     *
     * @param p the platform
     * @return a copy with this setting; the receiver is unchanged
     */
    public TimeoutHandler withPlatform(Platform p) {
        return new TimeoutHandler(handler, Duration.ofMillis(millis), message, p);
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        Buffered tw = new Buffered();
        Thread t = (platform != null ? platform : Platforms.get()).startThread("http timeout handler", () -> {
            Throwable failure = null;
            try {
                handler.serveHTTP(tw, r);
            } catch (Throwable e) {
                failure = e;
            }
            tw.done(failure);
        });
        long deadline = System.currentTimeMillis() + millis;
        synchronized (tw) {
            while (!tw.done) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    tw.err = HttpSentinel.HANDLER_TIMEOUT.exception();
                    break;
                }
                try {
                    tw.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    tw.err = HttpSentinel.HANDLER_TIMEOUT.exception();
                    break;
                }
            }
            if (tw.done) {
                rethrow(tw.failure);
                for (String k : tw.h.keys()) {
                    w.header().putRaw(k, tw.h.values(k).toArray(new String[0]));
                }
                w.writeHeader(tw.wroteHeader ? tw.code : Status.OK);
                byte[] body = tw.buf.toByteArray();
                w.write(body, 0, body.length);
                return;
            }
        }
        t.interrupt();
        w.writeHeader(Status.SERVICE_UNAVAILABLE);
        w.writeString(message.isEmpty() ? DEFAULT_BODY : message);
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) {
            return;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IOException(t);
    }

    /** Go's {@code timeoutWriter}: collects the response until the outer handler copies it. */
    private static final class Buffered implements ResponseWriter {
        final Header h = new Header();
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean wroteHeader;
        int code;
        boolean done;
        Throwable failure;
        IOException err;

        @Override
        public Header header() {
            return h;
        }

        @Override
        public synchronized void writeHeader(int statusCode) {
            if (statusCode < 100 || statusCode > 999) {
                throw new IllegalArgumentException("invalid WriteHeader code " + statusCode);
            }
            if (err == null && !wroteHeader) {
                wroteHeader = true;
                code = statusCode;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (err != null) {
                throw err;
            }
            if (!wroteHeader) {
                writeHeader(Status.OK);
            }
            buf.write(b, off, len);
        }

        synchronized void done(Throwable failure) {
            this.failure = failure;
            done = true;
            notifyAll();
        }
    }
}
