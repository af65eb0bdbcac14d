package dev.entitylint.processor.report;

import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.finding.Finding;
import dev.entitylint.processor.finding.SourceFix;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.SourceRef;
import dev.entitylint.processor.rules.RuleDescriptor;
import dev.entitylint.processor.rules.RuleRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * {@code META-INF/entitylint/findings.sarif}: the findings of a compilation as SARIF 2.1.0, with
 * every rule's metadata (id, summary, default level, a link to its page) and each result's source
 * location. Positions come from javac's tree API when it is there; on other compilers a result
 * names its file (when known) without a region. Findings are turned into results in the round
 * that reports them, while their source trees are still at hand.
 */
public final class Sarif {

    /** The path under the class output. */
    public static final String PATH = "META-INF/entitylint/findings.sarif";

    private final RuleRegistry registry;
    private final Positions positions;
    private final List<Result> results = new ArrayList<>();
    private List<String> configProblems = List.of();
    private int consumed;

    /** The key of {@code partialFingerprints}: a finding's {@link FindingKey} and its occurrence. */
    static final String FINGERPRINT = "entitylint/v1";

    private final java.util.Map<FindingKey, Integer> occurrences = new java.util.HashMap<>();

    /**
     * One SARIF result. {@code uri}, {@code line} and {@code column} may be absent.
     *
     * @param fingerprint the finding's key and its occurrence among findings of the same key,
     *     which survives line moves
     * @param baselined whether the baseline accepted it (a result suppressed externally)
     */
    record Result(String ruleId, Severity severity, String message, String uri, Integer line, Integer column,
            String fingerprint, boolean baselined, String fix) {
    }

    /** Places mechanical fixes as SARIF {@code fixes}; {@code null} on compilers without javac's trees. */
    private final SourceEdits edits;

    public Sarif(RuleRegistry registry, ProcessingEnvironment environment, SourceEdits edits) {
        this.registry = registry;
        this.positions = Positions.of(environment);
        this.edits = edits;
    }

    /**
     * Takes the findings reported since the last call (call it once per round), and the problems
     * with the options, which SARIF carries as tool configuration notifications of the invocation.
     */
    public void collect(List<Reporter.Reported> reported, List<String> configProblems) {
        this.configProblems = List.copyOf(configProblems);
        for (int i = consumed; i < reported.size(); i++) {
            Reporter.Reported one = reported.get(i);
            SourceRef where = one.finding().where();
            Positions.Position position = positions.of(where);
            FindingKey key = FindingKey.of(one.finding());
            int occurrence = occurrences.merge(key, 1, Integer::sum);
            results.add(new Result(one.finding().ruleId(), one.severity(), one.finding().message(),
                    position.uri(), position.line(), position.column(), key.text() + ":" + occurrence,
                    one.baselined(), fix(one.finding())));
        }
        consumed = reported.size();
    }

    /** The SARIF {@code fix} object of a finding's mechanical fix, or {@code null}. */
    private String fix(Finding finding) {
        if (edits == null || finding.mechanical() == null) {
            return null;
        }
        List<SourceFix> unplaced = new ArrayList<>();
        java.util.Map<java.net.URI, SourceEdits.FileEdits> files = edits.resolve(List.of(finding.mechanical()), unplaced);
        if (!unplaced.isEmpty() || files.isEmpty()) {
            return null;
        }
        StringBuilder fix = new StringBuilder("{\"description\": {\"text\": ")
                .append(JsonText.string(finding.fix() == null ? "" : finding.fix())).append("}, \"artifactChanges\": [");
        boolean firstFile = true;
        for (SourceEdits.FileEdits file : files.values()) {
            fix.append(firstFile ? "" : ", ").append("{\"artifactLocation\": {\"uri\": ")
                    .append(JsonText.string(Positions.relativize(file.uri()))).append("}, \"replacements\": [");
            firstFile = false;
            for (int i = 0; i < file.edits().size(); i++) {
                SourceEdits.TextEdit edit = file.edits().get(i);
                fix.append(i == 0 ? "" : ", ").append("{\"deletedRegion\": {\"charOffset\": ").append(edit.start())
                        .append(", \"charLength\": ").append(edit.end() - edit.start())
                        .append("}, \"insertedContent\": {\"text\": ").append(JsonText.string(edit.text()))
                        .append("}}");
            }
            fix.append("]}");
        }
        return fix.append("]}").toString();
    }

