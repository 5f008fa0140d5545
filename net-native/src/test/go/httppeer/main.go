// Command httppeer is the Go 1.19 net/http side of gonet's HTTP server interop tests and of the
// HTTP benchmark: a server and a client built from Go's own net/http, so a pass means gonet's
// server speaks to the real thing.
//
// The server prints "LISTEN <addr>" once ready and runs until its standard input closes, so a
// crashed test never leaves one behind. The client prints one "RESP ..." line per request (the
// facts the tests assert on, as key=value pairs) and "OK <requests>" at the end, then exits 0;
// or prints the error to stderr and exits 1. Values hold no spaces ('+' stands for one), except
// the quoted text, which comes last.
//
//	httppeer hello-server -addr A      "Hello, World!" (text/plain) for every request; SIGUSR1
//	                                   runs debug.FreeOSMemory (a forced GC, for bench-idle.sh)
//	httppeer idle-client -addr A [-conns N] [-warm D]
//	                                   bench-idle.sh's client: with -warm, 64 keep-alive connections
//	                                   send requests for D, then close; with -conns, opens N keep-alive
//	                                   connections, one request on each, prints "READY N" and holds
//	                                   them open until its standard input closes; with -tick D as
//	                                   well, the first of them then asks again: for -warmfor every
//	                                   -warmtick (default D), then "READY N", then for -tickfor
//	                                   every D, then "OK p50 p99 n" (the
//	                                   request round trips in ns) and it exits (http-idle-cpu.sh)
//	httppeer client -url U [-method M] [-n N] [-parallel P] [-bytes B] [-seed S]
//	                [-chunked] [-trailer] [-expect] [-ca FILE] [-servername S]
package main

import (
	"bufio"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"net/http/httptrace"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

var (
	addr       = flag.String("addr", "127.0.0.1:0", "hello-server: address to listen on")
	url        = flag.String("url", "", "client: the URL to request")
	method     = flag.String("method", "GET", "client: request method")
	n          = flag.Int("n", 1, "client: requests per worker, one after another")
	parallel   = flag.Int("parallel", 1, "client: workers sharing one Transport")
	nbytes     = flag.Int("bytes", 0, "client: request body size (random bytes)")
	seed       = flag.Int64("seed", 1, "client: random seed for bodies")
	chunked    = flag.Bool("chunked", false, "client: hide the body length, so it goes out chunked")
	trailer    = flag.Bool("trailer", false, "client: send X-Body-Sha256 as a trailer (needs -chunked)")
	expect     = flag.Bool("expect", false, "client: send Expect: 100-continue, waiting up to 10 s for it")
	caFile     = flag.String("ca", "", "client: PEM file of the root CA to trust (https)")
	serverName = flag.String("servername", "", "client: TLS server name to verify instead of the URL's host")
	conns      = flag.Int("conns", 0, "idle-client: keep-alive connections to open and hold")
	warm       = flag.Duration("warm", 0, "idle-client: warm the server up for this long first")
	tick       = flag.Duration("tick", 0, "idle-client: one request every D on the first held connection")
	warmFor    = flag.Duration("warmfor", 3*time.Second, "idle-client: with -tick, how long before READY")
	tickFor    = flag.Duration("tickfor", 10*time.Second, "idle-client: with -tick, how long after READY")
	warmTick   = flag.Duration("warmtick", 0, "idle-client: with -tick, time between requests before READY (0: -tick)")
)

func main() {
	if len(os.Args) < 2 {
		die(errors.New("usage: httppeer MODE [flags]"))
	}
	mode := os.Args[1]
	if err := flag.CommandLine.Parse(os.Args[2:]); err != nil {
		die(err)
	}
	var err error
	switch mode {
	case "hello-server":
		err = helloServer()
	case "client":
		err = client()
	case "idle-client":
		err = idleClient()
	default:
		err = fmt.Errorf("unknown mode %q", mode)
	}
	if err != nil {
		die(err)
	}
}

func die(err error) {
	fmt.Fprintln(os.Stderr, "httppeer:", err)
	os.Exit(1)
}

var hello = []byte("Hello, World!")

// helloServer is the benchmark's Go contender: the plain net/http server with a ServeMux, as a
// Go user writes it; gonet's contender has the same shape.
func helloServer() error {
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write(hello)
	})
	go exitOnStdinEOF()
	// bench-idle.sh measures memory after a forced collection, as it does for the JVM (jcmd GC.run).
	usr1 := make(chan os.Signal, 1)
	signal.Notify(usr1, syscall.SIGUSR1)
	go func() {
		for range usr1 {
			debug.FreeOSMemory()
		}
	}()
	fmt.Println("LISTEN", ln.Addr())
	return http.Serve(ln, mux)
}

