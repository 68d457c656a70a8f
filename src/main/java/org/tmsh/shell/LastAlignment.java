package org.tmsh.shell;


import org.tmsh.align.DocumentAligner;

/** The last alignment of this shell session, for {@code review}. */
public class LastAlignment {

    private DocumentAligner.Result result;

    public synchronized void set(DocumentAligner.Result r) {
        result = r;
    }

    public synchronized DocumentAligner.Result get() {
        return result;
    }
}
