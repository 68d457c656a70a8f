package org.tmsh.common;

/** Receives progress of a long operation (alignment, import, QA); {@link #NONE} ignores it. */
public interface Progress {

    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
