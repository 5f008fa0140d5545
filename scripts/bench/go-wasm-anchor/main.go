// The size anchor for docs/benchmarks.md: the same address functions gonet's bundles export,
// compiled by Go 1.19 itself for the browser (GOOS=js GOARCH=wasm).
package main

import (
	"net"
	"syscall/js"
)

func main() {
	js.Global().Set("goParseIP", js.FuncOf(func(this js.Value, args []js.Value) any {
		ip := net.ParseIP(args[0].String())
		if ip == nil {
			return nil
		}
		return ip.String()
	}))
	js.Global().Set("goParseCIDR", js.FuncOf(func(this js.Value, args []js.Value) any {
		ip, n, err := net.ParseCIDR(args[0].String())
		if err != nil {
			return err.Error()
		}
		return ip.String() + " " + n.String()
	}))
	js.Global().Set("goSplitHostPort", js.FuncOf(func(this js.Value, args []js.Value) any {
		h, p, err := net.SplitHostPort(args[0].String())
		if err != nil {
			return err.Error()
		}
		return h + "|" + p
	}))
	js.Global().Set("goJoinHostPort", js.FuncOf(func(this js.Value, args []js.Value) any {
		return net.JoinHostPort(args[0].String(), args[1].String())
	}))
	select {}
}
