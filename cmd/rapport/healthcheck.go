package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// healthcheckTimeout bounds the whole probe; Docker's default health check
// timeout is 30 s, Kubernetes' exec probe default 1 s is raised by operators.
const healthcheckTimeout = 3 * time.Second

// defaultHTTPAddr is RAPPORT_HTTP_ADDR's default, kept in step with
// runSettings by TestHealthcheckDefaultMatchesRun.
const defaultHTTPAddr = "127.0.0.1:9090"

// runHealthcheck implements `rapport healthcheck [--addr host:port]` for
// container health checks: GET /readyz on the running instance. It exits 0
// when that answers 200 and 1 otherwise, with one line on stderr saying why.
// Usage errors exit 1 too: Docker reserves exit code 2.
func runHealthcheck(ctx context.Context, env *Env, args []string) int {
	const unhealthy = 1
	fs := flag.NewFlagSet("rapport healthcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addrFlag := fs.String("addr", "", "host:port of the HTTP server (default: RAPPORT_HTTP_ADDR, else "+defaultHTTPAddr+")")
	if bad := unknownFlag(fs, args); bad != "" {
		usageError(env, "healthcheck", "unknown flag "+bad)
		return unhealthy
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(env.Out, "Usage: rapport healthcheck [--addr host:port]")
			fmt.Fprintln(env.Out)
			fmt.Fprintln(env.Out, "Asks a running 'rapport run' whether it is ready (GET /readyz).")
			fmt.Fprintln(env.Out, "Exit 0: ready. Exit 1: not ready, unreachable, or bad usage.")
			fmt.Fprintln(env.Out)
			fmt.Fprintf(env.Out, "  --addr host:port  default: RAPPORT_HTTP_ADDR, else %s\n", defaultHTTPAddr)
			return exitOK
		}
		usageError(env, "healthcheck", oneLine(err.Error()))
		return unhealthy
	}
	if fs.NArg() > 0 {
		usageError(env, "healthcheck", "takes no arguments")
		return unhealthy
	}

	addr, source := *addrFlag, "--addr"
	if addr == "" {
		addr, source = defaultHTTPAddr, "default"
		if v, ok := env.Lookup("RAPPORT_HTTP_ADDR"); ok {
			addr, source = v, "RAPPORT_HTTP_ADDR"
			if v == "" {
				fmt.Fprintln(env.Err, "rapport healthcheck: RAPPORT_HTTP_ADDR is empty, so the HTTP server is disabled; set it or pass --addr")
				return unhealthy
			}
		}
	}
	target, err := probeAddr(addr)
	if err != nil {
		fmt.Fprintf(env.Err, "rapport healthcheck: %s: %q is not host:port\n", source, addr)
		return unhealthy
	}

	ctx, cancel := context.WithTimeout(ctx, healthcheckTimeout)
	defer cancel()
	url := "http://" + target + "/readyz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintf(env.Err, "rapport healthcheck: %v\n", err)
		return unhealthy
	}
	client := &http.Client{
		// A plain client, no proxy: the probe is for this host only.
		Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true},
	}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintf(env.Err, "rapport healthcheck: %s unreachable: %v\n", url, errors.Unwrap(err))
		return unhealthy
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode != http.StatusOK {
		reason := firstLine(string(body))
		if reason == "" {
			reason = resp.Status
		}
		fmt.Fprintf(env.Err, "rapport healthcheck: %s: %d %s\n", url, resp.StatusCode, reason)
		return unhealthy
	}
	return exitOK
}

// probeAddr turns a listen address into one to dial: a wildcard or empty
// host ("0.0.0.0:9090", ":9090", "[::]:9090") is reached on loopback.
func probeAddr(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return "", fmt.Errorf("not host:port")
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	return net.JoinHostPort(host, port), nil
}

func firstLine(s string) string {
	for i, r := range s {
		if r == '\n' || r == '\r' {
			return s[:i]
		}
	}
	return s
}
