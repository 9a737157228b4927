package coach

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// The library's promises: at least this many tips, each article and each
// category well represented.
const (
	minTips            = 44
	minTipsPerArticle  = 6
	minTipsPerCategory = 2
	// A tip may quote a short phrase ("You're welcome") but nothing longer.
	maxQuotedWords = 5
	// No tip shares this many consecutive words with a source article.
	copiedRun = 8
)

func mustLoadTips(t *testing.T) []Tip {
	t.Helper()
	tips, err := LoadTips()
	if err != nil {
		t.Fatalf("LoadTips: %v", err)
	}
	return tips
}

func TestLoadTipsEveryTipComplete(t *testing.T) {
	tips := mustLoadTips(t)
	if len(tips) < minTips {
		t.Fatalf("got %d tips, want at least %d", len(tips), minTips)
	}
	if !slices.IsSortedFunc(tips, func(a, b Tip) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("tips are not sorted by ID")
	}
	ids := map[string]bool{}
	for _, tip := range tips {
		t.Run(tip.ID, func(t *testing.T) {
			if ids[tip.ID] {
				t.Errorf("ID %q used twice", tip.ID)
			}
			ids[tip.ID] = true
			if !tipIDPattern.MatchString(tip.ID) {
				t.Errorf("ID %q is not kebab-case", tip.ID)
			}
			for name, v := range map[string]string{"title": tip.Title, "body": tip.Body, "try": tip.Try} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s is empty", name)
				}
			}
			if n := tipSentenceCount(tip.Body); n < 2 || n > 4 {
				t.Errorf("body has %d sentences, want 2 to 4: %q", n, tip.Body)
			}
			if a, ok := ArticleByID(tip.Source.ID); !ok || a != tip.Source {
				t.Errorf("source %+v is not one of Articles()", tip.Source)
			}
			for _, c := range tip.Categories {
				if !c.Valid() {
					t.Errorf("category %q is not a SPEC category", c)
				}
			}
			// Tips coach good wording, so they must not use the words they
			// warn against.
			// Quoting a phrase to advise against it is fine.
			prose := tipQuoted.ReplaceAllString(tip.Title+"\n"+tip.Body, `""`)
			for _, w := range []string{"just", "simply", "obviously", "clearly", "no problem"} {
				if tipContainsWord(prose, w) {
					t.Errorf("tip uses %q, which the coach itself flags", w)
				}
			}
		})
	}
}

func TestTipsCoverEveryArticle(t *testing.T) {
	count := map[string]int{}
	for _, tip := range mustLoadTips(t) {
		count[tip.Source.ID]++
	}
	for _, a := range Articles() {
		if count[a.ID] < minTipsPerArticle {
			t.Errorf("article %q has %d tips, want at least %d", a.Title, count[a.ID], minTipsPerArticle)
		}
	}
}

func TestTipsCoverEveryCategory(t *testing.T) {
	count := map[Category]int{}
	for _, tip := range mustLoadTips(t) {
		for _, c := range tip.Categories {
			count[c]++
		}
	}
	for _, c := range Categories() {
		if count[c] < minTipsPerCategory {
			t.Errorf("category %q has %d tips, want at least %d", c, count[c], minTipsPerCategory)
		}
	}
}

// Distinctive wording from the source articles. Tips paraphrase; none of
// these may appear in a tip.
var tipArticlePhrases = []string{
	// It's All Personal
	"all high-tech work is personal", "soul of discretion", "watching paint dry",
	"crashing down about your ears", "can feel shortchanged", "mid-western upbringing",
	"go-go-go", "get down to work", "people, not just technology, are your work",
	"bound by the same rules as a lawyer", "high-tech magic",
	// Viewing Your Client Through a Different Lens
	"personal technologist", "scripted automaton", "impersonal treatment begets",
	"your call is important to us", "ocean of online memes", "cigarette break",
	"harmless joke", "nerdspeak", "begrudgingly", "breaking news", "in-depth nuances",
	"kindness and dignity", "contending with a lot of stress", "technology landscape",
	"unloading a witticism", "obscure insider aphorisms",
	// Getting Serious
	"next action", "hit and run", "feast or famine", "symbiotic relationship",
	"lifetime value", "win-win", "endless cycle of improvement", "stretch their vision",
	"climate of continual improvement", "whiz-bang", "gently push them",
	// Eight Simple Ways to Show You Care
	"perceived indifference", "it's your job", "no good reasons for being late",
	"drawbridge", "sorry 'bout that", "half-hearted", "fill in the blank",
	"listen with the intent to understand", "ripple effect", "dress for the job",
	"act confident", "basic human bond", "walk with purpose",
	// Professionalism
	"enormous bowl of candy", "just because we have access to data",
	"but also a counselor", "become unhinged", "turn defensive", "making people smarter",
	"absolutely off the mark", "sift out and filter out", "diffuse the entire tense issue",
	"pass judgment", "the utmost professionalism", "send that to voicemail",
}

