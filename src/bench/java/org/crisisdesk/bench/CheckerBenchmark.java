package org.crisisdesk.bench;

import com.github.houbb.sensitive.word.api.IWordResult;
import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.ignore.SensitiveWordCharIgnores;
import com.github.houbb.sensitive.word.support.result.WordResultHandlers;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crisisdesk.checker.CheckSession;
import org.crisisdesk.checker.CompiledChecker;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.Rule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The phrase checker against a 2,000-character draft with the default rules plus 5,000 extra
 * literal terms, all normalisations on; and com.github.houbb:sensitive-word 0.25.0 on the same word
 * list and text with its comparable normalisations on (case, width, traditional, repeats, special
 * characters), returning positions too. Run:
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.args="CheckerBenchmark -f 1 -wi 3 -i 5"}.
 * Cold first check and heap size: {@link CheckerColdProbe}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckerBenchmark {
    private CompiledChecker checker;
    private CheckSession session;
    private SensitiveWordBs sensitiveWord;
    private String draft;
    private String edited;
    private boolean flip;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        List<String> extra = CheckerBenchData.extraTerms(5000);
        List<Rule> rules = CheckerBenchData.rules(extra);
        checker = CompiledChecker.compile(rules);
        draft = CheckerBenchData.draft(2000);
        int mid = draft.length() / 2;
        edited = draft.substring(0, mid) + "私" + draft.substring(mid + 1);
        session = checker.session();
        session.check(draft);
        List<String> words = CheckerBenchData.allWords(rules);
        sensitiveWord = SensitiveWordBs.newInstance()
                .wordDeny(() -> words)
                .wordAllow(List::of)
                .ignoreCase(true)
                .ignoreWidth(true)
                .ignoreChineseStyle(true)
                .ignoreRepeat(true)
                .charIgnore(SensitiveWordCharIgnores.specialChars())
                .enableNumCheck(false)
                .enableEmailCheck(false)
                .enableUrlCheck(false)
                .enableIpv4Check(false)
                .init();
        System.out.printf("%nchecker: %d hits, sensitive-word: %d hits, %d automaton states%n",
                checker.check(draft).size(), sensitiveWord.findAll(draft).size(), checker.stateCount());
    }

    @Benchmark
    public List<Hit> checkDraft() {
        return checker.check(draft);
    }

    /** The editor's case: the same draft with one character changed, re-checked through a session. */
    @Benchmark
    public List<Hit> recheckAfterOneCharEdit() {
        flip = !flip;
        return session.check(flip ? edited : draft);
    }

    @Benchmark
    public List<IWordResult> sensitiveWordFindAll() {
        return sensitiveWord.findAll(draft, WordResultHandlers.raw());
    }
}
