/**
 * Sentence segmentation: {@link org.tmsh.segment.SrxSegmenter} runs the SRX rules in
 * {@code src/main/resources/tmsh/segmenting/tmsh.srx}; their examples are in {@code tmsh.srx.examples}.
 */
package org.tmsh.segment;
