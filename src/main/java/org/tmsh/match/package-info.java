/**
 * Fuzzy matching as translators know it: segments are cut into tokens (words, numbers,
 * placeholders, inline tags, punctuation) and compared by a word-level edit distance with small
 * explicit penalties, so that a score means the same in every part of tmsh.
 */
package org.tmsh.match;
