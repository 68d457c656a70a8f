/**
 * The QA checks, one class each over {@link org.tmsh.qa.Check} (those that compare a target with its
 * source over {@link org.tmsh.qa.TargetCheck}, which holds their id and severity): terminology, numbers and dates,
 * inline codes, untranslated targets, consistency, punctuation, spacing, repeated words, fixed
 * tokens (URLs, e-mail addresses, hashtags, handles), acronyms, length, and a profile's own
 * regular expressions. {@link org.tmsh.qa.CheckCatalog} names them; start reading at
 * {@link org.tmsh.qa.check.CodesCheck}, the simplest with several kinds of finding.
 */
package org.tmsh.qa.check;
