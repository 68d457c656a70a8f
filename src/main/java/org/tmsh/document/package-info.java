/**
 * Reading documents: {@link org.tmsh.document.DocumentReader} turns a text, HTML, DOCX or XLIFF
 * file into paragraphs of plain text through Okapi filters, after checking its bytes and, with
 * {@link org.tmsh.document.InputLimits}, its size, a DOCX's inflated size and entries, and its depth.
 * The same paragraphs with their inline codes are {@link org.tmsh.document.CodedText}s (cut into
 * the aligner's sentences for TMX units); {@link org.tmsh.document.DocumentSegments} reads and
 * writes back a document's sentences with codes for pre-translation and merge, and
 * {@link org.tmsh.document.InlineText} converts between Okapi's codes and tmsh's markers.
 */
package org.tmsh.document;
