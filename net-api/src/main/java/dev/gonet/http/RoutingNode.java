package dev.gonet.http;

import dev.gonet.http.Pattern.Segment;
import dev.gonet.internal.Ascii;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go's routing decision tree ({@code routingNode}). The root branches on host, the next level
 * on method, the rest on consecutive path segments. Leaves hold a pattern and its handler.
 *
 * <p>Child keys are byte strings: a literal segment, "/" for the trailing slash of {$}, and ""
 * for a single wildcard (so, as in Go, an empty literal segment shares the wildcard's child).
 * A multi wildcard has its own field, as in Go 1.23+: Go 1.22.0 keyed it "*", which made a
 * literal "*" segment in a request match it and crash in PathValue (Go issue 67067).
 *
 * <p>Not thread-safe; {@link Routes} guards it.
 */
final class RoutingNode<T> {
    Pattern pattern;
    T handler;
    private Map<String, RoutingNode<T>> children; // non-empty keys; insertion order
    private RoutingNode<T> emptyChild;
    private RoutingNode<T> multiChild;

    /** A matched leaf and the wildcard values, in the order the wildcards appear. */
    record Found<T>(RoutingNode<T> node, List<String> matches) {
    }

    void addPattern(Pattern p, T h) {
        RoutingNode<T> n = addChild(p.host).addChild(p.method);
        List<Segment> segs = p.segments;
        for (int i = 0; i < segs.size(); i++) {
            Segment seg = segs.get(i);
            if (seg.multi()) {
                if (i != segs.size() - 1) {
                    throw new IllegalStateException("multi wildcard not last");
                }
                if (n.multiChild == null) {
                    n.multiChild = new RoutingNode<>();
                }
                n = n.multiChild;
                break;
            }
            n = n.addChild(seg.wild() ? "" : seg.s());
        }
        // Equivalent patterns conflict, so a leaf is normally fresh. Go panics with this text
        // when it is not, which "/a//b" after "/a/{x}/b" provokes (both use the "" child).
        if (n.pattern != null || n.handler != null) {
            throw new IllegalStateException("non-nil leaf fields");
        }
        n.pattern = p;
        n.handler = h;
    }

    private RoutingNode<T> addChild(String key) {
        if (key.isEmpty()) {
            if (emptyChild == null) {
                emptyChild = new RoutingNode<>();
            }
            return emptyChild;
        }
        RoutingNode<T> c = findChild(key);
        if (c == null) {
            if (children == null) {
                children = new LinkedHashMap<>();
            }
            c = new RoutingNode<>();
            children.put(key, c);
        }
        return c;
    }

    private RoutingNode<T> findChild(String key) {
        if (key.isEmpty()) {
            return emptyChild;
        }
        return children == null ? null : children.get(key);
    }

    /**
     * The leaf matching host, method and path (byte strings), or null. A host-specific pattern
     * that matches wins; otherwise patterns without a host are tried.
     */
    Found<T> match(String host, String method, String path) {
        if (!host.isEmpty()) {
            RoutingNode<T> h = findChild(host);
            Found<T> f = h == null ? null : h.matchMethodAndPath(method, path);
            if (f != null) {
                return f;
            }
        }
        return emptyChild == null ? null : emptyChild.matchMethodAndPath(method, path);
    }

    private Found<T> matchMethodAndPath(String method, String path) {
        Found<T> f = matchPathFrom(findChild(method), path);
        if (f == null && method.equals("HEAD")) {
            f = matchPathFrom(findChild("GET"), path); // GET patterns also match HEAD
        }
        if (f == null) {
            f = matchPathFrom(emptyChild, path); // patterns with no method
        }
        return f;
    }

    private static <T> Found<T> matchPathFrom(RoutingNode<T> n, String path) {
        if (n == null) {
            return null;
        }
        List<String> matches = new ArrayList<>();
        RoutingNode<T> leaf = n.matchPath(path, matches);
        return leaf == null ? null : new Found<>(leaf, matches);
    }

    /** One level of the backtracking search in {@link #matchPath}. */
    private static final class Frame<T> {
        final RoutingNode<T> node;
        final int pos; // the rest of the path is path[pos:]
        int stage; // 0: split off a segment and try the literal; 1: the wildcard; 2: the multi
        String seg;
        int next;
        int mark; // matches.size() on entry, restored before the multi is tried

        Frame(RoutingNode<T> node, int pos) {
            this.node = node;
            this.pos = pos;
        }
    }

    /**
     * Go's {@code matchPath}: at each node try the literal child for the next segment, then the
     * single wildcard, then the multi wildcard, backtracking on failure. Registration rejected
     * conflicts, so that order is the precedence order. Go recurses once per segment and
     * slices the path; this keeps an explicit stack and indexes into the path, so deep
     * patterns cannot overflow the Java stack and long paths are not copied per segment.
     * Appends wildcard values to {@code matches}.
     */
    private RoutingNode<T> matchPath(String path, List<String> matches) {
        int n = path.length();
        ArrayList<Frame<T>> stack = new ArrayList<>(4);
        stack.add(new Frame<>(this, 0));
        while (!stack.isEmpty()) {
            Frame<T> fr = stack.get(stack.size() - 1);
            RoutingNode<T> node = fr.node;
            if (fr.stage == 0) {
                if (fr.pos == n) {
                    if (node.pattern != null) {
                        return node; // only a leaf matches the end of the path
                    }
                    stack.remove(stack.size() - 1);
                    continue;
                }
                splitAt(path, fr);
                fr.mark = matches.size();
                fr.stage = 1;
                RoutingNode<T> c = node.findChild(fr.seg);
                if (c != null) {
                    stack.add(new Frame<>(c, fr.next));
                    continue;
                }
            }
            if (fr.stage == 1) {
                fr.stage = 2;
                // A single wildcard never matches the trailing slash.
                if (node.emptyChild != null && !fr.seg.equals("/")) {
                    matches.add(fr.seg);
                    stack.add(new Frame<>(node.emptyChild, fr.next));
                    continue;
                }
            }
            for (int k = matches.size() - 1; k >= fr.mark; k--) {
                matches.remove(k);
            }
            if (node.multiChild != null) {
                // A trailing slash is an anonymous multi: it records no value.
                if (!node.multiChild.pattern.lastSegment().s().isEmpty()) {
                    matches.add(PathText.pathUnescape(path.substring(fr.pos + 1)));
                }
                return node.multiChild;
            }
            stack.remove(stack.size() - 1);
        }
        return null;
    }

    /** Go's {@code firstSegment} of {@code path[fr.pos:]}, into fr.seg and fr.next. */
    private static void splitAt(String path, Frame<?> fr) {
        int pos = fr.pos;
        if (pos == path.length() - 1 && path.charAt(pos) == '/') {
            fr.seg = "/";
            fr.next = path.length();
            return;
        }
        // Drop the leading byte, which is '/' for every real path.
        int i = path.indexOf('/', pos + 1);
        if (i < 0) {
            i = path.length();
        }
        fr.seg = PathText.pathUnescape(path.substring(pos + 1, i));
        fr.next = i;
    }

    /** A path split into its first segment (unescaped) and the rest. */
    record Split(String seg, String rest) {
    }

    /**
     * Go's {@code firstSegment}: "/" alone gives ("/", ""); otherwise the text after the
     * leading byte (a '/' in every real path) up to the next '/', unescaped if it can be.
     */
    static Split firstSegment(String path) {
        Frame<Object> fr = new Frame<>(null, 0);
        splitAt(path, fr);
        return new Split(fr.seg, path.substring(fr.next));
    }

    /** Adds every method that would match host and path had the request used it. */
    void matchingMethods(String host, String path, Set<String> methods) {
        if (!host.isEmpty()) {
            RoutingNode<T> h = findChild(host);
            if (h != null) {
                h.matchingMethodsPath(path, methods);
            }
        }
        if (emptyChild != null) {
            emptyChild.matchingMethodsPath(path, methods);
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
    }

    private void matchingMethodsPath(String path, Set<String> methods) {
        if (children == null) {
            return;
        }
        // The no-method child is skipped: it would have matched the request's own method.
        for (Map.Entry<String, RoutingNode<T>> e : children.entrySet()) {
            if (e.getValue().matchPath(path, new ArrayList<>()) != null) {
                methods.add(e.getKey());
            }
        }
    }

    /** The tree in the layout of Go's routing_tree_test.go {@code print}, for tests. */
    void print(StringBuilder b, int level) {
        StringBuilder ib = new StringBuilder();
        for (int i = 0; i < level; i++) {
            ib.append("    ");
        }
        String indent = ib.toString();
        if (pattern != null) {
            b.append(indent).append(Ascii.quote(pattern.str)).append('\n');
        }
        if (emptyChild != null) {
            b.append(indent).append("\"\":\n");
            emptyChild.print(b, level + 1);
        }
        if (children != null) {
            List<String> keys = new ArrayList<>(children.keySet());
            Collections.sort(keys);
            for (String k : keys) {
                b.append(indent).append(GoText.text(Ascii.quoteBytes(k))).append(":\n");
                children.get(k).print(b, level + 1);
            }
        }
        if (multiChild != null) {
            b.append(indent).append("MULTI:\n");
            multiChild.print(b, level + 1);
        }
    }
}
