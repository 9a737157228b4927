package coach

// Wave 13, helper "vo": the voice categories on fresh real messages (brand
// tweets, IRC, forums, GitHub issues, help-desk tickets). Each guard names a
// family and keeps its positive:
//   - an issue form's headings ("Expected behavior" beside "Actual
//     behavior", "Steps to reproduce", "Describe the bug") are the reporter
//     filling in the template; "expected behaviour, closing" as a reply
//     stays a dismissal;
//   - "the behaviour" and "this behaviour" in a report are the software's;
//     "your behaviour" and "your attitude" stay a scolding;
//   - "Let me take a look." ending its sentence is said as the writer
//     starts, like "let me check"; with a time or a follow-up it stays a
//     promise;
//   - "valued guest", "valued passenger" and "valued shopper" are the
//     same script as "valued customer";
//   - "What did you do?" as a bug form's question, or following up a yes
//     ("if so, what did you do?"), asks for facts; a bare "what did you do
//     to it?" stays blame;
//   - "can't reproduce" beside a question about the setup ("which version
//     are you on?") keeps looking, and "close it if you are unable to
//     reproduce" is the reader's test; "can't reproduce, works for me,
//     closing" stays a dismissal.

func init() {
	addRuleCases("contradiction.by-design",
		[]string{
			"Expected behaviour, so I'm closing this one.",
			"That's by design, closing.",
		},
		[]string{
			"**Expected behavior** The page opens. **Actual behavior** It spins forever.",
			"Steps to reproduce: open the app and tap save. Expected behaviour: the file is saved.",
			"Describe the bug: the login loops. Expected behavior: I land on my inbox.",
			"### Expected behaviour Syncing finishes. ### Current behaviour Syncing stops at half way.",
		})
	addRuleCases("blame.conduct-tone",
		[]string{
			"Your behaviour on this thread has been out of line.",
			"Your attitude isn't helping anyone here.",
		},
		[]string{
			"Steps to reproduce the behavior: 1. open the editor 2. paste an image.",
			"This behaviour started after the last update on my tablet.",
			"I saw the same behavior on a second laptop, so it isn't the hardware.",
		})
	addRuleCases("promise.later",
		[]string{
			"Let me take a look tonight and I'll message you.",
			"Let me have a closer look and get back to you.",
		},
		[]string{
			"Hi Sam, let me take a look. Could you send the booking code?",
			"Thanks! Let me have a quick look.",
		})
	addRuleCases("robotic.valued-customer",
		[]string{
			"Thank you for being a valued Acme guest.",
			"We appreciate all our valued passengers.",
		},
		[]string{
			"Thanks for the guest list, I've added Priya.",
			"Our guest wifi is back up now.",
		})
	addRuleCases("blame.what-did-you-do",
		[]string{
			"What did you do to it?",
			"Seriously, what have you done to this laptop?",
		},
		[]string{
			"What did you do? Opened the app and pressed sync. What did you expect to happen? The list updates. What actually happened? It froze.",
			"Did anyone get the scanner working again? If so, what did you do?",
			"You said it works now. If you did, what did you do?",
		})
	addRuleCases("contradiction.cant-reproduce",
		[]string{
			"Can't reproduce, works fine for me. Closing.",
		},
		[]string{
			"Hmm, I can't reproduce it, the file opens fine for me. Which version of the app is this on?",
			"Hi Ana, please close the ticket if you are unable to reproduce it, thanks!",
		})
}
