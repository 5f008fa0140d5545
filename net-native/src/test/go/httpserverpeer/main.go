// Command httpserverpeer is the Go 1.19 net/http server that gonet's HTTP client is tested against:
// a server that is not gonet, so a pass means gonet's client speaks to the real thing. It also
// sits behind nginx in those tests (nginx proxies /echo to it), since nginx itself cannot echo.
//
//	httpserverpeer -cert C -key K
//
// prints "LISTEN http 127.0.0.1:P" and "LISTEN https 127.0.0.1:Q" and serves until its standard
// input closes, so a crashed test never leaves it behind. HTTP/2 stays on for HTTPS, as on any
// Go server: a client that offered h2 by mistake would be caught.
//
// Every response carries X-Remote-Addr (the client's address, so tests see which connection a
// request used) and, for /echo, the request as the server saw it (X-Method, X-Req-<Name>, ...).
package main

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	certFile = flag.String("cert", "", "PEM certificate chain for the HTTPS listener")
	keyFile  = flag.String("key", "", "PEM key for the HTTPS listener")
)

func main() {
	flag.Parse()
	mux := http.NewServeMux()
	mux.HandleFunc("/echo", echo)
	mux.HandleFunc("/bytes", sendBytes)
	mux.HandleFunc("/trailers", trailers)
	mux.HandleFunc("/slow", slow)
	mux.HandleFunc("/redirect/", redirect)
	mux.HandleFunc("/cookies/set", setCookies)
	mux.HandleFunc("/gzip", gzipped)
	mux.HandleFunc("/close", closeAfter)
	mux.HandleFunc("/hijack-close", hijackClose)
	mux.HandleFunc("/drop-next", dropNext)
	mux.HandleFunc("/reject", reject)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Remote-Addr", r.RemoteAddr)
		mux.ServeHTTP(w, r)
	})
	errLog := log.New(os.Stderr, "httpserverpeer: ", 0)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		die(err)
	}
	go func() { die((&http.Server{Handler: h, ErrorLog: errLog}).Serve(ln)) }()
	fmt.Println("LISTEN http", ln.Addr())
	if *certFile != "" {
		tln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			die(err)
		}
		go func() { die((&http.Server{Handler: h, ErrorLog: errLog}).ServeTLS(tln, *certFile, *keyFile)) }()
		fmt.Println("LISTEN https", tln.Addr())
	}
	io.Copy(io.Discard, os.Stdin)
	os.Exit(0)
}

func die(err error) {
	fmt.Fprintln(os.Stderr, "httpserverpeer:", err)
	os.Exit(1)
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// echo answers with the request body and describes the request in headers.
func echo(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "reading body: "+err.Error(), http.StatusBadRequest)
		return
	}
	h := w.Header()
	h.Set("X-Method", r.Method)
	h.Set("X-Proto", r.Proto)
	h.Set("X-Body-Length", strconv.Itoa(len(body)))
	h.Set("X-Body-Sha256", sum(body))
	h.Set("X-Content-Length", strconv.FormatInt(r.ContentLength, 10))
	h.Set("X-Transfer-Encoding", strings.Join(r.TransferEncoding, ","))
	h.Set("X-Host", r.Host)
	h.Set("X-Request-URI", r.RequestURI)
	for name, vs := range r.Header {
		h["X-Req-"+name] = vs
	}
	for name, vs := range r.Trailer {
		h["X-Trailer-"+name] = vs
	}
	h.Set("Content-Type", "application/octet-stream")
	w.Write(body)
}

// payload is n pseudo-random bytes from seed; tests compare hashes sent in X-Sha256.
func payload(r *http.Request) []byte {
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	seed, _ := strconv.ParseInt(r.URL.Query().Get("seed"), 10, 64)
	b := make([]byte, n)
	rand.New(rand.NewSource(seed)).Read(b)
	return b
}

// sendBytes sends /bytes?n=N&seed=S with a Content-Length, or chunked in 16 KiB flushes when
// chunked=1.
func sendBytes(w http.ResponseWriter, r *http.Request) {
	b := payload(r)
	w.Header().Set("X-Sha256", sum(b))
	w.Header().Set("Content-Type", "application/octet-stream")
	if r.URL.Query().Get("chunked") != "1" {
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		w.Write(b)
		return
	}
	writeFlushed(w, b)
}

func writeFlushed(w http.ResponseWriter, b []byte) {
	for len(b) > 0 {
		n := 16 << 10
		if n > len(b) {
			n = len(b)
		}
		w.Write(b[:n])
		w.(http.Flusher).Flush()
		b = b[n:]
	}
}

