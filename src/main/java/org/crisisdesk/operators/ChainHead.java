package org.crisisdesk.operators;

/** The last entry of the audit chain: printed on reports so a copy outside the database can prove later edits. */
public record ChainHead(long seq, String hash) {
    /** A short form for printing, e.g. {@code #42 · 3fa2c1d09b7e4a55}. */
    public String shortForm() {
        return "#" + seq + " · " + hash.substring(0, Math.min(16, hash.length()));
    }
}
