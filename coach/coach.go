// Package coach is Rapport's domain: it reads a support message and says what
// in it pushes a person away, why (citing the article the guidance comes
// from), and how to say it better. It knows nothing of Slack, SQL or HTTP.
package coach

import "context"

// Category is one of SPEC's stable finding categories.
type Category string

// The finding categories of SPEC. Their string values are part of the contract.
const (
	NoProblem     Category = "no-problem"
	Condescending Category = "condescending"
	Jargon        Category = "jargon"
	InJoke        Category = "in-joke"
	Blame         Category = "blame"
	Contradiction Category = "contradiction"
	Robotic       Category = "robotic"
	Promise       Category = "promise"
	Frustration   Category = "frustration"
)

// Categories returns every category in SPEC's order.
func Categories() []Category {
	return []Category{NoProblem, Condescending, Jargon, InJoke, Blame, Contradiction, Robotic, Promise, Frustration}
}

// Valid reports whether c is one of SPEC's categories.
func (c Category) Valid() bool {
	for _, k := range Categories() {
		if c == k {
			return true
		}
	}
	return false
}

// Finding is one thing in a message worth a second look. Start and End are
// byte offsets into the analysed text; Source is the title of the article whose
// guidance the finding applies. The JSON form is SPEC's `check --json` schema.
type Finding struct {
	Rule       string   `json:"rule"`
	Category   Category `json:"category"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Match      string   `json:"match"`
	Message    string   `json:"message"`
	Suggestion string   `json:"suggestion"`
	Source     string   `json:"source"`
}

// Role says who wrote a message, when the caller knows.
type Role int

// Roles. RoleUnknown judges from the text alone, as `rapport check` does.
const (
	RoleUnknown Role = iota
	RoleStaff
	RoleRequester
)

// Context is what the caller knows of the conversation around a message. The
// zero value means "nothing known": the text is judged on its own.
type Context struct {
	Role Role
	// What the other person's most recent message in the conversation did.
	PrevThanked    bool
	PrevApologized bool
	PrevFrustrated bool
	// PrevStress names what the stress was about ("repeat", "urgency",
	// "ignored"…), so an acknowledgement can be specific.
	PrevStress string
}

// Rewrite is a whole message rewritten so that every finding is addressed.
type Rewrite struct {
	Text string
	// By names what produced the text: "rules" or "llm".
	By string
	// Reason is a one-line explanation, when the producer gave one.
	Reason string
	// Suggestions, when set, replace the rewrite: no whole rewrite was
	// safe, so Text is the original and each finding gets its own advice.
	Suggestions []Suggestion
}

// Rewriter rewrites a message given its findings. The rule rewrite is the
// default implementation; coach/llm offers one backed by a language model.
type Rewriter interface {
	Rewrite(ctx context.Context, text string, findings []Finding) (Rewrite, error)
}
