package org.crisisdesk.reports;

/** How serious a case is, for the colour of its badge; the label itself comes with the data. */
public enum SeverityLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
