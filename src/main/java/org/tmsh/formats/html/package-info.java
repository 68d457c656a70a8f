/**
 * Offline HTML reports of alignments and QA findings (no scripts, no external resources).
 */
package org.tmsh.formats.html;
