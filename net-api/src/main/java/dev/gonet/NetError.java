package dev.gonet;

/**
 * Go's {@code net.Error}: what every gonet exception lets a caller ask without knowing the
 * concrete type. Implemented by {@link NetException}, {@link AddrException} and
 * {@link DNSException}.
 */
public interface NetError {

    /** Whether the failure was a deadline or timeout passing; the operation may be retried. */
    boolean isTimeout();
}
