package org.crisisdesk.operators;

import static org.crisisdesk.operators.PersonalDataMasker.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {
    @Test
    void names() {
        assertEquals("张*", name("张三"));
        assertEquals("张**", name("张三丰"));
        assertEquals("欧***", name("欧阳娜娜"));
        assertEquals("*", name("张"));
        assertEquals("张*", name(" 张三 "));
        assertNull(name(null));
        assertEquals("", name(""));
    }

    @Test
    void phones() {
        assertEquals("138****5678", phone("13812345678"));
        assertEquals("138****5678", phone("138 1234 5678"));
        assertEquals("+86 138****5678", phone("+86 138-1234-5678"));
        assertEquals("010-****5678", phone("010-12345678"));
        assertEquals("0571-****6666", phone("0571-88886666"));
        assertEquals("****6666", phone("88886666"));
        assertEquals("****", phone("123"));
        assertEquals("138****5678", phone("１３８１２３４５６７８"));
    }

    @Test
    void idCards() {
        assertEquals("110***********1234", idCard("110101199003071234"));
    }

    @Test
    void freeTextMasksNumbersAndKeepsTheRest() {
        assertEquals("顾客电话138****5678,身份证110***********123X,座机021-****4321。",
                freeText("顾客电话13812345678,身份证11010119900307123X,座机021-87654321。"));
        assertEquals("订单号 20240315 不是电话", freeText("订单号 20240315 不是电话"));
        assertEquals("请致电 138****5678 联系", freeText("请致电 138-1234-5678 联系"));
        assertEquals("全角138****5678", freeText("全角１３８１２３４５６７８"));
        assertNull(freeText(null));
    }

    @Test
    void honorifics() {
        assertEquals("张女士", honorific("张三", Honorific.MS));
        assertEquals("张先生", honorific("张三", Honorific.MR));
        assertEquals("您", honorific("张三", Honorific.UNKNOWN));
        assertEquals("您", honorific(null, Honorific.MS));
        assertEquals("欧阳女士", honorific("欧阳娜娜", Honorific.MS));
        assertEquals("Smith先生", honorific("John Smith", Honorific.MR));
        assertEquals(Honorific.MS, Honorific.parse("女士"));
        assertEquals(Honorific.MR, Honorific.parse("mr"));
        assertEquals(Honorific.UNKNOWN, Honorific.parse("UNKNOWN"));
    }
}