    public String render() {
        List<RuleDescriptor> rules = registry.descriptors();
        List<String> ids = new ArrayList<>(rules.stream().map(RuleDescriptor::id).toList());
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n");
        out.append("  \"version\": \"2.1.0\",\n");
        out.append("  \"runs\": [\n    {\n");
        out.append("      \"tool\": {\n        \"driver\": {\n");
        out.append("          \"name\": \"entitylint\",\n");
        out.append("          \"rules\": [");
        List<String> ruleEntries = new ArrayList<>();
        for (RuleDescriptor rule : rules) {
            ruleEntries.add(rule(rule.id(), rule.summary(), rule.defaultSeverity()));
        }
        boolean internalUsed = results.stream().anyMatch(r -> r.ruleId().equals(Finding.INTERNAL));
        if (internalUsed) {
            ids.add(Finding.INTERNAL);
            ruleEntries.add(rule(Finding.INTERNAL, "entitylint itself failed on an element", Severity.WARNING));
        }
        for (int i = 0; i < ruleEntries.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(ruleEntries.get(i));
        }
        out.append(ruleEntries.isEmpty() ? "]\n" : "\n          ]\n");
        out.append("        }\n      },\n");
        out.append("      \"results\": [");
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            out.append("        {\n");
            out.append("          \"ruleId\": ").append(JsonText.string(result.ruleId())).append(",\n");
            int index = ids.indexOf(result.ruleId());
            if (index >= 0) {
                out.append("          \"ruleIndex\": ").append(index).append(",\n");
            }
            out.append("          \"level\": ").append(JsonText.string(level(result.severity()))).append(",\n");
            out.append("          \"message\": {\"text\": ").append(JsonText.string(result.message())).append("}");
            if (result.uri() != null) {
                out.append(",\n          \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
                        .append(JsonText.string(result.uri())).append("}");
                if (result.line() != null) {
                    out.append(", \"region\": {\"startLine\": ").append(result.line());
                    if (result.column() != null) {
                        out.append(", \"startColumn\": ").append(result.column());
                    }
                    out.append("}");
                }
                out.append("}}]");
            }
            out.append(",\n          \"partialFingerprints\": {").append(JsonText.string(FINGERPRINT)).append(": ")
                    .append(JsonText.string(result.fingerprint())).append("}");
            if (result.fix() != null) {
                out.append(",\n          \"fixes\": [").append(result.fix()).append("]");
            }
            if (result.baselined()) {
                out.append(",\n          \"suppressions\": [{\"kind\": \"external\", \"justification\": ")
                        .append(JsonText.string("accepted by the entitylint baseline")).append("}]");
            }
            out.append("\n        }");
        }
        out.append(results.isEmpty() ? "]" : "\n      ]");
        if (!configProblems.isEmpty()) {
            out.append(",\n      \"invocations\": [\n        {\n");
            out.append("          \"executionSuccessful\": false,\n");
            out.append("          \"toolConfigurationNotifications\": [");
            for (int i = 0; i < configProblems.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n");
                out.append("            {\"descriptor\": {\"id\": \"config\"}, \"level\": \"error\", \"message\": {\"text\": ")
                        .append(JsonText.string("[config] " + configProblems.get(i))).append("}}");
            }
            out.append("\n          ]\n        }\n      ]");
        }
        out.append("\n    }\n  ]\n}\n");
        return out.toString();
    }

