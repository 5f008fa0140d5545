package dev.gonet.browsertest;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Runs a script of the glue tests in a fresh page of the demo server, with the API of one bundle
 * loaded as {@code net} and these helpers in scope:
 *
 * <ul>
 *   <li>{@code fields(e)}: what a test compares of a thrown value: {@code name}, {@code message},
 *       every {@code GonetError} field, and {@code gonet} ({@code instanceof GonetError});</li>
 *   <li>{@code fail(f)}: awaits {@code f()} and gives {@code fields} of what it threw, or
 *       {@code "no error"};</li>
 *   <li>{@code throwsNow(f)}: {@code fields} of what {@code f()} throws synchronously, or
 *       {@code "no synchronous throw"} (a returned promise's rejection is ignored);</li>
 *   <li>{@code sleep(ms)};</li>
 *   <li>{@code mark(label)}: names the step a script that does not finish in time was at.</li>
 * </ul>
 *
 * The script is the body of {@code async ([bundle, arg]) => {...}} and returns what Java asserts.
 */
final class GluePage {
    private GluePage() {
    }

    /** How long a script may run: it fails (naming its last {@code mark}) instead of hanging the build. */
    private static final long LIMIT_MS = 60_000;

    private static final String PRELUDE = """
            async ([bundle, arg]) => {
              let lastMark = "start";
              const mark = (label) => { lastMark = label; };
              const limit = new Promise((r) => setTimeout(() => r({ timedOutAfter: lastMark }), LIMIT_MS));
              const body = async () => {
              const { load, GonetError } = await import("/gonet/gonet.mjs");
              const net = await load({ bundle });
              const fields = (e) => e instanceof Error ? {
                name: e.name, message: e.message, gonet: e instanceof GonetError,
                op: e.op ?? null, net: e.net ?? null, addr: e.addr ?? null, timeout: e.timeout ?? null,
                notFound: e.notFound ?? null, code: e.code ?? null, reason: e.reason ?? null, canceled: e.canceled ?? null,
              } : { notAnError: String(e) };
              const fail = async (f) => { try { await f(); return "no error"; } catch (e) { return fields(e); } };
              const throwsNow = (f) => {
                try {
                  const p = f();
                  if (p && typeof p.then === "function") p.catch(() => {});
                  return "no synchronous throw";
                } catch (e) { return fields(e); }
              };
              const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
            """;

    /** Runs {@code body} with {@code bundle} and {@code arg}; page errors the tests did not provoke fail. */
    static Object run(String bundle, String body, Object arg) {
        List<String> log = Chromium.newLog();
        Page page = Chromium.page(log);
        try {
            page.navigate(TestSite.url("index.html"));
            Object out = page.evaluate(PRELUDE.replace("LIMIT_MS", Long.toString(LIMIT_MS)) + body
                    + "\n};\nreturn await Promise.race([body(), limit]);\n}", java.util.Arrays.asList(bundle, arg));
            if (out instanceof java.util.Map<?, ?> m && m.containsKey("timedOutAfter")) {
                throw new AssertionError(bundle + ": the script did not finish in " + LIMIT_MS + " ms; last mark: "
                        + m.get("timedOutAfter"));
            }
            List<String> unexpected = Chromium.unexpected(log);
            if (!unexpected.isEmpty()) {
                throw new AssertionError(bundle + " page errors: " + unexpected);
            }
            return out;
        } finally {
            page.close();
        }
    }

    /** The page's origin, {@code http://127.0.0.1:PORT}. */
    static String origin() {
        String u = TestSite.url("");
        return u.substring(0, u.length() - 1);
    }
}
