package coach

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed rules/*.yaml
var builtinRules embed.FS

// ErrBadRules is wrapped by every error about a malformed rule file.
var ErrBadRules = errors.New("bad rules")

// ruleFile is the top level of a rule file.
type ruleFile struct {
	// Lists are named word lists that patterns use as @name.
	Lists map[string][]string `yaml:"lists"`
	// Rules are decoded one by one so that an error names the rule.
	Rules []yaml.Node `yaml:"rules"`
	// Disable turns built-in rules off by id (user files only).
	Disable []string `yaml:"disable"`
}

// ruleSpec is one rule as written in YAML. Exactly one of Phrase, Glossary and
// Signal says what kind of rule it is.
type ruleSpec struct {
	ID         string   `yaml:"id"`
	Category   Category `yaml:"category"`
	Source     string   `yaml:"source"`
	Message    string   `yaml:"message"`
	Suggestion string   `yaml:"suggestion"`

	Phrase   *phraseSpec   `yaml:"phrase"`
	Glossary *glossarySpec `yaml:"glossary"`
	Signal   *signalSpec   `yaml:"signal"`

	Rewrite rewriteSpec `yaml:"rewrite"`
}

// phraseSpec matches token sequences with context conditions.
//
// Pattern syntax (README, "How the engine decides", has examples). A
// pattern is elements separated by spaces, each matching one token:
//   - word: the word in any case (a word with a capital matches as written);
//     "a|b" alternatives; "word?" makes any element optional.
//   - @name: any word of a named list (lists.yaml: @intens, @instruction…).
//   - ~word: the word's family: plural and third person, past, -ing,
//     irregular forms, British and American spellings (~apologise matches
//     apologize, apologised, apologising…; ~apology matches apologies).
//     Mix freely with words and lists: "~apologise|~apology|sorry".
//   - _ any word; # a number; *ing any word ending so.
//   - %shape: a word shape — %caps (capitals, not a known acronym),
//     %stretched ("sooo"), %ordinal (5th, third), %number, %marks ("??",
//     "?!", "!!!"), %emoji+ and %emoji- (emoji of thanks or of anger),
//     %title (a capitalised word such as a name).
//   - <min-max>: a gap of min to max tokens (max 8) within the sentence;
//     <0-2 @intens> only such words; <0-3 !not|never> none of these.
//     A gap sits between two elements.
//   - punctuation such as "," or "!" matches itself.
//
// In Before and After, "$" means the end of a clause and "^" its start.
// Conditions (After, NotAfter, Before, NotBefore, Then, SentenceLacks,
// MessageLacks, MessageHas, Except and each item of When) compile to one
// kind, a condition: a scope around the match and phrases that must, or must
// not, be there.
// Optional elements are expanded when rules are compiled (bounded: see
// compile.go), so matching stays a lookup on the first token.
type phraseSpec struct {
	Match         []string `yaml:"match"`
	CaseSensitive bool     `yaml:"case_sensitive"`
	// After: the match must follow one of these (any, if empty).
	After []string `yaml:"after"`
	// NotAfter: the match must not follow any of these.
	NotAfter []string `yaml:"not_after"`
	// Before: one of these must follow the match (any, if empty).
	Before []string `yaml:"before"`
	// NotBefore: none of these may follow the match.
	NotBefore []string `yaml:"not_before"`
	// Then: one of these must occur later in the same sentence.
	Then []string `yaml:"then"`
	// SentenceLacks: none of these may occur anywhere else in the sentence.
	SentenceLacks []string `yaml:"sentence_lacks"`
	// MessageLacks: none of these may occur anywhere in the message
	// ("no rush", "not urgent" calm a whole message).
	MessageLacks []string `yaml:"message_lacks"`
	// MessageHas: one of these must occur somewhere in the message (a wink
	// or "lol" that makes a phrase a quip).
	MessageHas []string `yaml:"message_has"`
	// SkipIfQuoted turns the rule off when the message quotes another with
	// a `>` line: a plain "no, it doesn't" then answers the quoted question.
	SkipIfQuoted bool `yaml:"skip_if_quoted"`
	// InQuotes lets the rule match inside double quotes too: an in-joke
	// put in quotes ('classic "works on my machine"') is still the
	// author's joke. Code, links and mentions inside stay protected, and
	// the rewrite leaves quoted text alone.
	InQuotes bool `yaml:"in_quotes"`
	// StepAdverbs lets an adverb of emphasis or hedging ("simply",
	// "probably", "actually", "definitely", "even"; never "just") stand
	// between two words of a pattern, and between the match and its
	// after/before phrases, as intensifiers always may: "that simply isn't
	// possible" is "that isn't possible". Only for rules whose meaning such
	// a word does not change (stepWords in match.go).
	StepAdverbs bool `yaml:"step_adverbs"`
	// QuoteNotAfter: a quote that follows one of these reports someone
	// else's words ("he wrote", "the error says") and is not matched.
	QuoteNotAfter []string `yaml:"quote_not_after"`
	// AnywhereIf lifts the After condition when the other person's last
	// message did one of these: "thanked", "apologized".
	AnywhereIf []string `yaml:"anywhere_if"`
	// RequesterOnly rules never fire on a message written by staff.
	RequesterOnly bool `yaml:"requester_only"`
	// Extend widens the finding: "sentence" runs it to the sentence's end.
	Extend string `yaml:"extend"`
	// Except are antipatterns: a match is dropped when one of them matches
	// words of the same sentence that overlap it ("no problem" in "no
	// problem with the printer").
	Except []string `yaml:"except"`
	// When lists conditions in one composable form; every one must hold.
	// The fields above are shorthands for the same conditions.
	When []whenSpec `yaml:"when"`
}

// whenSpec is one condition: some phrase of Has (or none of Lacks) at a
// scope around the match. Scopes: "just_before" (ending right before the
// match; "^" is a clause start), "just_after" (starting right after it; "$"
// a clause end, "$." a sentence end), "later" (later in the sentence),
// "sentence" (anywhere else in it), "overlap" (covering some of the match,
// within its sentence) and "message" (anywhere in the message).
type whenSpec struct {
	Scope string   `yaml:"scope"`
	Has   []string `yaml:"has"`
	Lacks []string `yaml:"lacks"`
}

// glossarySpec lists jargon terms with a plain gloss each. A term with an
// upper-case letter matches case-sensitively.
type glossarySpec struct {
	Terms []glossTerm `yaml:"terms"`
	// AmbiguousLowercase lists terms whose lower-case form is an ordinary
	// word ("ad", "sip"): those match only as written. Every other term also
	// matches in lower case ("dns"), and acronyms also in the plural ("VLANs").
	AmbiguousLowercase []string `yaml:"ambiguous_lowercase"`
	// Explained are phrases which, right after a term, show that the message
	// explains it ("which is", "means", "—", "(").
	Explained []string `yaml:"explained"`
	// Internal are phrases that mark a message between colleagues (change
	// notes, "fyi", "root cause"): jargon is fine there.
	Internal []string `yaml:"internal"`
	// InternalOpening: a message that opens with a mention followed by one
	// of these asks a colleague for something ("<@U…> can you check…").
	InternalOpening []string `yaml:"internal_opening"`
	// ExplainedBefore are phrases which, right before a term, show that the
	// message explains it ("think of the", "(").
	ExplainedBefore []string `yaml:"explained_before"`
	// Requester are phrases that mark a requester's own report or question
	// ("my", "I can't", "any known issue"): jargon there is the reader's
	// own vocabulary. They count only in a message without NotRequester.
	Requester []string `yaml:"requester"`
	// NotRequester are phrases that show the message speaks to the reader
	// ("you", "your", "I've reset"): written by staff.
	NotRequester []string `yaml:"not_requester"`
	// ColleagueRequest: a message that opens with a mention and, later,
	// asks that colleague for one of these ("can you drop it to 1400")
	// without any of NotColleague (the reader's things: "your", "you're")
	// is staff talk.
	ColleagueRequest []string `yaml:"colleague_request"`
	NotColleague     []string `yaml:"not_colleague"`
}

type glossTerm struct {
	Term  string `yaml:"term"`
	Gloss string `yaml:"gloss"`
	// OtherSense are phrases that show the word used in an everyday sense
	// ("cookies" beside "chocolate" or "@Shop cookies"); Sense are phrases
	// that keep it the term ("browser", "clear"). The term is quiet in a
	// message that holds an OtherSense phrase and no Sense phrase.
	OtherSense []string `yaml:"other_sense"`
	Sense      []string `yaml:"sense"`
}

// signalSpec selects a built-in detector that is not a phrase match.
type signalSpec struct {
	// Detector is "exclaim" (a run of 3+ exclamation marks), "shouting" (words
	// in capitals), "unacknowledged" (a staff reply to a frustrated
	// requester that does not acknowledge the stress) or "jargon" (technical
	// terms the glossary lacks, coach/jargon.go; {term} in the message and
	// suggestion names the term).
	Detector string `yaml:"detector"`
	// Phrases: for "unacknowledged", the phrases that count as acknowledging;
	// for "exclaim", phrases that make the marks happy rather than stressed.
	Phrases       []string `yaml:"phrases"`
	RequesterOnly bool     `yaml:"requester_only"`
}

// rewriteSpec says how the rule rewrite addresses a finding. With none set,
// the text is kept (promises, frustration).
type rewriteSpec struct {
	// Replace swaps the match for this text, keeping capitalisation.
	Replace string `yaml:"replace"`
	// ReplaceAlone is used instead when the match is a sentence on its own.
	// Set without Replace, only a match standing alone is rewritten.
	ReplaceAlone string `yaml:"replace_alone"`
	// Remove deletes the match (minimisers such as "just", "obviously").
	Remove bool `yaml:"remove"`
	// Safe says when the edit may go into a whole-message rewrite sent as
	// is: "always", "alone" (only when the match is its own sentence) or
	// "never" (offered only as a suggestion). Empty: the category decides.
	Safe string `yaml:"safe"`
	// Fits lists words of which the match must hold one for Replace to
	// apply ("easy" for "it should be quick"); otherwise a suggestion.
	Fits []string `yaml:"fits"`
	// Swallow lists words right after the match that the replacement
	// already covers ("and understanding" after "thank you for your
	// patience"), removed with it.
	Swallow []string `yaml:"swallow"`
	// Swap gives words for particular matches (lower case, exact): "lusers"
	// becomes "users"; an empty value deletes the match like Remove. A
	// swap is always safe: it is written for exactly those words.
	Swap map[string]string `yaml:"swap"`
	// Heads lists, for a glossary rule whose term patterns also match the
	// words around a term ("in the console", "your swap file", "modules
	// to load on boot"), the words that are the term itself: a gloss goes
	// right after them and a note or the advice names them alone.
	Heads []string `yaml:"heads"`
}

// loadedFile is one parsed rule file with its origin.
type loadedFile struct {
	name string
	file ruleFile
}

func readBuiltin() ([]loadedFile, error) {
	names, err := fs.Glob(builtinRules, "rules/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list built-in rules: %w", err)
	}
	slices.Sort(names)
	var out []loadedFile
	for _, name := range names {
		b, err := builtinRules.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		f, err := parseRuleFile(name, b)
		if err != nil {
			return nil, err
		}
		out = append(out, loadedFile{name, f})
	}
	return out, nil
}

// readUser reads a rule file, or every *.yaml/*.yml file of a directory.
func readUser(path string) ([]loadedFile, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", path, err)
	}
	var names []string
	if st.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("rules %s: %w", path, err)
		}
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
				names = append(names, filepath.Join(path, e.Name()))
			}
		}
		slices.Sort(names)
		if len(names) > maxRuleFiles {
			return nil, fmt.Errorf("%w: %s: %d rule files, more than the %d a folder may hold", ErrBadRules, path, len(names), maxRuleFiles)
		}
	} else {
		names = []string{path}
	}
	var out []loadedFile
	for _, name := range names {
		b, err := readLimited(name, maxRuleFileBytes)
		if err != nil {
			return nil, fmt.Errorf("rules %s: %w", name, err)
		}
		f, err := parseRuleFile(name, b)
		if err != nil {
			return nil, err
		}
		out = append(out, loadedFile{name, f})
	}
	return out, nil
}

// readLimited reads at most limit+1 bytes of a file, so that an oversized
// one is refused by parseRuleFile without being read whole.
func readLimited(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

func parseRuleFile(name string, b []byte) (ruleFile, error) {
	var f ruleFile
	if len(b) > maxRuleFileBytes {
		return f, fmt.Errorf("%w: %s: %d bytes, more than the %d a rule file may hold", ErrBadRules, name, len(b), maxRuleFileBytes)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return f, fmt.Errorf("%w: %s: %w", ErrBadRules, name, err)
	}
	return f, nil
}

// Limits on what a rule file may cost to load. A rule file is user input:
// these keep start-up short and small whatever it holds.
const (
	// maxRuleFileBytes caps the size of one rule file.
	maxRuleFileBytes = 4 << 20
	// maxRuleFiles caps the files of a rule folder.
	maxRuleFiles = 100
	// maxRuleNodes caps the YAML nodes one rule may hold once its aliases
	// are expanded: a few aliases pointing at each other otherwise grow
	// exponentially (the "billion laughs").
	maxRuleNodes = 20000
)

// errAliasBudget is returned when a rule's aliases expand beyond maxRuleNodes.
var errAliasBudget = fmt.Errorf("aliases expand to more than %d YAML nodes", maxRuleNodes)

// decodeRule decodes one rule node strictly (unknown keys are errors).
func decodeRule(node *yaml.Node) (ruleSpec, error) {
	var r ruleSpec
	budget := maxRuleNodes
	node, err := resolveAliases(node, &budget)
	if err != nil {
		return r, err
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	if err := enc.Encode(node); err != nil {
		return r, err
	}
	if err := enc.Close(); err != nil {
		return r, err
	}
	dec := yaml.NewDecoder(&buf)
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		return r, err
	}
	return r, nil
}

// resolveAliases returns a copy of node with YAML aliases replaced by what
// they point to, so that a rule can be decoded on its own. Every node copied
// is taken from *budget; when it runs out the copy stops with
// errAliasBudget, so a file of nested aliases cannot exhaust memory.
func resolveAliases(n *yaml.Node, budget *int) (*yaml.Node, error) {
	for hops := 0; n.Kind == yaml.AliasNode && n.Alias != nil; hops++ {
		if hops > 100 {
			return nil, errAliasBudget // an alias cycle
		}
		n = n.Alias
	}
	if *budget--; *budget < 0 {
		return nil, errAliasBudget
	}
	c := *n
	c.Anchor = ""
	if len(n.Content) > 0 {
		c.Content = make([]*yaml.Node, len(n.Content))
		for i, k := range n.Content {
			var err error
			if c.Content[i], err = resolveAliases(k, budget); err != nil {
				return nil, err
			}
		}
	}
	return &c, nil
}

// nodeID finds the id key of a rule node, for error messages.
func nodeID(node *yaml.Node) string {
	if node.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(node.Content); i += 2 {
		if node.Content[i].Value == "id" {
			return node.Content[i+1].Value
		}
	}
	return ""
}

// ruleError names the file, rule and line of a problem.
func ruleError(file string, node *yaml.Node, id string, format string, args ...any) error {
	if id == "" {
		id = "?"
	}
	return fmt.Errorf("%w: %s:%d: rule %q: %s", ErrBadRules, file, node.Line, id, fmt.Sprintf(format, args...))
}

// validate checks a decoded rule's fields that do not depend on compiling.
func (r *ruleSpec) validate() error {
	var problems []string
	if r.ID == "" {
		problems = append(problems, "missing id")
	}
	if !r.Category.Valid() {
		problems = append(problems, fmt.Sprintf("unknown category %q", r.Category))
	}
	if _, ok := ArticleByID(r.Source); !ok {
		problems = append(problems, fmt.Sprintf("unknown source article %q", r.Source))
	}
	if strings.TrimSpace(r.Message) == "" {
		problems = append(problems, "empty message")
	}
	if strings.TrimSpace(r.Suggestion) == "" && r.Glossary == nil {
		problems = append(problems, "empty suggestion")
	}
	kinds := 0
	for _, set := range []bool{r.Phrase != nil, r.Glossary != nil, r.Signal != nil} {
		if set {
			kinds++
		}
	}
	if kinds != 1 {
		problems = append(problems, "needs exactly one of phrase, glossary, signal")
	}
	if r.Rewrite.Remove && r.Rewrite.Replace != "" {
		problems = append(problems, "rewrite: remove and replace are exclusive")
	}
	if r.Phrase != nil {
		if len(r.Phrase.Match) == 0 {
			problems = append(problems, "phrase: empty match")
		}
		switch r.Phrase.Extend {
		case "", "sentence":
		default:
			problems = append(problems, fmt.Sprintf("phrase: unknown extend %q", r.Phrase.Extend))
		}
		for _, a := range r.Phrase.AnywhereIf {
			if a != "thanked" && a != "apologized" {
				problems = append(problems, fmt.Sprintf("phrase: unknown anywhere_if %q", a))
			}
		}
		for k, w := range r.Phrase.When {
			if _, ok := scopeNames[w.Scope]; !ok {
				problems = append(problems, fmt.Sprintf("phrase: when[%d]: unknown scope %q (known: just_before, just_after, later, sentence, overlap, message)", k, w.Scope))
			}
			if (len(w.Has) == 0) == (len(w.Lacks) == 0) {
				problems = append(problems, fmt.Sprintf("phrase: when[%d]: needs exactly one of has, lacks", k))
			}
		}
	}
	if r.Glossary != nil && len(r.Glossary.Terms) == 0 {
		problems = append(problems, "glossary: no terms")
	}
	if r.Signal != nil {
		switch r.Signal.Detector {
		case "exclaim", "shouting", "unacknowledged", "jargon":
		default:
			problems = append(problems, fmt.Sprintf("signal: unknown detector %q", r.Signal.Detector))
		}
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}
