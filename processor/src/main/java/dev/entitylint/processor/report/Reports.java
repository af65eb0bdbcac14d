package dev.entitylint.processor.report;

import dev.entitylint.processor.config.Conventions;
import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.Options.Report;
import dev.entitylint.processor.config.UserFiles;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.References;
import dev.entitylint.processor.model.SchemaModel;
import dev.entitylint.processor.model.PhysicalSchema;
import dev.entitylint.processor.model.PhysicalSchemaBuilder;
import dev.entitylint.processor.rules.RuleRegistry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The opt-in machine-readable reports ({@code -Aentitylint.report=schema,docs,sarif}). Entities
 * and findings are accumulated round by round; the files are written once, through the
 * {@code Filer} to the class output, in the last round, from the whole compilation.
 */
public final class Reports {

    /** Gradle's option keys that declare how the processor behaves incrementally. */
    public static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";
    public static final String GRADLE_ISOLATING = "org.gradle.annotation.processing.isolating";

    private final ProcessingEnvironment environment;
    private final Options options;
    /** The entities of every round so far, by qualified name (sorted: reports must not depend on round order). */
    private final Map<String, EntityModel> entities = new TreeMap<>();
    private References references = References.NONE;
    private final Sarif sarif;
    /** The fix patch ({@code -Aentitylint.fix}), or {@code null}. */
    private final FixPatch fixPatch;
    private boolean written;
    /**
     * Whether {@code unused-index} runs: it compares an entity's indexes with every query of the
     * compilation, so Gradle must hand the processor every source again, not only the changed ones.
     */
    private final boolean unusedIndexes;

    public Reports(ProcessingEnvironment environment, Options options, RuleRegistry registry) {
        this.environment = environment;
        this.options = options;
        this.unusedIndexes = registry.descriptor("unused-index").isPresent()
                && registry.severity("unused-index", options) != dev.entitylint.processor.config.Severity.OFF;
        SourceEdits edits = options.fixPatch() != null || options.reports().contains(Report.SARIF)
                ? SourceEdits.of(environment) : null;
        this.sarif = options.reports().contains(Report.SARIF) ? new Sarif(registry, environment, edits) : null;
        this.fixPatch = options.fixPatch() == null || edits == null ? null
                : new FixPatch(java.nio.file.Path.of(options.fixPatch()), edits);
        if (options.fixPatch() != null && edits == null) {
            environment.getMessager().printMessage(Diagnostic.Kind.WARNING, "[fix] entitylint writes no fix patch "
                    + "with this compiler: placing fixes needs javac's tree API (com.sun.source), which the Eclipse "
                    + "compiler does not have — run the build once with javac to write " + options.fixPatch());
        }
    }

    /**
     * Whether any report is on, or the conventions file is asked for: both read the whole
     * compilation, so then the processor aggregates (for Gradle).
     */
    public boolean any() {
        return !options.reports().isEmpty() || options.conventionsWrite() != null;
    }

    /** The Gradle incremental-processing option that describes the processor under these options. */
    public String gradleMode() {
        return any() || unusedIndexes ? GRADLE_AGGREGATING : GRADLE_ISOLATING;
    }

    /** Keeps the entities of a round, with what they reference, for the reports of the last round. */
    public void round(SchemaModel model) {
        if (any()) {
            model.entities().forEach(e -> entities.put(e.qualifiedName(), e));
            references = model.references().plus(references);
        }
    }

