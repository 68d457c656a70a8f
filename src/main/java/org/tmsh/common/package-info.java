/**
 * What every capability shares: the user-facing error type and language-code checks, and the two
 * pieces behind "lose nothing": {@link org.tmsh.common.AtomicFiles} (every output file: checked, written
 * beside its target, moved into place) and {@link org.tmsh.common.TextFiles} with
 * {@link org.tmsh.common.StrictDecoder} (every text input: one byte-order-mark rule, strict decoding).
 */
package org.tmsh.common;
