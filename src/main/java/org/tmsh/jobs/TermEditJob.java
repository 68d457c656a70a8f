package org.tmsh.jobs;

import java.util.List;
import java.util.function.Function;

import org.tmsh.common.TmshException;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.GlossaryEdits;
import org.tmsh.terms.GlossaryStore;

/**
 * The translator's edits of a glossary ({@code term delete}, {@code term edit}, {@code term merge},
 * {@code term split}): finds the concept meant ({@link ConceptRefs}: {@code glossary:id}, an id or a
 * spelling; several matches are an error naming each), then makes the change of {@link GlossaryEdits}
 * inside {@link GlossaryStore#update}, so it is read, changed and written atomically under the
 * glossary's lock like every other write. The concept is looked up again under the lock: a concept
 * deleted meanwhile by another command is reported, not recreated.
 */
public final class TermEditJob {

    /** What was done, in which glossary. */
    public record Done(String glossary, String done) {
    }

    private final Glossaries glossaries;
    private final ConceptRefs refs;
    private final String command;

    /** {@code command}: the command's name, that begins each error line. */
    public TermEditJob(Glossaries glossaries, String command) {
        this.glossaries = glossaries;
        this.refs = new ConceptRefs(glossaries);
        this.command = command;
    }

    /** The concept a reference names (for a question before a change, such as "delete concept ...?"). */
    public ConceptRefs.Found concept(String ref, String glossary) {
        return refs.one(ref, glossary, command);
    }

    /**
     * The concept that has spelling {@code form} (in {@code lang} if given): the one {@code conceptRef} names,
     * else the only one of all glossaries (or of {@code glossary}) that has it.
     */
    public ConceptRefs.Found holding(String form, String lang, String conceptRef, String glossary) {
        if (conceptRef != null) {
            return refs.one(conceptRef, glossary, command);
        }
        List<ConceptRefs.Found> found = refs.withSpelling(form, lang, glossary);
        if (found.isEmpty()) {
            throw new TmshException(command + ": no concept has the spelling '" + form.strip() + "'" + (lang == null ? ""
                    : " in " + lang) + (glossary == null ? "" : " in glossary '" + glossary + "'"));
        }
        if (found.size() > 1) {
            throw new TmshException(ConceptRefs.ambiguous(form, found, command).getMessage() + " with --concept");
        }
        return found.get(0);
    }

    public Done deleteConcept(ConceptRefs.Found c) {
        return change(c, g -> GlossaryEdits.deleteConcept(g, c.concept().id()));
    }

    public Done deleteSpelling(ConceptRefs.Found c, String form, String lang) {
        return change(c, g -> GlossaryEdits.deleteSpelling(g, c.concept().id(), form, lang));
    }

    public Done editSpelling(ConceptRefs.Found c, String form, String lang, GlossaryEdits.SpellingEdit edit) {
        return change(c, g -> GlossaryEdits.editSpelling(g, c.concept().id(), form, lang, edit));
    }

    public Done editNote(ConceptRefs.Found c, String note) {
        return change(c, g -> GlossaryEdits.editNote(g, c.concept().id(), note));
    }

    /** Concept {@code from} merged into {@code into}; both must be in one glossary. */
    public Done merge(String into, String from, String glossary) {
        ConceptRefs.Found a = refs.one(into, glossary, command);
        // a bare id or spelling of the second means one of the first's glossary; a qualified one says its own
        ConceptRefs.Found b = refs.one(from, from.contains(":") ? glossary : a.glossary(), command);
        if (!a.glossary().equals(b.glossary())) {
            throw new TmshException(command + ": " + a.qualified() + " and " + b.qualified() + " are in two glossaries;"
                    + " a merge joins concepts of one glossary");
        }
        return change(a, g -> GlossaryEdits.merge(g, a.concept().id(), b.concept().id()));
    }

    public Done split(String ref, List<String> forms, String lang, String glossary) {
        ConceptRefs.Found c = refs.one(ref, glossary, command);
        return change(c, g -> GlossaryEdits.split(g, c.concept().id(), forms, lang));
    }

    private Done change(ConceptRefs.Found c, Function<Glossary, GlossaryEdits.Change> edit) {
        return glossaries.store().update(c.glossary(), g -> {
            GlossaryEdits.Change ch;
            try {
                ch = edit.apply(g);
            } catch (TmshException e) {
                throw new TmshException(command + ": " + e.getMessage(), e);
            }
            return new GlossaryStore.Edited<>(ch.glossary(), new Done(c.glossary(), ch.done()));
        });
    }
}