// trailers sends a chunked body whose hash and length follow it as trailers: one declared in
// advance (X-Sha256) and one announced only after the body through http.TrailerPrefix.
func trailers(w http.ResponseWriter, r *http.Request) {
	b := payload(r)
	w.Header().Set("Trailer", "X-Sha256")
	w.Header().Set("Content-Type", "application/octet-stream")
	writeFlushed(w, b)
	w.Header().Set("X-Sha256", sum(b))
	w.Header().Set(http.TrailerPrefix+"X-Length", strconv.Itoa(len(b)))
}

// slow waits ?head=D before the response head and then ?body=D before the body.
func slow(w http.ResponseWriter, r *http.Request) {
	pause := func(name string) bool {
		d, _ := time.ParseDuration(r.URL.Query().Get(name))
		select {
		case <-time.After(d):
			return true
		case <-r.Context().Done():
			return false
		}
	}
	if !pause("head") {
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(http.StatusOK)
	w.(http.Flusher).Flush()
	if !pause("body") {
		return
	}
	io.WriteString(w, "slow body\n")
}

// redirect serves /redirect/CODE/N: N more redirects with status CODE, then /echo. The body
// of the redirecting request is read first, so its length shows in X-Hop-Body-Lengths.
func redirect(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/redirect/"), "/")
	code, err1 := strconv.Atoi(parts[0])
	n, err2 := strconv.Atoi(parts[len(parts)-1])
	if len(parts) != 2 || err1 != nil || err2 != nil {
		http.Error(w, "want /redirect/CODE/N", http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	to := "/echo"
	if n > 1 {
		to = fmt.Sprintf("/redirect/%d/%d", code, n-1)
	}
	w.Header().Set("X-Hop", fmt.Sprintf("%s %d", r.Method, len(body)))
	http.Redirect(w, r, to, code)
}

// setCookies sets each query parameter as a cookie (Path=/), in name order, Secure if ?secure=1,
// then redirects to ?next= if given.
func setCookies(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	names := make([]string, 0, len(q))
	for name := range q {
		if name != "next" && name != "secure" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		http.SetCookie(w, &http.Cookie{Name: name, Value: q.Get(name), Path: "/", Secure: q.Get("secure") == "1"})
	}
	if next := q.Get("next"); next != "" {
		http.Redirect(w, r, next, http.StatusFound)
		return
	}
	io.WriteString(w, "cookies set\n")
}

// gzipped sends n bytes of text compressed when the client accepts gzip, plain otherwise.
func gzipped(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	var text strings.Builder
	for i := 0; text.Len() < n; i++ {
		fmt.Fprintf(&text, "line %d of a compressible text, the same words again and again\n", i)
	}
	plain := []byte(text.String()[:n])
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Sha256", sum(plain))
	if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Write(plain)
		return
	}
	w.Header().Set("Content-Encoding", "gzip")
	zw := gzip.NewWriter(w)
	zw.Write(plain)
	zw.Close()
}

// closeAfter answers with "Connection: close"; Go's server then closes the connection.
func closeAfter(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Connection", "close")
	io.WriteString(w, "closing\n")
}

// hijackClose answers a complete keep-alive response and closes the connection without a word,
// as a server whose idle timeout fired would: the client's pooled connection is dead.
func hijackClose(w http.ResponseWriter, r *http.Request) {
	c, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer c.Close()
	fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-Remote-Addr: %s\r\n\r\nbye", c.RemoteAddr())
	buf.Flush()
	// Let the client read everything before the close, so it cannot see a reset instead
	// (over TLS, CloseWrite sends close_notify).
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		cw.CloseWrite()
	}
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	io.Copy(io.Discard, bufio.NewReader(c))
}

// dropNext answers a complete keep-alive response, then waits for the next request on the
// connection, reads it and closes without answering: the client's request on its reused
// connection fails after it was written, before any response byte, which is exactly the case
// Go's transport retries for idempotent requests (and only for those).
func dropNext(w http.ResponseWriter, r *http.Request) {
	c, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer c.Close()
	fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Remote-Addr: %s\r\n\r\nok", c.RemoteAddr())
	buf.Flush()
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := http.ReadRequest(buf.Reader); err != nil {
		return
	}
	// Take in what else comes (a body) for a moment, so the close is a FIN, not a reset.
	c.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
	io.Copy(io.Discard, buf)
}

// reject answers 403 without reading the body: with "Expect: 100-continue" Go's server then
// never sends 100 Continue and the client must not send its body.
func reject(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Expect", r.Header.Get("Expect"))
	http.Error(w, "no thanks", http.StatusForbidden)
}
