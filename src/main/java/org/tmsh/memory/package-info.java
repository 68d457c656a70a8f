/**
 * The translation memory behind one interface, {@link org.tmsh.memory.TranslationMemory}: embedded
 * ({@code memory.lucene}) or a team's SolrCloud collection ({@code memory.solr}). {@link
 * org.tmsh.memory.TmLibrary} opens the right one from the TM's registration; the pieces every
 * implementation shares are here: the unit keys ({@link org.tmsh.memory.UnitKeys}), exact rescoring
 * ({@link org.tmsh.memory.Rescorer}) and the concordance check ({@link org.tmsh.memory.Concordance}).
 */
package org.tmsh.memory;
