package coach

import (
	"strings"
	"sync"
)

// Support cues of the frustration score: short word patterns, each a list
// of slots separated by spaces. A slot lists its alternatives with "|"; "#"
// is any number, written in digits or words ("3", "three", "a few"). They
// describe kinds of language, not messages.
var cueSource = []struct {
	kind     cueKind
	patterns []string
}{
	{cueWaiting, []string{
		"for|over|nearly|almost # minutes|mins|hours|hrs|days|weeks|months|hour|day|week|month",
		// the same waits abbreviated as customers type them: "for 2 mths",
		// "over 3 wks"
		"for|over|nearly|almost # hr|mth|mths|mos|wk|wks|yrs",
		"for over|nearly|almost|about|around # minutes|mins|hours|hrs|days|weeks|months|hour|day|week|month",
		"for the|over past|last # minutes|mins|hours|hrs|days|weeks|months|hour|day|week|month",
		"for the|over past|last minutes|hours|days|weeks|months",
		// "over the past few weeks" (the lines above read "for the past…"
		// and "for over past…")
		"over the past|last # minutes|mins|hours|hrs|days|weeks|months|hour|day|week|month",
		"over the past|last minutes|hours|days|weeks|months",
		"for last|like|about|around # minutes|mins|hours|hrs|days|weeks|months|hour|day|week|month",
		"more than|then|over # minutes|hours|days|weeks|months|hour|day|week|month",
		// the same typed short: "more than 12 hrs ago"
		"more than|then|over # hrs|hr|mins|wks|mths",
		// a time counted since what should have happened: "72 hours since
		// it should have arrived"
		"# minutes|mins|hours|hrs|days|weeks|months since",
		// a date as a wait: "since 24 nov", "since November 20"
		"since # january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
		"since january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec #",
		// "since 20th of November", "since the 3rd of May"
		"since 1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|16th|17th|18th|19th|20th|21st|22nd|23rd|24th|25th|26th|27th|28th|29th|30th|31st of|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
		"since the 1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|16th|17th|18th|19th|20th|21st|22nd|23rd|24th|25th|26th|27th|28th|29th|30th|31st of|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
		// "delayed 6 hours", "delayed 2 days" (minutes are a cue of their
		// own only with "by" or "for")
		"delayed # hours|hrs|hr|days|day",
		// the time gone pointed at: "That was an hour ago."
		"that|this|which was an|a|# hour|hours|hr|hrs|day|days|week|weeks|month|months ago",
		// how long an answer took: "Two days to get a response?", "a whole
		// day to get back to me"
		"# hours|hrs|days|weeks|months to get|receive a|an|any response|reply|answer|callback",
		"# hours|hrs|days|weeks|months to respond|reply|answer",
		"# hours|hrs|days|weeks|months to get back",
		"whole|entire day|week|morning|afternoon|evening to get|respond|reply|answer",
		"since # days|weeks|months",
		"since a few|couple days|weeks|months",
		"almost|nearly a|# week|weeks|month|months|day|days",
		"going on # days|weeks|months|year|years",
		"and counting",
		"waste of time",
		// "it's been going on far too long", "dragged on for weeks"
		"going|gone|dragged|dragging on far|way|much too",
		"going|gone|dragged|dragging on too|for long|weeks|months|ages",
		// "I've wasted hours of my life on this" ("lost hours of debugging
		// to a loose cable, my own fault" tells a story)
		"wasted|wasting hours|days|weeks|evenings|afternoons of",
		// "waste hours of my time"
		"waste|wasted|wasting hours|days|minutes|weeks|evenings|time of my|our",
		"wasted|wasting my|an|# time|hour|hours|hr|hrs|minutes|mins|day|days|morning|afternoon|evening|weekend",
		"ate|killed|ruined my|the whole|entire morning|afternoon|evening|day|weekend|night",
		// "for years" is as often loyalty ("had one for years") as a wait
		"for hours|days|weeks|months|ages|ever|forever",
		"since monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|january|february|march|april|june|july|august|september|october|november|december",
		// "since last week" is a wait; "since last update it crashes" dates
		// a fault.
		"since last week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|winter|spring|autumn|christmas",
		"# minutes|hours|days|weeks|months now",
		"all day|morning|afternoon|week|night|weekend",
		"on hold",
		// ("still waiting" alone is not counted here: the persisting rule
		// and "still" read it already, and "still waiting on my order"
		// with nothing more is a calm nudge)
		"waiting since",
		"ever since",
		"day # without|of|and",
		"how much longer",
		"on the phone|line|hold for",
		"hours on the phone|line|hold",
		// "how long will this take" and "how long do I have to wait" are
		// impatience; "how long does the lockout last" asks about a rule.
		"how long will|until|till",
		"how long do|must|should i|we have|need|gotta|wait",
		"how long is|are this|it|that|these|they going|gonna",
		"where is|where's my|the refund|order|package|parcel|engineer|technician|replacement|money",
		// what was paid for and has not come: "Where is my TV!", "where's
		// my laptop"
		"where is|where's my tv|laptop|phone|delivery|item|items|stuff|food|luggage|bag|bags|card|voucher|compensation|credit|cheque|check|furniture|sofa|bed",
		"when will this|it|you be fixed|resolved|sorted|back|working",
		"been weeks|months|ages|years|forever",
		"hold music",
		"onhold",
		"the whole|entire day|morning|afternoon|evening|week|night|weekend",
		// "haven't had a reply in days"
		"reply|response|word|answer|update|callback in days|weeks|months|ages",
		"waste of an|a|my afternoon|morning|day|evening|weekend|money|night|week",
		"updated|moved|changed|replied|responded|arrived|heard in # days|weeks|months",
		"spent|wasted|lost # hours|days|weeks|evenings|nights|mornings on|trying|fixing|getting|sorting",
		"# days|weeks|months|hours for a|an|my|the refund|reply|response|answer|callback|replacement|fix|delivery",
		// lateness counted: "almost 5 hours late", "came 72 minutes late",
		// "a day late", "delayed by 2 days"
		"# minutes|mins|min|hours|hrs|hr|hour|days|day late|overdue",
		"day|hour|week late|overdue",
		"delayed|late by|for # minutes|mins|hours|hrs|hour|hr|days|day|weeks|week",
		"delayed|late by|for an|a|another hour|hr|day|week",
		// a delay named as a thing: "5 hour delay", "a 40 minute wait"
		"# minute|minutes|min|mins|hour|hours|hr|hrs|day|days|week|weeks delay|wait|queue",
		"# minutes|mins|hours|hrs|days|weeks at|in|on the|this|a",
	}},
	{cueSarcasm, []string{
		// "So much for next day delivery." opening a clause (not "thank
		// you so much for", cueOverruled)
		"so much for",
		// mock self-blame: "silly me for thinking it would work", "how dare
		// I expect a reply"
		"silly|stupid|foolish me|us for",
		"how dare i|we expect|ask|want",
		"thanks|thank for nothing",
		// the same thanks as "cheers": "cheers for leaving me stranded"
		"cheers for nothing",
		"cheers for keeping|leaving me|us waiting|hanging|stranded|guessing|behind|without",
		"cheers for ruining|wasting|breaking|losing|cancelling|canceling|bumping|misplacing|stranding|charging|overcharging|delaying|ignoring",
		// praise taken back: "really useful. Not."
		".|,|...|…|! not .|!|!!|...|…",
		"thank you for nothing",
		"paying|pay|paid for nothing",
		"thanks|thank for ruining|wasting|breaking|losing|cancelling|canceling|bumping|misplacing|stranding",
		"thank you for ruining|wasting|breaking|losing|cancelling|canceling|bumping|misplacing|stranding",
		// "making" and "giving" are thanks for help as often ("thanks for
		// making me check the settings", "thank you for giving it a try"):
		// sarcasm only with what was made or given ("thanks for making it
		// worse", "thanks for giving me the runaround").
		"thanks|thank for making it|things|everything|this|life worse|harder|impossible|difficult|painful",
		"thank you for making it|things|everything|this|life worse|harder|impossible|difficult|painful",
		"thanks|thank for making me|us wait|pay|miss|late|suffer|repeat",
		"thank you for making me|us wait|pay|miss|late|suffer|repeat",
		"thanks|thank for giving me|us nothing|headaches",
		"thank you for giving me|us nothing|headaches",
		"thanks|thank for giving away",
		"thank you for giving away",
		"thanks|thank for giving me|us the|a runaround|headache",
		"thank you for giving me|us the|a runaround|headache",
		// a cost or a hold put on the writer, thanked for: "thanks for
		// costing me the tickets", "thank you for keeping me waiting"
		"thanks|thank for costing|charging|overcharging|declining|delaying|stealing|robbing",
		"thank you for costing|charging|overcharging|declining|delaying|stealing|robbing",
		// Keeping and leaving are sarcasm only with the hold or the loss
		// ("thanks for keeping me on hold", "thanks for leaving us
		// stranded"); "thanks for keeping us in the loop" and "thanks for
		// leaving a review" are plain thanks.
		"thanks|thank for keeping|leaving me|us waiting|hanging|stranded|guessing|behind|without",
		"thank you for keeping|leaving me|us waiting|hanging|stranded|guessing|behind|without",
		"thanks|thank for keeping|leaving me|us on hold",
		"thank you for keeping|leaving me|us on hold",
		"thanks|thank for keeping|leaving me|us in the dark",
		"thank you for keeping|leaving me|us in the dark",
		"thanks|thank for keeping my|our money|cash|deposit|refund|fee|fees",
		"thank you for keeping my|our money|cash|deposit|refund|fee|fees",
		"great|brilliant|fantastic|wonderful|perfect|lovely|awesome|super|excellent , another|again",
		"great|brilliant|fantastic|wonderful|perfect|lovely|awesome another outage|update|error|crash|bill|charge|delay|day",
		"great , just great",
		"just great",
		"yeah right",
		"what a joke|surprise",
		"surprise surprise",
		"shocker",
		"just wow",
		"great|brilliant|fantastic|perfect|lovely|wonderful|awesome , now",
		"oh boy",
		"oh joy",
		"when it feels like it",
		"love that for me|us",
		"is|are|was|were anything but",
		"another day|week|month|year|update|release|morning , another",
		"love|loving paying|waiting|getting|missing|losing",
		// "Love being ignored" is sarcasm; "we love being your airline"
		// (a role, with a determiner) is plain warmth.
		"love|loving being ignored|stuck|charged|overcharged|billed|lied|kept|left|treated|transferred|hung|disconnected|cancelled|canceled|delayed|stranded|forced|bumped|told|put|held|made|blocked|locked|logged|penalised|penalized|on|without",
		// a grievance excused in mock relief: "oh that makes it ok then",
		// "well that makes everything better then"
		"makes|made it|everything|that|this|all ok|okay|alright|better|fine then",
		"makes|made it|that|this all|everything ok|okay|alright|better|fine then",
		// thanks for the money taken: "enjoy my 5 bucks", "enjoy our money"
		"enjoy my|our money|cash|fees|fee|$|#|bucks|refund|deposit",
		// looking forward to the ordeal: "can't wait to waste another
		// evening on hold"
		"can't|cant|cannot wait to waste|re-explain|deal",
	}},
	{cueIronic, []string{
		// a mock apology beside a grievance: "sorry for expecting my parcel
		// on the day you promised" ("sorry for asking" is a courtesy, and
		// "sorry for expecting so much detail" alone is meant)
		"sorry for wanting|expecting|thinking|believing|assuming|hoping",
		"excuse|forgive me|us for wanting|expecting|thinking|believing|assuming|hoping",
		// "and as per usual nobody could help": the failure expected, as
		// sarcasm only beside a grievance ("boarded as per normal" and
		// "running as per usual" are plain reports)
		"as per usual|normal",
		// "gotta love being kept on hold" beside a grievance, but "gotta
		// love the views from this flight" on its own means it
		"gotta|have|got love",
		// a reason granted in mock understanding after a grievance: "no
		// reply in a week - makes sense...."
		"makes|made sense ...|..|…|....|.....",
		// "thanks for making/giving…" thanks for help as often as it jabs
		// ("thanks for making me check the settings"): sarcasm only beside a
		// grievance ("thanks for making my trip a misery, bags lost again").
		"thanks|thank for making|giving",
		"thank you for making|giving",
		// "Very helpful!" is as often thanks as a jab: sarcasm only beside
		// a grievance ("on hold two hours. Very helpful.")
		"real|very|super|really|so helpful .|!|?",
		"just what i|we needed|need",
		"love it when",
		"oh great|wonderful|perfect|brilliant|fantastic",
		"love how",
		// "not like I needed it for my lectures", "it's not like we paid
		// for it" beside a grievance ("not like I needed the old cable
		// anyway" concedes)
		"not like i|we needed|wanted|asked|cared|paid|ordered|booked|expected",
		// "I love the way you passed it back to me" beside a grievance
		"love|loving the way you|u|they|it",
		// "How wonderful it feels to tell you my parcel is still missing"
		"how wonderful|lovely|nice|fun|delightful it feels|is|was to",
		"how wonderful|lovely|delightful to",
		"i|i'm|im love|loving when",
		// "shout out to the app for never saving my work"
		"shout|shoutout out to",
		"shoutout|props|kudos to",
		"what great|wonderful|fantastic|brilliant help|service|support",
		"what a great|wonderful|fantastic|brilliant help",
		"great|good|nice|brilliant|fantastic|amazing|excellent|superb|stellar|wonderful|awesome|top job|work|service|stuff|effort",
		"well done",

		"nice|good one ,|.|!",
		"great|fantastic|brilliant|lovely|perfect|wonderful start|way to",
		"thanks|cheers a bunch",
		// "so glad I waited an hour to reach a voicemail"
		"so|really|just|very glad|happy i|we|i've|we've waited|paid|spent|wasted|sat|stood|booked|chose|bought|flew|been|took|handled|checked|packed",
		"so|really|just|very glad|happy i|we just waited|paid|spent|wasted|sat|stood|booked|chose|bought|flew",
		// a wish in the past after a grievance: "would have been nice if
		// someone had told us" (a wish in the present, "would be nice if
		// it had dark mode", is a feature request)
		"would've|wouldve|would have been nice|good|great|helpful|lovely",
		// "thanks a lot!" closing a complaint
		"thanks|thank alot !|.|!!",
		"thanks|thank a lot !|.|!!",
		// praise trailing off after a grievance: "cool...", "Wow.."
		// (sarcasm only beside a grievance)
		"fantastic|great|brilliant|wonderful|perfect|lovely|awesome|cool|nice|wow|amazing|super ...|..|…",
		// thanks for a service not given: "thanks for not calling me back
		// as promised" (sarcasm only beside a grievance; "thanks for not
		// giving up on me" is gratitude, and its "not giving" would itself
		// read as a grievance)
		"thanks|thank for not calling|ringing|phoning|replying|responding|answering|telling|letting|informing|updating|helping|delivering|sending|refunding|honouring|honoring|showing|turning|picking|bothering|warning|notifying",
		"thank you for not calling|ringing|phoning|replying|responding|answering|telling|letting|informing|updating|helping|delivering|sending|refunding|honouring|honoring|showing|turning|picking|bothering|warning|notifying",
		// praise as a sentence of its own after a grievance: "still
		// nothing. Awesome." ("Awesome flight attendant" praises someone)
		".|,|!|...|… fantastic|brilliant|great|perfect|lovely|wonderful|superb|awesome|amazing .|!|...|…|!!",
		"bravo",
		// "Mission accomplished, I guess" after the update deleted
		// everything, or signed as "#MissionAccomplished"
		"mission accomplished",
		"missionaccomplished",
		// "it's been a pleasure standing in the cold for an hour"
		"been a pleasure|joy|delight|treat",
		"been a real pleasure|joy|delight|treat",
		// "That's very considerate of you." after a missed funeral
		"that's|thats|how|very|so considerate|thoughtful of",
		"another fine|great|good|brilliant|stellar|excellent job|effort|performance",
		"thanks|thank again",
		"brilliant .|!",
		"cheers|thanks for that",
		"thank you for that",
		"thanks|thank for closing|ignoring|deleting|locking|removing",
		"thank you for closing|ignoring|deleting|locking|removing",
		"truly|really|simply|just|such amazing|brilliant|fantastic|wonderful|excellent|superb|stellar",
		// "love sitting on a stopped train"
		"love|loving sitting|spending|standing",
	}},
	{cuePleading, []string{
		"please|pls|plz|plse help",
		"help me please|pls|plz",
		"help please|pls|plz",
		"please please",
		"please|pls|plz someone|somebody|anyone|anybody",
		"someone|somebody|anyone|anybody please|pls|plz",
		"please|pls|plz just call|tell|send|fix|give|answer|reply|respond|refund|help",
		"hello|hellooo|helloo ?|??|???|?!",
		"anyone|anybody|someone|somebody ?|??|???|?!",
		"anyone|anybody|someone|somebody help|there",
		"i beg",
		"i want to speak|talk",
		"actual|real human|person",
		"begging",
		"badly need|needed",
		"desperately",
		"i need to speak|talk",
		"is anyone|anybody else having|seeing|getting|experiencing",
		"does anyone|anybody else have|see|get",
		"please , please",
		"i need help|assistance .|!|,",
		// "Help!" as a sentence of its own (not "thanks for the help!")
		"help !|!!|!!!|?!",
	}},
	{cueImpatience, []string{
		"already",
		"still",
		"again .|?|!|??|!!|?!|!!!|???",
		"anymore",
		"any more",
		"they|you|it always do|does this|that",
		"i|i've already tried|did|done|said|told|restarted|rebooted|reinstalled|sent|called|explained|reset",
		"already tried|did|done|told",
		"tried everything",
		"never works|worked",
		"every time i",
		"each time i",
		"yet again",
		"again and again",
	}},
	{cueWhy, []string{
		"why does|do|is|isn't|isnt|can't|cant|won't|wont|would|doesn't|doesnt|don't|dont|am|are|aren't|did|didn't|has|hasn't|hasnt|should|was|wasn't|were|must",
		"any reason why",
		// "since when does a system update wipe my saves??" (with "you" it
		// is a rhetorical question on its own, under cueRhetorical)
		"since when do|does|is|are|can",
		"how can you|they",
		"what's|whats going on|happening with",
		// "what's up with this update", not "what's up with you?"
		"what's|whats up with this|that|the|my|your|these|those",
		"what is up with this|that|the|my|your|these|those",
		"what is going on|happening with",
		"why|how|where the hell|heck|fuck|f",
	}},
	{cueExasperation, []string{
		"like seriously",
		// "so broken it's not even funny"
		"not even funny",
		// a failure that runs wild: "draining battery like crazy",
		// "crashing like mad" (not "selling like crazy")
		"crash|crashes|crashing|crashed|drain|drains|draining|drained|lag|lags|lagging|freeze|freezes|freezing|overheat|overheats|overheating|buffer|buffers|buffering|glitch|glitches|glitching|flicker|flickers|flickering|disconnecting|dropping like crazy|mad",
		"battery like crazy|mad",
		"come on !|?|!!|??|?!|!!!",
		"oh man|god|my",
		"jeez|geez|sheesh",
		"no kidding",
		"can't|cannot|cant believe",
		"can't|cannot|cant even",
		"cmon|c'mon guys|man|people|seriously|really|now",
		// Wave 11 (gh): the same spelled out or split ("come on guys, it's
		// been half a year", "c mon guyz").
		"come on guys|guyz|people|seriously|really",
		"c mon guys|guyz|man|people|seriously|really|now",
		"cmon|c'mon guyz",
		// "Come on." and ", do better." as sentences or clauses of their
		// own ("the heating should come on" and "we will do better" are
		// not)
		".|?|!|, come on .|,|!|?|!!",
		".|?|!|, do better .|!|!!",
		"god help me|us",
		// a verdict on how badly it works: "barely works"
		"barely works|working|usable|loads|functions|functional|connects",
		// "I did everything you said", "followed everything they told me"
		"did|tried|followed everything you|they|the|it said|suggested|told|asked|recommended",
		// "bought it and have not even launched it", "hasn't even shipped"
		"not|haven't|havent|hasn't|hasnt even launched|launch|started|opened|used|arrived|shipped|boarded|left|moved|replied|responded|acknowledged",
		// slang oaths: "wtf?", "tf is going on", "smh" ("tf" alone is
		// TensorFlow or Terraform, so only in a question)
		"ffs|smfh",
		"wtf|wth|wtaf ?|??|???|?!|!|!!|is|was|are|happened|going|happening|did|do|does",
		"smh .|!|,|at",

		"i swear",
		// no faith that anything will happen: "not holding my breath",
		// "still holding my breath for that callback"
		"holding|hold my|our breath",
		"unbelievable",
		"not good enough",
		"you people",
		"all i want|wanted|need|needed|asked is|was",
		"i|we just want|need it|this|my|our|them to",
		"of course it|not|it's|its|the|they|you",
		"seriously ,",
		"only|just|then to be told",
		"only|just|then to be cut|hung|disconnected|transferred|passed|ignored|refused|charged|kept|left|put",
		"to be told to|that",
		"most basic",
		"shouldn't|shouldnt have to",
		"should not have to",
		// Written "still?" (an optional word, which cues do not have), this
		// cue never matched; without "still" it reads a staff status ("clearly
		// not fixed yet, we are still testing"), so only the impatient form.
		"obviously|clearly still not fixed|resolved|solved|working",
		"is not a solution|fix|answer",
		"all i get|got|hear|heard is|was",
		"followed|tried every|all guide|guides|fix|fixes|suggestion|suggestions|tutorial|tutorials|solution|solutions|step|steps|trick|tricks",
		"followed|tried all the guides|fixes|suggestions|tutorials|solutions|steps|tricks",
		"never , ever",
		"never ever",
		"don't|doesn't|dont|doesnt|didn't|didnt|won't|wont|can't|cant|couldn't|couldnt even work|load|open|start|boot|respond|reply|answer|read|look|bother|acknowledge|care|try|launch|run|install|connect|turn|charge|give|tell|let|offer|inform|notify|apologize|apologise|explain",
		"did|done|tried|said|told|sent it|that|this already !|?!|!!|!!!",
		"did|done|tried|said|told|sent already !|?!|!!|!!!",
		"couldn't|couldnt believe",
		"could not believe",
		"what gives ?|!|?!|??",
		// the least the writer now asks for: "can you at least suggest
		// something", "at least tell us what is going on" (not "at least
		// 8 characters", "at least it works")
		"can|could|would|will you|u|they at least",
		"at least tell|give|let|offer|reply|respond|answer|acknowledge|apologise|apologize|call|email|refund|compensate|update|inform",
	}},
	{cueRhetorical, []string{
		"really ?|??|???|?!",
		"seriously ?|!|??|!!|?!|!!!|???",
		// Wave 11 (gh): despair that the fix will ever come ("will we ever
		// get an update?", "will this ever be fixed?"); "will we ever know
		// what caused it?" wonders, and stays out.
		"will we|i|us ever get|see|receive|hear",
		"will this|it|that|these|they ever be|get fixed|resolved|sorted|released|updated|answered|working",
		"will you|they ever fix|release|reply|respond|answer|update|bother",
		"are you kidding|serious|joking",
		"you're|youre kidding|joking",
		"is that it ?|??|?!",
		"is this a joke",
		"that's|thats|is that your answer|solution|response|fix ?",
		"how hard is|can it",
		"what's|whats the point",
		"what is the point",
		"is it too much to ask",
		"how is this|that acceptable|ok|okay|possible|legal",
		"why on earth",
		// "why should I have to pay for this?" ("why should I update?" asks)
		"why should i|we have|need to",
		// despair at one's luck: "Why me? Why me?"
		"why me ?|!|.|...|..|??|!!|?!",
		"give me a break",
		// a design blamed: "who thought this was a good idea?", "whose
		// idea was this?"
		// (it starts at "thought", a rarer word than "who"; cueOverruled
		// asks for the "who")
		"thought this|that|it was|is a good|great|smart|bright idea",
		"whose idea was this|that|it",
		// "Am I being ignored?"
		"am i being ignored",
		"are we being ignored",
		"are you actually|even|ever|really going|gonna",
		"do you even|actually care|read|listen",
		// "do you even use your own app?", asked of the brand
		"do you even test|qa",
		// "does your app even work?", asked of the brand ("does your app
		// really work offline?" asks how it works, and goes on)
		"does|do your app|site|website|service|product|network|system|wifi|internet|broadband|phone|line|staff|team|support|anything really|even|actually work ?|??|???|?!",
		"does|do anything really|even|actually work ?|??|???|?!",
		"do you even use|read|try your own",
		// a sarcastic suggestion to the brand: "how about you make a
		// charger that lasts", not "how about trying a restart?"
		"how about you teach|fix|hire|learn|actually",
		"how about you guys|all|people|folks make|teach|fix|hire|learn|stop|start|actually",
		"does anyone|anybody even|actually care|read",
		"you had one job",
		"how many more days|hours|weeks|months|minutes",
		"getting old|tiresome|ridiculous|beyond",
		"oh come on",
		"not again",
		"is this|that how you treat",
		"this is how you treat",
		"how is it that",
		"down|broken|working|open|up or what",
		"how do|can you expect",
		"why do|should|would i even",
		"why is|does everything|nothing",
		"why is it so hard|difficult",
		"why can't|cant|won't|wont|doesn't|doesnt|don't|dont it|this|you|they just",
		"why do|would you|they keep",
		"how many more emails|calls|messages|tickets|chats|times|weeks|updates|releases",
		"could not|couldn't|cannot|can't|cant make it|this up",
		"beyond a joke",
		"am i the only one",
		"but you|you've promised|said|told|guaranteed",
		"how is|are it|this|that|they still",
		"you wonder why",
		"no wonder people|everyone|nobody|customers",
		"why would anyone|anybody",
		"make it make sense",
		// why do it at all: "Why guarantee a date if it always changes?",
		// "why bother having a helpline"
		"why guarantee|promise|advertise|claim|expect",
		// a promise held up to the brand: "remember how you said you'd
		// call me at 9?"
		"remember how|when you|u|they promised|guaranteed",
		"remember how|when you|u|they said you'd|you|they'd|they|it'd|it|we'd",
		"which is it",
		"what am|are i|we paying for",
		// "what exactly am I supposed to do with that?"
		"what|how exactly am|are i|we supposed",
		"how is that|this fair|right",
		"is anyone|anybody going to look|fix|reply|respond|answer|triage|review|merge|help|acknowledge",
		"is anyone|anybody gonna look|fix|reply|respond|answer|triage|review|merge|help|acknowledge",
		"why was|is|has this|it closed|locked",
		"why exactly was|is this|it closed|locked",
		// "why you close my issue", "why this bug not fixed": the question
		// in the words of a writer in a second language
		"why you|u close|closed|delete|deleted|remove|removed|ignore|ignored|lock|locked|ban|banned",
		"why you|u just close|closed|delete|deleted|remove|removed|ignore|ignored|lock|locked|ban|banned",
		"why this|that|the problem|issue|bug|error not|still|isn't|hasn't|wasn't",
		// "how many reports before someone looks?", not "how many people
		// can share a folder?"
		"how many duplicates|reports|tickets|complaints|emails|calls|people|users before|until|must|will",
		"how many duplicates|reports|tickets|complaints|emails|calls|people|users have|need|needs|has to",
		"how many duplicates|reports|tickets|complaints|emails|calls|people|users does|do it take",
		"nobody|noone seems|appears to care",
		"no one seems|appears to care",
		"why this|it is so hard|difficult",
		"getting really|very|pretty|so old|tiresome|tedious|ridiculous",
		"what am|are i|we supposed to do",
		"what do|did you expect me|us to do",
		"care about your|their customers|users|clients|members",
		"can't|cannot|cant be that|so hard|difficult",
		// a verdict on how the service treats people
		"you make|made it|this hard|difficult|impossible",
		"you make|made it|this so|really|very|extremely hard|difficult|impossible",
		"you make|made it|this worse",
		"you|u ain't|aint shit",
		"you|u suck|blow|stink",
		// oaths in a question: "tf is going on", "why tf" ("tf" alone is
		// TensorFlow or Terraform)
		"tf is|was|are going|happening|wrong|this|that",
		"what|why|how tf",
		// ("not cool" is as often a temperature: "the rack is not cool
		// enough")
		"ain't|aint cool",
		// a verdict on the one addressed: "you are terrible", "ur useless"
		"you|u are|r|were terrible|awful|horrible|useless|pathetic|hopeless|incompetent|clueless|disgraceful",
		"you|u are|r|were the worst",
		"you|u are|r|were a joke|disgrace|nightmare",
		"you're|youre|ur terrible|awful|horrible|useless|pathetic|hopeless|incompetent|clueless|disgraceful",
		"you're|youre|ur the worst",
		"you're|youre|ur a joke|disgrace|nightmare",
		// questions at the company about the fault
		"how's|hows that for",
		"that's|thats how much you|they|u value|care",
		"this|that is how much you|they|u value|care",
		"why would|did you|u let|allow this|that",
		"why let|make|force me|us",
		"you guys|all|people suck|blow|stink",
		"what even is this|that",
		"middle finger",
		"held|holding hostage",
		"held|holding|hold me|us hostage",
		"hot garbage|trash|mess",
		"worse and|. worse",
		"asking too much",
		"too little too late",
		"too little , too late",
		// "your service leaves a lot to be desired" (not "leaves nothing
		// to be desired", which is praise)
		"leaves|left|leave much to be desired",
		"leaves|left|leave a lot to be desired",
		"what kind|sort of service|company|business|airline|support|operation|nonsense|hypocrisy|joke|treatment",
		// jabs at the company's running of things: "get your act together",
		// "you can do better", "please train your staff", "do they not care
		// about safety?"
		"get your|its|their act|shit|stuff together",
		"get it together",
		"you|u|y'all|yall can|could|must|should do better",
		"you|u|y'all|yall need|have|got to do better",
		"do better folks|guys|people|you", // the tokenizer reads "y'all" as "you"
		"train your staff|agents|employees|people|reps|representatives|crew|mechanics|pilots|workers|customer|staffs",
		"do|does|did you|they|u not care",
		// the company accused of lying or of cheating the writer: "your
		// agent lied to me", "screwed up our booking", "you screw
		// customers over"
		// measured against the worst: "you're almost as bad as Acme",
		// "just as useless as the old app"
		"almost|just|equally|nearly as bad|useless|terrible|awful|incompetent|slow|rude as",
		"every bit as bad|useless|terrible|awful|incompetent|slow|rude as",
		"you're|youre|ur|you as bad|useless|terrible|awful|incompetent|rude as",
		"lied|lying to me|us|my|our",
		// Wave 14 (fr2): the accusation in more words: "your drivers lied
		// about trying to deliver", "a bunch of liars", "resorted to lying
		// to placate me". "lied" and "liars" have no harmless support
		// sense; "lying" does ("lying on the floor", the British "lying
		// about the house"), so it needs what is lied about.
		"lied",
		"liars",
		"lying to customers|people|passengers|clients|everyone|try|cover|get|placate",
		"lying about not|being|having|delivering|attempting|attempted|trying|it|that|this|delivery|deliveries",
		"resorted|resorting|resort|resorts to lying|lies",
		// "you stole my money", "robbed us blind"
		"stole|stolen|stealing|robbed|robbing my|our|me|us",
		"screwed|screwing|screws up my|our|me|us",
		"screw|screwed|screwing|screws me|us|customers|people|passengers|over",
		"don't|doesn't|dont|doesnt|didn't|didnt you|they|u care",
		// a rhetorical question about the company's ways: "since when do
		// y'all sell junk like this?" ("since when did it start?" and
		// "since when has it been down?" ask for a date)
		"since when do|does|can|are y'all|yall|you|u|they|your|we",
		// what it takes to be answered: "what do I have to do to get a
		// reply?", "what do I need to do, for you to reply my message?"
		// ("what do I need to do to get a new card?" asks how)
		"what do|must|should i|we have|need|got to do to get you|u|y'all|yall|someone|somebody|anyone|anybody|action|attention",
		"what do|must|should i|we have|need|got to do to get a|an|any|some reply|response|answer|callback",
		"what do|must|should i|we have|need|got to do for you|u|y'all|yall|someone|somebody|anyone|anybody",
		"what do|must|should i|we have|need|got to do , for|to you|u|y'all|yall|someone|somebody|anyone|anybody",
		"what does it take to|for get|you|u|someone|somebody|anyone|anybody",
		// "no one listens to you lot": a jab at whoever answers
		"no one|nobody|noone listens|listened|listen to you|u|us|me|customers|complaints|anyone",
		// "is this some kind of joke?"
		"some|a kind|sort of joke ?|??|???|?!",
		// "was this even tested?", "are releases ever checked?"
		"even|ever tested|checked|reviewed|proofread|qa'd ?|??|???|?!",
		// "Shame!" as a sentence of its own after a grievance
		".|!|...|… shame !|.|!!",
	}},
	{cueServiceVerdict, []string{
		// the company's doing, named: "you lost my bag", "they damaged our
		// sofa" (not "I lost my bag")
		"you|u|they|y'all|yall lost|misplaced|broke|damaged|ruined|destroyed my|our",
	}},
	{cueTreatment, []string{
		// "this is how I'm treated", "and this is how we're treated"
		"this is how i'm|im|we're|were|customers|people treated|are",
		"this is how i|we am|are|get|got treated",
		// the cost of the company's slip put on the writer: "why should I
		// pay for your mistake"
		"pay|paying|paid for your|their mistake|mistakes|error|errors|fault|screw-up|incompetence",
		// a verdict on how the company treats people: "you are putting your
		// customers last", "u hv no compassion", "taking advantage of
		// customers", "all you want is my money", "profits over people"
		"putting|put|puts your|their|its|the customers|passengers|users|clients|members|guests|patients last",
		"customers|passengers|users|clients come|comes last",
		"have|has|hv|had|show|shows|showed no|zero compassion|respect|empathy|decency|shame|consideration|sympathy",
		"taking|take|took|takes advantage of customers|us|me|people|loyal|vulnerable|passengers|users|students|consumers|clients|members",
		"all you|they|u|y'all|yall want|wanted is|are my|our|money|$|cash",
		"all you|they|u|y'all|yall care|cared about",
		// indifference named: "they didn't even care to call", "you
		// clearly don't care", "nobody cares", "couldn't be bothered to
		// help", "not even the decency to reply", "what a cheek" (the
		// writer's own "I don't care which colour" has no such subject)
		// (the writer's own "I don't care", "we couldn't be bothered" is
		// overruled; "decency" counts only after a negation)
		"don't|dont|didn't|didnt|doesn't|doesnt|never care|cared",
		"don't|dont|didn't|didnt|doesn't|doesnt|never even|evn|really|clearly|seem care|cared",
		"nobody|noone|no-one cares|cared",
		"couldn't|couldnt|can't|cant|cannot be bothered",
		"decency to|of",
		"cheek|nerve !|.|!!|of",
		"only care|cares|cared about money|profit|profits|the money|my money|your money",
		"profit|profits|money over|before customers|people|safety|passengers|users|patients",
		"shame on you|u|them|y'all|yall|your",
		// "you don't respect your customers", "they never clean their
		// trains" (not "we don't share your data")
		"you|u|they|y'all|yall don't|dont|never respect|value|maintain|clean|appreciate your|their|its|us|me|customers|passengers|users|clients|members|guests",
		"you|u|they|y'all|yall clearly|obviously|really|just|simply don't|dont|never respect|value|maintain|clean|appreciate your|their|its|us|me|customers|passengers|users|clients|members|guests",
		// mocked by the staff: "I was laughed at", "the agent smirked at me"
		"was|were|got|been|being laughed|sniggered|smirked|scoffed at",
		"laughed|sniggered|smirked|scoffed at me|us|my|our",
	}},
	{cueDemand, []string{
		// "you cancelled my flight and now want me to pay for it"
		"now want|wants|expect|expects me|us to pay",
		// "I need this resolved today", "need it fixed asap"
		"need|needs this|it resolved|fixed|sorted|working|done today|tonight|asap|now|immediately|urgently",
		// a customer's "please escalate this" (staff's "I'll escalate" is
		// the staff voice)
		"please escalate",
		"do something about",
		"please reopen",
		"sort it|this out",
		"fix your",
		"fix it|this !|!!|!!!|now|already|asap",
		"fix it|this right now|immediately|today",
		"hurry up",
		"i demand",
		"i want my|a refund|money",
		// what was paid for, claimed: "I want my food.", "I want my
		// parcel today" (not "I want my order sent to the office")
		"i want|need my food|order|package|parcel|stuff|items|item|bag|bags|luggage|tv|phone|laptop .|!|!!|now|today|tonight|back|asap",
		"refund me|my",
		"fix the|this|your bloody|damn|stupid|flipping|freaking|fucking|effing",
		"stop|quit breaking|charging|pushing|shipping|ruining|releasing|spamming|ignoring|sending|emailing|calling|texting|closing|deleting|locking",
		// "stop messing with my phone"
		"stop|quit messing|meddling|screwing|tampering|fiddling with",
		// compensation claimed as owed ("I better get a credit for this"):
		// its words are no praise
		"i|i'd|id better get|be a|an|my|some refund|free|compensation|voucher|credit|apology|discount",
	}},
	{cueRegression, []string{
		"never had a|any|this problem|problems|issue|issues|trouble",
		"never a problem",
		"never had problems|issues",
		"worked fine|perfectly|great before",
		"was working fine|perfectly before",
		"used to work",
		"used to be great|good|fine|brilliant|amazing|reliable|perfect|excellent|usable",
	}},
	{cueFeeling, []string{
		"not|never impressed",
		// anger named in an idiom: "it pisses me off", "your wifi is
		// angering me"
		"pisses|pissing|pissed me|us off",
		"angers|angering|angered me|us",
		// "I'm bummed", "so grouchy about this flight"
		"bummed|grouchy",
		// "it's upsetting honestly", "so upsetting." (staff's "I know it's
		// upsetting" is overruled; "upsetting people" is a verb)
		"upsetting .|!|,|honestly|tbh|ngl|...|!!|and|but",
		// a verdict of one word after the grievance: "4 hour delay. Not
		// cool." (only after "not": "the room is not cool enough" and a
		// happy "Cool." are not it)
		"cool .|!|!!|...|,|at",
		"seriously|very|so|really|deeply|extremely|hugely|massively|bitterly|totally|highly|truly|quite disappointed",
		// displeasure named by the writer: "very unhappy with the service",
		// "dissatisfied with my account", "not happy with"
		"unhappy|dissatisfied|unsatisfied|displeased|disgruntled with|about|by|in|.|!",
		"seriously|very|so|really|deeply|extremely|totally|highly|truly|quite|most|i'm|im|am|feel|feeling unhappy|dissatisfied|unsatisfied|displeased|disgruntled",
		"not|never happy with|about",
		// "not happy at all with the service", "not at all happy"
		"not|never happy at all",
		"not at all happy",
		// "my patience is running out", "patience wearing thin"
		"patience is|running|wearing out|thin",
		"patience is running|wearing out|thin",
		"disgusted|appalled|outraged|fuming|livid|gutted|infuriated|enraged|seething|ruined|raging",
		"i'm|im|am|feel|feeling|getting|so|very|really|extremely|totally|super|v|beyond|utterly|deeply|absolutely|completely|bitterly|thoroughly|too mad|angry|furious|annoyed|upset|frustrated|disappointed|pissed|livid|sick|tired|exhausted|stressed|gutted|fuming|irritated|fed",
		// worry as the writer's own stress: "I'm pretty nervous", "so worried"
		"i'm|im|am|feel|feeling|getting|so|very|really|extremely|super|pretty nervous|worried|anxious|scared|panicked|panicky",
		// feelings as customers type them
		"dissapointed|disapointed|dissappointed|dissapointing|disapointing|dissappointing",
		"ruining|ruins",
		"i hate|loathe|despise",
		// "couldn't be more annoyed": the negation is an intensifier here
		"couldn't|couldnt|can't|cant b|be more pissed|angry|annoyed|frustrated|upset|disappointed|mad|furious|fed",
		"could not be more pissed|angry|annoyed|frustrated|upset|disappointed|mad|furious|fed",
		// an oath at the brand: "fuck you", "you ain't shit"
		"fuck you|u|this|that",
		"screw you|u|this",

		"hate it|this|when|how|that",
		"hate you|u|them|y'all|yall|everything",
		"hates|hated your|the|this|it|how|when",
		"everyone|everybody hates",
		"lost|losing my|all patience",
		// stress named as a quantity or an ordeal: "a tremendous amount of
		// stress", "put through hell"
		"amount|lot|lots|deal of stress|anxiety|hassle|grief|aggravation",
		"put through hell|so|such|a|this|that|all",
		// "it's been a pain", "such a struggle"
		"been|such a pain|struggle|headache|hassle",
		// "what a pain, had to rebuild it all"
		"what a pain|hassle|headache|struggle|faff|palaver",
		// disappointment in the writer's own words: "I'm only disappointed",
		// "left disappointed", "feel let down", "you've let us down"
		"only|just|honestly|truly|left|was|were|been|and disappointed|disapointed|dissapointed",
	}},
	{cueRepeatFailure, []string{
		// the failure counted by denying it is new: "not the first time
		// the driver left it at the wrong door"
		"not the|for first|1st time",
		"not for the first|1st",
		"down|out|broken|crashed|crashing|offline|failed|failing|dead|frozen|stuck|disconnected|gone again",
		"lost|missing|delayed|cancelled|canceled|late again",
		// "passed from one department to another", "bounced from team to
		// team"
		"passed|transferred|bounced|shuffled|shunted from one|department|team|person|agent|pillar",
		"not working|loading|connecting|syncing again",
		"every|each update|release|patch|upgrade|version break|breaks|wipes|resets|kills|ruins|deletes|removes|crashes",
		"every other update|release|patch|week|day|time",
		"every|each minor|major|new|single update|release|patch|upgrade|version|build",
		// "another delay", "yet another crash": the same trouble counted
		"another delay|delays|outage|crash|cancellation|error|failure|breakdown|glitch|bug|disconnect|dropout",
		// decline named: "it just keeps getting worse", "worse and worse"
		"keep|keeps|kept getting worse",
		"getting worse and",
		// "I did everything you said. Nothing happened again"
		"nothing happened|changed|worked|helped again",
		"always fails|crashes|freezes|disconnects|drops|breaks|crashing|freezing|failing|lagging|glitching",
		// "my flights are always delayed", "the date always changes"
		"always delayed|late|cancelled|canceled|overbooked|broken|down|wrong|changes|changing|missing",

		"constantly glitches|crashes|fails|freezes|drops|disconnects|breaks|lags|crashing|freezing|failing|lagging|glitching",
		// a count clipped into a sentence of its own after what was tried:
		// "Copied the code again. Multiple times."
		".|!|... multiple|several|many|countless|numerous|three|four|five|six|ten times .|!|!!|...|…",
	}},
	{cueOutage, []string{
		"still unresolved",
		"not been|yet resolved|fixed|sorted",
		"been down|out|offline|unusable|broken|dead|stuck|unable",
		// with its intensifier: "been really broken since the update"
		"been really|totally|completely|so|fully|badly|properly|pretty|basically down|offline|unusable|broken|dead|stuck",
		"goes|went|going down|offline|dark",
	}},
	{cueIgnored, []string{
		"haven't|havent|hasn't|hasnt|never heard back|anything",
		"no response|reply|answer|update|updates|callback|replies|responses|explanation|respond",
		"never got|received a|any response|reply|call|callback|answer|email|update",
		"still no reply|response|answer|update|updates|word|callback|news|refund|contact|email|call|one|sign|fix|engineer|explanation|bag|bags|luggage|baggage|suitcase|package|parcel|order|delivery|money|response",
		"still nothing",
		"won't|wont|never get|got|getting any|an answer|reply|response",
		// "you can't even get someone on the phone", "couldn't reach anyone"
		"can't|cant|cannot|couldn't|couldnt get|reach anyone|someone|anybody|somebody|through",
		"can't|cant|cannot|couldn't|couldnt get|reach a human|person|agent",
		"even get|reach anyone|someone|anybody|somebody|through",
		"nobody|noone answering|replying|responding|helping|picking",
		"no one answering|replying|responding|helping|picking",
		"been trying to reach|contact|call|speak|talk|phone",
		"zero help|support|response|communication|updates|replies|info|information|contact|explanation",
		"told us|me nothing",
		"no one told|tells|informed|updated|bothered|answers|replies|cares|responds",
		// "no one has gotten back to me", "nobody got back to us"
		"nobody|noone got|gets|ever back",
		"nobody|noone has|had|ever got|gotten|called|rung|emailed|written|come back",
		"no one got|gets|ever back",
		"no one has|had|ever got|gotten|called|rung|emailed|written|come back",
		// a promise of contact not kept: "said someone would call and
		// nobody did"
		"and nobody|noone did|has|ever",
		"and no one did|has|ever",
		// done to the writer unannounced: "cancelled my flight with no
		// notice", "without any explanation"
		"with no notice|warning|explanation|apology|reason|explanations",
		"without notice|warning|explanation|apology|reason|explanations",
		"without any|prior notice|warning|explanation|apology|reason",
		// what was paid for, still missing: "it's still not here"
		"still not here|arrived|delivered",
		// the parcel that is not there: "marked it as delivered and drove
		// off", "says delivered but it's not here"
		"marked as|it delivered",
		"marked it as delivered",
		"delivered but|yet",
		// paid and nothing given: "paying for premium and getting nothing"
		"and getting|got|get nothing|zilch|zero",
		// "it's impossible to reach anyone", "hard to contact a human"
		"impossible to reach|contact|get anyone|someone|anybody|somebody|you|a",
		// the no-show: "the engineer didn't turn up" ("the option didn't
		// show up" is a screen, so only "turn up")
		"didn't|didnt|hasn't|hasnt|never turn|turned up",
		// "nobody has said anything", "no one has told us a thing"
		"nobody|noone has|had said|told|explained|informed|updated",
		"no one has|had said|told|explained|informed|updated",
		// "can't seem to get through to a person", "unable to get a call
		// back"
		"seem to get through",
		"can't|cannot|cant get a|any call|callback back|from|.|!|,",
		"unable to get a|any call|callback back|from|.|!|,",
		"nobody|noone told|tells|informed|updated",
		"still haven't|hasn't|havent|hasnt heard|received|got|gotten",
		"haven't|havent|hasn't|hasnt received|got|gotten|had a|any reply|response|answer|update|refund|word",
		"had to chase",
		"nobody|noone can|could|knows|seems|will|bothered",
		"no one can|could|knows|seems|will|bothered",
		"two|three|four|five|six|seven|eight|nine|ten|several|multiple|countless|numerous|2|3|4|5|6|7|8|9|10 calls|emails|messages|tickets|chats|visits|msgs|voicemails",

		"keep chasing",
		"nobody|noone cares",
		"nobody|noone answers|replies|responds|calls|came|comes|showed|turned|picks|answer|reply|respond|help|helps",
		// "why does nobody ever answer the phone?"
		"nobody|noone ever answers|answer|replies|reply|responds|respond|calls|call|picks|pick",
		"no one ever answers|answer|replies|reply|responds|respond|calls|call|picks|pick",
		// ("the button doesn't respond" is a device that hangs, not a
		// person who ignores the writer)
		"won't|wont|doesn't|doesnt|don't|dont|never answer|reply|pick|call",
		"won't|wont|doesn't|doesnt|don't|dont|never respond to emails|messages|calls|tickets|dms|complaints|queries|requests|me|us",
		"waiting on|for a|any reply|response|answer|callback|update",
		"was|were meant|supposed to arrive|come|be|ship|call",
		"no one cares",
		"don't|doesnt|doesn't|dont even care",
		"was|were promised",
		// Wave 14 (fr2): an assurance recalled, which a complaint sets
		// against what happened: "I was told my parcel would come by 7pm",
		// "we were assured it would be fixed". Alone it is a calm recall
		// ("I was told it would arrive Monday, is that right?"); beside a
		// wait or another sign it is a promise broken. "I was told
		// insufficient balance" quotes a screen.
		"was|were told|assured|guaranteed i|it|we|they|you|he|she|that would|will|wld|should",
		"was|were told|assured|guaranteed i'd|it'd|we'd|they'd|you'd",
		"was|were told|assured|guaranteed my|the|our|your|this|that parcel|package|order|item|delivery|refund|engineer|technician|flight|train|bag|bags|luggage|card|phone|replacement|money|code|repair|issue|problem|account would|will|wld|should",
		"was|were told|assured|guaranteed that i|it|we|they|you|my|the|our|this would|will|wld|should",
		"nobody|noone can|could explain|tell",
		"nobody|noone reads|read|looks|checks|monitors",
		"no one reads|read|looks|checks|monitors",
		"no one can|could explain|tell",
		"nobody|noone cared|bothered",
		"no one cared|bothered",
		"never showed|came|arrived|turned|appeared",
		"closed|closing this|it|issues|tickets|tickets without",
		// closing what is not fixed: "closed my issue without a word",
		// "not fixed and you close it"
		"close|closed|closing my|our|the issue|ticket|report|bug|question without",
		"and you|u close|closed it|this|my",
		"close|closed|closing issues|tickets|reports|it|this that|which are|were|is|was not fixed|resolved",
		"completely|totally|been|being|got|keep|get ignored",
		"seem|seems to not care",
		"don't|doesn't|dont|doesnt|didn't|didnt seem to care",
		"without even reading|looking|checking|testing|asking|replying|answering|responding",
		"anyone|anybody reads|reading|monitors|monitoring|checks|checking this|these|it",
		"little to no updates|update|info|information|communication|help|notice|response",
		"little|limited|zero updates|info|information|communication|announcements",
		"no info|information|communication|notification|announcement|announcements given|provided|whatsoever|at",
		"very|so little info|information|communication|updates|help",
		"unanswered",
		// "no one listens to you", "nobody is listening to us"
		"no one|nobody|noone is|was|ever listening|listens",
		// a refusal of help: "you won't give us a hotel", "they refused to
		// rebook me"
		"you|u|they won't|wont|wouldn't|wouldnt give|let|help|refund|rebook|compensate|offer|tell me|us|anything",
		"you|u|they refuse|refused|refuses to give|let|help|refund|rebook|compensate|offer|tell",
		// help that never came: "no help from you tonight", "not helpful at
		// all", "not with much help from you guys"
		"no|little|zero help from",
		"not much help",
		"not with much help",
		"not|never helpful at all",
		"no help at all|whatsoever",
		// "not even an apology", "hung up on me"
		"not even a|an|one apology|sorry|reply|response|explanation|email|call|refund|update|word|text|message|voucher|discount|credit|drink",
		"hung|hangs|hanging up on me|us",
		// "have been no help", "no help on the phone", "got nowhere"
		"been|was|were|is|are|be no help",
		"no help on|at|over|.|!|whatsoever",
		"got|getting|get|went|going|gone nowhere",
		// the no-show, with its adverbs: "no one has ever even shown up",
		// "nobody came" ("nobody has shown me how" is not one)
		"no one has|had|ever|even showed|shown|turned up",
		"no one has|had|ever|even came|come",
		"no one has|had ever|even|actually showed|shown|turned|came|come",
		"no one has|had ever|even|actually even|ever showed|shown|turned up",
		"nobody|noone has|had|ever|even showed|shown|turned up",
		"nobody|noone has|had|ever|even came|come",
		"nobody|noone has|had ever|even|actually showed|shown|turned up",
		"nobody|noone has|had ever|even|actually came|come",
	}},
	{cueMoney, []string{
		"i pay|paid for",
		"paying for",
		"i'm|im paying",
		"charging me|us",
		"charged me|us twice|again|for",
		"overcharged",
		// "this seat cost me money", "it's costing us a fortune"
		"cost|costs|costing me|us money|a|extra|£|$|€",
		"overcharging",
		"bill|bills|price|charge|charges doubled|tripled",
		"was|were|been|got charged twice|again|double",
		"want|need a refund",
		"ask|asking|request|requesting|demand|demanding for refund",
		"ask|asking|request|requesting|demand|demanding for a refund",
		"ask|asking|request|requesting|demand|demanding a refund",
		"paying customer|customers",
		"loyal customer|customers",
	}},
	{cueQuit, []string{
		// a rating taken away: "zero stars if I could", "0 stars from me"
		// (not "zero stars on the repo")
		"zero|0|negative|minus stars|star from|.|!|for",
		"stars|star if i could",
		// an ultimatum with its deadline: "deliver it by today or cancel
		// it", "by tomorrow or please refund me", "by tonight or feel free
		// to cancel the order". It starts at the rare word, "cancel" or
		// "refund"; cueOverruled asks for the deadline and the "or" before.
		"cancel|refund",
		"never again",
		// (done with a task is finished: "I'm done with the form")
		"i'm|im done .|!",
		"i am done .|!",
		"i'm|im done with you|u|your|y'all|yall|them|this|these|those|everything|all|it",
		"i am done with you|u|your|y'all|yall|them|this|these|those|everything|all|it",
		"want|need my money back",
		"last time i",
		"or do|should|shall i give up",
		"do|should|shall i just give up",
		"lose|losing|lost a|another|your customer|customers",
		"find|finding another provider|company|supplier|bank|airline|carrier",
		// worn out by it: "tired of my phone dying", "can't do this anymore"
		"tired of your|these|having|dealing|paying|constantly|always",
		// "real tired of my charger breaking every month"
		"i'm|im|am|getting real|so|really|very|pretty|super|getting tired|sick of",
		"real|getting tired|sick of",
		"i'm|im|am tired|sick of",
		"tired|sick of my|people|getting|seeing|hearing|waiting|being|chasing|calling",
		"never ever again",
		"i'll|ill|gonna|i will give up",
		"going to give up",
		// "lost all faith in your bank"
		"lost|losing faith|trust|confidence in",
		"lost|losing all faith|trust|confidence",
		// "I've given up on it", "I give up", "there won't be a next time"
		"i|i've|ive|i'm|im give|given|gave|giving up",
		"won't|wont|never be a next time",
		"will not be a next time",
		"never again will|would|am|do i|we",
		// a threat of taking it further: "you'll be hearing from me"
		"you'll|youll be hearing from me|my|our",
		"you will be hearing from me|my|our",
		"can't|cant|cannot do this anymore",
		"can't|cant|cannot do this any more",
		// a threat to leave in the writer's words: "will switch for sure",
		// "seriously considering switching", "I won't be back"
		"switch for sure",
		// (not "thinking about switching the theme")
		"considering|contemplating switching|leaving|cancelling|canceling .|,|!|after|over|soon|now|away|providers|provider|carriers|networks|banks|airlines|companies|isps|for",
		"considering|contemplating a switch|move",
		"thinking about|of switching|leaving|cancelling|canceling .|,|!|after|over|soon|now|away|providers|provider|carriers|networks|banks|airlines|companies|isps|for",
		"thinking about|of a switch",
		"i'll|ill|gonna|definitely switch .|!|asap",
		"won't|wont be back .|!|,|again|ever|anytime",
		"will never be back",
		"never be back .|!|again",
		// "I'm done chasing this"
		"i'm|im|am done chasing|asking|begging|waiting|emailing|ringing|calling|dealing|trying",
	}},
	{cueLeaving, []string{
		// Wave 14 (fr2): the company given a last chance after earlier
		// failures, the step before leaving: "I gave you one more try",
		// "giving y'all another chance" ("give it another try" is advice,
		// "give us another chance" an agent's plea, "gave you a try" a
		// first go).
		"gave|give|giving|given you|u|y'all|yall one|a more|last|second|final chance|try|shot",
		"gave|give|giving|given you|u|y'all|yall another chance|try|shot",
		"gave|give|giving|given you guys one|a more|last|second|final chance|try|shot",
		"gave|give|giving|given you guys another chance|try|shot",
		"never buying|using|updating|ordering|recommending|shopping",
		"switching to",
		"switch|switching providers|carriers|networks|banks|airlines|companies|suppliers|isps|provider|carrier|network|bank|airline",
		// "I'm leaving.", "closing my account tomorrow"
		"i'm|im|am leaving .|!|you|your",
		"close|closing my account|accounts",
		// "our next flight will be on another airline", "going with a
		// different provider"
		"on|with|to|try|use another|other airline|provider|carrier|bank|company|network|supplier|operator",
		"on|with|to|try|use a|another different|new airline|provider|carrier|bank|company|network|supplier|operator",
		"moving away from",
		"should i|we just switch|move|leave|cancel",
		"cancel|cancelling|canceling my|our",
		"speak|talk to|with a|your|the manager|supervisor|human|person",
		"star review",
		// "I'll be taking my business elsewhere"
		"take|taking|took|takes my|our business|money|custom elsewhere",
		// "going elsewhere", "we'll shop elsewhere" (it starts at the rare
		// word; cueOverruled asks for the verb before it)
		"elsewhere",
		"bad|negative review",
		"dispute the|this charge",
		"stay|steer far|well away|clear",
		"be|am|i'm|im uninstalling",
		"uninstalling|deleting|removing this|the|your app",
	}},
	{cueCalm, []string{
		"no rush|hurry|pressure|worries|urgency",
		"not urgent",
		"nothing urgent|pressing",
		"not in a rush|hurry",
		"not a priority",
		// a question asked from curiosity: "why should I have to restart?
		// Just curious."
		"just curious|wondering",
		"out of curiosity",
		"whenever you",
		"when you get a chance|moment|minute",
		"low priority",
		"not a big deal",
		"fine for now",
		"hate to bother|ask|say|be|interrupt",

		// An idiom of taste, not the writer's anger ("love it or hate it,
		// the new layout is here to stay").
		"love it or hate it",
		"worst is|part|bit over|behind",
		"worst part|bit is over|behind",
	}},
	{cueStaff, []string{
		"sorry to hear|about",
		// the same sympathy in other words: "hate to hear that", "sad to
		// hear about your bags", "not good to hear"
		"hate|sad|gutted|awful|terrible|horrible|upsetting to hear|read",
		"not good|nice|great to hear|read",
		"i hear you",
		// bad news told politely: "we can't give a date, I'm afraid"
		"i'm|we're afraid .|,|we|i|that|there|this|it|not|so",
		// Staff sharing the customer's dislike: "we hate delays as much
		// as you do".
		"as much as you|u",
		"i believe you",
		"sorry for the|any|your",
		"we apologize|apologise|apologies",
		"we're|are sorry",
		"we're|are so|truly|very sorry",
		"so sorry to",
		"we hear you",
		"feel free",
		"hope this|that helps",
		"i|we understand",
		"i|we know how",
		"happy|glad to help|assist",
		"let us know",
		// an agent taking it on together: "let's take a look", "let's get
		// this sorted" (not a customer's "let's see how long this takes")
		"let's|lets take|have a look",
		"let's|lets get this|that|it|you|your sorted|fixed|resolved|working|sorted|looked|back",
		"let's|lets figure|sort this|that|it out",
		"dm|message us",
		"send us",
		"reach out",
		"we'd|we would love|like|be",
		"thanks|thank for reaching|letting|contacting|your",
		"thank you for reaching|letting|contacting|your",
		"sounds frustrating|annoying|stressful",
		// A maintainer triaging a report: "this is a known issue", "thanks
		// for the report", "a fix is coming", "PRs welcome", "closing as
		// duplicate". Strong words about the bug in such a message
		// ("totally broken since the refactor") describe it calmly.
		"this|that|it is a known issue|bug|problem|limitation|regression",
		"it's|that's|thats|its a known issue|bug|problem|limitation|regression",
		"thanks|thank for the|your report|reporting",
		"thank you for the|your report|reporting",
		"fix|patch is in|coming|ready|merged|released|out",
		"pr|prs|patches welcome",
		"pull requests welcome",
		"i|we found the cause|culprit",
		"working on a fix|patch",
		"duplicate of",
		"closing as duplicate|dupe|fixed|resolved|stale|completed",
		// Wave 11 (gh): a tracker's closing note with its reason ("Closing
		// this since there has been no reply for 30 days. Happy to reopen
		// if you have more."): the silence is the reason, not a grievance.
		// (Only silence as the reason: "I'm closing this because this
		// tracker is not for support" can still carry the writer's anger.)
		"closing this|it since|as there|nobody|no",
		"closing since|as there|nobody|no",
		"closing this|it due to inactivity|no",
		"closing due to inactivity|no",
		"due to inactivity",
		"happy|glad to reopen|re-open",
		// Sympathy with someone else's bad luck: "oh no, how awful", "how
		// terrible for you" (not the writer's own "Lost my bags again. How
		// awful.").
		"how awful|terrible|horrible|dreadful|scary|sad|upsetting|frightening for",
		"oh|omg|gosh|goodness|wow|no|god|dear how awful|terrible|horrible|dreadful|scary|sad|upsetting|frightening",
		"oh|omg|gosh|goodness|wow|no|god|dear , how awful|terrible|horrible|dreadful|scary|sad|upsetting|frightening",
		"sorry you|you've|your",
		// Wave 11 (gh): sorry for what befell the reader ("Sorry the
		// projector died just before your talk, that's awful timing"), the
		// sincere apology LABELING.md keeps clean.
		"sorry the|that",
		// ...and a maintainer's own delay owned, to those it hit ("sorry
		// for being slow on this", "sorry to everyone waiting on a fix").
		"sorry for being late|delayed|slow|away|absent|quiet|unresponsive|silent",
		"sorry to those|everyone|everybody|anyone|all",
		"i|we totally|completely get|understand",
		"i|we get why|how",
		"why you're|youre",
		// (one slot each: "you're|you are" would split into three)
		"you're|youre annoyed|frustrated|angry|upset|fed|stressed|tired|sick|exhausted",
		"you must be annoyed|frustrated|angry|upset|fed|stressed|tired|sick|exhausted",
		"you must be so|really|very|pretty annoyed|frustrated|angry|upset|fed|stressed|tired|sick|exhausted|disappointed|gutted|worried",
		"you must be disappointed|gutted|worried",
		// an apology without "we" ("Apologies for your frustrations")
		"apologies|apologise|apologize|apologising|apologizing for",
		"it's|its|it can be frustrating|annoying|infuriating when",
		"the|a|our|this customer|user|caller|client|requester is|was|has|called|rang|keeps|says|said",
		"customers|users|callers|clients are|were|have|keep",
		"frustrated|angry|upset|annoyed|irate customers|users|callers|clients|people",
		"heads up",
		"has|have been notified|informed|alerted|escalated",
		"will be down|offline|unavailable|back|restored",
		"planned|scheduled maintenance|downtime|outage|work|works",
		"that's|thats|which is why",
		"i'll|we'll chase|update|escalate|follow|check|ping",
		"that sounds",
		"team is on|looking|working",
		"i'm|we're on it",
		"looking into it|this",
		"working on it|a fix",
	}},
	{cueResolved, []string{
		"it's|its|it|is|that's|thats working|back|fixed|sorted|resolved again|now",
		"works|working again|now",
		"works|working perfectly|fine|great|properly now|again",
		"fixed|sorted|solved it|that",
		"did the trick",
		"now it|everything works|loads|prints|connects|boots",
		"all good",
		"all fixed|sorted|solved|resolved|working",
		"it's|its|is back",
		"fixed|solved|sorted|resolved the|my|this|our|all",
		"that|this worked|helped !|.|,",
		"fix|patch|update works|worked|helped",
		"came|come through",
		"has|have|it arrived",
		"gone now",
		"problem|issue|issues|problems solved|fixed|resolved|sorted",
		"no more problems|issues|crashes|errors|trouble|drops",
		"been fine|solid|stable|great|good",
		// "FINALLY FIXED", "finally working again": relief, however loud
		"finally fixed|sorted|resolved|solved|working|works|back|arrived|here",
	}},
	{cueQuery, []string{
		"any idea|ideas|suggestions|tips|thoughts|advice",
		"i was wondering",
		"wondering if",
	}},
}

