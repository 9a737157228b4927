package coach

// Article is one of the five source articles that every rule and tip traces
// back to.
type Article struct {
	ID     string
	Title  string
	Author string
}

// The article IDs used by rule and tip files.
const (
	ArticlePersonal        = "welch-personal"
	ArticleLens            = "powell-lens"
	ArticleSerious         = "welch-serious"
	ArticleCare            = "crawley-care"
	ArticleProfessionalism = "messer-professionalism"
)

// Articles returns the source articles, in a fixed order.
func Articles() []Article {
	return []Article{
		{ArticlePersonal, "It's All Personal", "Douglas E. Welch"},
		{ArticleLens, "Viewing Your Client Through a Different Lens, Part 2", "Chris Powell"},
		{ArticleSerious, "Getting Serious, Part 2", "Douglas E. Welch"},
		{ArticleCare, "Eight Simple Ways to Show You Care as an IT Professional", "Don R. Crawley"},
		{ArticleProfessionalism, "Professionalism", "Professor Messer"},
	}
}

// ArticleByID looks an article up by its ID.
func ArticleByID(id string) (Article, bool) {
	for _, a := range Articles() {
		if a.ID == id {
			return a, true
		}
	}
	return Article{}, false
}

// ArticleByTitle looks an article up by its title, as carried in Finding.Source.
func ArticleByTitle(title string) (Article, bool) {
	for _, a := range Articles() {
		if a.Title == title {
			return a, true
		}
	}
	return Article{}, false
}
