// Command parity prints what Go's net package returns for address operations, one output line
// per input line, so GoParityTest can compare gonet with Go byte for byte.
//
// Input: an op and its arguments, separated by single spaces. String and byte arguments are
// "x" followed by lowercase hex ("x" alone is empty); for strings the bytes are UTF-8.
// Output tokens are separated by single spaces. A string token is "'" followed by the string
// with every byte <= 0x20, 0x7f and '\' written as \xHH; other bytes are copied as they are.
// An IP or mask token is "x" + hex, or "nil" for a nil slice. Booleans are 0 or 1.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
)

func esc(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c == 0x7f || c == '\\' {
			fmt.Fprintf(&b, "\\x%02x", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func bx(p []byte) string {
	if p == nil {
		return "nil"
	}
	return "x" + hex.EncodeToString(p)
}

func unx(tok string) []byte {
	if !strings.HasPrefix(tok, "x") {
		panic("bad token " + tok)
	}
	b, err := hex.DecodeString(tok[1:])
	if err != nil {
		panic(err)
	}
	return b
}

func bit(v bool) string {
	if v {
		return "1"
	}
	return "0"
}

func describeIP(ip net.IP) string {
	preds := bit(ip.IsUnspecified()) + bit(ip.IsLoopback()) + bit(ip.IsPrivate()) +
		bit(ip.IsMulticast()) + bit(ip.IsInterfaceLocalMulticast()) +
		bit(ip.IsLinkLocalMulticast()) + bit(ip.IsLinkLocalUnicast()) + bit(ip.IsGlobalUnicast())
	dm := "nil"
	if m := ip.DefaultMask(); m != nil {
		dm = bx(m)
	}
	return strings.Join([]string{bx(ip), esc(ip.String()), bx(ip.To4()), bx(ip.To16()), dm, preds}, " ")
}

func size(m net.IPMask) string {
	ones, bits := m.Size()
	return strconv.Itoa(ones) + "/" + strconv.Itoa(bits)
}

func eval(f []string) string {
	switch f[0] {
	case "ip":
		ip := net.ParseIP(string(unx(f[1])))
		if ip == nil {
			return "nil"
		}
		return describeIP(ip)
	case "ipbytes":
		return describeIP(net.IP(unx(f[1])))
	case "cidr":
		ip, n, err := net.ParseCIDR(string(unx(f[1])))
		if err != nil {
			return "err " + esc(err.Error())
		}
		return strings.Join([]string{"ok", bx(ip), esc(ip.String()), bx(n.IP), bx(n.Mask), esc(n.String()), size(n.Mask)}, " ")
	case "split":
		host, port, err := net.SplitHostPort(string(unx(f[1])))
		if err != nil {
			e := err.(*net.AddrError)
			return "err " + esc(err.Error()) + " " + esc(e.Err) + " " + esc(e.Addr)
		}
		return "ok " + esc(host) + " " + esc(port)
	case "join":
		return esc(net.JoinHostPort(string(unx(f[1])), string(unx(f[2]))))
	case "mask":
		out := net.IP(unx(f[1])).Mask(net.IPMask(unx(f[2])))
		if out == nil {
			return "nil"
		}
		return bx(out) + " " + esc(out.String())
	case "contains":
		n := &net.IPNet{IP: net.IP(unx(f[1])), Mask: net.IPMask(unx(f[2]))}
		return bit(n.Contains(net.IP(unx(f[3])))) + " " + esc(n.String())
	case "cidrmask":
		ones, _ := strconv.Atoi(f[1])
		bits, _ := strconv.Atoi(f[2])
		m := net.CIDRMask(ones, bits)
		if m == nil {
			return "nil"
		}
		return bx(m) + " " + esc(m.String()) + " " + size(m)
	case "maskbytes":
		m := net.IPMask(unx(f[1]))
		return esc(m.String()) + " " + size(m)
	case "equal":
		return bit(net.IP(unx(f[1])).Equal(net.IP(unx(f[2]))))
	}
	panic("unknown op " + f[0])
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	for in.Scan() {
		out.WriteString(eval(strings.Split(in.Text(), " ")))
		out.WriteByte('\n')
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