    private static String rule(String id, String summary, Severity severity) {
        String page = "docs/rules/" + id + ".md";
        return "            {\"id\": " + JsonText.string(id)
                + ", \"name\": " + JsonText.string(NameCase.pascal(id))
                + ", \"shortDescription\": {\"text\": " + JsonText.string(summary) + "}"
                + ", \"help\": {\"text\": " + JsonText.string("See " + page)
                + ", \"markdown\": " + JsonText.string("See [" + page + "](" + page + ")") + "}"
                + ", \"defaultConfiguration\": {\"level\": " + JsonText.string(level(severity)) + "}"
                + ", \"properties\": {\"helpPath\": " + JsonText.string(page) + "}}";
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
            case OFF -> "none";
        };
    }

    /** Where an element is in its source file, through javac's tree API when available. */
    abstract static class Positions {

        record Position(String uri, Integer line, Integer column) {
        }

        abstract Position of(SourceRef where);

        static Positions of(ProcessingEnvironment environment) {
            try {
                return new JavacPositions(environment);
            } catch (RuntimeException | LinkageError notJavac) {
                return new Positions() {
                    @Override
                    Position of(SourceRef where) {
                        return new Position(null, null, null);
                    }
                };
            }
        }

        /** A file URI relative to the working directory when the file is under it, as code scanning expects. */
        static String relativize(URI uri) {
            if ("file".equals(uri.getScheme())) {
                try {
                    Path file = Path.of(uri).toAbsolutePath().normalize();
                    Path base = Path.of("").toAbsolutePath().normalize();
                    if (file.startsWith(base)) {
                        return base.relativize(file).toString().replace('\\', '/');
                    }
                } catch (RuntimeException ignored) {
                    // Fall through to the absolute URI.
                }
                return uri.toString();
            }
            String path = uri.getPath();
            return path == null ? uri.toString() : path.replaceFirst("^/+", "");
        }
    }

    /** Positions from {@code com.sun.source.util.Trees}; only loaded on javac. */
    static final class JavacPositions extends Positions {
        private final com.sun.source.util.Trees trees;

        JavacPositions(ProcessingEnvironment environment) {
            this.trees = com.sun.source.util.Trees.instance(environment);
        }

        @Override
        Position of(SourceRef where) {
            Element element = where.element();
            if (element == null) {
                return new Position(null, null, null);
            }
            try {
                com.sun.source.util.TreePath path = where.annotation() == null ? trees.getPath(element)
                        : where.value() == null ? trees.getPath(element, where.annotation())
                        : trees.getPath(element, where.annotation(), where.value());
                if (path == null) {
                    path = trees.getPath(element);
                }
                if (path == null) {
                    return new Position(null, null, null);
                }
                com.sun.source.tree.CompilationUnitTree unit = path.getCompilationUnit();
                long start = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
                if (where.annotation() == null) {
                    start = namePosition(unit, path.getLeaf(), element, start);
                }
                String uri = relativize(unit.getSourceFile().toUri());
                if (start < 0 || unit.getLineMap() == null) {
                    return new Position(uri, null, null);
                }
                return new Position(uri, (int) unit.getLineMap().getLineNumber(start),
                        (int) unit.getLineMap().getColumnNumber(start));
            } catch (RuntimeException | LinkageError e) {
                return new Position(null, null, null);
            }
        }

        /**
         * Where the declaration's name is, which is where javac puts its own diagnostics for an
         * element: the first occurrence of the name as a word after the modifiers and annotations.
         */
        private long namePosition(com.sun.source.tree.CompilationUnitTree unit, com.sun.source.tree.Tree tree,
                Element element, long start) {
            com.sun.source.tree.ModifiersTree modifiers = tree instanceof com.sun.source.tree.VariableTree v
                    ? v.getModifiers()
                    : tree instanceof com.sun.source.tree.MethodTree m ? m.getModifiers()
                    : tree instanceof com.sun.source.tree.ClassTree c ? c.getModifiers() : null;
            if (modifiers == null) {
                return start;
            }
            try {
                long from = Math.max(start, trees.getSourcePositions().getEndPosition(unit, modifiers));
                long end = trees.getSourcePositions().getEndPosition(unit, tree);
                CharSequence text = unit.getSourceFile().getCharContent(true);
                java.util.regex.Matcher name = java.util.regex.Pattern
                        .compile("\\b" + java.util.regex.Pattern.quote(element.getSimpleName().toString()) + "\\b")
                        .matcher(text);
                if (from >= 0 && name.find((int) from) && (end < 0 || name.start() < end)) {
                    return name.start();
                }
            } catch (java.io.IOException | RuntimeException e) {
                // Keep the start of the declaration.
            }
            return start;
        }
    }
}
