/**
 * The translation memory: one Lucene index per TM under {@code $TMSH_HOME/tm/NAME}, streaming
 * TMX import and export, fuzzy look-up (candidates from the index, rescored exactly by
 * {@link org.tmsh.match.FuzzyScorer}) and concordance search.
 */
package org.tmsh.memory;
