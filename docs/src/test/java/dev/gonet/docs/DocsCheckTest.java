package dev.gonet.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Renders README.md and every docs/*.md to HTML as GitHub does (tables, heading anchors) and checks
 * that every relative link names a file of the repository and every {@code #anchor} a heading of
 * its target; and that every link of the demo pages names a file beside them or a route of the demo
 * server. Failures name the Markdown file and line.
 */
class DocsCheckTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Path prefixes the demo server answers itself (guide.md, "The demo server"). */
    private static final List<String> DEMO_ROUTES = List.of("/gonet/", "/ws/", "/api/", "/dns-query");

    private final List<Extension> ext = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private final Parser parser = Parser.builder().extensions(ext).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(ext).build();
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    private List<Path> markdown() throws IOException {
        List<Path> all = new ArrayList<>();
        all.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
        }
        return all;
    }

    private Document render(Path md) throws IOException {
        return Jsoup.parse(renderer.render(parser.parse(Files.readString(md, StandardCharsets.UTF_8))));
    }

    private Set<String> anchorsOf(Path md) throws IOException {
        Set<String> a = anchors.get(md);
        if (a == null) {
            a = new HashSet<>();
            for (Element e : render(md).select("[id]")) {
                a.add(e.id());
            }
            anchors.put(md, a);
        }
        return a;
    }

    /** The first line of {@code md} that contains {@code href}, for the failure text. */
    private static int lineOf(Path md, String href) throws IOException {
        List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("(" + href + ")") || lines.get(i).contains(href)) {
                return i + 1;
            }
        }
        return 0;
    }

    @Test
    void markdownLinksAndAnchorsResolve() throws IOException {
        List<String> bad = new ArrayList<>();
        int links = 0;
        int anchorLinks = 0;
        List<Path> files = markdown();
        for (Path md : files) {
            for (Element a : render(md).select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
                    continue;
                }
                links++;
                String where = ROOT.relativize(md) + ":" + lineOf(md, href) + ": ";
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                String anchor = hash < 0 ? null : href.substring(hash + 1);
                Path target = file.isEmpty() ? md : md.getParent().resolve(URI.create(file).getPath()).normalize();
                if (!Files.exists(target)) {
                    bad.add(where + "link " + href + ": no file " + ROOT.relativize(target));
                    continue;
                }
                if (anchor != null) {
                    anchorLinks++;
                    if (!target.toString().endsWith(".md")) {
                        bad.add(where + "link " + href + ": an anchor into a file that is not Markdown");
                    } else if (!anchorsOf(target).contains(anchor)) {
                        bad.add(where + "link " + href + ": no heading #" + anchor + " in " + ROOT.relativize(target));
                    }
                }
            }
        }
        System.out.println("DocsCheckTest: " + files.size() + " Markdown files, " + links + " relative links, "
                + anchorLinks + " with anchors");
        if (!bad.isEmpty()) {
            fail(bad.size() + " broken links:\n" + String.join("\n", bad));
        }
    }

    @Test
    void demoPageLinksResolve() throws IOException {
        Path site = ROOT.resolve("demo-site/src/main/resources/site");
        List<String> bad = new ArrayList<>();
        int links = 0;
        List<Path> pages;
        try (Stream<Path> s = Files.list(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.isEmpty() || url.startsWith("data:") || url.startsWith("http://") || url.startsWith("https://")
                        || url.startsWith("ws://") || url.startsWith("wss://") || url.startsWith("#")) {
                    continue;
                }
                links++;
                String path = URI.create(url).getPath();
                boolean ok;
                if (path.startsWith("/")) {
                    ok = DEMO_ROUTES.stream().anyMatch(path::startsWith) || Files.exists(site.resolve(path.substring(1)));
                } else {
                    ok = path.startsWith("gonet/") || Files.exists(page.getParent().resolve(path));
                }
                if (!ok) {
                    int line = 0;
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).contains(url)) {
                            line = i + 1;
                            break;
                        }
                    }
                    bad.add(ROOT.relativize(page) + ":" + line + ": " + url + " is neither a file beside the page nor a demo server route");
                }
            }
        }
        System.out.println("DocsCheckTest: " + pages.size() + " demo pages, " + links + " links");
        if (!bad.isEmpty()) {
            fail(bad.size() + " broken demo page links:\n" + String.join("\n", bad));
        }
    }
}
