package main

import (
	"strings"
	"testing"

	"github.com/rapport-bot/rapport/coach/llm/openaifake"
)

func TestCheckLLMUsesTheModel(t *testing.T) {
	srv := openaifake.New(openaifake.Options{})
	t.Cleanup(srv.Close)
	srv.Enqueue(openaifake.JSON("You're welcome! Glad it works now.", "warmer"))
	env := map[string]string{"OPENAI_BASE_URL": srv.URL(), "RAPPORT_LLM_MODEL": "test-model"}
	code, out, errOut := runCheckCmd(t, nil, env, "--llm", "No problem! Glad it works now.")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr: %s", code, exitFindings, errOut)
	}
	if !strings.Contains(out, "Rewrite: You're welcome! Glad it works now.") || !strings.Contains(out, "rewrite by the language model") {
		t.Errorf("output lacks the model's rewrite:\n%s", out)
	}
	if srv.Calls() != 1 {
		t.Errorf("model called %d times, want 1", srv.Calls())
	}
}

func TestCheckLLMFallsBackAndSaysWhy(t *testing.T) {
	srv := openaifake.New(openaifake.Options{})
	t.Cleanup(srv.Close)
	srv.Enqueue(openaifake.ServerError())
	env := map[string]string{"OPENAI_BASE_URL": srv.URL(), "RAPPORT_LLM_MODEL": "test-model"}
	code, out, _ := runCheckCmd(t, nil, env, "--llm", "--json", "No problem!")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d", code, exitFindings)
	}
	res := decodeResults(t, out)
	if len(res) != 1 || res[0].Rewrite == "" || strings.Contains(res[0].Rewrite, "No problem") {
		t.Errorf("fallback rewrite missing or unchanged: %+v", res)
	}
}

func TestCheckLLMNeedsConfiguration(t *testing.T) {
	code, _, errOut := runCheckCmd(t, nil, map[string]string{}, "--llm", "No problem!")
	if code != exitUsage || !strings.Contains(errOut, "OPENAI_API_KEY") {
		t.Errorf("exit %d, stderr %q; want 2 naming OPENAI_API_KEY", code, errOut)
	}
	code, _, errOut = runCheckCmd(t, nil, map[string]string{"OPENAI_BASE_URL": "http://127.0.0.1:1/v1", "RAPPORT_LLM_MODEL": "m", "RAPPORT_LLM_TIMEOUT": "soon"}, "--llm", "x")
	if code != exitUsage || !strings.Contains(errOut, "RAPPORT_LLM_TIMEOUT") {
		t.Errorf("exit %d, stderr %q; want 2 naming RAPPORT_LLM_TIMEOUT", code, errOut)
	}
}
