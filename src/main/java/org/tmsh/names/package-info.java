/**
 * Names across transliterations. Start with {@link org.tmsh.names.NameMatcher} (are two spellings one
 * name, and why); it builds on {@link org.tmsh.names.SpellingKey} (spelling keys from
 * {@code tmsh/names/spelling-key.txt}), {@link org.tmsh.names.KeyDifference} (how two keys differ,
 * letter by letter) with {@link org.tmsh.names.Alternations} ({@code alternations.txt}), and
 * {@link org.tmsh.names.Romanizer}, the registry of {@link org.tmsh.names.Romanization}s read from
 * {@code tmsh/names/romanization/index.txt}.
 */
package org.tmsh.names;
