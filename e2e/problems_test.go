package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// elevenForQuality is the example with the commuters' quality rated 11,
// one above the scale.
func elevenForQuality(t *testing.T) *calc.Scenario {
	t.Helper()
	s := calc.Example()
	r := s.Segments[0].Benefits["quality"]
	r.Score = calc.Float(11)
	s.Segments[0].Benefits["quality"] = r
	if calc.Validate(s) == nil {
		t.Fatal("the broken example validates")
	}
	return s
}

// englishWords are words of calc's English messages that a Dutch screen
// must not show.
var englishWords = []string{" is above ", " the maximum", "damaged", "characters where", "not a ", "was it cut off"}

func checkDutch(t *testing.T, what, msg string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("%s says %q, want it to contain %q", what, msg, w)
		}
	}
	for _, w := range englishWords {
		if strings.Contains(msg, w) {
			t.Errorf("%s has English in a Dutch screen (%q): %q", what, w, msg)
		}
	}
}

// TestProblemsInDutch opens a bad share link, a bad file and a bad
// response code in Dutch: each message is Dutch, with the field path
// where there is one.
func TestProblemsInDutch(t *testing.T) {
	srv := startServer(t)
	path := "segments[0].benefits.quality.score"

	t.Run("share link", func(t *testing.T) {
		payload, err := calc.EncodeShare(elevenForQuality(t))
		if err != nil {
			t.Fatal(err)
		}
		tb := newTab(t)
		var msg string
		tb.run(
			emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage("nl-NL"),
			chromedp.Navigate(srv.URL+"#s="+payload),
			waitReady(),
			chromedp.Text(`[data-notice="error"] p`, &msg, chromedp.ByQuery),
		)
		checkDutch(t, "the notice", msg, "Deze gedeelde link is niet te openen", path+": 11 ligt boven het maximum 10")
		tb.screenshot("problem-share-nl")
	})

	t.Run("file", func(t *testing.T) {
		data, err := calc.Encode(calc.Example())
		if err != nil {
			t.Fatal(err)
		}
		data = []byte(strings.Replace(string(data), `"score": 8`, `"score": 11`, 1))
		file := filepath.Join(t.TempDir(), "kapot.klantwaarde.json")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		tb := openApp(t, srv, "nl-NL")
		tb.run(chromedp.SetUploadFiles(`#import-file`, []string{file}, chromedp.ByQuery))
		tb.waitAttr(`[data-notice]`, "data-notice", "error")
		var msg string
		tb.run(chromedp.Text(`[data-notice="error"] p`, &msg, chromedp.ByQuery))
		checkDutch(t, "the notice", msg, "„kapot.klantwaarde.json” is geen geldig scenario", path+": 11 ligt boven het maximum 10")
	})

	t.Run("response code", func(t *testing.T) {
		q := calc.QuestionnaireOf(calc.Example())
		code, err := calc.EncodeResponse(q, calc.NewResponse(q, 0))
		if err != nil {
			t.Fatal(err)
		}
		tb := newTab(t)
		openWorkshop(tb, srv, "nl-NL")
		// Codes are found anywhere in the text (issue 17): a code with a
		// character lost is a damaged line, one with a character changed
		// is mistyped, and a whole one after a "#" is read.
		typo := []byte(code)
		typo[5] = map[bool]byte{true: '1', false: '2'}[typo[5] != '1']
		tb.paste(`#workshop-codes`, code[:20]+code[21:]+"\nCarla: "+string(typo)+"\n#"+code)
		tb.run(chromedp.Click(`[data-action="read-codes"]`, chromedp.ByQuery))
		tb.run(chromedp.Poll(`document.querySelectorAll("[data-code-result]").length === 3`, nil,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(5*time.Second)))
		var lines []string
		tb.run(chromedp.Evaluate(`[...document.querySelectorAll("[data-code-result]")].map(el => el.textContent)`, &lines))
		checkDutch(t, "line 1", lines[0], "Regel 1: lijkt een code, maar er ontbreekt of staat een teken te veel")
		checkDutch(t, "line 2", lines[1], "Regel 2: een typefout")
		checkDutch(t, "line 3", lines[2], "Regel 3: gelezen")
	})
}
