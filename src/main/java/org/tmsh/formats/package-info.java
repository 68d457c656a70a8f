/**
 * File formats in one home: {@code tmx} (TMX 1.4 streaming reader and writer, tab-separated
 * bilingual text), {@code glossary} (TBX-Basic v3, TBX 2008, OmegaT and CSV glossaries),
 * {@code html} (offline HTML reports). Each reader names the file and line of any error.
 */
package org.tmsh.formats;
