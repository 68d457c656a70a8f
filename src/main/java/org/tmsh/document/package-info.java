/**
 * Reading documents: {@link org.tmsh.document.DocumentReader} turns a text, HTML, DOCX or XLIFF
 * file into paragraphs of plain text through Okapi filters, after checking its bytes and, with
 * {@link org.tmsh.document.InputLimits}, its size, a DOCX's inflated size and entries, and its depth.
 */
package org.tmsh.document;
