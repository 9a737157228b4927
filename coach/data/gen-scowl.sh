#!/bin/sh
# Regenerates scowl-common.txt, the lower-cased words of SCOWL up to size
# level $1 (default 60), the level the jargon detector was measured with,
# and scowl-abbreviations.txt, SCOWL's abbreviations in capitals up to the
# same size (acronyms general readers meet: TV, ICU, BBC, NATO).
# Needs the Debian package "scowl" (apt-get download scowl; dpkg-deb -x).
# Licence: scowl-LICENSE.txt beside this file (MIT-like, SCOWL's own terms).
set -eu
L=${1:-60}
D=${SCOWL_DIR:-/usr/share/dict/scowl}
files=""
for l in 10 20 35 40 50 55 60 70 80 95; do
	[ "$l" -le "$L" ] || continue
	for p in english-words american-words british-words british_z-words english-contractions \
		english-upper english-proper-names american-upper american-proper-names \
		british-upper british-proper-names british_z-upper; do
		[ -f "$D/$p.$l" ] && files="$files $D/$p.$l"
	done
done
# The everyday abbreviations (TV, PIN, ATM, CEO, ASAP) of the smallest sizes.
for l in 10 20 35 40; do files="$files $D/english-abbreviations.$l"; done
# shellcheck disable=SC2086
cat $files | iconv -f utf-8 -t ascii//TRANSLIT 2>/dev/null | grep -v "'s\$" |
	tr 'A-Z' 'a-z' | grep -v '?' | LC_ALL=C sort -u >"$(dirname "$0")/scowl-common.txt"
for l in 10 20 35 40 50 55 60 70 80 95; do
	[ "$l" -le "$L" ] && [ -f "$D/english-abbreviations.$l" ] && cat "$D/english-abbreviations.$l"
done | grep -v "'s\$" | grep -E '^[A-Z][A-Z0-9]+s?$' | LC_ALL=C sort -u >"$(dirname "$0")/scowl-abbreviations.txt"
