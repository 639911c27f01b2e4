package org.crisisdesk.settings;

/** A store (商场/门店); its code prefixes case numbers, e.g. SH01-2026-0001. */
public record Store(String code, String name, String region, boolean active, int sortOrder, int version) {
}
