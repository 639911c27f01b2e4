package org.crisisdesk.checklist;

import java.util.List;

/** A checklist template (MEDIA or GENERAL) with its steps in order. */
public record Template(String code, String nameZh, String nameEn, List<TemplateStep> steps) {
    public Template {
        steps = List.copyOf(steps);
    }
}
