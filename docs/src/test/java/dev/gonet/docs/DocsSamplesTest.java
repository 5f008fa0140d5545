package dev.gonet.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every code block in README.md and docs/*.md is one a test runs or compiles. What a block gets
 * depends on the HTML comment right before it and on its language:
 *
 * <ul>
 *   <li>{@code <!-- sample: path/to/File -->}: the block appears verbatim (whitespace
 *       normalised) in that file of the repository, a test that runs it. This is how the JS
 *       samples are checked: {@code browser-tests} runs them in Chromium.
 *   <li>{@code <!-- sample: run -->} before a {@code java} block of statements: compiled as below,
 *       then run on the JVM (net-native is on the class path): it must return within
 *       {@link #RUN_LIMIT_SECONDS} without throwing.
 *   <li>{@code <!-- sample: fragment -->}: no check; allowed only for the blocks listed in
 *       {@link #FRAGMENTS}, each with the reason.
 *   <li>{@code java}: compiled with the system Java compiler against this module's test class
 *       path (net-api, net-native, net-web, net-testkit). A block that declares a type is a
 *       compilation unit; a block of statements becomes the body of a method {@code throws
 *       Exception}. Both get {@link #IMPORTS}.
 *   <li>{@code sh}: each command is a Maven invocation whose phases, profiles and modules exist,
 *       or a script of the repository.
 *   <li>{@code xml} (pom snippets): well formed; every {@code dev.gonet} artifact is one of the
 *       reactor's, with its version; a plugin's version is the one the build uses, and every
 *       element in its configuration is one some pom of the build gives that plugin.
 *   <li>anything else ({@code js}, {@code ts}, no language, ...) must carry one of the markers.
 * </ul>
 *
 * Failures name the Markdown file and line.
 */
class DocsSamplesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** What every compiled Java block sees, besides java.lang. */
    static final List<String> IMPORTS = List.of(
            "dev.gonet.*", "dev.gonet.http.*", "dev.gonet.http.cookiejar.*", "dev.gonet.url.*", "dev.gonet.dns.*",
            "dev.gonet.ws.*", "dev.gonet.tls.*", "dev.gonet.spi.*", "dev.gonet.web.*", "dev.gonet.testkit.httptest.*",
            "java.io.*", "java.time.*", "java.util.*", "java.nio.charset.*", "java.nio.file.Files", "java.nio.file.Path",
            // what net-native exports besides the platform's internals
            "dev.gonet.jvm.JvmPlatform", "dev.gonet.jvm.dns.SystemResolver", "dev.gonet.jvm.http.DirFileSystem",
            // dev.gonet.dns has a Header too: the samples mean HTTP's
            "dev.gonet.http.Header",
            "static java.nio.charset.StandardCharsets.UTF_8",
            "static org.junit.jupiter.api.Assertions.*");

    /**
     * The blocks marked {@code <!-- sample: fragment -->}, by file and first line, with the
     * reason they cannot be compiled or run as written. Keep this short.
     */
    static final Map<String, String> FRAGMENTS = Map.of(
            "docs/guide.md: gonet.mjs  gonet.d.ts            (the ES module and its types: import { load, GonetError } from \"gonet\")",
            "a listing of js-glue's build output, not code");

    static final int RUN_LIMIT_SECONDS = 60;

    private static final Pattern MARKER = Pattern.compile("\\A\\s*<!--\\s*sample:\\s*(.*?)\\s*-->\\s*\\z", Pattern.DOTALL);
    private static final Pattern TYPE_DECL = Pattern.compile(
            "^(?:(?:public|final|abstract|sealed|non-sealed|static|strictfp)\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");

    /** One fenced or indented code block. {@code line}: the first line of its content, 1-based. */
    record Block(Path md, int line, String lang, String code, String marker) {
        String file() {
            return ROOT.relativize(md).toString();
        }

        String where() {
            return file() + ":" + line;
        }

        String firstLine() {
            return code.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        }
    }

    private final List<String> bad = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private static List<Path> markdown() throws IOException {
        List<Path> all = new ArrayList<>();
        all.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
        }
        return all;
    }

    /** The code blocks of {@code md}, and a complaint for each marker that is not right before one. */
    private List<Block> blocks(Path md) throws IOException {
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        Node doc = parser.parse(Files.readString(md, StandardCharsets.UTF_8));
        List<Block> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock b) {
                String info = b.getInfo() == null ? "" : b.getInfo().strip();
                String lang = info.isEmpty() ? "" : info.split("\\s+")[0].toLowerCase(Locale.ROOT);
                int fence = b.getSourceSpans().get(0).getLineIndex() + 1;
                out.add(new Block(md, fence + 1, lang, b.getLiteral(), markerBefore(b)));
            }

            @Override
            public void visit(IndentedCodeBlock b) {
                out.add(new Block(md, b.getSourceSpans().get(0).getLineIndex() + 1, "", b.getLiteral(), markerBefore(b)));
            }

            @Override
            public void visit(HtmlBlock h) {
                Matcher m = MARKER.matcher(h.getLiteral());
                Node next = h.getNext();
                if (m.matches() && !(next instanceof FencedCodeBlock || next instanceof IndentedCodeBlock)) {
                    bad.add(ROOT.relativize(md) + ":" + (h.getSourceSpans().get(0).getLineIndex() + 1)
                            + ": <!-- sample: " + m.group(1) + " --> is not right before a code block");
                }
            }
        });
        return out;
    }

    private static String markerBefore(Node block) {
        if (block.getPrevious() instanceof HtmlBlock h) {
            Matcher m = MARKER.matcher(h.getLiteral());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    @Test
    void everyCodeBlockIsCompiledRunOrExempt() throws IOException {
        List<Block> java = new ArrayList<>();
        Set<String> fragmentsSeen = new HashSet<>();
        int total = 0;
        for (Path md : markdown()) {
            for (Block b : blocks(md)) {
                total++;
                if ("fragment".equals(b.marker())) {
                    String key = b.file() + ": " + b.firstLine();
                    if (FRAGMENTS.containsKey(key)) {
                        fragmentsSeen.add(key);
                        count("exempt (fragment)");
                    } else {
                        bad.add(b.where() + ": marked fragment but not listed in DocsSamplesTest.FRAGMENTS with a reason "
                                + "(key \"" + key + "\"); make it compile instead");
                    }
                } else if ("run".equals(b.marker()) && b.lang().equals("java")) {
                    java.add(b);
                } else if (b.marker() != null) {
                    verbatim(b);
                } else {
                    switch (b.lang()) {
                        case "java" -> java.add(b);
                        case "sh", "shell", "bash" -> shell(b);
                        case "xml" -> xml(b);
                        default -> bad.add(b.where() + ": a " + (b.lang().isEmpty() ? "code block without a language" : b.lang() + " block")
                                + " needs <!-- sample: path/to/TheTestThatRunsIt --> (the block appears there verbatim)"
                                + " or <!-- sample: fragment --> (listed in DocsSamplesTest.FRAGMENTS) right before it");
                    }
                }
            }
        }
        for (String key : FRAGMENTS.keySet()) {
            if (!fragmentsSeen.contains(key)) {
                bad.add("DocsSamplesTest.FRAGMENTS: \"" + key + "\" names no block marked <!-- sample: fragment -->: remove it");
            }
        }
        compile(java);
        System.out.println("DocsSamplesTest: " + total + " code blocks: " + counts);
        if (!bad.isEmpty()) {
            fail(bad.size() + " code blocks fail their check:\n" + String.join("\n", bad));
        }
    }

    // ---- the cheat sheet ----------------------------------------------------------------------

    /** The types the cheat sheet's receivers stand for ({@code ip.to4()}, {@code r.pathValue("id")}, ...). */
    static final Map<String, String> RECEIVERS = Map.ofEntries(
            Map.entry("ip", "IP"), Map.entry("ipnet", "IPNet"), Map.entry("conn", "Conn"), Map.entry("c", "Conn"),
            Map.entry("tcpConn", "TCPConn"), Map.entry("u", "URL"), Map.entry("req", "Request"),
            Map.entry("resp", "Response"), Map.entry("client", "Client"), Map.entry("mux", "ServeMux"),
            Map.entry("r", "Request"), Map.entry("w", "ResponseWriter"), Map.entry("srv", "Server"));

    /** The packages a simple name in the cheat sheet may come from. */
    static final List<String> PACKAGES = List.of("dev.gonet", "dev.gonet.http", "dev.gonet.http.cookiejar", "dev.gonet.url",
            "dev.gonet.dns", "dev.gonet.ws", "dev.gonet.tls", "dev.gonet.spi", "dev.gonet.web", "dev.gonet.jvm",
            "dev.gonet.jvm.dns", "dev.gonet.jvm.http", "dev.gonet.testkit.httptest", "java.lang", "java.io", "java.time",
            "java.util");

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * go-cheatsheet.md is tables, not programs: there, every code span of the gonet column is an
     * expression whose names must exist. {@code new T(...)}, {@code T.member}, {@code ((T) x)},
     * a receiver of {@link #RECEIVERS}, and a bare {@code member} (a member of the type the cell
     * named last) start a chain; each {@code .member} (a method, field, enum constant or nested
     * type; {@code with...} is any {@code with*} method) must exist on the type before it, and
     * {@code a/b} names two members of the same type. Arguments are not checked; {@code ...}
     * stands for more of the chain. A span that is a package name must be a package.
     */
    @Test
    void cheatSheetNamesExist() throws IOException {
        Path md = ROOT.resolve("docs/go-cheatsheet.md");
        Parser parser = Parser.builder().extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        Node doc = parser.parse(Files.readString(md, StandardCharsets.UTF_8));
        int[] spans = {0};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visitChildren(Node parent) {
                if (parent instanceof org.commonmark.ext.gfm.tables.TableRow row
                        && !(row.getParent() instanceof org.commonmark.ext.gfm.tables.TableHead)) {
                    Node cell = row.getFirstChild().getNext();       // the gonet column
                    Class<?>[] context = {null};
                    List<org.commonmark.node.Code> codes = new ArrayList<>();
                    cell.accept(new AbstractVisitor() {
                        @Override
                        public void visit(org.commonmark.node.Code code) {
                            codes.add(code);
                        }
                    });
                    for (org.commonmark.node.Code code : codes) {
                        spans[0]++;
                        String where = "docs/go-cheatsheet.md:" + (code.getSourceSpans().get(0).getLineIndex() + 1)
                                + ": `" + code.getLiteral() + "`: ";
                        try {
                            Class<?> t = resolveChain(code.getLiteral(), context[0]);
                            if (t != null) {
                                context[0] = t;
                            }
                        } catch (IllegalArgumentException e) {
                            bad.add(where + e.getMessage());
                        }
                    }
                    return;
                }
                super.visitChildren(parent);
            }
        });
        System.out.println("DocsSamplesTest: go-cheatsheet.md, " + spans[0] + " code spans of the gonet column resolved");
        if (!bad.isEmpty()) {
            fail(bad.size() + " names in the cheat sheet do not exist:\n" + String.join("\n", bad));
        }
    }

    private static Class<?> type(String name) {
        String outer = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        for (String p : PACKAGES) {
            try {
                Class<?> c = Class.forName(p + "." + outer, false, DocsSamplesTest.class.getClassLoader());
                if (name.contains(".")) {
                    c = Class.forName(c.getName() + "$" + name.substring(name.indexOf('.') + 1).replace('.', '$'), false,
                            DocsSamplesTest.class.getClassLoader());
                }
                return c;
            } catch (ClassNotFoundException e) {
                // the next package
            }
        }
        return null;
    }

    /** The type of {@code t.name}; {@code name} may be {@code with...}. */
    private static Class<?> member(Class<?> t, String name) {
        if (name.equals("with...")) {
            for (java.lang.reflect.Method m : t.getMethods()) {
                if (m.getName().startsWith("with")) {
                    return t;
                }
            }
            throw new IllegalArgumentException(t.getSimpleName() + " has no with* methods");
        }
        for (java.lang.reflect.Method m : t.getMethods()) {
            if (m.getName().equals(name)) {
                return m.getReturnType();
            }
        }
        for (java.lang.reflect.Field f : t.getFields()) {
            if (f.getName().equals(name)) {
                return f.getType();
            }
        }
        for (Class<?> n : t.getClasses()) {
            if (n.getSimpleName().equals(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException(t.getSimpleName() + " has no public member " + name);
    }

    /**
     * Resolves one span; returns the context for bare names after it: the type that owns the last
     * member the span names ({@code Net} after {@code Net.lookupHost}), or the type it names.
     */
    static Class<?> resolveChain(String span, Class<?> context) {
        String s = span.strip();
        if (s.matches("(dev|java)(\\.[a-z0-9]+)+")) {
            if (PACKAGES.contains(s)) {
                return null;
            }
            throw new IllegalArgumentException("not a package of gonet's API");
        }
        int i = 0;
        Class<?> t;
        Matcher m = IDENT.matcher(s);
        if (s.startsWith("new ")) {
            m.region(4, s.length());
            if (!m.lookingAt()) {
                throw new IllegalArgumentException("cannot read this");
            }
            i = m.end();
            String name = m.group();
            while (i < s.length() && s.charAt(i) == '.' && m.region(i + 1, s.length()).lookingAt()
                    && Character.isUpperCase(m.group().charAt(0))) {
                name += "." + m.group();
                i = m.end();
            }
            t = type(name);
            if (t == null) {
                throw new IllegalArgumentException("no type " + name);
            }
        } else if (s.startsWith("((")) {
            int close = s.indexOf(')');
            t = type(s.substring(2, close).strip());
            if (t == null) {
                throw new IllegalArgumentException("no type " + s.substring(2, close));
            }
            i = s.indexOf(')', close + 1) + 1;
        } else {
            if (!m.lookingAt()) {
                throw new IllegalArgumentException("cannot read this");
            }
            String first = m.group();
            i = m.end();
            if (RECEIVERS.containsKey(first) && i < s.length() && s.charAt(i) == '.') {
                t = type(RECEIVERS.get(first));
            } else if (Character.isUpperCase(first.charAt(0))) {
                t = type(first);
                if (t == null) {
                    throw new IllegalArgumentException("no type " + first);
                }
                // a nested type (Pipe.Ends) is a type, not a member
                while (i < s.length() && s.charAt(i) == '.' && m.region(i + 1, s.length()).lookingAt()
                        && type(first + "." + m.group()) != null) {
                    first += "." + m.group();
                    t = type(first);
                    i = m.end();
                }
            } else if (context != null) {
                t = member(context, first);
                i = skipArgs(s, i);
                Class<?> owner = context;
                while (i < s.length() && s.charAt(i) == '/' && m.region(i + 1, s.length()).lookingAt()) {
                    member(owner, m.group());
                    i = skipArgs(s, m.end());
                }
                return chain(s, i, t, owner);
            } else {
                throw new IllegalArgumentException(first + " names no type, receiver or member of a type before it");
            }
        }
        i = skipArgs(s, i);
        return chain(s, i, t, t);
    }


    private static int skipArgs(String s, int i) {
        if (i < s.length() && s.charAt(i) == '(') {
            int depth = 0;
            for (; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '(') {
                    depth++;
                } else if (ch == ')' && --depth == 0) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("unbalanced parentheses");
        }
        return i;
    }

    private static Class<?> chain(String s, int i, Class<?> t, Class<?> context) {
        Matcher m = IDENT.matcher(s);
        while (i < s.length()) {
            if (s.startsWith("...", i)) {
                i += 3;
                if (i < s.length() && m.region(i, s.length()).lookingAt()) {
                    t = member(t, m.group());
                    i = skipArgs(s, m.end());
                }
                continue;
            }
            char ch = s.charAt(i);
            if (ch == '.' && m.region(i + 1, s.length()).lookingAt()) {
                String name = m.group();
                i = m.end();
                if (s.startsWith("...", i) && name.equals("with")) {
                    name = "with...";
                    i += 3;
                }
                Class<?> owner = t;
                t = member(owner, name);
                i = skipArgs(s, i);
                while (i < s.length() && s.charAt(i) == '/' && m.region(i + 1, s.length()).lookingAt()) {
                    member(owner, m.group());
                    i = skipArgs(s, m.end());
                }
                context = owner;
            } else if (Character.isWhitespace(ch) || ch == ';' || ch == ',') {
                break;
            } else {
                throw new IllegalArgumentException("cannot read \"" + s.substring(i) + "\"");
            }
        }
        return context;
    }

    // ---- verbatim ------------------------------------------------------------------------------

    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private void verbatim(Block b) throws IOException {
        Path file = ROOT.resolve(b.marker()).normalize();
        if (!file.startsWith(ROOT) || !Files.isRegularFile(file)) {
            bad.add(b.where() + ": <!-- sample: " + b.marker() + " -->: no such file in the repository");
            return;
        }
        String text = normalise(Files.readString(file, StandardCharsets.UTF_8));
        if (!text.contains(normalise(b.code()))) {
            List<String> lines = b.code().lines().toList();
            int i = 0;
            while (i < lines.size() && text.contains(normalise(String.join("\n", lines.subList(0, i + 1))))) {
                i++;
            }
            bad.add(b.where() + ": the block does not appear verbatim (whitespace aside) in " + b.marker()
                    + "; it differs from line " + (b.line() + i) + " on: " + (i < lines.size() ? lines.get(i).strip() : ""));
            return;
        }
        count("verbatim in a test");
    }

    // ---- Java ----------------------------------------------------------------------------------

    /** A source in memory, and where its lines come from. */
    private static final class Source extends SimpleJavaFileObject {
        final Block block;
        final String text;
        final int headerLines;

        Source(String path, Block block, String text, int headerLines) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.block = block;
            this.text = text;
            this.headerLines = headerLines;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    static Source wrap(Block b, int n) {
        String pkg = "docsamples.b" + n;
        StringBuilder head = new StringBuilder("package " + pkg + ";");
        for (String i : IMPORTS) {
            head.append(" import ").append(i).append(';');
        }
        head.append('\n');
        String decl = null;
        for (String l : b.code().lines().toList()) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("//") || t.startsWith("/*") || t.startsWith("*") || t.startsWith("@")
                    || t.startsWith("import ")) {
                continue;
            }
            Matcher m = TYPE_DECL.matcher(t);
            decl = m.find() ? m.group(1) : null;
            break;
        }
        if (decl != null) {
            return new Source(pkg.replace('.', '/') + "/" + decl + ".java", b, head + b.code(), 1);
        }
        head.append("class Sample { void sample() throws Exception {\n");
        return new Source(pkg.replace('.', '/') + "/Sample.java", b, head + b.code() + "\n}}\n", 2);
    }

    private void compile(List<Block> blocks) throws IOException {
        if (blocks.isEmpty()) {
            return;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            bad.add("no system Java compiler: run the tests on a JDK");
            return;
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path out = Files.createDirectories(Path.of("target/docsamples"));   // the compiled samples
        // one task per block: a syntax error in one would stop javac before it checks the others
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            for (int n = 0; n < blocks.size(); n++) {
                Source s = wrap(blocks.get(n), n);
                DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
                boolean ok = javac.getTask(null, fm, diags, List.of("-classpath", cp, "-d", out.toString(), "-proc:none",
                        "-nowarn", "-implicit:none"), null, List.of(s)).call();
                for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
                    if (d.getKind() != Diagnostic.Kind.ERROR) {
                        continue;
                    }
                    int inBlock = (int) d.getLineNumber() - 1 - s.headerLines;
                    List<String> lines = s.block.code().lines().toList();
                    String text = inBlock >= 0 && inBlock < lines.size() ? "\n        " + lines.get(inBlock).strip() : "";
                    bad.add(s.block.file() + ":" + (s.block.line() + Math.max(inBlock, 0)) + ": does not compile: "
                            + d.getMessage(Locale.ROOT).lines().map(String::strip).filter(l -> !l.startsWith("location:"))
                                    .map(l -> l.replaceAll("\\s+", " ")).reduce((x, y) -> x + "; " + y).orElse("") + text);
                }
                if (!ok) {
                    continue;
                }
                if (!"run".equals(s.block.marker())) {
                    count("compiled (java)");
                } else if (s.headerLines != 2) {
                    bad.add(s.block.where() + ": <!-- sample: run --> is for a block of statements, not a declaration");
                } else if (run(s.block, jvmClassPath(cp, out), n)) {
                    count("compiled and run (java)");
                }
            }
        }
    }

    /**
     * The compiled samples and the test class path without net-web: a JVM program has exactly one
     * platform (with both, the first lookup fails saying so).
     */
    private static URL[] jvmClassPath(String cp, Path samples) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(samples.toUri().toURL());
        for (String e : cp.split(java.io.File.pathSeparator)) {
            Path p = Path.of(e);
            String web = "dev/gonet/web/WebPlatform.class";
            boolean isWeb;
            if (Files.isDirectory(p)) {
                isWeb = Files.exists(p.resolve(web));
            } else {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(p.toFile())) {
                    isWeb = jar.getEntry(web) != null;
                } catch (IOException notAJar) {
                    isWeb = false;
                }
            }
            if (!isWeb) {
                urls.add(p.toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Runs block {@code n}'s {@code sample()}; false (and a complaint) when it throws or hangs. */
    private boolean run(Block b, URL[] classPath, int n) {
        Throwable[] thrown = new Throwable[1];
        // not closed: threads the sample started may still be finishing (and loading classes) when it returns
        URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader());
        try {
            Class<?> c = loader.loadClass("docsamples.b" + n + ".Sample");
            var ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            Object sample = ctor.newInstance();
            Method m = c.getDeclaredMethod("sample");
            m.setAccessible(true);
            Thread t = new Thread(() -> {
                try {
                    m.invoke(sample);
                } catch (InvocationTargetException e) {
                    thrown[0] = e.getCause();
                } catch (ReflectiveOperationException e) {
                    thrown[0] = e;
                }
            }, "sample " + b.where());
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            t.start();
            t.join(RUN_LIMIT_SECONDS * 1000L);
            if (t.isAlive()) {
                bad.add(b.where() + ": the sample still runs after " + RUN_LIMIT_SECONDS + " s");
                return false;
            }
        } catch (ReflectiveOperationException | InterruptedException e) {
            thrown[0] = e;
        }
        if (thrown[0] != null) {
            bad.add(b.where() + ": the sample throws " + thrown[0]);
            return false;
        }
        return true;
    }

    // ---- shell ---------------------------------------------------------------------------------

    private static final Set<String> PHASES = Set.of("clean", "validate", "compile", "test-compile", "test", "package",
            "verify", "install", "site");

    private void shell(Block b) throws IOException {
        Set<String> modules = modules();
        Set<String> profiles = new HashSet<>();
        for (Path pom : poms()) {
            NodeList ids = parse(Files.readString(pom)).getElementsByTagName("profile");
            for (int i = 0; i < ids.getLength(); i++) {
                profiles.add(child((Element) ids.item(i), "id"));
            }
        }
        List<String> lines = b.code().lines().toList();
        int before = bad.size();
        for (int i = 0; i < lines.size(); i++) {
            String cmd = lines.get(i).strip();
            if (cmd.startsWith("$ ")) {
                cmd = cmd.substring(2).strip();
            }
            if (cmd.isEmpty() || cmd.startsWith("#")) {
                continue;
            }
            String where = b.file() + ":" + (b.line() + i) + ": " + cmd + ": ";
            List<String> args = List.of(cmd.split("\\s+"));
            if (args.get(0).equals("mvn")) {
                for (int a = 1; a < args.size(); a++) {
                    String arg = args.get(a);
                    String value = a + 1 < args.size() ? args.get(a + 1) : "";
                    if (arg.equals("-pl") || arg.equals("--projects")) {
                        for (String m : value.split(",")) {
                            if (!modules.contains(m.replaceFirst("^[!:-]", ""))) {
                                bad.add(where + "no module " + m + " in the root pom");
                            }
                        }
                        a++;
                    } else if (arg.startsWith("-P")) {
                        for (String p : arg.substring(2).split(",")) {
                            if (!profiles.contains(p.replaceFirst("^[!-]", ""))) {
                                bad.add(where + "no profile " + p + " in any pom");
                            }
                        }
                    } else if (arg.startsWith("-D") || Set.of("-am", "-amd", "-o", "-q", "-B", "-e", "-U").contains(arg)) {
                        continue;
                    } else if (arg.startsWith("-") || !PHASES.contains(arg)) {
                        bad.add(where + "DocsSamplesTest does not know " + arg + " (a phase, -pl, -P, -am, -D...)");
                    }
                }
            } else {
                String script = args.get(0).equals("bash") && args.size() > 1 ? args.get(1) : args.get(0);
                Path p = ROOT.resolve(script.replaceFirst("^\\./", "")).normalize();
                if (!(script.startsWith("scripts/") || script.startsWith("./scripts/") || script.startsWith(".ci/"))
                        || !Files.isRegularFile(p)) {
                    bad.add(where + "neither mvn nor a script of the repository (scripts/, .ci/)");
                }
            }
        }
        if (bad.size() == before) {
            count("checked (sh)");
        }
    }

    // ---- XML -----------------------------------------------------------------------------------

    private static org.w3c.dom.Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String child(Element e, String name) {
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c.getTextContent().strip();
            }
        }
        return null;
    }

    private static Set<String> modules() throws IOException {
        Set<String> m = new HashSet<>();
        NodeList l = parse(Files.readString(ROOT.resolve("pom.xml"))).getElementsByTagName("module");
        for (int i = 0; i < l.getLength(); i++) {
            m.add(l.item(i).getTextContent().strip());
        }
        return m;
    }

    private static List<Path> poms() throws IOException {
        List<Path> p = new ArrayList<>();
        p.add(ROOT.resolve("pom.xml"));
        for (String m : modules()) {
            p.add(ROOT.resolve(m).resolve("pom.xml"));
        }
        return p;
    }

    private void xml(Block b) throws IOException {
        org.w3c.dom.Document snippet;
        try {
            snippet = parse("<sample>\n" + b.code() + "</sample>");
        } catch (IllegalArgumentException e) {
            bad.add(b.where() + ": not well-formed XML (" + e.getMessage() + ", counting from the line before the block)");
            return;
        }
        org.w3c.dom.Document root = parse(Files.readString(ROOT.resolve("pom.xml")));
        String version = child(root.getDocumentElement(), "version");
        Map<String, String> props = new HashMap<>();
        NodeList ps = root.getElementsByTagName("properties");
        for (org.w3c.dom.Node n = ps.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                props.put(e.getTagName(), e.getTextContent().strip());
            }
        }
        // what the build has: artifacts of the reactor; versions and configuration of plugins
        Set<String> artifacts = new HashSet<>();
        Map<String, String> versions = new HashMap<>();
        Map<String, Set<String>> pluginElements = new HashMap<>();
        for (Path pom : poms()) {
            org.w3c.dom.Document d = parse(Files.readString(pom));
            artifacts.add(child(d.getDocumentElement(), "artifactId"));
            for (String tag : List.of("plugin", "dependency")) {
                NodeList l = d.getElementsByTagName(tag);
                for (int i = 0; i < l.getLength(); i++) {
                    Element e = (Element) l.item(i);
                    String id = child(e, "groupId") + ":" + child(e, "artifactId");
                    String v = child(e, "version");
                    if (v != null) {
                        versions.put(id, expand(v, props));
                    }
                    if (tag.equals("plugin")) {
                        Set<String> names = pluginElements.computeIfAbsent(id, k -> new HashSet<>());
                        NodeList all = e.getElementsByTagName("*");
                        for (int j = 0; j < all.getLength(); j++) {
                            Element x = (Element) all.item(j);
                            names.add(x.getTagName());
                            if (x.getTagName().equals("goal")) {
                                names.add("goal=" + x.getTextContent().strip());
                            }
                        }
                    }
                }
            }
        }
        int before = bad.size();
        for (String tag : List.of("plugin", "dependency")) {
            NodeList l = snippet.getElementsByTagName(tag);
            for (int i = 0; i < l.getLength(); i++) {
                Element e = (Element) l.item(i);
                String group = child(e, "groupId");
                String id = group + ":" + child(e, "artifactId");
                String v = child(e, "version");
                if ("dev.gonet".equals(group)) {
                    if (!artifacts.contains(child(e, "artifactId"))) {
                        bad.add(b.where() + ": " + id + " is not an artifact of this build");
                    }
                    if (v != null && !v.equals(version)) {
                        bad.add(b.where() + ": " + id + ":" + v + ", but the build is version " + version);
                    }
                } else if (v != null && !v.equals(versions.get(id))) {
                    bad.add(b.where() + ": " + id + ":" + v + ", but the build uses " + versions.get(id));
                }
                if (tag.equals("plugin")) {
                    Set<String> known = pluginElements.getOrDefault(id, Set.of());
                    NodeList all = e.getElementsByTagName("*");
                    for (int j = 0; j < all.getLength(); j++) {
                        Element x = (Element) all.item(j);
                        String name = x.getTagName().equals("goal") ? "goal=" + x.getTextContent().strip() : x.getTagName();
                        if (!known.contains(name)) {
                            bad.add(b.where() + ": " + id + ": <" + name + "> is nothing the build's poms give this plugin");
                        }
                    }
                }
            }
        }
        if (bad.size() == before) {
            count("checked (xml)");
        }
    }

    private static String expand(String v, Map<String, String> props) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(v);
        return m.replaceAll(r -> Matcher.quoteReplacement(props.getOrDefault(r.group(1), r.group())));
    }
}
