package org.crisisdesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crisisdesk.checker.CompiledChecker;
import org.crisisdesk.checker.DefaultRules;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.checker.RulesJson;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check [--json] [--rules FILE] FILE…}: banned wording in text files ({@code -} reads
 * standard input). Exit 0 without hits, 1 with hits, 2 for bad usage or an unreadable file (the
 * other files are still checked). Never creates or migrates a database: without {@code --rules} it
 * uses the data folder's rules when a database exists, else the built-in defaults.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    static final int EXIT_HITS = 1;
    static final int EXIT_ERROR = 2;

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", description = "One JSON object keyed by file path, each an array of hits.")
    boolean json;

    @Option(names = "--rules", paramLabel = "FILE", description = "Use the rules of this rules file.")
    Path rulesFile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (UTF-8); '-' for standard input.")
    List<String> files;

    /** Standard input; replaced by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        CompiledChecker checker = loadChecker();
        boolean anyHit = false;
        boolean anyError = false;
        Map<String, List<Map<String, Object>>> report = new LinkedHashMap<>();
        for (String file : files) {
            String text;
            try {
                text = read(file);
            } catch (IOException | RuntimeException e) {
                root.err().println(root.messages().get("checker.file.unreadable", file, String.valueOf(e.getMessage())));
                anyError = true;
                continue;
            }
            List<Hit> hits = checker.check(text);
            anyHit |= !hits.isEmpty();
            LineIndex lines = new LineIndex(text);
            List<Map<String, Object>> entries = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            for (Hit h : hits) {
                int line = lines.line(h.start());
                int column = lines.column(text, h.start());
                if (json) {
                    entries.add(entry(h, line, column));
                } else {
                    plain.append(file).append(':').append(line).append(':').append(column).append(' ')
                            .append(root.messages().get("checker.severity." + h.severity().name())).append(' ')
                            .append(h.ruleId()).append(' ').append(h.matchedText()).append(" — ").append(h.reason())
                            .append(" → ").append(h.suggestions().isEmpty() ? root.messages().get("checker.cli.none")
                                    : h.suggestions().get(0))
                            .append(System.lineSeparator());
                }
            }
            root.out().print(plain); // one write: the writer flushes on every println
            report.put(file, entries);
        }
        if (json) {
            try {
                root.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } catch (IOException e) {
                throw new UserException(e, "error.unexpected", e.getMessage());
            }
        }
        root.out().flush();
        root.err().flush();
        return anyError ? EXIT_ERROR : anyHit ? EXIT_HITS : 0;
    }

    private CompiledChecker loadChecker() {
        if (rulesFile != null) {
            try (Reader r = Files.newBufferedReader(rulesFile, StandardCharsets.UTF_8)) {
                return CompiledChecker.compile(RulesJson.read(r));
            } catch (IOException e) {
                throw new UserException(e, "checker.file.unreadable", rulesFile, String.valueOf(e.getMessage()));
            }
        }
        Optional<Database> existing = root.openExistingDatabase();
        if (existing.isPresent()) {
            try (Database db = existing.get()) {
                return new RuleService(new RuleRepository(db.jdbi(), Clock.systemUTC())).checker();
            } catch (org.jdbi.v3.core.JdbiException e) {
                // a database from before the checker existed: its rules table is not there yet
                root.err().println(root.messages().get("checker.cli.builtInRules"));
            }
        }
        return DefaultRules.checker();
    }

    private String read(String file) throws IOException {
        byte[] bytes = "-".equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? " " + text.substring(1) : text; // keep offsets, drop the BOM
    }

    private static Map<String, Object> entry(Hit h, int line, int column) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", h.start());
        m.put("end", h.end());
        m.put("line", line);
        m.put("column", column);
        m.put("ruleId", h.ruleId());
        m.put("kind", h.kind());
        m.put("severity", h.severity().name());
        m.put("matchedText", h.matchedText());
        m.put("reason", h.reason());
        m.put("suggestions", h.suggestions());
        return m;
    }

    /** Line starts of a text, for 1-based line and column (in characters as shown) of an offset. */
    static final class LineIndex {
        private final int[] starts;
        private final int count;
        private int cursorOffset = -1;
        private int cursorColumn;

        LineIndex(String text) {
            int[] s = new int[16];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == s.length) {
                        s = java.util.Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            this.starts = s;
            this.count = n;
        }

        int line(int offset) {
            int lo = 0;
            int hi = count - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        /**
         * The 1-based column in code points. Hits come in order, so the column is counted on from
         * the previous one on the same line: linear even for one very long line.
         */
        int column(String text, int offset) {
            int start = starts[line(offset) - 1];
            if (cursorOffset < start || cursorOffset > offset) {
                cursorOffset = start;
                cursorColumn = 1;
            }
            cursorColumn += text.codePointCount(cursorOffset, offset);
            cursorOffset = offset;
            return cursorColumn;
        }
    }
}
