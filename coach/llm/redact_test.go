package llm

import (
	"errors"
	"strings"
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

		// Phone numbers without + or dashes (issue 11).
		{"us phone spaces", "call me on 415 555 0134 today", "call me on [[PHONE_1]] today"},
		{"us phone parens and space", "desk (415) 555 0134", "desk [[PHONE_1]]"},
		{"us phone no separators", "text 4155550134 when done", "text [[PHONE_1]] when done"},
		{"uk national phone", "ring 020 7946 0958 or 07700 900123", "ring [[PHONE_1]] or [[PHONE_2]]"},
		{"uk phone no separators", "ring 02079460958.", "ring [[PHONE_1]]."},
		{"international with 00", "dial 0044 20 7946 0958", "dial [[PHONE_1]]"},
		{"ten digits that are no phone kept", "ticket 1234567890 and epoch 1764000000", "ticket 1234567890 and epoch 1764000000"},

		// E-mail addresses beyond ASCII.
		{"internationalised email", "mail josé.núñez@correo.example.es now", "mail [[EMAIL_1]] now"},
		{"email with unicode domain", "write to 用户@例子.广告 today", "write to [[EMAIL_1]] today"},

		// IPv4 written with leading zeros.
		{"zero-padded ipv4", "ping 010.000.000.015 and 192.168.001.010", "ping [[IP_1]] and [[IP_2]]"},
		{"out of range quad kept", "see 300.1.1.1", "see 300.1.1.1"},

		// Secrets in URL paths and userinfo.
		{"slack webhook", "post to https://hooks.slack.com/services/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 now",
			"post to https://hooks.slack.com/[[SECRET_1]] now"},
		{"teams webhook", "https://contoso.webhook.office.com/webhookb2/aa11-bb22/IncomingWebhook/cc33/dd44",
			"https://contoso.webhook.office.com/[[SECRET_1]]"},
		{"random token in a path", "get https://files.example.com/share/Zq7Xk29LmPw4Rt8Yv3Nb/report.pdf",
			"get https://files.example.com/share/[[SECRET_1]]/report.pdf"},
		{"readable path kept", "see https://support.example.com/How-To-Reset-Your-Password-In-2024/step-2",
			"see https://support.example.com/How-To-Reset-Your-Password-In-2024/step-2"},
		{"password in url userinfo", "clone https://bob:Tr0ub4dor@git.example.com/repo.git",
			"clone https://bob:[[SECRET_1]]@git.example.com/repo.git"},

		// Card numbers (Luhn-valid only).
		{"card spaces", "card 4111 1111 1111 1111 was declined", "card [[CARD_1]] was declined"},
		{"card dashes", "use 5500-0000-0000-0004", "use [[CARD_1]]"},
		{"card bare", "amex 378282246310005.", "amex [[CARD_1]]."},
		{"luhn-invalid 16 digits kept", "serial 1234 5678 9012 3456", "serial 1234 5678 9012 3456"},

		// Passwords and other key = value credentials.
		{"pw colon", "temp pw: Summer2026! change it", "temp pw: [[SECRET_1]] change it"},
		{"password equals", "password=hunter2 in the config", "password=[[SECRET_1]] in the config"},
		{"password is", "your new password is Blue-Cat-42 for now", "your new password is [[SECRET_1]] for now"},
		{"quoted secret", `set api_key = "abc def 123"`, `set api_key = [[SECRET_1]]`},
		{"password prose kept", "the password is expired, reset it", "the password is expired, reset it"},

		// National ID numbers.
		{"us ssn", "SSN 123-45-6789 on file", "SSN [[ID_1]] on file"},
		{"impossible ssn kept", "ref 000-12-3456 and 666-12-3456", "ref 000-12-3456 and 666-12-3456"},
		{"uk national insurance", "NI number JK 12 34 56 C and AB123456D", "NI number [[ID_1]] and [[ID_2]]"},

		// Cloud access keys and API tokens.
		{"aws access key", "key AKIAIOSFODNN7EXAMPLE leaked", "key [[SECRET_1]] leaked"},
		{"aws secret key", "secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret [[SECRET_1]]"},
		{"google api key", "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW", "[[SECRET_1]]"},
		{"github token", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "[[SECRET_1]]"},
		{"bearer token", "Authorization: Bearer abc.def-123_xyz", "Authorization: Bearer [[SECRET_1]]"},
		{"jwt", "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk", "token [[SECRET_1]]"},
		{"private key block", "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", "[[SECRET_1]]"},

		// Slack tokens.
		{"slack bot token", "it was xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp", "it was [[SECRET_1]]"},
		{"slack app token", "xapp-1-A0123ABC-1234567890-abcdef0123456789", "[[SECRET_1]]"},
		{"slack user token", "xoxp-12-34-56-abcdef", "[[SECRET_1]]"},

		// Near-misses stay.
		{"camel case identifier kept", "query Win32NetworkAdapterConfiguration", "query Win32NetworkAdapterConfiguration"},
		{"kb and error codes kept", "install KB5034441 for 0x80070005", "install KB5034441 for 0x80070005"},
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

// BenchmarkRedactHostile measures 64 KB of text dense with every kind of
// private detail and with near-misses, the worst a message can bring.
func BenchmarkRedactHostile(b *testing.B) {
	unit := "pw: Summer2026! 4111 1111 1111 1111 josé@correo.es 010.000.000.015 415 555 0134 " +
		"https://hooks.slack.com/services/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 AKIAIOSFODNN7EXAMPLE " +
		"SSN 123-45-6789 Win32NetworkAdapterConfiguration https://x.io/a))) "
	text := strings.Repeat(unit, (64<<10)/len(unit))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		red, restore := Redact(text)
		if _, err := restore(red); err != nil {
			b.Fatal(err)
		}
	}
}