// cueKind groups the support cues.
type cueKind uint8

const (
	cueWaiting cueKind = iota + 1
	cueSarcasm
	cuePleading
	cueImpatience
	cueCalm
	cueStaff
	cueQuery
	cueWhy
	cueExasperation
	cueDemand
	cueRegression
	cueFeeling
	cueOutage
	cueLeaving
	cueIgnored
	cueMoney
	cueRepeatFailure
	cueRhetorical
	cueResolved
	cueQuit
	// cueIronic is praise ("great job", "cheers for that"), read as
	// sarcasm only in a message that also names a grievance.
	cueIronic
	// cueComplaintTag is a hashtag that passes a verdict ("#fail",
	// "#badservice", "#neveragain"), customers' way of signing a complaint.
	cueComplaintTag
	// cueServiceVerdict is a clause that rates the service itself
	// badly: "the network is very poor", "bad customer service", "your
	// airline is doing rather poor".
	cueServiceVerdict
	// cueShouted is one everyday English word typed in capitals among
	// lower-case ones ("waiting for SOMEONE", "and NO bags"): a shout,
	// where an acronym ("the VPN", "BIOS") or a label ("the SAVE button")
	// is not one.
	cueShouted
	// cueTreatment is a verdict on how the company treats its customers
	// ("putting your customers last", "taking advantage of customers"):
	// like sarcasm, it turns the praise around it ("is that fun?", "great
	// service") into its opposite.
	cueTreatment
	nCueKinds
)

