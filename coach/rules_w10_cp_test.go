package coach

// Wave 10, helper "cp": clean precision of the voice rules (promise,
// contradiction, blame, condescending) on registers the earlier waves
// tuned little on. Each guard names a family and keeps its positive:
//   - a plan for the writer's own kit ("gonna wipe my laptop", "I'll
//     reboot my modem again"); an action on the reader's things ("I'll
//     reset your password") and a try with no owner named ("I'll try the
//     other cable tonight", read as a staff reply) stay promises;
//   - a plan put up for approval or advice ("I'll format the card, is that
//     ok?", "unless you can suggest someone better"), bowing out, "wish me
//     luck";
//   - a customer's outrage in denial words ("no way I'm paying that", "that
//     makes no sense, why was I charged twice"), puzzlement ("makes no
//     sense to me"), doubt about what will come, and a customer's own
//     missing thing ("you never sent my refund"), and the writer vouching
//     for their own doing ("our form definitely sent on Monday");
//   - a yes to a guess ("Of course it was 😉"), the writer judging
//     themself ("I was clearly wrong"), a verdict on a company's direction,
//     a second way offered ("or you can just tap the star"), the writer
//     asking whether their own answer helped, and the writer's own recent
//     doing with the subject dropped ("just reset my password and it still
//     fails");
//   - one promise came back: "we'll get your refund sorted" had been read
//     as receiving.
//
// Our own sentences; the probe file w10-cp.jsonl varies these registers,
// about half of it clean.

func init() {
	probeFloors["w10-cp.jsonl"] = map[Category]probeFloor{Promise: {1.00, 1.00}, Contradiction: {1.00, 1.00}, Blame: {1.00, 1.00}, Condescending: {1.00, 1.00}}
	probeCleanCeilings["w10-cp.jsonl"] = 0.00 // 0 of 76 clean lines flagged

	addRuleCases("promise.will",
		[]string{
			"We'll swap the old modem for a new one.",
			"I'll reset your password for you.",
			"I'm going to raise this with the billing team.",
			"we'll try your card again and email the receipt",
		},
		[]string{
			"I'm gonna wipe my laptop and start clean.",
			"I'll use my old phone for now.",
			"ok I'll reboot my router again and cross my fingers",
			"i will install it on my work laptop first",
			"I'll format the memory card and start over, is that ok?",
			"I'm going to remove the old printer, that's fine isn't it?",
			"I'll email the director unless you can suggest someone better.",
			"I'm going to tap out on this one, someone else may know more.",
		})
	addRuleCases("promise.later",
		[]string{
			"I'll reset your router remotely tonight.",
			"We'll swap the old modem for you on Tuesday.",
			"I'll try the other cable tonight.",
			"I'll get the refund processed and DM you tonight",
			"we'll get your refund sorted today",
		},
		[]string{
			"I'll get a refund within five days",
			"i'll get an email tomorrow when it ships",
			"i'll reinstall my system this weekend",
			"we'll try my sister's phone later and see",
			"I'll reboot my router tonight and cross my fingers",
		})
	addRuleCases("promise.will-start",
		[]string{
			"Will fix in the next release.",
			"gonna swap your old modem for a new one",
		},
		[]string{
			"going to wipe my laptop tonight",
			"gonna reinstall the whole thing from scratch, wish me luck",
		})
	addRuleCases("promise.subjectless",
		[]string{
			"Going to ring the depot tomorrow and get back to you.",
		},
		[]string{
			"Going to reboot my modem when I get home.",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"That definitely sent.",
			"No way, our app doesn't do that.",
			"That makes no sense, the form saves every minute.",
			"I doubt it, the app never deletes photos.",
		},
		[]string{
			"@TelcoUK no way I'm paying that bill, I cancelled in March",
			"no way we'll wait another week for an engineer",
			"That makes no sense to me, can you explain the second step?",
			"that makes no sense, why was I charged twice",
			"I doubt the shop will have the blue one before Christmas.",
			"our form definitely sent on Monday, the confirmation is in my inbox",
			"I've definitely uploaded it twice",
		})
	addRuleCases("contradiction.flat-denial",
		[]string{
			"you never called, there's nothing in the log",
			"You didn't report it, we'd have a record.",
		},
		[]string{
			"@ShopCo you never sent my refund and the order page says cancelled",
			"you never emailed me the invoice for March, can you resend it",
		})
	addRuleCases("condescending.clearly",
		[]string{
			"Clearly you skipped the second step.",
		},
		[]string{
			"I was clearly wrong about the cable, it was the plug.",
			"@RailCo clearly going the wrong way with these fare rises",
			"clearly heading downhill since the merger, @ShopCo",
		})
	addRuleCases("condescending.obviously",
		[]string{
			"obviously you need to sign in first",
		},
		[]string{
			"obviously the total is known before checkout, so why does the page show zero?",
			"Obviously the app has my location, but then how does it pick the wrong store?",
		})
	addRuleCases("condescending.just",
		[]string{
			"you can just tap Save, it's right there",
			"Just click Reset and it's done.",
			"Just reset your password and it'll work.",
		},
		[]string{
			"You can use the menu, or you can just tap the star.",
			"you can just use the store app instead if the website is slow",
			"Did that clear it up, or just make it worse?",
			"@PhoneCo just reset my password and it still won't let me in",
			"just set up my new phone, where do the contacts go",
		})
	addRuleCases("condescending.of-course",
		[]string{
			"of course it won't print if the tray is empty",
		},
		[]string{
			"Of course it did! Glad it's sorted.",
			"Of course it was 😉 which one did you pick?",
			"Of course it was the last one in stock, lucky me",
		})
	addRuleCases("blame.could-have",
		[]string{
			"You could have just asked before deleting it.",
		},
		[]string{
			"@ShopCo you could have just warned us the store was closing early",
			"you could have just told us the flight was cancelled",
		})
}