// idleClient is the client of scripts/bench-idle.sh (see the usage at the top).
func idleClient() error {
	req := []byte("GET / HTTP/1.1\r\nHost: " + *addr + "\r\nUser-Agent: bench-idle\r\n\r\n")
	ask := func(c net.Conn, br *bufio.Reader) error {
		if _, err := c.Write(req); err != nil {
			return err
		}
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			return err
		}
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return err
		}
		if resp.StatusCode != 200 || string(body) != "Hello, World!" || resp.Close {
			return fmt.Errorf("unexpected answer: %s %q close=%t", resp.Status, body, resp.Close)
		}
		return nil
	}
	if *warm > 0 {
		var done int64
		var wg sync.WaitGroup
		errs := make(chan error, 64)
		end := time.Now().Add(*warm)
		for w := 0; w < 64; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, err := net.Dial("tcp", *addr)
				if err != nil {
					errs <- err
					return
				}
				defer c.Close()
				br := bufio.NewReader(c)
				for time.Now().Before(end) {
					if err := ask(c, br); err != nil {
						errs <- err
						return
					}
					atomic.AddInt64(&done, 1)
				}
			}()
		}
		wg.Wait()
		close(errs)
		if err := <-errs; err != nil {
			return err
		}
		fmt.Println("WARM", done)
	}
	if *conns == 0 {
		return nil
	}
	held := make([]net.Conn, *conns)
	readers := make([]*bufio.Reader, *conns)
	var next int64 = -1
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := 0; w < 64; w++ { // 64 dialers at a time: the listen backlog is never the limit
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := atomic.AddInt64(&next, 1)
				if i >= int64(*conns) {
					return
				}
				c, err := net.DialTimeout("tcp", *addr, 30*time.Second)
				if err != nil {
					errs <- err
					return
				}
				br := bufio.NewReaderSize(c, 256)
				if err := ask(c, br); err != nil {
					errs <- fmt.Errorf("connection %d: %w", i, err)
					return
				}
				held[i], readers[i] = c, br
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	if *tick > 0 {
		return tickOn(held[0], readers[0], ask)
	}
	fmt.Println("READY", *conns)
	io.Copy(io.Discard, os.Stdin) // hold them until the script is done measuring
	return nil
}

// tickOn asks on c every -warmtick for -warmfor, then "READY", then every -tick for -tickfor,
// timing each request's round trip, then "OK p50 p99 n" (ns): the load of scripts/http-idle-cpu.sh.
func tickOn(c net.Conn, br *bufio.Reader, ask func(net.Conn, *bufio.Reader) error) error {
	// The warm-up may ask faster than the measured load: a JIT that recompiles the server after
	// these connections came (and the last client's went) needs thousands of requests.
	every := *warmTick
	if every <= 0 {
		every = *tick
	}
	t := time.NewTicker(every)
	defer t.Stop()
	var lat []int64
	for phase, d := range []time.Duration{*warmFor, *tickFor} {
		if phase == 1 {
			t.Reset(*tick)
			fmt.Println("READY", *conns)
		}
		for end := time.Now().Add(d); time.Now().Before(end); {
			<-t.C
			t0 := time.Now()
			if err := ask(c, br); err != nil {
				return err
			}
			if phase == 1 {
				lat = append(lat, time.Since(t0).Nanoseconds())
			}
		}
	}
	if len(lat) == 0 {
		return errors.New("no request in -tickfor")
	}
	sort.Slice(lat, func(a, b int) bool { return lat[a] < lat[b] })
	n := len(lat)
	fmt.Println("OK", lat[n/2], lat[n*99/100], n)
	return nil
}

// exitOnStdinEOF ends the process when the parent closes our standard input (or dies).
func exitOnStdinEOF() {
	io.Copy(io.Discard, os.Stdin)
	os.Exit(0)
}