// cuePattern is one compiled cue: slots of alternative words.
type cuePattern struct {
	kind  cueKind
	slots [][]string
	// next holds the words of the second slot, so that a cue whose second
	// word is not the next token (most cues of a common first word) fails
	// on a bit test; nextAny is set when that slot can be a number ("#").
	next    hashMask
	nextAny bool
}

// newCuePattern compiles the slots of one cue.
func newCuePattern(kind cueKind, slots [][]string) cuePattern {
	cp := cuePattern{kind: kind, slots: slots}
	if len(slots) > 1 {
		for _, alt := range slots[1] {
			if alt == "#" {
				cp.nextAny = true
			}
			cp.next.add(alt)
		}
	}
	return cp
}

// numberWords are what "#" matches besides a number token.
var numberWords = wordSet(`a an one two three four five six seven eight nine ten eleven twelve
	fifteen twenty thirty few couple several many multiple 24 48`)

// cueIndex maps a first word (or "#") to the cues that start with it.
var cueIndex = sync.OnceValue(func() map[string][]cuePattern {
	idx := map[string][]cuePattern{}
	for _, group := range cueSource {
		for _, p := range group.patterns {
			// Contractions also match spelled out, as in rules.
			for _, fields := range spelledVariants(strings.Fields(p)) {
				var slots [][]string
				for _, s := range fields {
					slots = append(slots, strings.Split(s, "|"))
				}
				cp := newCuePattern(group.kind, slots)
				for _, first := range slots[0] {
					idx[first] = append(idx[first], cp)
				}
			}
		}
	}
	return idx
})

