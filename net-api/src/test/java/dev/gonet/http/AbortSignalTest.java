package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.spi.Cancel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbortSignalTest {
    @Test
    void abortRunsListenersOnceInOrder() {
        AbortSignal s = new AbortSignal();
        List<String> ran = new ArrayList<>();
        s.onAbort(() -> ran.add("a"));
        Cancel b = s.onAbort(() -> ran.add("b"));
        s.onAbort(() -> ran.add("c"));
        assertTrue(b.cancel(), "removing a listener that has not run");
        assertFalse(s.aborted());
        assertNull(s.reason());
        s.abort("stop");
        s.abort("again");
        assertEquals(List.of("a", "c"), ran);
        assertTrue(s.aborted());
        assertEquals("stop", s.reason(), "only the first abort counts");
        assertFalse(b.cancel());
    }

    @Test
    void listenerAfterAbortRunsAtOnce() {
        AbortSignal s = new AbortSignal();
        s.abort();
        assertEquals("context canceled", s.reason());
        List<String> ran = new ArrayList<>();
        Cancel c = s.onAbort(() -> ran.add("late"));
        assertEquals(List.of("late"), ran);
        assertFalse(c.cancel(), "nothing left to remove");
    }

    @Test
    void emptyReasonIsContextCanceled() {
        AbortSignal s = new AbortSignal();
        s.abort("");
        assertEquals("context canceled", s.reason());
        HttpError e = s.error(null);
        assertTrue(HttpSentinel.CANCELED.in(e));
        assertTrue(HttpSentinel.CANCELED.in(new java.io.IOException("wrapped", e)));
        assertFalse(e.isTimeout());
        assertEquals("AbortSignal[aborted: context canceled]", s.toString());
    }

    @Test
    void abortFromAnotherThreadWhileListenersAreAdded() throws Exception {
        for (int round = 0; round < 200; round++) {
            AbortSignal s = new AbortSignal();
            int[] count = new int[1];
            Thread t = new Thread(s::abort);
            t.start();
            for (int i = 0; i < 50; i++) {
                s.onAbort(() -> {
                    synchronized (count) {
                        count[0]++;
                    }
                });
            }
            t.join();
            synchronized (count) {
                assertEquals(50, count[0], "every listener runs exactly once, before or after the abort");
            }
        }
    }
}
