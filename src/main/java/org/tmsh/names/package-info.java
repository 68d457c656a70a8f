/**
 * Names across transliterations: {@link org.tmsh.names.SpellingKey} maps spellings of one name
 * (Lawrow, Lavrov) to one key, from the rules in {@code tmsh/names/spelling-key.txt}.
 */
package org.tmsh.names;