func TestTipsAvoidArticlePhrases(t *testing.T) {
	for _, tip := range mustLoadTips(t) {
		text := tipNormalizeQuotes(strings.ToLower(tip.Title + " \n " + tip.Body + " \n " + tip.Try))
		for _, p := range tipArticlePhrases {
			if strings.Contains(text, tipNormalizeQuotes(p)) {
				t.Errorf("tip %q uses the article's phrase %q; say it in our own words", tip.ID, p)
			}
		}
	}
}

var tipQuoted = regexp.MustCompile(`"([^"]*)"|“([^”]*)”`)

func TestTipsQuoteOnlyShortPhrases(t *testing.T) {
	for _, tip := range mustLoadTips(t) {
		for _, field := range []string{tip.Title, tip.Body, tip.Try} {
			for _, m := range tipQuoted.FindAllStringSubmatch(field, -1) {
				q := m[1] + m[2]
				if n := len(tipWords(q)); n > maxQuotedWords {
					t.Errorf("tip %q quotes %d words (%q), want at most %d", tip.ID, n, q, maxQuotedWords)
				}
			}
		}
	}
}

// The articles live beside the repository (../shared/seeds), not in it, so
// this check runs only where they are present.
func TestTipsShareNoLongRunWithArticles(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(seeds) == 0 {
		t.Skip("source articles not found at ../../shared/seeds")
	}
	runs := map[string]string{} // run of copiedRun words → article file
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		w := tipWords(string(data))
		for i := 0; i+copiedRun <= len(w); i++ {
			runs[strings.Join(w[i:i+copiedRun], " ")] = filepath.Base(f)
		}
	}
	for _, tip := range mustLoadTips(t) {
		for name, field := range map[string]string{"title": tip.Title, "body": tip.Body, "try": tip.Try} {
			w := tipWords(field)
			for i := 0; i+copiedRun <= len(w); i++ {
				run := strings.Join(w[i:i+copiedRun], " ")
				if f, ok := runs[run]; ok {
					t.Errorf("tip %q %s copies %q from %s", tip.ID, name, run, f)
				}
			}
		}
	}
}

// words splits text into lower-case words, ignoring punctuation and the
// difference between straight and curly apostrophes.
func tipWords(s string) []string {
	return strings.FieldsFunc(tipNormalizeQuotes(strings.ToLower(s)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'')
	})
}

func tipNormalizeQuotes(s string) string {
	return strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
}

func tipContainsWord(text, phrase string) bool {
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(phrase) + `\b`).MatchString(text)
}

func TestTipSentenceCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"One.", 1},
		{"One. Two!", 2},
		{"Is it? Yes. Fine!", 3},
		{`Say "You're welcome." It works.`, 2},
		{`Reply "Let's check that together" instead. Then wait.`, 2},
		{"A fragment without a stop", 1},
		{"One. And a trailing fragment", 2},
		{"Version 2.5 is out. Update it.", 2},
	}
	for _, tt := range tests {
		if got := tipSentenceCount(tt.in); got != tt.want {
			t.Errorf("tipSentenceCount(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

const goodTipYAML = `- id: good-tip
  title: A good tip
  body: First sentence. Second sentence.
  try: Do one thing.
  source: crawley-care
  categories: [no-problem]
`

func TestLoadTipsRejectsBadFiles(t *testing.T) {
	tests := []struct {
		name string
		file string
		// The error must mention each of these.
		want []string
		// Whether the error wraps ErrInvalidTip (YAML syntax errors do not).
		invalid bool
	}{
		{"unknown key", goodTipYAML + "  colour: blue\n",
			[]string{"coach/tips/bad.yaml:7:", `tip "good-tip"`, `unknown key "colour"`}, true},
		{"missing try", "- id: no-try\n  title: T\n  body: One. Two.\n  source: crawley-care\n",
			[]string{"coach/tips/bad.yaml:1:", `tip "no-try"`, "try is missing"}, true},
		{"one sentence", "- id: short\n  title: T\n  body: Only one.\n  try: X.\n  source: crawley-care\n",
			[]string{"coach/tips/bad.yaml:3:", `tip "short"`, "1 sentences"}, true},
		{"five sentences", "- id: long\n  title: T\n  body: A. B. C. D. E.\n  try: X.\n  source: crawley-care\n",
			[]string{":3:", `tip "long"`, "5 sentences"}, true},
		{"unknown source", "- id: src\n  title: T\n  body: A. B.\n  try: X.\n  source: nobody\n",
			[]string{":5:", `tip "src"`, `unknown source article "nobody"`}, true},
		{"unknown category", "- id: cat\n  title: T\n  body: A. B.\n  try: X.\n  source: crawley-care\n  categories: [rudeness]\n",
			[]string{":6:", `tip "cat"`, `unknown category "rudeness"`}, true},
		{"duplicate id", goodTipYAML + goodTipYAML,
			[]string{"coach/tips/bad.yaml:7:", `tip "good-tip"`, "already used at coach/tips/bad.yaml:1"}, true},
		{"bad id", "- id: Not Kebab\n  title: T\n  body: A. B.\n  try: X.\n  source: crawley-care\n",
			[]string{":1:", `tip "Not Kebab"`, "kebab-case"}, true},
		{"missing id", "- title: T\n  body: A. B.\n  try: X.\n  source: crawley-care\n",
			[]string{":1:", "tip without id", "id is missing"}, true},
		{"categories not a list", "- id: cl\n  title: T\n  body: A. B.\n  try: X.\n  source: crawley-care\n  categories: blame\n",
			[]string{":6:", `tip "cl"`, "categories must be a list"}, true},
		{"not a list", "id: x\n", []string{"coach/tips/bad.yaml:1:", "want a list of tips"}, true},
		{"empty file", "", []string{"coach/tips/bad.yaml", "holds no tips"}, true},
		{"syntax error", "- id: [unclosed\n", []string{"coach/tips/bad.yaml", "yaml"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"tips/bad.yaml": {Data: []byte(tt.file)}}
			tips, err := loadTips(fsys, "coach/")
			if err == nil {
				t.Fatalf("got %d tips and no error, want an error", len(tips))
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if got := errors.Is(err, ErrInvalidTip); got != tt.invalid {
				t.Errorf("errors.Is(err, ErrInvalidTip) = %v, want %v", got, tt.invalid)
			}
		})
	}
}

func TestLoadTipsAcrossFiles(t *testing.T) {
	other := strings.ReplaceAll(goodTipYAML, "good-tip", "another-tip")
	t.Run("sorted across files", func(t *testing.T) {
		fsys := fstest.MapFS{
			"tips/b.yaml": {Data: []byte(goodTipYAML)},
			"tips/a.yaml": {Data: []byte(other)},
		}
		tips, err := loadTips(fsys, "")
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, tip := range tips {
			ids = append(ids, tip.ID)
		}
		if want := []string{"another-tip", "good-tip"}; !slices.Equal(ids, want) {
			t.Errorf("got IDs %v, want %v", ids, want)
		}
		want := Tip{ID: "good-tip", Title: "A good tip", Body: "First sentence. Second sentence.",
			Try: "Do one thing.", Categories: []Category{NoProblem}}
		want.Source, _ = ArticleByID(ArticleCare)
		if got := tips[1]; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
	})
	t.Run("duplicate id across files", func(t *testing.T) {
		fsys := fstest.MapFS{
			"tips/a.yaml": {Data: []byte(goodTipYAML)},
			"tips/b.yaml": {Data: []byte(goodTipYAML)},
		}
		_, err := loadTips(fsys, "")
		if err == nil || !strings.Contains(err.Error(), "tips/b.yaml:1:") || !strings.Contains(err.Error(), "already used at tips/a.yaml:1") {
			t.Errorf("got error %v, want the duplicate in tips/b.yaml named", err)
		}
	})
	t.Run("no files", func(t *testing.T) {
		if _, err := loadTips(fstest.MapFS{}, ""); !errors.Is(err, ErrInvalidTip) {
			t.Errorf("got %v, want ErrInvalidTip", err)
		}
	})
}

func TestTipErrorAs(t *testing.T) {
	fsys := fstest.MapFS{"tips/x.yaml": {Data: []byte("- id: lone\n  title: T\n  body: A. B.\n  try: X.\n")}}
	_, err := loadTips(fsys, "")
	var te *TipError
	if !errors.As(err, &te) {
		t.Fatalf("got %v, want a *TipError", err)
	}
	if te.File != "tips/x.yaml" || te.ID != "lone" || te.Line != 1 {
		t.Errorf("got file %q, id %q, line %d; want tips/x.yaml, lone, 1", te.File, te.ID, te.Line)
	}
}
