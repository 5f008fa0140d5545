// Command peer is the Go 1.19 side of gonet's interop tests and socket benchmarks: a peer that
// is not gonet, built from Go's own net package, so a pass means gonet speaks to the real thing.
//
// Servers print "LISTEN <addr>" once ready and run until their standard input closes, so a
// crashed test never leaves one behind. Clients print one "OK ..." line and exit 0, or print
// the reason to stderr and exit 1.
//
//	peer stream-echo-server -net tcp|tcp4|tcp6|unix -addr A
//	peer stream-client      -net ... -addr A -bytes N -seed S
//	peer udp-echo-server    -net udp|udp4|udp6 -addr A
//	peer udp-client         -net ... -addr A -count N -size S -seed S
//	peer sink-server        -net tcp -addr A        (reads and discards; prints bytes at EOF)
//	peer blast-client       -net tcp -addr A -secs T -chunk C  (prints "OK bytes ns")
//	peer pingpong           -net tcp -addr A -n N -warm W -size S (prints latency percentiles)
//	peer idle-client        -net tcp -addr A -conns C -tick D -warmtick E -warmsecs W -secs T
//	                        (C idle connections plus one that does a 1-byte round trip every D;
//	                        prints "READY" after W seconds of ticks every E (default D),
//	                        then "OK p50 p99 n" after T more)
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"net"
	"os"
	"sort"
	"time"
)

var (
	network = flag.String("net", "tcp", "network")
	addr    = flag.String("addr", "127.0.0.1:0", "address to listen on or dial")
	nbytes  = flag.Int("bytes", 1<<20, "stream-client: bytes to send")
	seed    = flag.Int64("seed", 1, "random seed for the payload")
	count   = flag.Int("count", 1000, "udp-client: datagrams to exchange")
	size    = flag.Int("size", 512, "udp-client, pingpong: message size")
	secs    = flag.Float64("secs", 3, "blast-client: seconds to send")
	chunk   = flag.Int("chunk", 64<<10, "blast-client: bytes per write")
	rounds  = flag.Int("n", 50000, "pingpong: measured round trips")
	conns   = flag.Int("conns", 100, "idle-client: idle connections")
	tick    = flag.Duration("tick", 10*time.Millisecond, "idle-client: time between round trips")
	warmSec = flag.Float64("warmsecs", 2, "idle-client: seconds of ticks before READY")
	warmTik = flag.Duration("warmtick", 0, "idle-client: time between round trips before READY (0: -tick)")
	warm    = flag.Int("warm", 5000, "pingpong: warm-up round trips")
)

func main() {
	if len(os.Args) < 2 {
		die(errors.New("usage: peer MODE [flags]"))
	}
	mode := os.Args[1]
	if err := flag.CommandLine.Parse(os.Args[2:]); err != nil {
		die(err)
	}
	var err error
	switch mode {
	case "stream-echo-server":
		err = streamServer(echo)
	case "sink-server":
		err = streamServer(sink)
	case "stream-client":
		err = streamClient()
	case "udp-echo-server":
		err = udpServer()
	case "udp-client":
		err = udpClient()
	case "blast-client":
		err = blastClient()
	case "pingpong":
		err = pingpong()
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
	fmt.Fprintln(os.Stderr, "peer:", err)
	os.Exit(1)
}

// exitOnStdinEOF ends a server when its parent closes our stdin or dies.
func exitOnStdinEOF() {
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}()
}

type closeWriter interface{ CloseWrite() error }

func streamServer(handle func(net.Conn)) error {
	ln, err := net.Listen(*network, *addr)
	if err != nil {
		return err
	}
	fmt.Println("LISTEN", ln.Addr())
	exitOnStdinEOF()
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		go handle(c)
	}
}

// echo copies until the client half-closes, then half-closes back: the client must still
// read every byte after its CloseWrite.
func echo(c net.Conn) {
	defer c.Close()
	if _, err := io.Copy(c, c); err != nil {
		fmt.Fprintln(os.Stderr, "peer: echo:", err)
		return
	}
	if cw, ok := c.(closeWriter); ok {
		cw.CloseWrite()
	}
}

func sink(c net.Conn) {
	defer c.Close()
	buf := make([]byte, 64<<10)
	var total int64
	for {
		n, err := c.Read(buf)
		total += int64(n)
		if err != nil {
			fmt.Println("SINK", total)
			return
		}
	}
}

// streamClient sends -bytes random bytes, half-closes, and reads the whole echo until EOF.
// Writing runs beside reading so a large payload cannot deadlock on full socket buffers.
func streamClient() error {
	c, err := net.Dial(*network, *addr)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(20 * time.Second))
	data := make([]byte, *nbytes)
	rand.New(rand.NewSource(*seed)).Read(data)
	werr := make(chan error, 1)
	go func() {
		_, err := c.Write(data)
		if err == nil {
			err = c.(closeWriter).CloseWrite()
		}
		werr <- err
	}()
	got, err := io.ReadAll(c)
	if err != nil {
		return fmt.Errorf("read after %d bytes: %v", len(got), err)
	}
	if err := <-werr; err != nil {
		return fmt.Errorf("write: %v", err)
	}
	if !bytes.Equal(got, data) {
		return fmt.Errorf("echo differs: sent %d bytes, got %d, first difference at %d",
			len(data), len(got), firstDiff(got, data))
	}
	sum := sha256.Sum256(data)
	fmt.Println("OK", len(data), hex.EncodeToString(sum[:]))
	return nil
}