// matchCue returns the kind and length in tokens of the first of cues
// that matches from token i, or 0 tokens.
func matchCue(toks []token, i int, cues []cuePattern) (cueKind, int) {
	for k := range cues {
		if n := cues[k].matchAt(toks, i); n > 0 {
			return cues[k].kind, n
		}
	}
	return 0, 0
}

// matchAt reports how many tokens p matches from i, or 0.
func (p *cuePattern) matchAt(toks []token, i int) int {
	if len(p.slots) > 1 && !p.nextAny {
		k := skipMentions(toks, i+1)
		if k >= len(toks) || !p.next.mayHold(&toks[k]) {
			return 0
		}
	}
	j := i
	for n, slot := range p.slots {
		if n > 0 {
			// A handle inside a cue ("Thanks @Airline for nothing")
			// is who it is said to, not a word of it.
			j = skipMentions(toks, j)
		}
		if j >= len(toks) {
			return 0
		}
		t := &toks[j]
		ok := false
		for _, alt := range slot {
			if alt == "#" && isCueNumber(t) || t.norm == alt {
				ok = true
				break
			}
		}
		if !ok {
			return 0
		}
		j++
	}
	return j - i
}

// skipMentions returns the index of the first token from j on that is not
// an @handle or a Slack mention.
func skipMentions(toks []token, j int) int {
	for j < len(toks) && mention(&toks[j]) {
		j++
	}
	return j
}

