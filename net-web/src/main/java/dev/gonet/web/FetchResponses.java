package dev.gonet.web;

import dev.gonet.http.Header;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.url.URL;
import dev.gonet.web.jso.FetchResponse;
import dev.gonet.web.jso.Headers;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;
import org.teavm.jso.streams.ReadableStream;

/** A fetch {@code Response} as gonet's {@link Response}, with what the browser does and does not show. */
final class FetchResponses {
    private FetchResponses() {
    }

    static Response response(FetchCall call, FetchResponse fr) {
        int status = fr.getStatus();
        Header h = new Header();
        JSArrayReader<JSString> fields = Headers.flatten(fr.getHeaders());
        for (int i = 0; i + 1 < fields.getLength(); i += 2) {
            h.add(fields.get(i).stringValue(), fields.get(i + 1).stringValue());
        }
        Response resp = new Response(status, h, null);
        String text = fr.getStatusText();
        if (status == 0) {
            resp.setStatus(fr.getType().equals("opaqueredirect")
                    ? "0 opaque redirect (the browser hides a redirect's status and Location from pages)"
                    : "0 opaque response (mode no-cors hides the status, header fields and body)");
        } else if (text != null && !text.isEmpty()) {
            resp.setStatus(status + " " + text);
        }
        resp.setProto("", 0, 0); // fetch does not say which protocol carried it
        long length = contentLength(h.get("Content-Length"));
        String ce = h.get("Content-Encoding");
        if (!ce.isEmpty() && !ce.equalsIgnoreCase("identity")) {
            // The browser decoded the body; what the header says is about the encoded one.
            h.del("Content-Encoding");
            h.del("Content-Length");
            resp.setUncompressed(true);
            length = -1;
        }
        resp.setContentLength(length);
        resp.setRedirected(fr.isRedirected());
        Request req = call.request();
        String finalUrl = fr.getUrl();
        if (finalUrl != null && !finalUrl.isEmpty() && !finalUrl.equals(call.url())) {
            URL u = FetchCall.parseOrNull(finalUrl);
            if (u != null) {
                req = req.shallowCopy().setURL(u);
            }
        }
        resp.setRequest(req);
        if (FetchResponse.lacksBodyStream(fr)) {
            resp.setBody(FetchBody.whole(call, fr.arrayBuffer()));
        } else {
            ReadableStream body = fr.getBody();
            if (body == null) {
                call.finish();
                resp.setBody(Request.NO_BODY);
            } else {
                resp.setBody(FetchBody.stream(call, body.getReader()));
            }
        }
        return resp;
    }

    /** A Content-Length field as a number, -1 when absent or not a plain non-negative number. */
    static long contentLength(String v) {
        if (v.isEmpty() || v.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
