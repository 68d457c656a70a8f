# The CDS training run's QA profile: every check on, every finding a warning, so that qa exits 0 and the
# script goes on (qa exits 1 when it finds errors, and the seeds have some).
check	terms	on	warning
check	numbers	on	warning
check	codes	on	warning
check	untranslated	on	warning
check	consistency	on	warning
check	punctuation	on	warning
check	spacing	on	warning
check	repeated-words	on	warning
check	fixed-tokens	on	warning
check	acronyms	on	warning
check	length	on	warning
