package dev.entitylint.bench;

import com.sun.management.ThreadMXBean;
import dev.entitylint.processor.EntityLintProcessor;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one generated corpus again and again in one JVM, alternating the variants so that
 * JIT warm-up, GC and machine noise hit them alike, and prints medians and ratios against the
 * budgets of issue 7. Run it through {@code bench/run.sh} (see README.md).
 */
public final class Bench {

    /** One way of compiling the corpus. */
    record Variant(String name, List<String> options, Supplier<List<Processor>> processors, boolean repositories) {
    }

    /** What one compile cost, on the compiling thread, and what it said and wrote. */
    record Sample(long wallNanos, long cpuNanos, long allocatedBytes, int findings, int generatedSources,
            long processorCpuNanos) {
        Sample(long wallNanos, long cpuNanos, long allocatedBytes, long processorCpuNanos) {
            this(wallNanos, cpuNanos, allocatedBytes, 0, 0, processorCpuNanos);
        }
    }

    /**
     * Runs a processor and adds the thread CPU time its {@code process} calls take, so the
     * benchmark can tell the processor's own work from what javac does differently around it.
     */
    static final class TimedProcessor implements Processor {
        static long cpuNanos;
        private final Processor delegate;

        TimedProcessor(Processor delegate) {
            this.delegate = delegate;
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public void init(javax.annotation.processing.ProcessingEnvironment environment) {
            long before = THREADS.getCurrentThreadCpuTime();
            delegate.init(environment);
            cpuNanos += THREADS.getCurrentThreadCpuTime() - before;
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            long before = THREADS.getCurrentThreadCpuTime();
            try {
                return delegate.process(annotations, round);
            } finally {
                cpuNanos += THREADS.getCurrentThreadCpuTime() - before;
            }
        }

        @Override
        public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
                javax.lang.model.element.Element element, javax.lang.model.element.AnnotationMirror annotation,
                javax.lang.model.element.ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }

    /** Sees the same annotations as entitylint and does nothing: the cost of being a processor at all. */
    public static final class NothingProcessor extends AbstractProcessor {
        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return new EntityLintProcessor().getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return false;
        }
    }

