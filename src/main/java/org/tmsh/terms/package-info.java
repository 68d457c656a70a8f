/**
 * Glossaries of names, concept-oriented as in TBX: a concept holds terms in several languages and
 * scripts, each with a status (preferred, admitted, deprecated), the romanization system it
 * follows, a note and where it was seen. TBX-Basic files are the source of truth.
 * {@link org.tmsh.terms.TermLookup} finds a glossary's names in running text (with the endings of
 * {@link org.tmsh.terms.Inflections}, or a family name alone); {@link org.tmsh.terms.Discovery}
 * proposes spelling variants, keeping to names ({@link org.tmsh.terms.CommonWords}) and to documents
 * of one language ({@link org.tmsh.terms.LanguageGuess}).
 */
package org.tmsh.terms;
