package org.crisisdesk.ui.scripts;

/** A case the preview can fill placeholders from; {@code label} is what the chooser shows (e.g. number and title). */
public record CaseChoice(long caseId, String label) {
    @Override
    public String toString() {
        return label;
    }
}
