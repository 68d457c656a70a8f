/**
 * The embedded translation memory: one Lucene index per TM under {@code $TMSH_HOME/tm/NAME}.
 * Start at {@link org.tmsh.memory.lucene.LuceneMemory}; the jobs live beside it: writing
 * ({@code LuceneImport}, {@code ImportPipeline}; each batch of units inverted in memory and written
 * as one segment: {@code MemorySegment}, {@code MemorySegmentReader}), duplicate detection ({@code Duplicates}), look-up
 * ({@code FuzzySearch}), concordance ({@code LuceneConcordance}), the units in import order
 * ({@code LuceneUnits}) and the index layout ({@code TmSchema}).
 */
package org.tmsh.memory.lucene;
