package llm

import (
	"errors"
	"testing"
)

func TestRedact(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"email", "Mail bob.smith+it@corp.example.com today", "Mail [[EMAIL_1]] today"},
		{"same email twice, one placeholder", "a@b.io or a@b.io, c@d.io", "[[EMAIL_1]] or [[EMAIL_1]], [[EMAIL_2]]"},
		{"slack mailto link", "<mailto:ann@x.org|ann@x.org>", "<mailto:[[EMAIL_1]]|[[EMAIL_1]]>"},
		{"international phone", "call +44 20 7946 0958 now", "call [[PHONE_1]] now"},
		{"international compact", "ring +4915123456789.", "ring [[PHONE_1]]."},
		{"us phone dashes", "my cell is 555-123-4567.", "my cell is [[PHONE_1]]."},
		{"us phone parens", "desk (555) 123-4567, ext 12", "desk [[PHONE_1]], ext 12"},
		{"us phone dots with 1", "1-800-555-0199 is the line", "[[PHONE_1]] is the line"},
		{"us phone dots", "555.123.4567", "[[PHONE_1]]"},
		{"ticket number kept", "see ticket #12345 and INC0012345", "see ticket #12345 and INC0012345"},
		{"hash ticket with dashes kept", "ref #123-456-7890", "ref #123-456-7890"},
		{"version kept", "update to 10.4.2 or v2.3.14", "update to 10.4.2 or v2.3.14"},
		{"dotted version of four kept", "build 1.2.3.4.5", "build 1.2.3.4.5"},
		{"date and time kept", "on 2026-12-01 at 14:00:30", "on 2026-12-01 at 14:00:30"},
		{"ssn-like kept", "order 123-45-6789", "order 123-45-6789"},
		{"plain numbers kept", "port 8080, error 0x80070005, KB5034441, 12345678901", "port 8080, error 0x80070005, KB5034441, 12345678901"},
		{"ipv4", "ping 10.0.0.15 and 192.168.1.1.", "ping [[IP_1]] and [[IP_2]]."},
		{"ipv4 with cidr and port", "net 10.1.0.0/16, host 10.1.2.3:8443", "net [[IP_1]]/16, host [[IP_2]]:8443"},
		{"ipv6", "route fe80::1ff:fe23:4567:890a and 2001:db8::8a2e:370:7334.", "route [[IP_1]] and [[IP_2]]."},
		{"ipv6 loopback", "curl [::1]:8080", "curl [[[IP_1]]]:8080"},
		{"not ipv6", "std::vector and 10:30 and a::b::c", "std::vector and 10:30 and a::b::c"},
		{"url query", "reset at https://sso.example.com/reset?token=abc123&u=bob now", "reset at https://sso.example.com/reset?[[QUERY_1]] now"},
		{"url fragment", "https://app.example.com/#/inbox/42.", "https://app.example.com/#[[QUERY_1]]."},
		{"url without query kept", "see https://status.example.com/incidents/42.", "see https://status.example.com/incidents/42."},
		{"slack link with label", "<https://x.example.com/a?id=7|x.example.com/a?id=7>", "<https://x.example.com/a?[[QUERY_1]]|x.example.com/a?[[QUERY_1]]>"},
		{"user mention", "thanks <@U024BE7LH> and <@W0123ABC|ann>", "thanks [[MENTION_1]] and [[MENTION_2]]"},
		{"group and special mentions", "<!subteam^S0123ABC|@it-team> <!here> <!channel>", "[[MENTION_1]] [[MENTION_2]] [[MENTION_3]]"},
		{"channel link", "ask in <#C024BE7LR|help-desk>", "ask in [[CHANNEL_1]]"},
		{"existing placeholder-like text", "literal [[EMAIL_1]] and a@b.io", "literal [[TEXT_1]] and [[EMAIL_1]]"},
		{"nothing private", "Have you tried restarting?", "Have you tried restarting?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, restore := Redact(tt.in)
			if got != tt.want {
				t.Fatalf("Redact(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			back, err := restore(got)
			if err != nil || back != tt.in {
				t.Fatalf("restore: got %q, %v; want %q", back, err, tt.in)
			}
		})
	}
}

func TestRestoreModelAnswer(t *testing.T) {
	_, restore := Redact("Write to a@b.io, <@U1ABC>")
	tests := []struct {
		name, answer, want string
		wantErr            error
	}{
		{"reordered", "[[MENTION_1]], please write to [[EMAIL_1]].", "<@U1ABC>, please write to a@b.io.", nil},
		{"repeated", "[[EMAIL_1]] ([[EMAIL_1]])", "a@b.io (a@b.io)", nil},
		{"invented", "[[EMAIL_2]]", "", ErrPlaceholder},
		{"altered case is not a placeholder, left as is", "[[email_1]]", "[[email_1]]", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := restore(tt.answer)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Fatalf("got %q, %v; want %q, %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func FuzzRedact(f *testing.F) {
	for _, s := range []string{
		"a@b.io +44 20 7946 0958 10.0.0.1 fe80::1 https://x.io/p?q=1#f <@U1|x> <#C1|y> <!here>",
		"[[EMAIL_1]] [[[IP_2]]] [[A_", "555-123-4567", "::", "(555) 123-4567)", "x.io/a?b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		red, restore := Redact(s)
		back, err := restore(red)
		if err != nil || back != s {
			t.Fatalf("restore(Redact(%q) = %q) = %q, %v", s, red, back, err)
		}
		// Redacting is deterministic.
		if red2, _ := Redact(s); red2 != red {
			t.Fatalf("Redact(%q) not deterministic: %q vs %q", s, red, red2)
		}
	})
}

func BenchmarkRedact(b *testing.B) {
	text := "No problem! Just restart the VPN client from https://vpn.example.com/download?token=s3cr3t " +
		"and ping 10.0.0.15 or fe80::1. Ask <@U024BE7LH> in <#C024BE7LR|help> or mail ann@corp.example.com, phone +1 555 123 4567."
	for b.Loop() {
		red, restore := Redact(text)
		if _, err := restore(red); err != nil {
			b.Fatal(err)
		}
	}
}
