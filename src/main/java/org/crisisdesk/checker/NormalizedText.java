package org.crisisdesk.checker;

/**
 * A text after normalisation: one entry per kept character, each remembering where it came from in
 * the original (UTF-16 offsets, end exclusive, covering collapsed repeats) and which sentence it is in.
 */
final class NormalizedText {
    final int[] codePoints;
    final int[] start;
    final int[] end;
    final int[] sentence;
    final int length;

    NormalizedText(int[] codePoints, int[] start, int[] end, int[] sentence, int length) {
        this.codePoints = codePoints;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.length = length;
    }

    /** The normalised characters as a string, for tests and diagnostics. */
    String text() {
        return new String(codePoints, 0, length);
    }
}