func client() error {
	tr := &http.Transport{
		MaxIdleConnsPerHost: *parallel, // every worker keeps its connection between requests
		IdleConnTimeout:     30 * time.Second,
	}
	if *expect {
		tr.ExpectContinueTimeout = 10 * time.Second // long: a pass means the 100 really came
	}
	if *caFile != "" {
		pem, err := os.ReadFile(*caFile)
		if err != nil {
			return err
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return fmt.Errorf("no certificate in %s", *caFile)
		}
		tr.TLSClientConfig = &tls.Config{RootCAs: pool, ServerName: *serverName}
		// Offer h2 and http/1.1 by ALPN, as Go's default client does: gonet must pick http/1.1.
		tr.ForceAttemptHTTP2 = true
	}
	c := &http.Client{Transport: tr, Timeout: 60 * time.Second}
	var mu sync.Mutex
	var wg sync.WaitGroup
	errs := make(chan error, *parallel)
	for w := 0; w < *parallel; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < *n; i++ {
				line, err := do(c, w*(*n)+i)
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				fmt.Println(line)
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	fmt.Println("OK", *parallel**n)
	return nil
}

// countingReader counts what the Transport took from a request body.
type countingReader struct {
	r    io.Reader
	n    int64
	done func()
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n += int64(k)
	if err == io.EOF && c.done != nil {
		c.done()
		c.done = nil
	}
	return k, err
}

func do(c *http.Client, k int) (string, error) {
	var body []byte
	var reader *countingReader
	var req *http.Request
	var err error
	if *nbytes > 0 {
		body = make([]byte, *nbytes)
		rand.New(rand.NewSource(*seed + int64(k))).Read(body)
		reader = &countingReader{r: strings.NewReader(string(body))}
		req, err = http.NewRequest(*method, *url, reader)
		if err != nil {
			return "", err
		}
		if *chunked {
			req.ContentLength = -1 // unknown: Go sends Transfer-Encoding: chunked
		} else {
			req.ContentLength = int64(len(body))
		}
		if *trailer {
			// Declared before sending, filled in when the body ends: Go writes it after the last chunk.
			req.Trailer = http.Header{"X-Body-Sha256": nil}
			reader.done = func() { req.Trailer.Set("X-Body-Sha256", sha(body)) }
		}
		req.GetBody = func() (io.ReadCloser, error) { // lets 307/308 redirects resend it
			return io.NopCloser(strings.NewReader(string(body))), nil
		}
	} else {
		req, err = http.NewRequest(*method, *url, nil)
		if err != nil {
			return "", err
		}
	}
	if *expect {
		req.Header.Set("Expect", "100-continue")
	}
	var reused, got100 bool
	var local string
	trace := &httptrace.ClientTrace{
		GotConn: func(i httptrace.GotConnInfo) {
			reused = i.Reused
			local = i.Conn.LocalAddr().String()
		},
		Got100Continue: func() { got100 = true },
	}
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return "", fmt.Errorf("reading the body of %s: %w", resp.Request.URL, err)
	}
	var sent int64
	if reader != nil {
		sent = reader.n
	}
	f := []string{
		fmt.Sprintf("RESP k=%d", k),
		fmt.Sprintf("status=%d", resp.StatusCode),
		"proto=" + resp.Proto,
		fmt.Sprintf("reused=%t", reused),
		"local=" + local,
		fmt.Sprintf("got100=%t", got100),
		fmt.Sprintf("sent=%d", sent),
		"sentsha=" + sha(body),
		"te=" + strings.Join(resp.TransferEncoding, ","),
		fmt.Sprintf("cl=%d", resp.ContentLength),
		"ctype=" + field(resp.Header.Get("Content-Type")),
		"got=" + field(resp.Header.Get("X-Got")),
		"trailer=" + resp.Trailer.Get("X-Sum"),
		"final=" + resp.Request.URL.Path,
		"finalmethod=" + resp.Request.Method,
		fmt.Sprintf("bodylen=%d", len(got)),
		"bodysha=" + sha(got),
	}
	if resp.TLS != nil {
		f = append(f, "tls="+tlsVersion(resp.TLS.Version), "alpn="+resp.TLS.NegotiatedProtocol)
	}
	// The body last and quoted: the parser takes the rest of the line.
	f = append(f, fmt.Sprintf("text=%q", clip(got, 64)))
	return strings.Join(f, " "), nil
}

// field keeps a value in one key=value word: spaces become '+' (the tests turn them back).
func field(s string) string {
	return strings.ReplaceAll(s, " ", "+")
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func clip(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

func tlsVersion(v uint16) string {
	switch v {
	case tls.VersionTLS12:
		return "TLS1.2"
	case tls.VersionTLS13:
		return "TLS1.3"
	}
	return fmt.Sprintf("0x%04x", v)
}
