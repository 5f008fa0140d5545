package dev.gonet.browsertest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One headless Debian Chromium per test JVM, driven by Playwright. There is no fallback: a
 * missing browser fails the tests (the build installs it in process-test-classes).
 */
final class Chromium {
    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {
    }

    static synchronized Browser browser() {
        if (browser == null) {
            Path exe = Path.of(System.getProperty("gonet.chromium", "/usr/bin/chromium"));
            if (!Files.isExecutable(exe)) {
                throw new IllegalStateException(exe + " is missing: run scripts/ensure-apt.sh chromium");
            }
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(exe)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--disable-quic",
                            "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A fresh page whose console errors and uncaught exceptions are collected into {@code log}. */
    static Page page(List<String> log) {
        return watch(browser().newPage(), log);
    }

    /** As {@link #page(List)}, with a viewport of {@code width}×{@code height} CSS pixels. */
    static Page page(List<String> log, int width, int height) {
        return watch(browser().newPage(new Browser.NewPageOptions().setViewportSize(width, height)), log);
    }

    private static Page watch(Page page, List<String> log) {
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                log.add("console.error: " + m.text());
            }
        });
        page.onPageError(e -> log.add("pageerror: " + e));
        return page;
    }

    /**
     * Chromium's own reports of failures the cases provoke on purpose, which it prints to the
     * console whatever the page does with them: WebSocket dials that fail, and fetches that get
     * an error status, hit a refused or unsafe port, too many redirects, a CORS or mode refusal,
     * an integrity mismatch or a protocol that cannot carry a streamed body.
     */
    private static final List<String> PROVOKED = List.of(
            "console.error: WebSocket connection to ",
            "console.error: Failed to load resource: ",
            "console.error: Fetch API cannot load ",
            "console.error: Access to fetch at ",
            "console.error: Failed to find a valid digest in the 'integrity' attribute");

    /** The log without the failures in {@link #PROVOKED}. */
    static List<String> unexpected(List<String> log) {
        synchronized (log) {
            return log.stream().filter(l -> PROVOKED.stream().noneMatch(l::startsWith)).toList();
        }
    }

    static List<String> newLog() {
        return java.util.Collections.synchronizedList(new ArrayList<>());
    }
}
