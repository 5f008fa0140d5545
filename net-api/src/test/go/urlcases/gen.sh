#!/usr/bin/env bash
# Regenerates src/test/java/dev/gonet/url/URLGoCases.java from Go 1.19's own url_test.go
# tables: copies net/url (url.go, url_test.go) beside gen_test.go, runs Go, and lets Go print
# each table row with Go's actual answer (value or error text) as a Java record, and the count
# and SHA-256 of the rows it wrote, which URLTest recomputes (the test itself needs no Go).
# Needs golang-1.19-go and golang-1.19-src (Debian packages).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../java/dev/gonet/url/URLGoCases.java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp /usr/share/go-1.19/src/net/url/url.go /usr/share/go-1.19/src/net/url/url_test.go "$tmp/"
cp "$here/gen_test.go" "$tmp/"
cd "$tmp"
printf 'module url\n\ngo 1.19\n' > go.mod
GOFLAGS=-mod=mod GOCACHE="$tmp/cache" /usr/lib/go-1.19/bin/go test -run TestGenerateJava -count=1 . -args -out "$out" >/dev/null
echo "wrote $out"
