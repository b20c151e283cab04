"""Record linkage: is a typed person one already registered?

A small package a newcomer can read in one sitting, in the order the work is done:
`names` (transliteration, folded spellings, keys), `blocking` (the index tokens and the
queries that find candidates several ways), `compare` (agreement levels, field by field),
`model` (Fellegi-Sunter weights from `weights.json`, the score), `explain` (reasons in English
and Hindi), and `fit` (estimating the weights from labelled pairs).
"""
