package org.crisisdesk.cases;

/** The medium of an outlet: print (平媒), web (网媒), TV, radio, self-media (博客/微博/微信/论坛). */
public enum Medium {
    PRINT, WEB, TV, RADIO, SELF_MEDIA
}
