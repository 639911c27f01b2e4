package org.crisisdesk.settings;

/** A person to call in a department on an escalation route. */
public record DirectoryContact(long id, String department, String name, String title, String phone, String note,
                               int version) {
}
