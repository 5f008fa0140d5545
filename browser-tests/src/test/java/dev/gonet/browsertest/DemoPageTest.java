package dev.gonet.browsertest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo page as a person uses it: type, click, read; on both bundles, errors included. */
class DemoPageTest {

    @Test
    void parsesOnBothBundlesAndShowsGoErrors() {
        List<String> log = Chromium.newLog();
        Page page = Chromium.page(log);
        try {
            page.navigate(TestSite.url(""));
            assertThat(page.locator("#bundle-status")).containsText("js bundle ready");
            // the sample inputs are answered on load
            assertThat(page.locator("form[data-op=parseIP] output")).hasText("192.0.2.1");
            assertThat(page.locator("form[data-op=cidrContains] output")).hasText("true");
            String server = java.net.URI.create(TestSite.url("")).getAuthority();
            assertThat(page.locator("form[data-op=wsEcho] output"))
                    .hasText("echoed \"hello, WebSocket\" (ws browser->" + server + ")");

            Locator split = page.locator("form[data-op=splitHostPort]");
            split.locator("input[name=a]").fill("[::1]:8080");
            split.locator("button").click();
            assertThat(split.locator("output")).hasText("host \"::1\", port \"8080\"");

            split.locator("input[name=a]").fill("1.2.3.4");
            split.locator("button").click();
            assertThat(split.locator("output")).hasText("address 1.2.3.4: missing port in address");
            assertThat(split.locator("output")).hasClass(Pattern.compile("err"));

            page.locator("input[name=bundle][value=wasm]").check();
            assertThat(page.locator("#bundle-status")).containsText("wasm bundle ready");

            Locator cidr = page.locator("form[data-op=parseCIDR]");
            cidr.locator("input[name=a]").fill("2001:db8::1/48");
            cidr.locator("button").click();
            assertThat(cidr.locator("output")).hasText("ip 2001:db8::1, net 2001:db8::/48");

            Locator ip = page.locator("form[data-op=parseIP]");
            ip.locator("input[name=a]").fill("1.2..3");
            ip.locator("button").click();
            assertThat(ip.locator("output")).hasText("<nil> (not an IP address)");

            Locator ws = page.locator("form[data-op=wsEcho]");
            ws.locator("input[name=a]").fill("gr\u00fc\u00dfe from wasm");
            ws.locator("button").click();
            assertThat(ws.locator("output")).hasText("echoed \"gr\u00fc\u00dfe from wasm\" (ws browser->" + server + ")");
            assertEquals(List.of(), log, "page errors");
        } finally {
            page.close();
        }
    }
}