    /** Takes the round's findings; in the last round, writes every report asked for. */
    public void afterRound(Reporter reporter, boolean lastRound) {
        if (sarif != null) {
            sarif.collect(reporter.reported(), reporter.configProblems());
        }
        if (fixPatch != null) {
            fixPatch.collect(reporter.reported());
            if (lastRound) {
                writeFixPatch(reporter);
            }
        }
        if (!lastRound || written || !any()) {
            return;
        }
        written = true;
        List<Element> originating = new ArrayList<>();
        PhysicalSchema schema = null;
        List<EntityModel> entities = List.copyOf(this.entities.values());
        entities.forEach(e -> originating.add(e.type().element()));
        if (options.reports().contains(Report.SCHEMA) || options.reports().contains(Report.DOCS)) {
            schema = PhysicalSchemaBuilder.build(entities, references, options.naming());
        }
        Element[] origin = originating.toArray(Element[]::new);
        if (options.reports().contains(Report.SCHEMA)) {
            write(SchemaJson.PATH, SchemaJson.render(schema), origin);
        }
        if (options.reports().contains(Report.DOCS)) {
            write(SchemaMarkdown.PATH, SchemaMarkdown.render(schema), origin);
        }
        if (sarif != null) {
            write(Sarif.PATH, sarif.render(), origin);
        }
        if (options.conventionsWrite() != null) {
            writeConventions(options.conventionsWrite(), entities, reporter);
        }
    }

    /**
     * Writes the codebase's conventions straight to the file named (not through the Filer: it is
     * a source-tree file the user commits and points {@code -Aentitylint.config} at).
     */
    private void writeConventions(String file, List<EntityModel> entities, Reporter reporter) {
        Conventions.Written conventions = Conventions.of(entities);
        Path path = Path.of(file).toAbsolutePath();
        try {
            UserFiles.write(path, conventions.text());
        } catch (IOException | RuntimeException e) {
            reporter.configProblem("cannot write the conventions file '" + file + "' (" + UserFiles.describe(e)
                    + ") — check the path given in -A"
                    + Options.CONVENTIONS_WRITE + "; a relative path is resolved against "
                    + Path.of("").toAbsolutePath() + ", so in Maven write ${project.basedir}/<file>");
            return;
        }
        environment.getMessager().printMessage(Diagnostic.Kind.NOTE, "[conventions] wrote " + conventions.count()
                + (conventions.count() == 1 ? " convention" : " conventions") + " of " + entities.size()
                + " entities to " + path + " — point -A" + Options.CONFIG + " at it so rules check new code "
                + "against them (see docs/conventions.md)");
    }

    private void writeFixPatch(Reporter reporter) {
        try {
            fixPatch.write();
            if (fixPatch.fixed() == 0) {
                environment.getMessager().printMessage(Diagnostic.Kind.NOTE, "[fix] no finding has a mechanical "
                        + "fix, so " + fixPatch.file() + " holds nothing to apply; " + fixPatch.leftOut()
                        + (fixPatch.leftOut() == 1 ? " finding needs" : " findings need") + " a human decision");
                return;
            }
            environment.getMessager().printMessage(Diagnostic.Kind.NOTE, "[fix] wrote " + fixPatch.fixed()
                    + (fixPatch.fixed() == 1 ? " mechanical fix" : " mechanical fixes") + " to " + fixPatch.file()
                    + "; " + fixPatch.leftOut() + (fixPatch.leftOut() == 1 ? " finding needs" : " findings need")
                    + " a human decision and " + (fixPatch.leftOut() == 1 ? "is" : "are") + " left out — review it, "
                    + "then apply it with: git apply " + fixPatch.file());
        } catch (IOException | RuntimeException e) {
            reporter.configProblem("cannot write the fix patch '" + fixPatch.file() + "' (" + UserFiles.describe(e)
                    + ") — check -A" + Options.FIX + " and that its directory is writable");
        }
    }

    private void write(String path, String content, Element[] originating) {
        try {
            FileObject file = environment.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path,
                    originating);
            try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                writer.write(content);
            }
        } catch (FilerException e) {
            environment.getMessager().printMessage(Diagnostic.Kind.WARNING,
                    "[report] entitylint did not write " + path + " (" + e.getMessage()
                            + ") — another processor or an earlier round already created it");
        } catch (IOException e) {
            environment.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "[report] entitylint could not write " + path + ": " + e.getMessage()
                            + " — check that the class output directory is writable");
        }
    }
}
