/**
 * Bilingual files that are not TMX or XLIFF, read into segment pairs for a memory: gettext PO
 * ({@link org.tmsh.formats.bilingual.PoReader}) and CSV with a header naming the languages
 * ({@link org.tmsh.formats.bilingual.CsvPairsReader}). They give the same content as
 * {@link org.tmsh.formats.xliff.XliffReader}, so one import job serves them all.
 */
package org.tmsh.formats.bilingual;
