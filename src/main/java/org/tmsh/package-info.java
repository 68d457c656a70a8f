/**
 * tmsh. Packages by capability: {@code document} (reading files), {@code segment} (SRX),
 * {@code align} (the aligner), {@code names} (spelling keys), {@code formats} (TMX, TBX, OmegaT, CSV, HTML),
 * {@code shell} (commands). Start with {@link org.tmsh.align.DocumentAligner}.
 */
package org.tmsh;
