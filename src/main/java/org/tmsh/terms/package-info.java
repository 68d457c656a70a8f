/**
 * Glossaries of names, concept-oriented as in TBX: a concept holds terms in several languages and
 * scripts, each with a status (preferred, admitted, deprecated), the romanization system it
 * follows, a note and where it was seen. TBX-Basic files are the source of truth.
 */
package org.tmsh.terms;
