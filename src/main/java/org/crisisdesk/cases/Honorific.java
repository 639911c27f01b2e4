package org.crisisdesk.cases;

/** How to address the customer: 先生, 女士, or unknown (then "您"). */
public enum Honorific {
    MR, MS, UNKNOWN
}
