package dev.entitylint.processor.report;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.entitylint.processor.finding.SourceFix;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Turns {@link SourceFix}es into text edits of their source files, through javac's tree API (only
 * loaded on javac). Fixes of one annotation or declaration are merged, so two findings that both
 * add a member to one {@code @Column}, or two indexes added to one {@code @Table}, give one
 * well-formed change. The imports a fix names are added unless the file has them; a simple name
 * already imported from another package is written qualified instead.
 */
final class SourceEdits {

    /** Replaces {@code [start, end)} of the file's text with {@code text} (an insertion when they are equal). */
    record TextEdit(int start, int end, String text) {
    }

    /** One file's original text and the edits the fixes make to it. */
    record FileEdits(URI uri, String text, List<TextEdit> edits) {
    }

    private final Trees trees;
    private final SourcePositions positions;
    private final Elements elements;
    /**
     * Each source's text, read once: SARIF places every finding's fix on its own, and without this
     * a file with many fixes would be read once per fix.
     */
    private final Map<URI, String> texts = new java.util.HashMap<>();

    private SourceEdits(Trees trees, Elements elements) {
        this.trees = trees;
        this.positions = trees.getSourcePositions();
        this.elements = elements;
    }

    /** The edits engine of this compiler, or {@code null} when it has no javac tree API (ecj). */
    static SourceEdits of(ProcessingEnvironment environment) {
        try {
            return new SourceEdits(Trees.instance(environment), environment.getElementUtils());
        } catch (RuntimeException | LinkageError notJavac) {
            return null;
        }
    }

    /**
     * The edits of {@code fixes}, by file. A fix whose place cannot be found (a class file, a
     * tree javac no longer has) is added to {@code unplaced}.
     */
    Map<URI, FileEdits> resolve(List<SourceFix> fixes, List<SourceFix> unplaced) {
        Map<URI, Unit> units = new LinkedHashMap<>();
        for (SourceFix fix : fixes) {
            try {
                if (!place(fix, units)) {
                    unplaced.add(fix);
                }
            } catch (IOException | RuntimeException e) {
                unplaced.add(fix);
            }
        }
        Map<URI, FileEdits> files = new LinkedHashMap<>();
        for (Unit unit : units.values()) {
            files.put(unit.uri, new FileEdits(unit.uri, unit.text, unit.edits()));
        }
        return files;
    }

    private boolean place(SourceFix fix, Map<URI, Unit> units) throws IOException {
        if (fix instanceof SourceFix.SetMember set) {
            AnnotationMirror mirror = set.annotation() != null ? set.annotation()
                    : annotationOf(set.element(), set.annotationName());
            TreePath path = mirror == null ? null : trees.getPath(set.element(), mirror);
            if (path == null || !(path.getLeaf() instanceof AnnotationTree annotation)) {
                return false;
            }
            Unit unit = unit(path.getCompilationUnit(), units);
            Map<String, String> members = unit.members(annotation);
            set.values().forEach((member, value) -> members.put(member, unit.qualify(value, set.imports())));
            return true;
        }
        if (fix instanceof SourceFix.AddAnnotation add) {
            TreePath path = trees.getPath(add.element());
            if (path == null) {
                return false;
            }
            Unit unit = unit(path.getCompilationUnit(), units);
            List<String> imports = new ArrayList<>(add.imports());
            imports.add(add.annotation());
            String name = unit.qualify(simpleName(add.annotation()), imports);
            unit.newAnnotation(path.getLeaf(), name).add(unit.qualify(add.arguments(), imports));
            return true;
        }
        if (fix instanceof SourceFix.AddIndex index) {
            TreePath classPath = trees.getPath(index.entity());
            if (classPath == null) {
                return false;
            }
            Unit unit = unit(classPath.getCompilationUnit(), units);
            String text = unit.qualify(index.index(), index.imports());
            AnnotationMirror table = annotationOf(index.entity(), "jakarta.persistence.Table");
            TreePath tablePath = table == null ? null : trees.getPath(index.entity(), table);
            if (tablePath != null && tablePath.getLeaf() instanceof AnnotationTree tableTree) {
                unit.indexes(tableTree).add(text);
            } else {
                unit.newTableIndexes(classPath.getLeaf(), unit.qualify("Table", index.imports())).add(text);
            }
            return true;
        }
        return false;
    }

