package org.tmsh.formats.tmx;

import java.util.List;

/** Translation units read one at a time from a file (TMX, or tab-separated bilingual text). */
public interface UnitSource extends AutoCloseable {

    /** The next valid unit, or null at the end. */
    TmxUnit next();

    /** Bytes of the file read so far (for progress). */
    long bytesRead();

    /** Up to the first 100 skipped units, with line and reason. */
    List<TmxReader.Invalid> invalid();

    int invalidCount();

    /** The source language the file declares, or null. */
    String sourceLang();

    @Override
    void close();
}
