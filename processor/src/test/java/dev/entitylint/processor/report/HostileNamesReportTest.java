package dev.entitylint.processor.report;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.evolve.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reports stay valid and say the names exactly, whatever the names hold: {@code schema.md} read by
 * a CommonMark parser with GitHub's tables (every name where it belongs, as text, no HTML let
 * through, every table row with its three cells) and its Mermaid diagram within Mermaid's
 * {@code erDiagram} grammar; {@code schema.json} and {@code findings.sarif} parsed as JSON, with
 * the names and messages exact.
 */
class HostileNamesReportTest {

    /** The physical names of the hostile table and of its hostile columns, as the model resolves them. */
    private static final String TABLE = "pipe|star*_x_`tick` <b>&amp; 100% \\ \"\"q\"\"";
    private static final List<String> COLUMNS = List.of("col|*_`x`<b>", "line\nbreak", "pk", "größe", "lone\ud800",
            "unit price", "`", "ref|id");

    private static final JavaFileObject WEIRD = JavaFileObjects.forSourceString("weird.Weird", """
            package weird;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "\\"pipe|star*_x_`tick` <b>&amp; 100% \\\\ \\"\\"q\\"\\"\\"",
                    indexes = @Index(name = "\\"ix|*_`<i>`\\"", columnList = "\\"col|*_`x`<b>\\""))
            public class Weird {
                @Id Long id;
                @Column(name = "\\"col|*_`x`<b>\\"", length = 10) String col;
                @Column(name = "\\"line\\nbreak\\"", length = 10) String lineBreak;
                @Column(name = "\\"pk\\"") Integer pk;
                @Column(name = "größe") Integer groesse;
                @Column(name = "\\"lone\\uD800\\"", length = 10) String lone;
                @Column(name = "unit price") Integer unitPrice;
                @Column(name = "\\"`\\"") Integer tick;
                @ManyToOne @JoinColumn(name = "\\"ref|id\\"") Many many;
            }
            """);

