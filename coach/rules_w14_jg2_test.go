package coach

// Wave 14, helper "jg2": jargon recall in Linux help (IRC channels and
// forums) on the wave-13 study set, after wave 14's first pass.
//
// Recall, detector: a package named with its category, as a source
// distribution's package tree writes it ("net-im/tox",
// "sys-kernel/gentoo-sources", "dev-libs/openssl-3.0"): one slash between a
// listed category and a lower-case name. Words joined by a slash
// ("non-admin/restricted", "check-in/check-out") and a category before a
// capitalised name stay clean.

func init() {
	addRuleCases("jargon.unknown-term",
		[]string{
			"I went with sys-kernel/gentoo-kernel-bin in the end.",
			"Try unmasking media-libs/mesa and rebuild.",
			"Is net-wireless/iwd in your world file?",
			"Emerge dev-python/pip before the rest.",
		},
		[]string{
			"It boots into a non-admin/restricted user by default.",
			"Self check-in/check-out is at the front desk.",
			"Our dev-team/partners page has the list.",
			"See the sys-admin/Helpdesk rota.",
		})
}
