package dev.gonet.tls;

import dev.gonet.NetError;
import java.io.IOException;

/**
 * A TLS failure, with Go's error text: a handshake that failed
 * ({@code tls: failed to verify certificate: x509: certificate signed by unknown authority},
 * {@code remote error: tls: protocol version not supported}), a configuration that cannot work
 * ({@code tls: private key does not match public key}), or a broken record stream
 * ({@code unexpected EOF}). Never a timeout: deadlines passing surface as the underlying
 * connection's {@link dev.gonet.NetException} ({@code read tcp ...: i/o timeout}), as in Go.
 * The cause, when present, is the JDK's exception with its own explanation.
 */
public final class TLSException extends IOException implements NetError {

    /**
     * A TLS failure described by {@code message}.
     *
     * @param message the error text
     */
    public TLSException(String message) {
        super(message);
    }

    /**
     * A TLS failure described by {@code message}, caused by {@code cause}.
     *
     * @param message the error text
     * @param cause the cause, or {@code null}
     */
    public TLSException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Always false: a TLS failure is not a deadline passing. */
    @Override
    public boolean isTimeout() {
        return false;
    }
}
