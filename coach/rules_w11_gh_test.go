package coach

// Wave 11, helper "gh": maintainers' and reporters' comments in issue
// threads and help-desk tickets. Each guard names a family of language the
// voice rules had read wrongly, and keeps its positive:
//   - "works for me" shared as a clue while the report is taken up ("but I
//     believe you, could you attach the log?"), as LABELING.md's "I can't
//     reproduce it yet, could you send a screenshot?" is clean; "works for
//     me, closing" stays a contradiction;
//   - a "not a bug" verdict given as the writer's reading ("as far as I can
//     tell"), and a cause ruled out by a check the writer shares ("it can't
//     be the cable, we swapped it yesterday");
//   - a tracker's closing note that gives the silence as its reason
//     ("Closing since there has been no reply for 30 days"): a policy, not
//     the writer's complaint about being ignored;
//   - "no problem" as reassurance before a step put as a condition ("not a
//     problem sir, if you look behind the tower…"); "no problem, if you
//     need anything else…" still answers thanks;
//   - a purpose clause after a step ("so we'll know whether it's the
//     port"), which commits to nothing of its own;
//   - the writer's own try of the docs ("I've tried everything in the
//     FAQ");
//   - sorry for what befell the reader ("sorry the projector died before
//     your talk, awful timing") or for the writer's own delay ("sorry to
//     everyone waiting on this"), staff cues of the frustration score;
//   - "nothing wrong with your laptop" with the real cause named in other
//     words ("the dock firmware was the culprit").
// One recall family of condescension: patience ordered with a minimiser
// ("just be patient"), as "calm down" is; "please be patient while we fix
// it" and "just be patient a little longer" stay clean.
// Two recall cues of the frustration score: despair that a fix will ever
// come ("will we ever get an update?") and "come on guys" spelled out.
//
// Our own sentences; the probe file w11-gh.jsonl varies these registers,
// about half of it clean.

func init() {
	probeFloors["w11-gh.jsonl"] = map[Category]probeFloor{Contradiction: {1.00, 1.00}, NoProblem: {1.00, 1.00}, Promise: {1.00, 1.00}, Frustration: {1.00, 1.00}, Condescending: {1.00, 1.00}}
	probeCleanCeilings["w11-gh.jsonl"] = 0.00 // 0 of 34 clean lines flagged

	addRuleCases("contradiction.works-for-me",
		[]string{
			"Works for me. Closing.",
			"Works for me here, must be your setup.",
		},
		[]string{
			"Works for me on the latest build, but I believe you. Could you attach the log from your PC?",
			"Working fine here on 2.4, could you please send the steps you took?",
		})
	addRuleCases("contradiction.works-here",
		[]string{
			"It works fine on my end.",
			"It works on my end, closing.",
		},
		[]string{
			"Strange, it works on my end. Can you share a screenshot of the error?",
			"It works fine for me, but I believe you. Please attach the log when you can.",
		})
	addRuleCases("contradiction.not-a-bug",
		[]string{
			"Not a bug, closing.",
			"This is not a bug, the limit is set per team.",
		},
		[]string{
			"Not a bug as far as I can tell, the limit is set per team.",
			"It isn't a bug as far as I know; the export skips hidden rows.",
		})
	addRuleCases("contradiction.cant-be-that",
		[]string{
			"It can't be the cable.",
		},
		[]string{
			"It can't be the cable, we swapped it this morning and it still drops.",
			"It can't be the charger, I've already tried a spare one on it.",
		})
	addRuleCases("frustration.ignored",
		[]string{
			"My ticket has had no reply for nine days.",
		},
		[]string{
			"Closing this since there has been no reply for 30 days. Happy to reopen if you have more details.",
			"Closing as there's been no response in two weeks, feel free to comment if it comes back.",
		})
	addRuleCases("no-problem.reply",
		[]string{
			"Thanks for the fix! No problem.",
			"No problem! If you need anything else, just shout.",
		},
		[]string{
			"Not a problem sir, if you look behind the tower there's a power switch.",
			"No worries, if you check the back of the router there's a small reset hole.",
		})
	addRuleCases("promise.will",
		[]string{
			"We'll swap the cable so we'll know whether it's the port.",
		},
		[]string{
			"Put the old power strip back so we'll keep the test fair.",
			"Try the other port so we'll know whether it's the cable.",
		})
	addRuleCases("condescending.in-the-docs",
		[]string{
			"It's all in the FAQ.",
		},
		[]string{
			"I've tried everything in the FAQ and it still won't sync.",
			"we followed everything in the readme and the build still fails",
		})
	addRuleCases("frustration.emotion",
		[]string{
			"will we ever get an update on this?",
			"Will this ever be fixed? It has been broken since March.",
			"Already more than half a year on this bug, come on guys.",
		},
		[]string{
			"Sorry the projector died just before your talk, that's awful timing.",
			"Will we ever know what caused it? Probably not, and that's fine.",
			"Will it ever need a restart again? Probably not.",
		})
	addRuleCases("contradiction.nothing-wrong",
		[]string{
			"There's nothing wrong with our servers.",
		},
		[]string{
			"Nothing wrong with your account, an old browser extension was the problem.",
			"There's nothing wrong with your headset, the USB hub was the culprit.",
		})
	addRuleCases("frustration.emotion",
		nil,
		[]string{
			"Sorry to everyone waiting on this, the fix was harder than it looked and I've been swamped.",
			"I'm sorry for being slow on this one, it has been an impossible month. Sorry to those stuck with the bad build.",
		})
	addRuleCases("condescending.calm-down",
		[]string{
			"Just be patient.",
			"I know it's slow, but just be patient.",
		},
		[]string{
			"Please be patient while we fix the mail server.",
			"Thanks for bearing with us, just be patient a little longer and the portal will be back.",
		})
}
