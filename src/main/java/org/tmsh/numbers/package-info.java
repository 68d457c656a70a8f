/**
 * Numbers and dates by value across languages: "1.500" (German) is "1,500" (English), "3,5" is
 * "3.5", "2. November" is "November 2" is "2 November", and "2.11.2024" is "11/2/2024" only where
 * the language writes dates month first. Start with {@link org.tmsh.numbers.Values} (read the values
 * of a segment in a language) and {@link org.tmsh.numbers.ValueDiff} (compare a source's values with
 * a target's: missing, extra, changed).
 *
 * <p>Locale knowledge comes from ICU4J (month names, decimal and grouping separators, the numeric
 * short date form) and from the data files under {@code tmsh/numbers/} (date forms in running
 * text, extra month spellings, ordinal marks and per-cent words), each with examples that
 * {@code ValuesExamplesTest} runs.
 */
package org.tmsh.numbers;
