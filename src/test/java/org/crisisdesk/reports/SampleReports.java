package org.crisisdesk.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.crisisdesk.reports.CaseReport.Attachment;
import org.crisisdesk.reports.CaseReport.StepRow;
import org.crisisdesk.reports.CaseReport.StepState;
import org.crisisdesk.reports.CaseReport.TimelineEntry;
import org.crisisdesk.reports.SummaryReport.CaseLine;
import org.crisisdesk.reports.SummaryReport.Count;
import org.crisisdesk.reports.SummaryReport.StepShare;

/** Realistic report data for tests and benchmarks: journey 4's sofa-crack case with 城市晚报. */
public final class SampleReports {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String CUSTOMER = "张丽华";
    public static final String CUSTOMER_PHONE = "13812345678";
    public static final String JOURNALIST = "林晓";
    public static final String ID_CARD_FILE = "顾客身份证.jpg";

    private SampleReports() {
    }

    static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2024, 5, day, hour, minute, 0, 0, ZONE).toInstant();
    }

    /** The sofa-crack complaint after closing: step 3 done 12 minutes late, 先行赔付 accepted. */
    public static CaseReport sofaCase() {
        return sofaCase(sofaTimeline());
    }

    public static CaseReport sofaCase(List<TimelineEntry> timeline) {
        CaseReport.Header header = new CaseReport.Header("星河家居集团", "星河家居·城东商场", "KS-20240514-007",
                "布艺沙发扶手开裂,顾客携城市晚报记者到店", "较大", SeverityLevel.HIGH, "已结案", "地方性媒体",
                "产品质量", "负面评价与投诉", at(14, 10, 2), at(15, 10, 30));
        String summary = "顾客张丽华三周前在本商场“雅居”布艺沙发专营店购买三人位沙发,使用两周后扶手木架开裂。"
                + "此前投诉处于“核实中”。5月14日10:02顾客携城市晚报(民生类平媒)记者林晓到店,记者询问商场对商户的管理。"
                + "经商场舆情小组处置,顾客接受先行赔付,当日完成书面回复,次日结案。";
        String description = "10:02 顾客与同行女士到顾客服务台,同行者全程拍摄、情绪平稳、提问专业,随后表明为城市晚报记者。"
                + "值班主管按涉媒客诉流程接待,登记记者姓名、电话(13987654321)与采访需求,当即启动应对清单。\n"
                + "顾客诉求:退货退款并赔偿误工损失。商户称需返厂检测,周期约15个工作日,顾客不接受。"
                + "Customer also mentioned a “ZX-300 frame” defect seen online.";
        List<StepRow> steps = List.of(
                new StepRow(1, "媒体接待", at(14, 10, 2), at(14, 10, 2), StepState.DONE, null, null),
                new StepRow(2, "舆情风险上报", at(14, 10, 32), at(14, 10, 28), StepState.DONE, null, null),
                new StepRow(3, "联系记者提供采访提纲,书面回复(暂复)", at(14, 11, 2), at(14, 11, 14), StepState.DONE,
                        Duration.ofMinutes(12), null),
                new StepRow(4, "明确客诉处理方案", at(14, 16, 2), at(14, 15, 30), StepState.DONE, null, null),
                new StepRow(5, "召开内部沟通讨论会(电话会议)", at(14, 16, 2), at(14, 15, 0), StepState.DONE, null, null),
                new StepRow(6, "出具采访回复话术", at(14, 18, 0), at(14, 13, 40), StepState.DONE, null, null),
                new StepRow(7, "回复媒体单位", at(14, 18, 0), at(14, 14, 35), StepState.DONE, null, null),
                new StepRow(8, "落实顾客端解决方案", at(15, 12, 0), at(15, 10, 0), StepState.DONE, null, null));
        List<CaseReport.FinalReply> replies = List.of(
                new CaseReport.FinalReply("暂复", "城市晚报 · 林晓", at(14, 11, 14), "王主管",
                        "您的问题我已记下,我们会尽快以书面形式答复您。感谢您对星河家居的关注。", 0, 0),
                new CaseReport.FinalReply("正式回复", "城市晚报 · 林晓", at(14, 14, 35), "陈客服",
                        "林记者您好:\n感谢您对星河家居城东商场的关注。关于顾客张丽华女士反映的布艺沙发扶手开裂一事,"
                                + "商场已于5月14日与顾客及商户共同核实。星河家居作为一家负责任的大型知名家居平台运营商,"
                                + "对消费者作出的先行赔付承诺始终不变。经协商,商场已为顾客办理先行赔付,"
                                + "全额退还货款并承担上门取件费用,商户的产品质量问题由商场另行跟进。"
                                + "我们将于5月15日12:00前完成退款,并以书面形式告知顾客处理结果。\n"
                                + "星河家居城东商场 顾客服务部 2024年5月14日", 0, 1));
        List<Attachment> attachments = List.of(
                new Attachment("扶手开裂照片1.png", 48_213, sha("a1"), "image/png", false, photo(640, 480, false)),
                new Attachment("扶手开裂特写.png", 51_002, sha("b2"), "image/png", false, photo(480, 640, true)),
                new Attachment("损坏的照片.jpg", 1_024, sha("c3"), "image/jpeg", false, new byte[] {1, 2, 3, 4, 5}),
                new Attachment("购物小票.pdf", 120_448, sha("d4"), "application/pdf", false, null),
                new Attachment(ID_CARD_FILE, 88_120, sha("e5"), "image/jpeg", true, photo(320, 200, false)));
        return new CaseReport(header, summary, description,
                List.of(new CaseReport.Person(CUSTOMER, CUSTOMER_PHONE, "三周前购买布艺沙发;身份证 110101199003071234 已核验")),
                List.of(new CaseReport.MediaContact("城市晚报", "民生类", "平媒", "地方性", JOURNALIST, "13987654321",
                        at(14, 10, 2), at(14, 18, 0), "商场对商户的管理;顾客投诉的处理进度;稿件拟于次日见报")),
                new CaseReport.Undercover(false, true, true, true,
                        "接待:不回避、不强势——不回避不等于有问必答,舆论偏向弱者,保持谦逊。"
                                + "回应:有态度、不评判——只要是在本商场购买,我们对服务和质量负责;不评判客诉本身。"),
                new CaseReport.Escalation("区域企划部 + 区域营运部(地方性媒体)", List.of("区域企划部", "区域营运部", "商场舆情小组"),
                        at(14, 10, 28), "电话报告区域企划部李经理(0571-87654321)"),
                steps, timeline, replies,
                "先行赔付:商场全额退还货款 4,980 元并承担取件费用,另赠送沙发护理套装一份;商户质量问题由商场与商户另行结算。",
                "5月15日10:00退款到账,顾客表示满意并撤回投诉;城市晚报未刊发负面报道。",
                new CaseReport.Review("三周前的投诉长期停留在“核实中”,顾客失去耐心后联系媒体。",
                        "记者到店后一分钟内启动清单,10:28即完成上报;书面回复无禁忌语。",
                        "暂复晚了12分钟:采访提纲应在接待时当场确认;“核实中”超过7天的投诉应自动提醒主管。"),
                attachments, "sha256:9f2c4e1ab07d53c8e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7", "王主管", ZONE,
                false);
    }

    static List<TimelineEntry> sofaTimeline() {
        return List.of(
                new TimelineEntry(at(14, 10, 2), "王主管", "媒体接待", "城市晚报记者林晓到店,民生类平媒,地方性。已登记联系方式与采访需求。"),
                new TimelineEntry(at(14, 10, 5), "王主管", "暗访研判", "勾选:情绪不波动、行为很奇怪、交流很专业。"),
                new TimelineEntry(at(14, 10, 28), "王主管", "上报", "电话报告区域企划部李经理,并抄送区域营运部。"),
                new TimelineEntry(at(14, 10, 40), "王主管", "备注", "记者告知稿件明日见报,截稿时间今日18:00。"),
                new TimelineEntry(at(14, 11, 14), "王主管", "书面回复", "暂复(话术1)已发记者邮箱,附采访提纲确认。"),
                new TimelineEntry(at(14, 13, 40), "集团企划", "话术", "集团企划公关部回复话术到达,已记录在第6步。"),
                new TimelineEntry(at(14, 14, 35), "陈客服", "书面回复", "正式回复定稿并发送城市晚报,禁忌语检查:无禁止项,1处提醒已确认。"),
                new TimelineEntry(at(14, 15, 0), "王主管", "会议", "内部电话会议:营运、企划、法务、财务参加,确定先行赔付方案。"),
                new TimelineEntry(at(14, 15, 30), "区域营运", "方案", "方案获批:全额退款 + 护理套装。"),
                new TimelineEntry(at(15, 10, 0), "陈客服", "落实", "退款已到账,顾客确认满意并撤回投诉 👍。"),
                new TimelineEntry(at(15, 10, 30), "王主管", "状态变更", "已结案。"));
    }

    /** {@code n} timeline entries, for the long-table test and the benchmark. */
    public static List<TimelineEntry> longTimeline(int n) {
        List<TimelineEntry> list = new ArrayList<>(n);
        Instant start = at(14, 10, 2);
        String[] kinds = {"备注", "电话", "书面回复", "上报", "状态变更"};
        for (int i = 0; i < n; i++) {
            String text = "条目#" + (i + 1) + ":与顾客及商户沟通处理进度,记录对方诉求与答复要点。"
                    + (i % 7 == 0 ? "本条较长:商户表示需要返厂检测,商场要求在承诺时间内给出书面结论,并同步告知记者处理进展,避免信息不对称引发二次舆情。" : "");
            list.add(new TimelineEntry(start.plus(Duration.ofMinutes(7L * i)), i % 3 == 0 ? "王主管" : "陈客服",
                    kinds[i % kinds.length], text));
        }
        return list;
    }

    /** A month's summary over {@code n} cases in all stores. */
    public static SummaryReport summary(int n) {
        String[] stores = {"城东商场", "城西商场", "滨江商场", "北城商场"};
        String[] categories = {"产品质量", "服务态度", "送货安装", "价格纠纷", "商户跑路/先行赔付", "其他"};
        String[] statuses = {"已结案", "处理中", "核实中"};
        String[] severities = {"一般", "较大", "重大", "特别重大"};
        String[] reaches = {"无媒体", "地方性媒体", "全国性/省级媒体"};
        String[] titles = {"沙发扶手开裂", "床垫异味", "橱柜安装延误", "瓷砖色差", "商户撤店未退定金", "导购态度差"};
        List<CaseLine> cases = new ArrayList<>();
        int[] cat = new int[categories.length];
        int[] st = new int[statuses.length];
        int[] sev = new int[severities.length];
        int[] rch = new int[reaches.length];
        for (int i = 0; i < n; i++) {
            int c = (i * 7 + i / 3) % categories.length;
            int s = i % 10 == 0 ? 1 : i % 13 == 0 ? 2 : 0;
            int v = i % 17 == 0 ? 3 : i % 5 == 0 ? 2 : i % 2;
            int r = i % 4 == 0 ? 0 : i % 9 == 0 ? 2 : 1;
            cat[c]++;
            st[s]++;
            sev[v]++;
            rch[r]++;
            cases.add(new CaseLine(String.format("KS-202405%02d-%03d", 1 + i % 30, i + 1), stores[i % stores.length],
                    at(1 + i % 30, 9 + i % 9, (i * 13) % 60), titles[i % titles.length] + (i % 11 == 0 ? "(顾客在小红书发帖,阅读量超过两万)" : ""),
                    categories[c], severities[v], SeverityLevel.values()[v], statuses[s], reaches[r],
                    r == 0 ? null : Duration.ofMinutes(40 + (i * 37) % 300), i % 8 == 3 ? 1 + i % 2 : 0));
        }
        String[] stepTitles = {"媒体接待", "舆情风险上报", "联系记者提供采访提纲,书面回复", "明确客诉处理方案",
            "召开内部沟通讨论会", "出具采访回复话术", "回复媒体单位", "落实顾客端解决方案"};
        List<StepShare> shares = new ArrayList<>();
        int media = n - rch[0];
        for (int k = 0; k < stepTitles.length; k++) {
            int onTime = Math.max(0, media - (k * 3 + 1) % 9 - (k == 2 ? media / 5 : 0));
            shares.add(new StepShare(k + 1, stepTitles[k], media, Math.min(media, onTime)));
        }
        return new SummaryReport("星河家居集团", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), null, ZONE,
                counts(statuses, st), counts(categories, cat), List.of(new Count("负面评价与投诉", n - n / 6),
                        new Count("企业错误发言", n / 12), new Count("员工不当行为", n / 6 - n / 12)),
                counts(severities, sev), counts(reaches, rch), shares, Duration.ofMinutes(138), media, cases,
                "区域企划部 周敏");
    }

    private static List<Count> counts(String[] labels, int[] values) {
        List<Count> list = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            list.add(new Count(labels[i], values[i]));
        }
        return list;
    }

    static String sha(String seed) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 64) {
            sb.append(Integer.toHexString((seed.hashCode() * 31 + sb.length() * 7919) & 0xffff));
        }
        return sb.substring(0, 64);
    }

    /** A drawn "photo": a beige sofa arm with a dark crack. */
    static byte[] photo(int w, int h, boolean closeUp) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xD8, 0xC3, 0xA5), w, h, new Color(0x9C, 0x82, 0x63)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x3A, 0x2A, 0x1E));
        g.setStroke(new BasicStroke(closeUp ? 6f : 3f));
        int x = w / 3;
        int y = h / 5;
        for (int i = 0; i < 8; i++) {
            int nx = x + (i % 2 == 0 ? 18 : -10);
            int ny = y + h / 12;
            g.drawLine(x, y, nx, ny);
            x = nx;
            y = ny;
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
