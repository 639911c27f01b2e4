package org.crisisdesk.app.demo;

import java.util.List;
import java.util.Random;
import org.crisisdesk.cases.Honorific;

/** Made-up customers for bulk data: common surnames and given names, valid mainland mobile numbers. */
public final class DemoPeople {
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯");
    private static final List<String> WOMEN = List.of("丽", "芳", "静", "敏", "婷", "洁", "雪", "娟", "慧", "秀英",
            "佳怡", "欣然", "晓燕", "玉兰", "桂芳", "雨萱");
    private static final List<String> MEN = List.of("伟", "强", "磊", "军", "涛", "斌", "鹏", "杰", "建国", "志刚",
            "海涛", "晓东", "子豪", "国庆", "明辉", "文博");
    private static final List<String> PREFIXES = List.of("138", "139", "135", "136", "137", "150", "151", "158",
            "186", "187", "188", "177", "181", "199", "133", "153");

    /** A customer as the intake form records one. */
    public record Person(String name, Honorific honorific, String phone) {
    }

    private DemoPeople() {
    }

    /** About one in ten customers leaves no phone (a social-media post, an anonymous call). */
    public static Person next(Random random) {
        boolean woman = random.nextBoolean();
        String name = pick(random, SURNAMES) + pick(random, woman ? WOMEN : MEN);
        String phone = random.nextInt(10) == 0 ? null : mobile(random);
        return new Person(name, woman ? Honorific.MS : Honorific.MR, phone);
    }

    public static String mobile(Random random) {
        return pick(random, PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
