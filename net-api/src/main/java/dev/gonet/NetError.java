package dev.gonet;

/**
 * Go's {@code net.Error}: what every gonet exception lets a caller ask without knowing the
 * concrete type. Implemented by {@link NetException} (Go's OpError, the wrapper at the API
 * edge), {@link AddrException}, {@link DNSException} and {@link SentinelException} (the bare
 * causes: closed, timeout, refused, ...).
 */
public interface NetError {

    /** {@return whether the failure was a deadline or timeout passing; the operation may be retried} */
    boolean isTimeout();
}
