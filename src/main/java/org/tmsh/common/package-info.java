/**
 * What every capability shares: the user-facing error type and language-code checks, and the two
 * pieces behind "lose nothing": {@link org.tmsh.common.AtomicFiles} (every output file: checked, written
 * beside its target, moved into place) and {@link org.tmsh.common.TextFiles} with
 * {@link org.tmsh.common.StrictDecoder} (every text input: one byte-order-mark rule, strict decoding);
 * and {@link org.tmsh.common.Words}, the one word splitting that matching, look-up, names, discovery
 * and the aligner's anchors build on.
 */
package org.tmsh.common;
