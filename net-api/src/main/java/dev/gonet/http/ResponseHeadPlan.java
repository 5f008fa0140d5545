package dev.gonet.http;

import dev.gonet.http.internal.Framing;
import dev.gonet.http.internal.Http1Writer;
import dev.gonet.internal.Ascii;
import java.util.List;

/**
 * Decides and renders a response head, as Go's {@code chunkWriter.writeHeader} does: automatic
 * Content-Length, chunking or close-delimiting, keep-alive, Content-Type sniffing, Date, and
 * the header fields a status forbids. Field order is Go's too: the handler's fields sorted,
 * then Date, Content-Length, Content-Type, Connection, Transfer-Encoding.
 */
final class ResponseHeadPlan {
    private static final List<String> SUPPRESSED_304 = List.of("Content-Type", "Content-Length",
            "Transfer-Encoding");
    private static final List<String> SUPPRESSED_NO_BODY = List.of("Content-Length", "Transfer-Encoding");

    private ResponseHeadPlan() {
    }

    /**
     * Decides the head and appends it (status line, fields, blank line) to {@code b}.
     *
     * @param h   the header as of {@code writeHeader}, owned by the response: fields the server
     *            overrides are removed from it
     * @param p   the first body bytes ({@code len} may be 0), for sniffing and, when the handler
     *            has returned, the whole body
     * @param b   where the head goes; the connection reuses one builder for every response
     */
    static void render(ServerResponse w, Header h, byte[] p, int off, int len, StringBuilder b) {
        ServerConn c = w.conn();
        Request req = w.req;
        int status = w.status();
        boolean keepAlives = c.mayKeepAlive();
        boolean isHEAD = w.isHEAD();
        boolean bodyAllowed = ServerResponse.bodyAllowed(status);

        boolean trailers = h.hasKeyStartingWith(ResponseWriter.TRAILER_PREFIX);
        List<String> declared = h.values("Trailer");
        for (int i = 0; i < declared.size(); i++) {
            trailers = true;
            for (String k : Framing.elements(declared.get(i))) {
                w.declareTrailer(k);
            }
        }
        String te = h.get("Transfer-Encoding");
        boolean hasTE = !te.isEmpty();

        String date = null;
        long extraCL = -1;
        String contentType = null;
        String connection = null;
        String transferEncoding = null;

        // The handler is done and everything it wrote is in p: send the length, even 0, so an
        // HTTP/1.0 keep-alive connection survives. Not for HEAD with nothing written (the
        // handler may just have skipped the body), and not with trailers or an explicit TE.
        if (w.handlerDone() && !trailers && !hasTE && bodyAllowed && h.get("Content-Length").isEmpty()
                && (!isHEAD || len > 0)) {
            w.setContentLength(len);
            extraCL = len;
        }
        boolean hasCL = w.contentLength() != -1;

        if (w.wants10KeepAlive() && (isHEAD || hasCL || !bodyAllowed)) {
            if (!h.has("Connection")) {
                connection = "keep-alive";
            }
        } else if (!req.protoAtLeast(1, 1) || w.wantsClose()) {
            w.setCloseAfterReply();
        }
        if (h.get("Connection").equals("close") || !keepAlives) {
            w.setCloseAfterReply();
        }
        // Issue 11549: the client wanted 100-continue and never got it (or we did not read
        // its body to the end): what comes next on the wire may be that body, or not.
        if (w.body.expectsContinue() && !w.body.sawEOF()) {
            w.setCloseAfterReply();
        }
        if (status == Status.SWITCHING_PROTOCOLS) {
            w.setCloseAfterReply(); // whatever follows is not HTTP/1.1, unless a handler hijacks
        }
        boolean tooBig = w.handlerDone() && w.decideBody();
        if (tooBig) {
            h.del("Connection");
            connection = "close";
        }

        if (bodyAllowed) {
            // No sniffing when the handler set a type (even to nothing) or an encoding.
            if (!h.has("Content-Type") && h.get("Content-Encoding").isEmpty() && !hasTE && len > 0) {
                contentType = ContentType.detect(p, off, len);
            }
        } else {
            for (String k : status == Status.NOT_MODIFIED ? SUPPRESSED_304 : SUPPRESSED_NO_BODY) {
                h.del(k);
            }
        }
        if (!h.has("Date")) {
            date = c.server().date();
        }
        if (hasCL && hasTE && !te.equals("identity")) {
            c.logf("http: WriteHeader called with both Transfer-Encoding of " + Ascii.quote(te)
                    + " and a Content-Length of " + w.contentLength());
            h.del("Content-Length");
            extraCL = -1;
            w.setContentLength(-1);
            hasCL = false;
        }

        if (isHEAD || !bodyAllowed) {
            h.del("Transfer-Encoding");
        } else if (hasCL) {
            h.del("Transfer-Encoding");
        } else if (req.protoAtLeast(1, 1)) {
            h.del("Transfer-Encoding");
            if (hasTE && te.equals("identity")) {
                // Go's opt-out of chunking: the body runs until the connection closes.
                w.setCloseAfterReply();
            } else {
                w.setChunking();
                transferEncoding = "chunked";
                h.del("Content-Length");
            }
        } else {
            w.setCloseAfterReply(); // HTTP/1.0 without a length: the close ends the body
            h.del("Transfer-Encoding");
        }

        boolean protocolSwitch = status == Status.SWITCHING_PROTOCOLS && !h.get("Upgrade").isEmpty()
                && Framing.containsToken(h.values("Connection"), "upgrade");
        if (w.closeAfterReply() && (!keepAlives || !Framing.containsToken(h.values("Connection"), "close"))
                && !protocolSwitch) {
            h.del("Connection");
            if (req.protoAtLeast(1, 1) || tooBig) {
                connection = "close";
            } else if ("keep-alive".equals(connection)) {
                connection = null; // HTTP/1.0 closes by default
            }
        }

        b.append(Http1Writer.statusLine(req.protoAtLeast(1, 1) ? 1 : 0, status));
        // "Trailer:"-prefixed keys are not tokens, so they are left out
        w.dropped(h.appendTo(b, null));
        if (date != null) {
            b.append("Date: ").append(date).append("\r\n");
        }
        if (extraCL >= 0) {
            b.append("Content-Length: ").append(extraCL).append("\r\n");
        }
        if (contentType != null) {
            b.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (connection != null) {
            b.append("Connection: ").append(connection).append("\r\n");
        }
        if (transferEncoding != null) {
            b.append("Transfer-Encoding: ").append(transferEncoding).append("\r\n");
        }
        b.append("\r\n");
    }
}
