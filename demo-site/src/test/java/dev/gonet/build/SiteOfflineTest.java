package dev.gonet.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo pages load nothing from elsewhere: no URL with a scheme or a host in the site's
 * HTML, CSS and JavaScript (the SVG namespace name, which is never fetched, aside), and every
 * page has the phone viewport and the shared script. browser-tests' DemoPageTest checks the
 * same in Chromium, request by request.
 */
class SiteOfflineTest {
    private static final Path SITE = Path.of("src/main/resources/site");
    private static final Pattern URL = Pattern.compile("(?i)(https?:|wss?:)?//[a-z0-9.-]+\\.[a-z]{2,}[/\"'` )]");
    private static final List<String> ALLOWED = List.of("http://www.w3.org/2000/svg");

    @Test
    void noExternalUrls() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SITE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, UTF_8);
                for (String ok : ALLOWED) {
                    text = text.replace(ok, "");
                }
                Matcher m = URL.matcher(text);
                while (m.find()) {
                    found.add(SITE.relativize(f) + ": " + m.group());
                }
                if (f.toString().endsWith(".css")) {
                    assertTrue(!text.contains("@import") && !text.contains("@font-face"), f + " fetches styles or fonts");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyPageIsPhoneReadyAndShared() throws IOException {
        try (Stream<Path> files = Files.list(SITE)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            assertTrue(pages.size() >= 7, "pages: " + pages);
            for (Path p : pages) {
                String html = Files.readString(p, UTF_8);
                assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
                        p + " lacks the viewport meta");
                assertTrue(html.contains("<link rel=\"stylesheet\" href=\"demo.css\">"), p + " lacks demo.css");
                assertTrue(html.matches("(?s).*<body data-page=\"[a-z]+\">.*"), p + " lacks data-page");
                String script = p.getFileName().toString().replace(".html", ".js");
                assertTrue(html.contains("<script type=\"module\" src=\"" + script + "\"></script>"), p + " lacks " + script);
                String js = Files.readString(SITE.resolve(script), UTF_8);
                assertTrue(js.contains("from \"./demo.js\""), script + " does not start through demo.js");
            }
        }
    }
}
