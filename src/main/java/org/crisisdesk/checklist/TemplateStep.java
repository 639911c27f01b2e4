package org.crisisdesk.checklist;

import java.util.List;

/** A step of a checklist template, as a supervisor edits it. {@code version} is {@link #NEW} for a new step. */
public record TemplateStep(String templateCode, int stepNo, String key, String title, String leadDepartments,
        String supportDepartments, String guidance, List<String> recordFields, DeadlineRule rule,
        String offersStatus, int version) {
    public static final int NEW = -1;

    public TemplateStep {
        recordFields = List.copyOf(recordFields);
    }
}
