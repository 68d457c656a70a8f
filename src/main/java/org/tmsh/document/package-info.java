/**
 * Reading documents: {@link org.tmsh.document.DocumentReader} turns a text, HTML, DOCX or XLIFF
 * file into paragraphs of plain text through Okapi filters, after checking its bytes.
 */
package org.tmsh.document;
