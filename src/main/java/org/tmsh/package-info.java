/**
 * tmsh. Packages by capability: {@code document} (reading files), {@code segment} (SRX),
 * {@code align} (the aligner), {@code names} (spelling keys), {@code formats} (TMX, TBX, OmegaT, CSV, HTML),
 * {@code memory} (the TM), {@code terms} (glossaries), {@code qa} (checks), {@code match} (fuzzy scoring),
 * {@code jobs} (what a command asks for: align, QA, concordance), {@code shell} (commands over the jobs),
 * {@code common}. Start with {@link org.tmsh.align.DocumentAligner}.
 */
package org.tmsh;
