package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {
    private final Masking mask = new Masking(true);

    @Test
    void namesKeepTheirFirstCharacter() {
        assertEquals("张*", mask.name("张丽"));
        assertEquals("张**", mask.name("张建国"));
        assertEquals("D***********", mask.name("David Miller"));
        assertEquals("王*", mask.name("王"));
        assertNull(mask.name(null));
    }

    @Test
    void phonesKeepTheFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", mask.phone("13812345678"));
        assertEquals("138****5678", mask.phone("138 1234 5678"));
        assertEquals("021****1234", mask.phone("021-5555-1234"));
        assertEquals("***45", mask.phone("12345"));
        assertNull(mask.phone(null));
    }

    @Test
    void disabledMaskingShowsEverything() {
        Masking off = new Masking(false);
        assertEquals("张丽", off.name("张丽"));
        assertEquals("13812345678", off.phone("13812345678"));
    }

    @Test
    void tablesLineUpWideCharacters() {
        assertEquals(4, TextTable.width("沙发"));
        assertEquals(6, TextTable.width("SH01沙"));
        assertEquals("沙发开…", TextTable.clip("沙发开裂严重", 7));
        assertEquals("沙发", TextTable.clip("沙发", 4));
    }
}
