package org.crisisdesk.settings;

import java.util.Arrays;
import java.util.List;

/** A reporting route (上报通道): level 1 is regional (区域), level 2 group (集团); higher wins. */
public record EscalationRoute(String code, String nameZh, String nameEn, int level, String departments, int version) {
    public List<String> departmentList() {
        return Arrays.stream(departments.split("[、,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
