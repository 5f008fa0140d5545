package dev.gonet.jvm;

import dev.gonet.Dialer;
import dev.gonet.NetException;
import dev.gonet.internal.AddrResolve.IPPort;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Go's {@code dialParallel} (RFC 6555): two racers on virtual threads, the fallback started
 * after the delay or as soon as the primary fails, the first connection returned. See
 * {@link TcpDial} for the rules; this class only coordinates the race.
 */
final class HappyEyeballs {
    private record Result(JvmTCPConn conn, IOException err, boolean primary) {
    }

    private final JvmPlatform platform;
    private final Dialer dialer;
    private final String network;
    private final Instant deadline;
    private final LinkedBlockingQueue<Result> results = new LinkedBlockingQueue<>();
    private final List<TcpDial.Racer> racers = new ArrayList<>(2); // guarded by this
    private boolean returned; // guarded by this

    HappyEyeballs(JvmPlatform platform, Dialer dialer, String network, Instant deadline) {
        this.platform = platform;
        this.dialer = dialer;
        this.network = network;
        this.deadline = deadline;
    }

    JvmTCPConn race(List<IPPort> primaries, List<IPPort> fallbacks, Duration fallbackDelay) throws IOException {
        try {
            start(primaries, true);
            long fallbackAt = System.nanoTime() + fallbackDelay.toNanos();
            boolean fallbackStarted = false;
            Result primary = null;
            Result fallback = null;
            while (true) {
                Result r;
                if (fallbackStarted) {
                    r = results.take();
                } else {
                    r = results.poll(fallbackAt - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (r == null) {
                        start(fallbacks, false);
                        fallbackStarted = true;
                        continue;
                    }
                }
                if (r.conn() != null) {
                    finish(r.conn());
                    return r.conn();
                }
                if (r.primary()) {
                    primary = r;
                } else {
                    fallback = r;
                }
                if (primary != null && fallback != null) {
                    throw primary.err();
                }
                if (r.primary() && !fallbackStarted) {
                    // The primary failed before the delay: no reason to wait any longer.
                    start(fallbacks, false);
                    fallbackStarted = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetException("dial", network, dialer.localAddr(), null,
                    new InterruptedIOException("interrupted while dialing"));
        } finally {
            finish(null);
        }
    }

    private void start(List<IPPort> addrs, boolean primary) {
        TcpDial.Racer racer = new TcpDial.Racer(primary);
        synchronized (this) {
            if (returned) {
                return;
            }
            racers.add(racer);
        }
        platform.startThread("gonet-dial-" + (primary ? "primary" : "fallback"), () -> {
            Result r;
            try {
                r = new Result(TcpDial.dialSerial(dialer, network, addrs, deadline, racer), null, primary);
            } catch (IOException e) {
                r = new Result(null, e, primary);
            } catch (RuntimeException e) {
                r = new Result(null, new IOException(e), primary);
            }
            synchronized (this) {
                if (!returned) {
                    results.add(r);
                    return;
                }
            }
            // Go: a racer finishing after the race was decided closes what it got.
            if (r.conn() != null) {
                Sockets.closeQuietly(r.conn());
            }
        });
    }

    /** Ends the race: cancels racers still connecting and closes connections nobody will use. */
    private void finish(JvmTCPConn winner) {
        List<TcpDial.Racer> toCancel;
        synchronized (this) {
            if (returned) {
                return;
            }
            returned = true;
            toCancel = List.copyOf(racers);
        }
        for (TcpDial.Racer r : toCancel) {
            r.cancel();
        }
        Result left;
        while ((left = results.poll()) != null) {
            if (left.conn() != null && left.conn() != winner) {
                Sockets.closeQuietly(left.conn());
            }
        }
    }
}