    /**
     * Writes one empty class in the first round and nothing else: the least any processor that
     * generates sources costs, since one generated file makes javac run a further round that enters
     * every compilation unit again.
     */
    public static final class OneClassProcessor extends AbstractProcessor {
        private boolean written;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written && !round.processingOver()) {
                written = true;
                try (java.io.Writer out = processingEnv.getFiler()
                        .createSourceFile(Corpus.PACKAGE + ".OneGeneratedClass").openWriter()) {
                    out.write("package " + Corpus.PACKAGE + ";\n\nfinal class OneGeneratedClass {\n}\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    static final String NONE = "javac -proc:none";
    static final String NOTHING = "do-nothing processor";
    static final String CHECKS = "entitylint checks";
    static final String GENERATE = "entitylint checks + repositories";
    static final String FLOOR = "checks + one empty generated class";
    static final String HIBERNATE = "hibernate-processor";

    /**
     * The default configuration with errors demoted to warnings: an error would stop javac before
     * it writes class files and make entitylint look cheaper than doing nothing. Rules that are off
     * by default stay off, as in a user's build.
     */
    static final String WARNINGS = defaultsAsWarnings();

    private static String defaultsAsWarnings() {
        StringBuilder rules = new StringBuilder("-Aentitylint.rules=");
        for (dev.entitylint.processor.rules.RuleDescriptor rule
                : dev.entitylint.processor.rules.RuleRegistry.standard().descriptors()) {
            if (rule.defaultSeverity() == dev.entitylint.processor.config.Severity.ERROR) {
                rules.append(rule.id()).append(":warning,");
            }
        }
        return rules.substring(0, rules.length() - 1);
    }

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("sizes", "100,500,2000");
        options.put("warmup", "3");
        options.put("runs", "7");
        options.put("seed", "42");
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        int[] sizes = Arrays.stream(options.get("sizes").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
        int warmup = Integer.parseInt(options.get("warmup"));
        int runs = Integer.parseInt(options.get("runs"));
        long seed = Long.parseLong(options.get("seed"));

        List<Variant> all = List.of(
                new Variant(NONE, List.of("-proc:none"), List::of, false),
                new Variant(NOTHING, List.of(), () -> List.of(new NothingProcessor()), false),
                // Findings as warnings: an error would stop javac before it writes class files, which
                // would make entitylint look cheaper than doing nothing.
                new Variant(CHECKS, checksOptions(options),
                        () -> List.of(new TimedProcessor(new EntityLintProcessor())), false),
                // Asks for a repository for every entity through @GenerateRepository on the package.
                new Variant(GENERATE, List.of(WARNINGS), () -> List.of(new EntityLintProcessor()), true),
                // The floor of the generation budget: what generating anything at all costs.
                new Variant(FLOOR, List.of(WARNINGS),
                        () -> List.of(new EntityLintProcessor(), new OneClassProcessor()), false),
                new Variant(HIBERNATE, List.of(),
                        () -> List.of(instantiate("org.hibernate.processor.HibernateProcessor")), false));
        // --only=checks,... keeps some variants (for profiling one of them); the budgets need all of them.
        List<String> only = options.containsKey("only") ? List.of(options.get("only").split(",")) : List.of();
        List<Variant> variants = all.stream()
                .filter(v -> only.isEmpty() || only.stream().anyMatch(o -> selects(o.trim(), v, all)))
                .toList();

        System.out.printf(Locale.ROOT, "entitylint compile-time benchmark: %s, %d cores, sizes %s, warm-up %d, runs %d, seed %d%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Arrays.toString(sizes), warmup, runs, seed);
        Map<Integer, Map<String, Sample>> medians = new LinkedHashMap<>();
        for (int size : sizes) {
            medians.put(size, measure(size, seed, variants, warmup, runs));
        }
        if (variants.size() == all.size()) {
            printBudgets(medians);
        }
    }

    /**
     * The options of the checks variant: the default rule set as warnings, or, for profiling,
     * {@code --checks-options=-Aentitylint.rules=all:off} (space-separated javac options).
     */
    private static List<String> checksOptions(Map<String, String> options) {
        String written = options.get("checks-options");
        return written == null ? List.of(WARNINGS) : List.of(written.trim().split("\\s+"));
    }

    /** A variant's exact name selects it alone; otherwise any part of a name selects it. */
    private static boolean selects(String wanted, Variant variant, List<Variant> all) {
        boolean exact = all.stream().anyMatch(v -> v.name().equals(wanted));
        return exact ? variant.name().equals(wanted) : variant.name().contains(wanted);
    }

    private static Map<String, Sample> measure(int size, long seed, List<Variant> variants, int warmup, int runs) {
        List<Corpus.Source> corpus = Corpus.generate(size, seed);
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        variants.forEach(v -> samples.put(v.name(), new ArrayList<>()));
        for (int round = 0; round < warmup + runs; round++) {
            // Rotate the order each round so no variant always follows the same one.
            for (int k = 0; k < variants.size(); k++) {
                Variant variant = variants.get((k + round) % variants.size());
                Sample sample = compile(corpus, variant);
                if (round >= warmup) {
                    samples.get(variant.name()).add(sample);
                }
            }
        }
        Map<String, Sample> median = new LinkedHashMap<>();
        samples.forEach((name, list) -> median.put(name, median(list)));
        Sample base = median.getOrDefault(NOTHING, median.values().iterator().next());
        System.out.printf(Locale.ROOT, "%nN = %d entities (%d source files); entitylint found %d, with repositories "
                        + "it generated %d sources; hibernate-processor generated %d%n", size, corpus.size(),
                findings(samples.get(CHECKS)), generated(samples.get(GENERATE)), generated(samples.get(HIBERNATE)));
        System.out.printf(Locale.ROOT, "  %-34s %10s %10s %11s %9s %9s %10s%n",
                "variant", "wall ms", "cpu ms", "alloc MB", "wall x", "alloc x", "us/entity");
        if (!median.containsKey(NOTHING)) {
            System.out.println("  (x: ratio to the first variant)");
        }
        for (Map.Entry<String, Sample> entry : median.entrySet()) {
            Sample s = entry.getValue();
            System.out.printf(Locale.ROOT, "  %-34s %10.1f %10.1f %11.1f %9.3f %9.3f %10.1f%n",
                    entry.getKey(), s.wallNanos() / 1e6, s.cpuNanos() / 1e6, s.allocatedBytes() / 1e6,
                    (double) s.wallNanos() / base.wallNanos(), (double) s.allocatedBytes() / base.allocatedBytes(),
                    s.wallNanos() / 1e3 / size);
        }
        if (median.containsKey(CHECKS) && median.containsKey(NOTHING)) {
            double extra = (median.get(CHECKS).cpuNanos() - median.get(NOTHING).cpuNanos()) / 1e6;
            double own = median.get(CHECKS).processorCpuNanos() / 1e6;
            System.out.printf(Locale.ROOT, "  entitylint checks: %.1f ms cpu more than the do-nothing processor; "
                    + "entitylint's own process() calls take %.1f ms cpu (median)%n", extra, own);
        }
        return median;
    }

    private static void printBudgets(Map<Integer, Map<String, Sample>> medians) {
        System.out.printf(Locale.ROOT, "%nBudgets (issue 7), from medians; x = ratio to the do-nothing processor%n");
        for (Map.Entry<Integer, Map<String, Sample>> entry : medians.entrySet()) {
            Map<String, Sample> m = entry.getValue();
            Sample nothing = m.get(NOTHING);
            double checks = (double) m.get(CHECKS).wallNanos() / nothing.wallNanos();
            double checksCpu = (double) m.get(CHECKS).cpuNanos() / nothing.cpuNanos();
            double alloc = (double) m.get(CHECKS).allocatedBytes() / nothing.allocatedBytes();
            double generationExtra = m.get(GENERATE).wallNanos() - nothing.wallNanos();
            double hibernateExtra = m.get(HIBERNATE).wallNanos() - nothing.wallNanos();
            double share = hibernateExtra <= 0 ? Double.NaN : generationExtra / hibernateExtra;
            double floor = (m.get(FLOOR).wallNanos() - nothing.wallNanos()) / hibernateExtra;
            System.out.printf(Locale.ROOT, "  N=%-5d checks wall %.3fx (cpu %.3fx) [<= 1.10: %s]   checks alloc %.3fx [<= 1.20: %s]"
                            + "   generation extra / hibernate extra %.2f [<= 0.25: %s] (checks + one empty class: %.2f)%n",
                    entry.getKey(), checks, checksCpu, verdict(checks <= 1.10), alloc, verdict(alloc <= 1.20),
                    share, verdict(share <= 0.25), floor);
        }
        if (medians.size() > 1) {
            List<Integer> sizes = new ArrayList<>(medians.keySet());
            int small = sizes.get(0);
            int large = sizes.get(sizes.size() - 1);
            double perEntitySmall = extraPerEntity(medians.get(small), small);
            double perEntityLarge = extraPerEntity(medians.get(large), large);
            System.out.printf(Locale.ROOT, "  entitylint's own cost per entity (checks - do-nothing, cpu): N=%d %.1f us, N=%d %.1f us"
                            + " -> ratio %.2f [flat, <= 1.5: %s]%n",
                    small, perEntitySmall, large, perEntityLarge, perEntityLarge / perEntitySmall,
                    verdict(perEntityLarge / perEntitySmall <= 1.5));
        }
        System.out.println("Figures from a busy or shared machine are noise: take final figures on a quiet one.");
    }

    private static double extraPerEntity(Map<String, Sample> m, int size) {
        return (m.get(CHECKS).cpuNanos() - m.get(NOTHING).cpuNanos()) / 1e3 / size;
    }

    private static String verdict(boolean ok) {
        return ok ? "ok" : "OVER";
    }

    private static int findings(List<Sample> samples) {
        return samples == null || samples.isEmpty() ? 0 : samples.get(samples.size() - 1).findings();
    }

    private static int generated(List<Sample> samples) {
        return samples == null || samples.isEmpty() ? 0 : samples.get(samples.size() - 1).generatedSources();
    }

    private static Sample median(List<Sample> samples) {
        long[] wall = samples.stream().mapToLong(Sample::wallNanos).sorted().toArray();
        long[] cpu = samples.stream().mapToLong(Sample::cpuNanos).sorted().toArray();
        long[] alloc = samples.stream().mapToLong(Sample::allocatedBytes).sorted().toArray();
        long[] processor = samples.stream().mapToLong(Sample::processorCpuNanos).sorted().toArray();
        return new Sample(wall[wall.length / 2], cpu[cpu.length / 2], alloc[alloc.length / 2],
                processor[processor.length / 2]);
    }

    private static Processor instantiate(String className) {
        try {
            return (Processor) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load " + className + " (is it on the class path?)", e);
        }
    }

    /** One full compile (parse, process, attribute, generate) of the corpus, in memory. */
    static Sample compile(List<Corpus.Source> corpus, Variant variant) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (Corpus.Source source : corpus) {
            sources.add(new StringSource(source.qualifiedName(), source.code()));
        }
        if (variant.repositories()) {
            Corpus.Source packageInfo = Corpus.generateRepositories();
            sources.add(new StringSource(packageInfo.qualifiedName(), packageInfo.code()));
        }
        List<String> options = new ArrayList<>(List.of(
                "-classpath", System.getProperty("java.class.path"), "-encoding", "UTF-8",
                "-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
        options.addAll(variant.options());
        List<Processor> processors = variant.processors().get();
        System.gc();
        TimedProcessor.cpuNanos = 0;
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        MemoryFileManager files;
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             MemoryFileManager memory = new MemoryFileManager(standard)) {
            files = memory;
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, sources);
            if (!variant.options().contains("-proc:none")) {
                task.setProcessors(processors);
            }
            task.call();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        long wall = System.nanoTime() - wallBefore;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
        long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
        long processorCpu = TimedProcessor.cpuNanos;
        long javacErrors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .filter(d -> !d.getMessage(Locale.ROOT).startsWith("["))
                .count();
        if (javacErrors > 0) {
            throw new IllegalStateException(variant.name() + ": the corpus does not compile: "
                    + diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                            .limit(5).map(d -> d.getMessage(Locale.ROOT)).toList());
        }
        int findings = (int) diagnostics.getDiagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[")).count();
        return new Sample(wall, cpu, allocated, findings, files.generatedSources, processorCpu);
    }

    /** A source held in memory. */
    static final class StringSource extends SimpleJavaFileObject {
        private final String code;

        StringSource(String qualifiedName, String code) {
            super(URI.create("mem:///" + qualifiedName.replace('.', '/') + ".java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    /** Output (class files, generated sources and resources) kept in memory and thrown away. */
    static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        int generatedSources;

        MemoryFileManager(JavaFileManager delegate) {
            super(delegate);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            if (kind == JavaFileObject.Kind.SOURCE) {
                generatedSources++;
            }
            return new MemoryFile(URI.create("mem:///out/" + location.getName() + "/" + className.replace('.', '/')
                    + kind.extension), kind);
        }

        @Override
        public FileObject getFileForOutput(Location location, String packageName, String relativeName,
                FileObject sibling) {
            return new MemoryFile(URI.create("mem:///out/" + location.getName() + "/" + packageName.replace('.', '/')
                    + "/" + relativeName), JavaFileObject.Kind.OTHER);
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            return a.toUri().equals(b.toUri());
        }
    }

    /** A written file that can be read back (javac compiles generated sources from it). */
    static final class MemoryFile extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        MemoryFile(URI uri, Kind kind) {
            super(uri, kind);
        }

        @Override
        public OutputStream openOutputStream() {
            bytes.reset();
            return bytes;
        }

        @Override
        public java.io.InputStream openInputStream() {
            return new java.io.ByteArrayInputStream(bytes.toByteArray());
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