    /** A table named like a word of Mermaid's erDiagram grammar. */
    private static final JavaFileObject MANY = JavaFileObjects.forSourceString("weird.Many", """
            package weird;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "many")
            public class Many {
                @Id Long id;
            }
            """);

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = javac().withProcessors(new EntityLintProcessor())
                .withOptions("-Aentitylint.report=schema,docs,sarif",
                        "-Aentitylint.rules=all:off,sql-identifier:warning")
                .compile(WEIRD, MANY);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
    }

    private static String file(String name) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/entitylint/" + name)
                .orElseThrow(() -> new AssertionError("no " + name));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void schemaJsonHoldsTheNamesExactly() {
        Map<String, Object> schema = (Map<String, Object>) Json.parse(file("schema.json"));
        List<Map<String, Object>> tables = (List<Map<String, Object>>) schema.get("tables");
        Map<String, Object> weird = tables.stream().filter(t -> "weird.Weird".equals(t.get("entity"))).findFirst()
                .orElseThrow();
        assertEquals(TABLE, weird.get("name"));
        List<Object> columns = ((List<Map<String, Object>>) weird.get("columns")).stream().map(c -> c.get("name"))
                .toList();
        assertTrue(columns.containsAll(COLUMNS), columns.toString());
        Map<String, Object> index = ((List<Map<String, Object>>) weird.get("indexes")).get(0);
        assertEquals(List.of("col|*_`x`<b>"), index.get("columns"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifCarriesTheMessagesExactly() {
        Map<String, Object> sarif = (Map<String, Object>) Json.parse(file("findings.sarif"));
        Map<String, Object> run = (Map<String, Object>) ((List<Object>) sarif.get("runs")).get(0);
        List<Object> messages = ((List<Map<String, Object>>) run.get("results")).stream()
                .map(r -> ((Map<String, Object>) r.get("message")).get("text")).toList();
        List<String> reported = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.NOTE)
                .map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("[sql-identifier]")).toList();
        assertEquals(3, reported.size(), reported.toString()); // the line break, the space, the ö
        assertEquals(reported, messages);
    }

    @Test
    void schemaMarkdownReadsAsWrittenInGitHub() {
        String markdown = file("schema.md");
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        List<String> headings = new ArrayList<>();
        List<List<List<String>>> tables = new ArrayList<>();
        List<String> html = new ArrayList<>();
        List<String> diagrams = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 2) {
                    headings.add(text(heading));
                }
            }

            @Override
            public void visit(HtmlInline node) {
                html.add(node.getLiteral());
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock block) {
                if ("mermaid".equals(block.getInfo())) {
                    diagrams.add(block.getLiteral());
                }
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    List<List<String>> rows = new ArrayList<>();
                    for (Node row : rows(block)) {
                        List<String> cells = new ArrayList<>();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            if (cell instanceof TableCell) {
                                cells.add(text(cell));
                            }
                        }
                        rows.add(cells);
                    }
                    tables.add(rows);
                } else {
                    visitChildren(block);
                }
            }
        });
        assertEquals(List.of(), html, "no HTML reaches the page");
        assertEquals(List.of("many", shown(TABLE)), headings);
        for (List<List<String>> table : tables) {
            for (List<String> row : table) {
                assertEquals(3, row.size(), row.toString());
            }
        }
        List<String> firstCells = new ArrayList<>();
        tables.forEach(t -> t.forEach(row -> firstCells.add(row.get(0))));
        for (String column : COLUMNS) {
            assertTrue(firstCells.contains(shown(column)), shown(column) + " in " + firstCells);
        }
        assertTrue(firstCells.stream().anyMatch(c -> c.contains("ix|*_`<i>`")), firstCells.toString());
        assertEquals(1, diagrams.size());
        mermaid(diagrams.get(0));
    }

    /** How schema.md shows a name: control characters and lone surrogates as Java escapes. */
    private static String shown(String name) {
        return name.replace("\n", "\\n").replace("\ud800", "\\ud800");
    }

    private static List<Node> rows(Node block) {
        List<Node> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The text a reader sees: text and code spans. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(CustomNode custom) {
                visitChildren(custom);
            }
        });
        return text.toString();
    }

    // Mermaid's erDiagram grammar (erDiagram.jison): a quoted entity name holds no " % \ or line
    // break; an unquoted one is a word that is none of the grammar's words. Attribute types and names
    // are words starting with a letter (Mermaid before 10 accepted no more); PK, FK and UK are keys
    // wherever they stand alone, in any case. Comments and labels are quoted without ".
    private static final String ENTITY = "(\"[^\"%\\r\\n\\u000b\\x08\\\\]+\"|[A-Za-z][A-Za-z0-9_]*)";
    private static final Pattern ENTITY_START = Pattern.compile("^    " + ENTITY + " \\{$");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "^        ([A-Za-z][A-Za-z0-9_]*) ([A-Za-z][A-Za-z0-9_]*)((?: (?:PK|FK|UK)(?:, (?:PK|FK|UK))*)?)(?: \"[^\"\\n%]*\")?$");
    private static final Pattern RELATION = Pattern.compile(
            "^    " + ENTITY + " (?:\\|\\||\\|o)--o\\{ " + ENTITY + " : \"[^\"%\\r\\n\\\\]*\"$");
    private static final Set<String> WORDS = Set.of("erdiagram", "one", "many", "only", "zero", "more", "to",
            "optionally", "u", "style", "classdef", "class", "direction", "title", "acctitle", "accdescr", "pk", "fk",
            "uk");

    private static void mermaid(String diagram) {
        String[] lines = diagram.split("\n", -1);
        assertEquals("erDiagram", lines[0]);
        Set<String> entities = new HashSet<>();
        boolean inBlock = false;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            if (inBlock) {
                if (line.equals("    }")) {
                    inBlock = false;
                    continue;
                }
                Matcher attribute = ATTRIBUTE.matcher(line);
                assertTrue(attribute.matches(), "attribute: " + line);
                assertWord(attribute.group(1), line);
                assertWord(attribute.group(2), line);
                continue;
            }
            Matcher start = ENTITY_START.matcher(line);
            if (start.matches()) {
                assertWord(start.group(1), line);
                assertTrue(entities.add(start.group(1)), "one entity per table: " + line);
                inBlock = true;
                continue;
            }
            Matcher relation = RELATION.matcher(line);
            assertTrue(relation.matches(), "relationship: " + line);
            assertTrue(entities.contains(relation.group(1)) && entities.contains(relation.group(2)), line);
        }
        assertEquals(2, entities.size(), entities.toString());
    }

    private static void assertWord(String word, String line) {
        assertTrue(word.startsWith("\"") || !WORDS.contains(word.toLowerCase(Locale.ROOT)),
                "a word of the grammar: " + line);
    }
}
