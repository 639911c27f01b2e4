package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cases list} and {@code cases show} over the demo data set, loaded once. */
class CasesCommandTest {
    @TempDir
    static Path dir;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadDemo() {
        CliRun.Result r = CliRun.run(dir, "demo");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void listShowsOpenCasesAsATable() {
        CliRun.Result r = CliRun.run(dir, "cases", "list");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.lines().findFirst().orElseThrow().startsWith("案件编号"), out);
        assertTrue(out.contains("沙发开裂") && out.contains("核实中") && out.contains("较大 III"), out);
        assertTrue(out.contains("城市晚报·地方性"), "media badge: " + out);
        assertTrue(out.lines().noneMatch(l -> l.contains("  已结案  ")), "closed cases stay out by default");
        assertTrue(out.contains("未结案"), out);
    }

    @Test
    void listAllIncludesClosedCases() {
        String open = CliRun.run(dir, "cases", "list").out();
        CliRun.Result all = CliRun.run(dir, "cases", "list", "--all");
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("已结案"));
        assertTrue(all.out().lines().count() > open.lines().count());
    }

    @Test
    void listFiltersByStatusCodeOrLabel() throws Exception {
        JsonNode byCode = JSON.readTree(CliRun.run(dir, "cases", "list", "--json", "--status", "verifying").out());
        JsonNode byLabel = JSON.readTree(CliRun.run(dir, "cases", "list", "--json", "--status", "核实中").out());
        assertTrue(byCode.size() >= 2);
        assertEquals(byCode, byLabel);
        byCode.forEach(c -> assertEquals("VERIFYING", c.get("status").asText()));

        JsonNode closed = JSON.readTree(CliRun.run(dir, "cases", "list", "--json", "--status", "CLOSED").out());
        assertTrue(closed.size() >= 10);

        CliRun.Result bad = CliRun.run(dir, "cases", "list", "--status", "done");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void listJsonParsesBackWithStableFieldsAndMaskedPhones() throws Exception {
        CliRun.Result r = CliRun.run(dir, "cases", "list", "--json", "--all");
        assertEquals(0, r.exit(), r.err());
        JsonNode cases = JSON.readTree(r.out());
        assertTrue(cases.isArray() && cases.size() >= 30, "cases: " + cases.size());
        JsonNode first = cases.get(0);
        for (String field : new String[] {"caseNo", "status", "statusLabel", "severity", "severityLabel", "store",
                "storeName", "title", "customerName", "customerPhone", "mediaCount", "firstOutlet", "topReach",
                "discoveredAt", "updatedAt"}) {
            assertTrue(first.has(field), "field " + field + " in " + first);
        }
        Instant.parse(first.get("updatedAt").asText());
        Set<String> statuses = StreamSupport.stream(cases.spliterator(), false).map(c -> c.get("status").asText())
                .collect(Collectors.toSet());
        assertEquals(7, statuses.size());
        JsonNode sofa = StreamSupport.stream(cases.spliterator(), false)
                .filter(c -> c.get("title").asText().equals("沙发开裂")).findFirst().orElseThrow();
        assertEquals("张*", sofa.get("customerName").asText());
        assertEquals("138****5678", sofa.get("customerPhone").asText());
        assertFalse(r.out().contains("13812345678"), "no full phone number in masked output");
    }

    @Test
    void showPrintsEveryPartOfACase() {
        String caseNo = caseNoOf("餐椅椅腿断裂致老人摔伤");
        CliRun.Result r = CliRun.run(dir, "cases", "show", caseNo);
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith(caseNo + "  餐椅椅腿断裂致老人摔伤"), out);
        assertTrue(out.contains("黄** 女士 · 139****7766"), out);
        assertTrue(out.contains("东方卫视 · 新闻类 · 电视 · 省级"), out);
        assertTrue(out.contains("集团通道"), "escalation route: " + out);
        assertTrue(out.contains("疑似记者暗访"), "undercover guidance at two signs: " + out);
        assertTrue(out.contains("方案已定 → 已回复"), "moves on the timeline: " + out);
        assertTrue(out.contains("已派员到医院探望"), "notes on the timeline: " + out);
        assertTrue(out.contains("诊断证明.txt") && out.contains("[含个人信息]"), "attachments: " + out);
        assertFalse(out.contains("13918887766"));
    }

    @Test
    void showJsonParsesBackWithTimelineContactsAndAttachments() throws Exception {
        String caseNo = caseNoOf("瓷砖商户撤店,十余位顾客无法提货");
        CliRun.Result r = CliRun.run(dir, "cases", "show", caseNo.toLowerCase(Locale.ROOT), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode c = JSON.readTree(r.out());
        assertEquals(caseNo, c.get("caseNo").asText());
        assertEquals("I", c.get("severity").asText());
        assertEquals("GROUP", c.get("riskType").asText());
        assertTrue(c.get("personalDataMasked").asBoolean());
        assertEquals(2, c.get("mediaContacts").size());
        JsonNode contact = c.get("mediaContacts").get(0);
        assertEquals("钱江晚报", contact.get("outlet").asText());
        assertEquals("PROVINCIAL", contact.get("reach").asText());
        Instant received = Instant.parse(contact.get("receivedAt").asText());
        assertTrue(Instant.parse(contact.get("journalistDeadline").asText()).isAfter(received));
        assertEquals("吴**", contact.get("journalistName").asText());
        assertEquals(3, c.get("undercoverSigns").get("count").asInt());
        assertEquals("GROUP", c.get("escalation").get("code").asText());
        JsonNode timeline = c.get("timeline");
        // ordered by time: step 1 is done as of the media contact's receipt, which may precede opening
        assertTrue(StreamSupport.stream(timeline.spliterator(), false)
                .anyMatch(e -> e.get("kind").asText().equals("CREATED")));
        assertTrue(c.get("checklist").get("steps").size() >= 8, "the media checklist travels with the case");
        assertTrue(StreamSupport.stream(timeline.spliterator(), false)
                .anyMatch(e -> e.get("kind").asText().equals("STATUS")
                        && e.get("newValue").asText().equals("COORDINATING")));
        assertEquals(1, c.get("attachments").size());
        assertTrue(c.get("attachments").get(0).get("personalData").asBoolean());
    }

    @Test
    void unmaskedShowsPersonalDataInFull() throws Exception {
        String caseNo = caseNoOf("沙发开裂");
        CliRun.Result refused = CliRun.run(dir, "cases", "show", caseNo, "--json", "--unmasked");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--operator"), refused.err());
        java.io.InputStream stdin = System.in;
        JsonNode c;
        try {
            System.setIn(new java.io.ByteArrayInputStream("246810\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            c = JSON.readTree(CliRun.run(dir, "cases", "show", caseNo, "--json", "--unmasked", "--operator", "王主管")
                    .out());
        } finally {
            System.setIn(stdin);
        }
        assertEquals("张丽", c.get("customerName").asText());
        assertEquals("13812345678", c.get("customerPhone").asText());
        assertFalse(c.get("personalDataMasked").asBoolean());
    }

    @Test
    void showOfAnUnknownCaseExitsTwoWithOneLine() {
        CliRun.Result r = CliRun.run(dir, "cases", "show", "SH01-1999-0001");
        assertEquals(2, r.exit());
        assertEquals("找不到案件 SH01-1999-0001", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void englishLabelsFollowTheLocale() {
        CliRun.Result r = CliRun.run(Locale.ENGLISH, dir, "cases", "list");
        assertTrue(r.out().startsWith("Case no."), r.out());
        assertTrue(r.out().contains("Verifying") || r.out().contains("VERIFYING") || r.out().contains("verif"),
                r.out());
    }

    @Test
    void listOnAFolderWithoutDatabaseIsEmptyAndCreatesNothing(@TempDir Path empty) {
        CliRun.Result r = CliRun.run(empty, "cases", "list", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("[ ]", r.out().strip());
        assertFalse(org.crisisdesk.store.DataDirectory.hasDatabase(empty));
    }

    private static String caseNoOf(String title) {
        try {
            JsonNode cases = JSON.readTree(CliRun.run(dir, "cases", "list", "--json", "--all").out());
            return StreamSupport.stream(cases.spliterator(), false).filter(c -> c.get("title").asText().equals(title))
                    .findFirst().orElseThrow().get("caseNo").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
