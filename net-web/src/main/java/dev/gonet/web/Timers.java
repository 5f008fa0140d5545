package dev.gonet.web;

import dev.gonet.spi.Cancel;
import org.teavm.jso.browser.Window;

/**
 * {@code setTimeout} as a {@link Cancel}able task, for any delay: JS timers take at most
 * 2^31-1 ms (about 24.8 days) and fire at once beyond it, so longer delays are re-armed in
 * steps. The task runs on the event loop and must not block (see {@link Waiter}).
 */
final class Timers {
    private static final long MAX_DELAY = Integer.MAX_VALUE;

    private Timers() {
    }

    /** Runs {@code task} once, {@code delayMillis} from now (0 = soon), unless cancelled first. */
    static Cancel schedule(long delayMillis, Runnable task) {
        Timer t = new Timer(task);
        t.arm(System.currentTimeMillis() + Math.max(0, delayMillis));
        return t;
    }

    private static final class Timer implements Cancel {
        private final Runnable task;
        private boolean done;
        private int id;

        Timer(Runnable task) {
            this.task = task;
        }

        void arm(long at) {
            long delay = Math.max(0, at - System.currentTimeMillis());
            id = Window.setTimeout(() -> {
                if (done) {
                    return;
                }
                if (System.currentTimeMillis() < at && delay >= MAX_DELAY) {
                    arm(at); // a step of a long delay
                    return;
                }
                done = true;
                task.run();
            }, (int) Math.min(MAX_DELAY, delay));
        }

        @Override
        public boolean cancel() {
            if (done) {
                return false;
            }
            done = true;
            Window.clearTimeout(id);
            return true;
        }
    }
}
