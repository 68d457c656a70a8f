/**
 * Bilingual files that are not TMX or XLIFF, read into segment pairs for a memory: gettext PO
 * ({@link org.tmsh.formats.bilingual.PoReader}), CSV with a header naming the languages
 * ({@link org.tmsh.formats.bilingual.CsvPairsReader}), an Excel sheet
 * ({@link org.tmsh.formats.bilingual.SpreadsheetPairsReader}), Trados 2007's TTX
 * ({@link org.tmsh.formats.bilingual.TtxReader}) and Wordfast Pro's TXML
 * ({@link org.tmsh.formats.bilingual.TxmlReader}). They give the same content as
 * {@link org.tmsh.formats.xliff.XliffReader}, so one import job serves them all, and QA reads the
 * same entries as the translator returned them.
 */
package org.tmsh.formats.bilingual;
