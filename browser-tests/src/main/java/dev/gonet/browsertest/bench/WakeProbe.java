package dev.gonet.browsertest.bench;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.function.JSConsumer;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.websocket.WebSocket;

/**
 * The wake-up step on its own ({@code -DstepProbe=true}): round trips of one small message over
 * the page's {@code WebSocket} driven from a green thread, without gonet's {@code Conn}, parking
 * after each send and resumed from {@code onmessage} three ways: a promise the thread
 * {@code await}s (what {@code Waiter} did), an {@code @Async} callback completed from a
 * {@code queueMicrotask}, and the callback completed inside {@code onmessage} (what
 * {@code Waiter.wakeFromEvent} does). Diagnostic only.
 */
final class WakeProbe {
    private WakeProbe() {
    }

    @JSBody(script = "return performance.now();")
    private static native double now();

    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    @JSBody(params = "task", script = "queueMicrotask(task);")
    private static native void queueMicrotask(Task task);

    @JSBody(params = "url", script = "return new Promise((ok, fail) => { const ws = new WebSocket(url);"
            + " ws.binaryType = 'arraybuffer'; ws.onopen = () => ok(ws); ws.onerror = () => fail(new Error('open')); });")
    private static native JSPromise<WebSocket> open(String url);

    private static JSConsumer<JSObject> resolve;
    private static AsyncCallback<Void> parked;
    private static boolean arrived;

    @Async
    private static native Void park();

    private static void park(AsyncCallback<Void> cb) {
        if (arrived) {
            cb.complete(null);
        } else {
            parked = cb;
        }
    }

    private static void resumeParked() {
        AsyncCallback<Void> c = parked;
        if (c != null) {
            parked = null;
            c.complete(null);
        }
    }

    /** mode 0: promise; 1: @Async + queueMicrotask; 2: @Async completed in onmessage. */
    static String run(String url, int size, int warm, int count, int mode) {
        WebSocket ws = open(url).await();
        ws.onMessage(e -> {
            arrived = true;
            if (mode == 0) {
                if (resolve != null) {
                    JSConsumer<JSObject> r = resolve;
                    resolve = null;
                    r.accept(null);
                }
            } else if (mode == 1) {
                if (parked != null) {
                    queueMicrotask(WakeProbe::resumeParked);
                }
            } else {
                resumeParked();
            }
        });
        Int8Array msg = Int8Array.create(size);
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < warm + count; i++) {
            double t0 = now();
            arrived = false;
            if (mode == 0) {
                JSPromise<JSObject> p = new JSPromise<>((res, rej) -> resolve = res);
                ws.send(msg);
                p.await();
            } else {
                ws.send(msg);
                if (!arrived) {
                    park();
                }
            }
            double us = (now() - t0) * 1000;
            if (i >= warm) {
                out.append(i > warm ? "," : "").append(Math.round(us * 10) / 10.0);
            }
        }
        ws.close();
        return out.append(']').toString();
    }
}
