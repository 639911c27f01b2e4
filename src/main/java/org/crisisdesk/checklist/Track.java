package org.crisisdesk.checklist;

/** The two tracks of the problem-solving window (DOMAIN.md). */
public enum Track {
    /** 顾客端 (营运): ease the conflict, solve the problem, guide the customer to withdraw (引导撤诉). */
    CUSTOMER,
    /** 媒体端 (企划): explain reasonably, reduce the impact, positive coverage (正面传播). */
    MEDIA
}
