/**
 * Quality assurance of bilingual files: the checks a reviewer runs before a translation goes back.
 *
 * <p>Start reading at {@link org.tmsh.qa.Check} (one check: an id, a severity, findings per segment and
 * per group of segments) and {@link org.tmsh.qa.QaEngine} (runs the enabled checks, applies the profile's
 * severities, groups the findings). {@link org.tmsh.qa.CheckCatalog} names the checks of
 * {@link org.tmsh.qa.check}; {@link org.tmsh.qa.Profile} reads which run and how (data with examples);
 * {@link org.tmsh.qa.Suppressions} keeps the findings a reviewer accepted; {@link org.tmsh.qa.BilingualFiles}
 * turns XLIFF, TMX and PO into {@link org.tmsh.qa.QaSegment}s. Language knowledge is in
 * {@code src/main/resources/tmsh/qa/} ({@link org.tmsh.qa.LanguageRules}); numbers and dates by value are
 * {@code org.tmsh.numbers}'s. The job that ties them to files and outputs is {@code org.tmsh.jobs.QaJob}.
 */
package org.tmsh.qa;
