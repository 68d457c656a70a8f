/**
 * Sentence alignment. Start at {@link org.tmsh.align.Aligner}: a dynamic programme over bead
 * shapes whose cost is the sum of small {@code BeadCost} components ({@code LengthCost},
 * {@code AnchorCost}, {@code PriorCost}); {@link org.tmsh.align.Boilerplate} flags page furniture
 * from {@code tmsh/aligning/boilerplate.txt}; {@link org.tmsh.align.Anchors} extracts numbers,
 * names and cognates.
 */
package org.tmsh.align;
