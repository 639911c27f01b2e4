package org.crisisdesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crisisdesk.scripts.Origin;
import org.crisisdesk.scripts.Scenario;
import org.crisisdesk.scripts.Script;
import org.crisisdesk.scripts.ScriptFilter;
import org.crisisdesk.scripts.ScriptState;
import org.crisisdesk.scripts.SearchIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The library's search runs on every keystroke over the loaded list; this measures one keystroke
 * (filter all scripts by a Chinese substring) for a library far larger than the seeds.
 * Run: {@code mvn -Pbench -Dbench.args="ScriptSearchBenchmark" test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScriptSearchBenchmark {
    @Param({"500", "5000"})
    int size;

    List<Script> scripts;
    SearchIndex index;
    ScriptFilter miss = new ScriptFilter("暗访同行 记者", null, null, false);
    ScriptFilter hit = new ScriptFilter("先行赔付", null, null, false);

    @Setup
    public void setUp() {
        String body = "感谢您的反馈,您的反馈能帮助我们进一步提高服务质量。您所反映的这起客诉目前已在积极处理中,"
                + "如果您需要知晓最终处理结果,我们会以书面形式知会您。";
        scripts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String b = i % 10 == 0 ? body + "先行赔付" : body + i;
            scripts.add(new Script(i, "c" + i, "话术" + i, Scenario.values()[i % 7], List.of("标签" + i % 13, "顾客"), b,
                    ScriptState.APPROVED, null, false, 0, Origin.LOCAL, false, null, null, null, null,
                    Instant.EPOCH, "x", 0));
        }
        index = new SearchIndex(scripts);
    }

    /** Folding every script on every keystroke (what {@link ScriptFilter#apply} does). */
    @Benchmark
    public List<Script> unindexedTenPercentMatch() {
        return hit.apply(scripts);
    }

    @Benchmark
    public List<Script> keystrokeNoMatch() {
        return index.apply(miss);
    }

    @Benchmark
    public List<Script> keystrokeTenPercentMatch() {
        return index.apply(hit);
    }
}
