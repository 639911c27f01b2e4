package org.crisisdesk.cases;

/** Kinds of outlet (媒体分类): 新闻类, 民生类, 财经类. */
public enum MediaKind {
    NEWS, LIVELIHOOD, FINANCIAL
}