// isCueNumber reports whether t is a number in digits or words.
func isCueNumber(t *token) bool {
	if t.kind == tokNumber {
		return true
	}
	if t.kind != tokWord {
		return false
	}
	if _, ok := numberWords[t.norm]; ok {
		return true
	}
	for k := 0; k < len(t.norm); k++ {
		if c := t.norm[k]; c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// complaintTagParts are the pieces of a hashtag that pass a verdict on the
// service: "#fail", "#epicfail", "#badservice", "#unhappycustomer",
// "#neveragain". ("#happycustomer" holds none of them.)
var complaintTagParts = []string{"fail", "worst", "badservice", "poorservice", "terribleservice", "nothappy", "unhappy",
	"neveragain", "disappoint", "annoy", "ripoff", "shameon", "sucks", "joke", "notimpressed", "frustrat",
	"angry", "awful", "horrible", "rude", "hate", "useless", "incompetent", "fuming", "getittogether", "lostmybusiness", "fakesincerity",
	"howhard", "dobetter", "nomore", "dontbuy", "dontupdate", "boycott",
	"inconvenien", "badcustomer", "notcool", "notcomingback", "nevercomingback", "nevergoingback",
	// "#wastedtime", "#yousuck", "#PatheticCX", "#stranded", "#scam"
	"wasted", "wasteof", "wasting", "suck", "pathetic", "terrible", "stranded", "disgrace", "ridiculous", "unacceptable", "scam", "fraud", "poorcustomer",
	// sarcasm announced: "#sarcasm", "#sarcastic"
	"sarcas",
	// a threat to leave signed as a tag: "#notforlong", "#timetoswitch"
	"notforlong", "timetoswitch",
	// the failure signed as habitual: "#everytime", "#asusual"
	"everytime", "asusual", "yetagain"}

// ironicTags are whole hashtags that turn the tweet's words upside down:
// "left the parcel in the rain #smart", "great service as always #not".
// Whole words only: "#smarthome" and "#notebook" say nothing.
var ironicTags = map[string]bool{"not": true, "smart": true, "thanksfornothing": true}

// ironicTagAt reports whether the hashtag whose word is at i is one of
// ironicTags signing off the tweet: nothing but marks, links, handles,
// more tags or a signature ("^JS", "*AD") after it ("#not sure" is a word
// typed with a #).
func ironicTagAt(toks []token, i int) bool {
	if !ironicTags[toks[i].norm] {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].kind != tokWord {
			continue
		}
		switch toks[k-1].norm {
		case "#", "^", "*", "-", "/":
			continue
		}
		return false
	}
	return true
}

// isComplaintTag reports whether the word of a hashtag passes a verdict.
func isComplaintTag(word string) bool {
	for _, p := range complaintTagParts {
		if strings.Contains(word, p) {
			return true
		}
	}
	return false
}
