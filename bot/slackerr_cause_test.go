package bot

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// TestNetworkCausesAreNamed makes real requests that fail in each way an
// admin meets (no DNS, a TLS-inspecting proxy, a dead proxy, a closed port, a
// server that never answers) and checks the cause the log and metrics name.
func TestNetworkCausesAreNamed(t *testing.T) {
	closed := func() string {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := l.Addr().String()
		l.Close()
		return addr
	}
	stop := make(chan struct{})
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	defer hang.Close()
	defer close(stop) // runs first: frees the handler so Close can return
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer tlsSrv.Close()
	deadProxy, _ := url.Parse("http://" + closed())

	tests := []struct {
		name   string
		apiURL string
		client *http.Client
		want   string
	}{
		{"dns", "http://rapport-test.invalid/api/", &http.Client{Timeout: 5 * time.Second}, "dns"},
		{"tls", tlsSrv.URL + "/api/", &http.Client{Timeout: 5 * time.Second}, "tls"},
		{"proxy", "https://slack.example/api/", &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{Proxy: http.ProxyURL(deadProxy)}}, "proxy"},
		{"refused", "http://" + closed() + "/api/", &http.Client{Timeout: 5 * time.Second}, "refused"},
		{"timeout", hang.URL + "/api/", &http.Client{Timeout: 200 * time.Millisecond}, "timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := slack.New("xoxb-secret-token", slack.OptionAPIURL(tt.apiURL), slack.OptionHTTPClient(tt.client))
			_, err := api.AuthTestContext(context.Background())
			if err == nil {
				t.Fatal("auth.test succeeded, want an error")
			}
			if got := slackCode(err); got != tt.want {
				t.Errorf("slackCode(%v) = %q, want %q", err, got, tt.want)
			}
		})
	}
}
