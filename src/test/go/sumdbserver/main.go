// Command sumdbserver is a Go checksum database for the tests: golang.org/x/mod/sumdb's own
// server over its in-memory test storage, answering for the modules of a file-based GOPROXY
// with the hashes go itself computes. It prints "vkey <verifier key>" and "url <base URL>", then
// serves until killed, logging every request path to -log.
//
// -tamper path@version=h1:... makes the database vouch for another zip hash, as a database
// would for a module someone altered; the cache that go fills from the proxy then disagrees.
package main

import (
	"bufio"
	"crypto/rand"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/mod/module"
	"golang.org/x/mod/sumdb"
	"golang.org/x/mod/sumdb/dirhash"
	"golang.org/x/mod/sumdb/note"
)

type tampers map[string]string

func (t tampers) String() string { return fmt.Sprint(map[string]string(t)) }

func (t tampers) Set(v string) error {
	at := strings.Index(v, "=")
	if at < 0 {
		return fmt.Errorf("want path@version=h1:hash, got %q", v)
	}
	t[v[:at]] = v[at+1:]
	return nil
}

func main() {
	proxy := flag.String("proxy", "", "file-based GOPROXY folder")
	name := flag.String("name", "sum.test.example", "database name")
	logFile := flag.String("log", "", "file that gets one line per request path")
	tamper := tampers{}
	flag.Var(tamper, "tamper", "path@version=h1:hash to vouch for instead of the real zip hash (repeatable)")
	flag.Parse()

	skey, vkey, err := note.GenerateKey(rand.Reader, *name)
	if err != nil {
		log.Fatal(err)
	}
	gosum := func(path, vers string) ([]byte, error) {
		epath, err := module.EscapePath(path)
		if err != nil {
			return nil, err
		}
		evers, err := module.EscapeVersion(vers)
		if err != nil {
			return nil, err
		}
		base := filepath.Join(*proxy, epath, "@v", evers)
		zipHash, err := dirhash.HashZip(base+".zip", dirhash.Hash1)
		if err != nil {
			return nil, err
		}
		if t, ok := tamper[path+"@"+vers]; ok {
			zipHash = t
		}
		mod, err := os.ReadFile(base + ".mod")
		if err != nil {
			return nil, err
		}
		modHash, err := dirhash.Hash1([]string{"go.mod"}, func(string) (io.ReadCloser, error) {
			return io.NopCloser(strings.NewReader(string(mod))), nil
		})
		if err != nil {
			return nil, err
		}
		return []byte(fmt.Sprintf("%s %s %s\n%s %s/go.mod %s\n", path, vers, zipHash, path, vers, modHash)), nil
	}
	server := sumdb.NewServer(sumdb.NewTestServer(skey, gosum))

	var mu sync.Mutex
	var requests *bufio.Writer
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			log.Fatal(err)
		}
		requests = bufio.NewWriter(f)
	}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if requests != nil {
			mu.Lock()
			requests.WriteString(r.URL.Path + "\n")
			requests.Flush()
			mu.Unlock()
		}
		server.ServeHTTP(w, r)
	})

	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("vkey %s\nurl http://%s\n", vkey, listener.Addr())
	os.Stdout.Sync()
	log.Fatal(http.Serve(listener, handler))
}
