package org.crisisdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ReportMaskingTest {
    private final ReportMasking m = new ReportMasking();

    @Test
    void namesKeepTheFirstCharacter() {
        assertEquals("张**", m.maskName("张丽华"));
        assertEquals("张*", m.maskName("张三"));
        assertEquals("欧***", m.maskName("欧阳娜娜"));
        assertEquals("张*", m.maskName("张"));
        assertEquals("J*** *****", m.maskName("John Smith"));
        assertEquals(null, m.maskName(null));
    }

    @Test
    void phonesKeepPrefixOrAreaCodeAndLastFour() {
        assertEquals("138****5678", m.maskPhone("13812345678"));
        assertEquals("+86 138****5678", m.maskPhone("+86 138 1234 5678"));
        assertEquals("010-****5678", m.maskPhone("010-12345678"));
        assertEquals("0755-***4567", m.maskPhone("0755-1234567"));
        assertEquals("****5678", m.maskPhone("12345678"));
    }

    @Test
    void idAndPhoneNumbersInFreeText() {
        String text = "顾客身份证110101199003071234,手机13812345678,座机0571-87654321,订单号20240514123456。";
        String masked = m.maskText(text);
        assertEquals("顾客身份证110***********1234,手机138****5678,座机0571-****4321,订单号20240514123456。", masked);
        assertEquals("身份证110***********123X", m.maskText("身份证11010119900307123X"));
    }

    @Test
    void knownNamesAreMaskedInFreeText() {
        assertEquals("顾客张**与记者林*到店", m.maskText("顾客张丽华与记者林晓到店", Set.of("张丽华", "林晓")));
    }

    @Test
    void maskingAWholeReport() {
        CaseReport masked = m.mask(SampleReports.sofaCase());
        assertTrue(masked.masked());
        assertEquals("张**", masked.customers().get(0).name());
        assertEquals("138****5678", masked.customers().get(0).phone());
        assertEquals("林*", masked.mediaContacts().get(0).journalist());
        assertFalse(masked.summary().contains(SampleReports.CUSTOMER));
        assertFalse(masked.description().contains("13987654321"));
        assertFalse(masked.finalReplies().get(1).text().contains(SampleReports.CUSTOMER));
        assertEquals(SampleReports.sofaCase().checklist(), masked.checklist());
    }
}
