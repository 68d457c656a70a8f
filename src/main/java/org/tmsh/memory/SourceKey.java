package org.tmsh.memory;

import java.nio.charset.StandardCharsets;

import org.apache.commons.codec.digest.MurmurHash3;

import org.tmsh.formats.tmx.TmxUnit;

/**
 * "The same source": what makes two units translations of one sentence, so that a second target for
 * it is a conflict ({@code tm import --on-conflict}, {@code tm duplicates}, {@code tm dedup}). Two
 * units have the same source key in a language pair when their source texts are equal and, where a
 * unit knows its context ({@code x-context-pre}/{@code x-context-post}, {@link UnitMeta}), their
 * contexts are equal too (white space aside): one sentence in two different places of documents is
 * two sources, each with its own right translation.
 *
 * <p>NOTE: the key is a 64-bit hash (held for every unit of a large TM); two different sources that
 * share it are told apart by {@link #same} before anything is changed.
 */
public record SourceKey(String source, String contextPre, String contextPost) {

    /** The unit's source key in {@code srcLang} (a range), or null if it has no text there or none in {@code tgtLang}. */
    public static SourceKey of(TmxUnit u, String srcLang, String tgtLang) {
        String s = u.text(srcLang);
        String t = u.text(tgtLang);
        if (s == null || t == null || s.isBlank() || t.isBlank()) {
            return null;
        }
        UnitMeta m = UnitMeta.of(u);
        String pre = m.contextPre();
        String post = m.contextPost();
        return new SourceKey(s, pre == null ? null : UnitMeta.normal(pre), post == null ? null : UnitMeta.normal(post));
    }

    /** The key's 64-bit hash. */
    public long hash() {
        byte[] b = (source + '\u0000' + (contextPre == null ? "\u0001" : contextPre) + '\u0000'
                + (contextPost == null ? "\u0001" : contextPost)).getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash128x64(b, 0, b.length, 0x736b6579)[0];
    }

    /** True if the two keys are one source (the hash may collide, this never). */
    public boolean same(SourceKey other) {
        return equals(other);
    }
}
