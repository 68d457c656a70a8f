/**
 * The application layer: jobs the shell calls, each one use case over the memory, the glossary and
 * the documents. Start with {@link org.tmsh.jobs.AnalyzeJob}, {@link org.tmsh.jobs.PretranslateJob}
 * and {@link org.tmsh.jobs.MergeJob}: a new document analysed, pre-translated to XLIFF, merged back.
 */
package org.tmsh.jobs;
