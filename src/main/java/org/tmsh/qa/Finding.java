package org.tmsh.qa;

/** One QA finding: what kind, how bad, where (unit or documents), the offending text and a suggestion. */
public record Finding(String kind, Severity severity, String where, String text, String message, String suggestion) {

    /** How much a finding matters. */
    public enum Severity { ERROR, WARNING, INFO }
}