func firstDiff(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) < len(b) {
		return len(a)
	}
	return len(b)
}

func udpServer() error {
	pc, err := net.ListenPacket(*network, *addr)
	if err != nil {
		return err
	}
	fmt.Println("LISTEN", pc.LocalAddr())
	exitOnStdinEOF()
	buf := make([]byte, 65536)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return err
		}
		if _, err := pc.WriteTo(buf[:n], from); err != nil {
			return err
		}
	}
}

// udpClient exchanges -count datagrams one at a time (so none is lost to a full buffer), each
// of a different size up to -size, and checks every echo byte for byte.
func udpClient() error {
	c, err := net.Dial(*network, *addr)
	if err != nil {
		return err
	}
	defer c.Close()
	r := rand.New(rand.NewSource(*seed))
	buf := make([]byte, 65536)
	for i := 0; i < *count; i++ {
		msg := make([]byte, 1+r.Intn(*size))
		r.Read(msg)
		ok := false
		for try := 0; try < 5 && !ok; try++ {
			if _, err := c.Write(msg); err != nil {
				return fmt.Errorf("datagram %d: write: %v", i, err)
			}
			c.SetReadDeadline(time.Now().Add(time.Second))
			n, err := c.Read(buf)
			if ne, isNet := err.(net.Error); isNet && ne.Timeout() {
				continue // lost on the way; loopback rarely drops, but UDP may
			}
			if err != nil {
				return fmt.Errorf("datagram %d: read: %v", i, err)
			}
			if !bytes.Equal(buf[:n], msg) {
				return fmt.Errorf("datagram %d: sent %d bytes, echo has %d and differs", i, len(msg), n)
			}
			ok = true
		}
		if !ok {
			return fmt.Errorf("datagram %d: no echo after 5 tries", i)
		}
	}
	fmt.Println("OK", *count)
	return nil
}

// blastClient writes -chunk sized writes for -secs seconds, then half-closes and waits for the
// server to close, so the time covers bytes the receiver actually read.
func blastClient() error {
	c, err := net.Dial(*network, *addr)
	if err != nil {
		return err
	}
	defer c.Close()
	buf := make([]byte, *chunk)
	var total int64
	start := time.Now()
	end := start.Add(time.Duration(*secs * float64(time.Second)))
	for time.Now().Before(end) {
		n, err := c.Write(buf)
		total += int64(n)
		if err != nil {
			return err
		}
	}
	c.(closeWriter).CloseWrite()
	io.Copy(io.Discard, c)
	fmt.Println("OK", total, time.Since(start).Nanoseconds())
	return nil
}

// pingpong sends -size byte messages and waits for each echo; prints nanosecond percentiles.
func pingpong() error {
	c, err := net.Dial(*network, *addr)
	if err != nil {
		return err
	}
	defer c.Close()
	msg := make([]byte, *size)
	back := make([]byte, *size)
	lat := make([]int64, *rounds)
	for i := -*warm; i < *rounds; i++ {
		t0 := time.Now()
		if _, err := c.Write(msg); err != nil {
			return err
		}
		if _, err := io.ReadFull(c, back); err != nil {
			return err
		}
		if i >= 0 {
			lat[i] = time.Since(t0).Nanoseconds()
		}
	}
	sort.Slice(lat, func(a, b int) bool { return lat[a] < lat[b] })
	var sum int64
	for _, v := range lat {
		sum += v
	}
	n := len(lat)
	fmt.Println("OK", lat[n/2], lat[n*99/100], sum/int64(n), n)
	return nil
}

// idleClient holds -conns idle connections and one that does a 1-byte round trip every -tick:
// the load under which the idle-CPU benchmark reads the server's CPU time. "READY" marks the
// start of the measured window, "OK p50 p99 n" (nanoseconds, the ticking round trips) its end.
func idleClient() error {
	var idle []net.Conn
	defer func() {
		for _, c := range idle {
			c.Close()
		}
	}()
	for i := 0; i < *conns; i++ {
		c, err := net.Dial(*network, *addr)
		if err != nil {
			return err
		}
		idle = append(idle, c)
	}
	c, err := net.Dial(*network, *addr)
	if err != nil {
		return err
	}
	defer c.Close()
	buf := []byte{1}
	trip := func() (time.Duration, error) {
		t0 := time.Now()
		if _, err := c.Write(buf); err != nil {
			return 0, err
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			return 0, err
		}
		return time.Since(t0), nil
	}
	// The warm-up may tick faster than the measured load: a JIT that recompiles the server
	// after this client's connections came (and the last client's went) needs thousands of
	// round trips, which at the measured tick would take minutes.
	warmEvery := *warmTik
	if warmEvery <= 0 {
		warmEvery = *tick
	}
	t := time.NewTicker(warmEvery)
	defer t.Stop()
	for end := time.Now().Add(time.Duration(*warmSec * float64(time.Second))); time.Now().Before(end); {
		<-t.C
		if _, err := trip(); err != nil {
			return err
		}
	}
	t.Reset(*tick)
	fmt.Println("READY")
	var lat []int64
	for end := time.Now().Add(time.Duration(*secs * float64(time.Second))); time.Now().Before(end); {
		<-t.C
		d, err := trip()
		if err != nil {
			return err
		}
		lat = append(lat, d.Nanoseconds())
	}
	sort.Slice(lat, func(a, b int) bool { return lat[a] < lat[b] })
	n := len(lat)
	fmt.Println("OK", lat[n/2], lat[n*99/100], n)
	return nil
}