    /** The annotation of that {@code jakarta.persistence} type (or its {@code javax} twin) on the element. */
    private static AnnotationMirror annotationOf(Element element, String jakartaName) {
        String javaxName = jakartaName.replaceFirst("^jakarta\\.persistence\\.", "javax.persistence.");
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.equals(jakartaName) || name.equals(javaxName)) {
                return mirror;
            }
        }
        return null;
    }

    private Unit unit(CompilationUnitTree tree, Map<URI, Unit> units) throws IOException {
        URI uri = tree.getSourceFile().toUri();
        Unit unit = units.get(uri);
        if (unit == null) {
            String text = texts.get(uri);
            if (text == null) {
                text = tree.getSourceFile().getCharContent(true).toString();
                texts.put(uri, text);
            }
            unit = new Unit(tree, uri, text);
            units.put(uri, unit);
        }
        return unit;
    }

    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** The fixes of one file, merged by the annotation or declaration they change. */
    private final class Unit {
        private final CompilationUnitTree tree;
        private final URI uri;
        private final String text;
        private final boolean javax;
        /** Simple name → qualified name of the file's single-type imports. */
        private final Map<String, String> imported = new LinkedHashMap<>();
        private final Set<String> onDemand = new TreeSet<>();
        private final Set<String> needed = new TreeSet<>();
        private final Map<AnnotationTree, Map<String, String>> members = new LinkedHashMap<>();
        private final Map<AnnotationTree, List<String>> indexes = new LinkedHashMap<>();
        /** Declaration → annotation text before its arguments → the arguments of each fix. */
        private final Map<Tree, Map<String, List<String>>> newAnnotations = new LinkedHashMap<>();
        private final Map<Tree, Map<String, List<String>>> newTables = new LinkedHashMap<>();

        Unit(CompilationUnitTree tree, URI uri, String text) {
            this.tree = tree;
            this.uri = uri;
            this.text = text;
            boolean usesJavax = false;
            for (ImportTree declaration : tree.getImports()) {
                String name = declaration.getQualifiedIdentifier().toString();
                usesJavax |= name.startsWith("javax.persistence.");
                if (declaration.isStatic()) {
                    continue;
                }
                if (name.endsWith(".*")) {
                    onDemand.add(name.substring(0, name.length() - 2));
                } else {
                    imported.put(simpleName(name), name);
                }
            }
            this.javax = usesJavax;
        }

        private String packageName() {
            return tree.getPackageName() == null ? "" : tree.getPackageName().toString();
        }

        /**
         * {@code text} with every simple name of {@code imports} that this file cannot import
         * (another class of that name is imported) written qualified; the others become imports.
         */
        String qualify(String code, List<String> imports) {
            String result = code;
            for (String jakarta : imports) {
                String name = javax ? jakarta.replaceFirst("^jakarta\\.persistence\\.", "javax.persistence.") : jakarta;
                String simple = simpleName(name);
                String owner = name.substring(0, name.length() - simple.length() - 1);
                String present = imported.get(simple);
                if (present != null && !present.equals(name) || present == null && otherOnDemandHas(owner, simple)) {
                    result = qualifyOutsideStrings(result, simple, name);
                } else if (present == null && !onDemand.contains(owner) && !owner.equals("java.lang")
                        && !owner.equals(packageName())) {
                    needed.add(name);
                }
            }
            return result;
        }

        /**
         * Whether another package the file imports on demand has a class of that simple name: the
         * simple name would then be ambiguous ({@code jakarta.persistence.*} beside
         * {@code org.hibernate.annotations.*}, which has its own {@code Table}).
         */
        private boolean otherOnDemandHas(String owner, String simple) {
            for (String other : onDemand) {
                if (!other.equals(owner) && present(other + "." + simple)) {
                    return true;
                }
            }
            return false;
        }

        private boolean present(String qualifiedName) {
            try {
                return elements.getTypeElement(qualifiedName) != null;
            } catch (RuntimeException ambiguous) {
                return true;
            }
        }

        Map<String, String> members(AnnotationTree annotation) {
            return members.computeIfAbsent(annotation, a -> new LinkedHashMap<>());
        }

        List<String> indexes(AnnotationTree table) {
            return indexes.computeIfAbsent(table, t -> new ArrayList<>());
        }

        List<String> newAnnotation(Tree declaration, String name) {
            return newAnnotations.computeIfAbsent(declaration, d -> new LinkedHashMap<>())
                    .computeIfAbsent(name, n -> new ArrayList<>());
        }

        List<String> newTableIndexes(Tree declaration, String tableName) {
            return newTables.computeIfAbsent(declaration, d -> new LinkedHashMap<>())
                    .computeIfAbsent(tableName, n -> new ArrayList<>());
        }

        List<TextEdit> edits() {
            List<TextEdit> edits = new ArrayList<>();
            members.forEach((annotation, values) -> setMembers(annotation, values, edits));
            indexes.forEach((table, added) -> addIndexes(table, distinct(added), edits));
            newTables.forEach((declaration, tables) -> tables.forEach((name, added) ->
                    newAnnotations.computeIfAbsent(declaration, d -> new LinkedHashMap<>())
                            .computeIfAbsent(name, n -> new ArrayList<>()).add("indexes = " + array(distinct(added)))));
            newAnnotations.forEach((declaration, annotations) -> annotations.forEach((name, arguments) ->
                    addAnnotation(declaration, "@" + name + argumentList(distinct(arguments)), edits)));
            addImports(edits);
            edits.sort(Comparator.comparingInt(TextEdit::start));
            return dropOverlaps(edits);
        }

        private void setMembers(AnnotationTree annotation, Map<String, String> values, List<TextEdit> edits) {
            List<? extends ExpressionTree> arguments = annotation.getArguments();
            boolean shorthand = arguments.size() == 1 && !(arguments.get(0) instanceof AssignmentTree);
            Map<String, String> added = new LinkedHashMap<>();
            for (Map.Entry<String, String> value : values.entrySet()) {
                ExpressionTree written = written(arguments, value.getKey());
                if (written != null) {
                    edits.add(new TextEdit(start(written), end(written), value.getValue()));
                } else if (shorthand && value.getKey().equals("value")) {
                    edits.add(new TextEdit(start(arguments.get(0)), end(arguments.get(0)), value.getValue()));
                } else {
                    added.put(value.getKey(), value.getValue());
                }
            }
            if (added.isEmpty()) {
                return;
            }
            if (arguments.isEmpty()) {
                int end = end(annotation);
                int close = text.lastIndexOf(')', end - 1);
                int open = text.lastIndexOf('(', end - 1);
                if (close == end - 1 && open > start(annotation)) {
                    edits.add(new TextEdit(open + 1, close, assignments(added)));
                } else {
                    edits.add(new TextEdit(end, end, "(" + assignments(added) + ")"));
                }
                return;
            }
            String name = added.remove("name");
            String before = (name == null ? "" : "name = " + name + ", ") + (shorthand ? "value = " : "");
            if (!before.isEmpty()) {
                edits.add(new TextEdit(start(arguments.get(0)), start(arguments.get(0)), before));
            }
            if (!added.isEmpty()) {
                int end = end(arguments.get(arguments.size() - 1));
                edits.add(new TextEdit(end, end, ", " + assignments(added)));
            }
        }

        private void addIndexes(AnnotationTree table, List<String> added, List<TextEdit> edits) {
            ExpressionTree written = written(table.getArguments(), "indexes");
            if (written == null) {
                setMembers(table, Map.of("indexes", array(added)), edits);
            } else if (written instanceof NewArrayTree array) {
                if (array.getInitializers() == null || array.getInitializers().isEmpty()) {
                    edits.add(new TextEdit(start(array), end(array), "{" + String.join(", ", added) + "}"));
                } else {
                    ExpressionTree lastIndex = array.getInitializers().get(array.getInitializers().size() - 1);
                    int end = end(lastIndex);
                    String indent = indentBefore(start(lastIndex));
                    // One index a line where the array already writes one a line.
                    String separator = indent == null ? ", " : ",\n" + indent;
                    edits.add(new TextEdit(end, end, separator + String.join(separator, added)));
                }
            } else {
                edits.add(new TextEdit(start(written), start(written), "{"));
                edits.add(new TextEdit(end(written), end(written), ", " + String.join(", ", added) + "}"));
            }
        }

        /** The whitespace before {@code offset} on its line when nothing else precedes it there, else {@code null}. */
        private String indentBefore(int offset) {
            int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
            String before = text.substring(lineStart, offset);
            return before.isBlank() ? before : null;
        }

        /** Writes the annotation on a line of its own before the declaration when it starts a line, else before it. */
        private void addAnnotation(Tree declaration, String annotation, List<TextEdit> edits) {
            int start = start(declaration);
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            String indent = text.substring(lineStart, start);
            edits.add(new TextEdit(start, start, indent.isBlank() ? annotation + "\n" + indent : annotation + " "));
        }

        /**
         * Each import goes before the first import of the file that sorts after it (after the last
         * one when none does), or after the package declaration in a file without imports.
         */
        private void addImports(List<TextEdit> edits) {
            if (needed.isEmpty()) {
                return;
            }
            List<? extends ImportTree> imports = tree.getImports().stream().filter(i -> !i.isStatic()).toList();
            if (imports.isEmpty()) {
                StringBuilder lines = new StringBuilder();
                needed.forEach(name -> lines.append("import ").append(name).append(";\n"));
                if (tree.getPackageName() != null) {
                    int semicolon = text.indexOf(';', end(tree.getPackageName()));
                    int lineEnd = text.indexOf('\n', semicolon);
                    int at = lineEnd < 0 ? text.length() : lineEnd + 1;
                    edits.add(new TextEdit(at, at, (lineEnd < 0 ? "\n" : "") + "\n" + lines));
                } else {
                    edits.add(new TextEdit(0, 0, lines + "\n"));
                }
                return;
            }
            Map<Integer, StringBuilder> byPosition = new java.util.TreeMap<>();
            for (String name : needed) {
                ImportTree next = imports.stream()
                        .filter(i -> i.getQualifiedIdentifier().toString().compareTo(name) > 0)
                        .findFirst().orElse(null);
                int at;
                String line = "import " + name + ";\n";
                if (next != null) {
                    at = text.lastIndexOf('\n', start(next) - 1) + 1;
                } else {
                    int lineEnd = text.indexOf('\n', end(imports.get(imports.size() - 1)));
                    at = lineEnd < 0 ? text.length() : lineEnd + 1;
                    if (lineEnd < 0) {
                        line = "\n" + line;
                    }
                }
                byPosition.computeIfAbsent(at, p -> new StringBuilder()).append(line);
            }
            byPosition.forEach((at, lines) -> edits.add(new TextEdit(at, at, lines.toString())));
        }

        private int start(Tree node) {
            return (int) positions.getStartPosition(tree, node);
        }

        private int end(Tree node) {
            return (int) positions.getEndPosition(tree, node);
        }
    }

    private static ExpressionTree written(List<? extends ExpressionTree> arguments, String member) {
        for (ExpressionTree argument : arguments) {
            if (argument instanceof AssignmentTree assignment && assignment.getVariable() instanceof IdentifierTree id
                    && id.getName().contentEquals(member)) {
                return assignment.getExpression();
            }
        }
        return null;
    }

    private static List<String> distinct(List<String> texts) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(texts));
    }

    private static String array(List<String> elements) {
        return elements.size() == 1 ? elements.get(0) : "{" + String.join(", ", elements) + "}";
    }

    private static String argumentList(List<String> arguments) {
        List<String> written = arguments.stream().filter(a -> !a.isBlank()).toList();
        return written.isEmpty() ? "" : "(" + String.join(", ", written) + ")";
    }

    private static String assignments(Map<String, String> values) {
        if (values.size() == 1 && values.containsKey("value")) {
            return values.get("value");
        }
        List<String> parts = new ArrayList<>();
        values.forEach((member, value) -> parts.add(member + " = " + value));
        return String.join(", ", parts);
    }

    /** Two edits of one range cannot both apply: the later one is dropped (insertions at one point both stay). */
    private static List<TextEdit> dropOverlaps(List<TextEdit> sorted) {
        List<TextEdit> kept = new ArrayList<>();
        int reached = -1;
        for (TextEdit edit : sorted) {
            if (edit.start() < reached) {
                continue;
            }
            kept.add(edit);
            reached = Math.max(reached, edit.end());
        }
        return kept;
    }

    /** Writes {@code qualified} for the identifier {@code simple} wherever it stands as a name outside a string. */
    static String qualifyOutsideStrings(String code, String simple, String qualified) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' && (i == 0 || code.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            if (!inString && code.startsWith(simple, i)
                    && (i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)) && code.charAt(i - 1) != '.')
                    && (i + simple.length() == code.length()
                            || !Character.isJavaIdentifierPart(code.charAt(i + simple.length())))) {
                out.append(qualified);
                i += simple.length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
