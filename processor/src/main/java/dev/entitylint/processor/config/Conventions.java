package dev.entitylint.processor.config;

import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.ForeignKeyModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.NameCase;
import dev.entitylint.processor.model.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The conventions a codebase's entities follow, read from their model and written as a config
 * file in the format of {@code -Aentitylint.config} ({@code -Aentitylint.conventions.write}).
 * A convention is what more than half of the entities (or named indexes, constraints) that show
 * one follow, and at least two; where none does, the default stands and the file says so. Every key comes with a
 * comment giving its evidence. The text depends only on the entities, never on their order, so
 * two runs give the same bytes.
 */
public final class Conventions {

    private static final Set<String> CREATED_ANNOTATIONS = Set.of(
            "org.springframework.data.annotation.CreatedDate", "org.hibernate.annotations.CreationTimestamp");
    private static final Set<String> UPDATED_ANNOTATIONS = Set.of(
            "org.springframework.data.annotation.LastModifiedDate", "org.hibernate.annotations.UpdateTimestamp");
    private static final Set<String> CREATED_WORDS = Set.of("created", "create", "creation", "inserted", "insert");
    private static final Set<String> UPDATED_WORDS = Set.of(
            "updated", "update", "modified", "modify", "modification", "changed", "lastmodified", "lastupdated");
    private static final Set<String> DELETED_WORDS = Set.of("deleted", "delete", "deletion", "removed", "removal");
    /** Words that make a matching name something else: who did it, an id, a reason. */
    private static final Set<String> NOT_A_TIME = Set.of("by", "user", "id", "uid", "reason", "count", "number");
    /** Types a team keeps a point in time in, besides the four {@code TypeInfo#isTimestamp} accepts. */
    private static final Set<String> LEGACY_TIME_TYPES = Set.of(
            "java.util.Date", "java.sql.Timestamp", "java.util.Calendar");

    /**
     * The file's text and the number of keys it sets.
     *
     * @param text the whole file
     * @param count the keys written (not counting comments)
     */
    public record Written(String text, int count) {
    }

    private final List<EntityModel> entities;
    private final List<EntityModel> roots;
    private final Options defaults = Options.parse(Map.of(), List.of());
    private final StringBuilder text = new StringBuilder();
    private int count;

    private Conventions(List<EntityModel> entities) {
        List<EntityModel> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(EntityModel::qualifiedName));
        this.entities = sorted;
        this.roots = sorted.stream().filter(EntityModel::isHierarchyRoot).toList();
    }

    /** Reads the conventions of {@code entities} and renders them. */
    public static Written of(List<EntityModel> entities) {
        Conventions conventions = new Conventions(entities);
        conventions.render();
        return new Written(conventions.text.toString(), conventions.count);
    }

    private void render() {
        line("# entitylint conventions, read from the " + entities.size() + " entities of this codebase by "
                + "-A" + Options.CONVENTIONS_WRITE + ".");
        line("# Point -A" + Options.CONFIG + " at this file: rules then check new code against these conventions.");
        line("# A convention is what more than half (and at least two) of the entities, or of the named indexes");
        line("# and keys, that show one follow; where there is none, the comment says so and the default stands.");
        line("# Subclasses count with their hierarchy's root. Write the file again from a full build when the");
        line("# conventions change, and review it like code.");
        audit("auditFields.created", "creation time", CREATED_ANNOTATIONS, CREATED_WORDS, defaults.createdColumn());
        audit("auditFields.updated", "modification time", UPDATED_ANNOTATIONS, UPDATED_WORDS, defaults.updatedColumn());
        softDelete();
        namePrefixes();
        naming();
        nameCase();
    }

    private void audit(String key, String what, Set<String> annotations, Set<String> words, String fallback) {
        Tally names = new Tally();
        Tally types = new Tally();
        int none = 0;
        for (EntityModel entity : roots) {
            Optional<ColumnModel> column = auditColumn(entity, annotations, words);
            if (column.isEmpty()) {
                none++;
                continue;
            }
            names.add(Names.key(column.get().name()));
            types.add(column.get().type() == null ? "?" : column.get().type().simpleName());
        }
        blank();
        if (names.total() == 0) {
            comment(key + " — no entity keeps its " + what + " in a column named or annotated for it; the default "
                    + fallback + " stands");
            return;
        }
        convention(key, names.majority().orElse(null), names, none, roots.size(), "entities",
                "; types: " + types.breakdown(0), fallback);
    }

    /** The entity's column filled at insert (or update): by what fills it, else by its name and type. */
    private static Optional<ColumnModel> auditColumn(EntityModel entity, Set<String> annotations, Set<String> words) {
        for (ColumnModel column : entity.table().columns()) {
            AttributeModel attribute = column.attribute();
            if (attribute != null && attribute.annotations().stream().anyMatch(annotations::contains)) {
                return Optional.of(column);
            }
        }
        for (ColumnModel column : entity.table().columns()) {
            List<String> parts = NameCase.words(column.name());
            if (isTime(column) && parts.stream().anyMatch(words::contains)
                    && parts.stream().noneMatch(NOT_A_TIME::contains)
                    && !(words == CREATED_WORDS && parts.stream().anyMatch(UPDATED_WORDS::contains))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private void softDelete() {
        Tally names = new Tally();
        int hibernate = 0;
        int none = 0;
        for (EntityModel entity : roots) {
            if (entity.hibernateSoftDelete() != null) {
                hibernate++;
                continue;
            }
            Optional<ColumnModel> column = softDeleteColumn(entity);
            if (column.isEmpty()) {
                none++;
            } else {
                names.add(Names.key(column.get().name()));
                if (!isTime(column.get())) {
                    names.flag(Names.key(column.get().name()));
                }
            }
        }
        int softDeleting = names.total() + hibernate;
        String hibernateNote = hibernate == 0 ? "" : "; Hibernate @SoftDelete " + hibernate;
        blank();
        if (none * 2 > roots.size()) {
            comment("softDelete — " + none + " of " + roots.size() + " entities keep no soft-delete column"
                    + (softDeleting == 0 ? "" : " (the others: " + names.breakdown(0) + hibernateNote + ")")
                    + ": deleting rows for good is the convention, so the column is optional");
            key("softDelete", "optional");
        } else {
            comment("softDelete — " + softDeleting + " of " + roots.size() + " entities soft-delete, so the column "
                    + "stays required");
        }
        if (names.total() > 0) {
            convention("softDelete.column", names.majority().orElse(null), names, none, roots.size(), "entities",
                    hibernateNote, defaults.softDeleteColumn());
        }
    }

    private static Optional<ColumnModel> softDeleteColumn(EntityModel entity) {
        ColumnModel flag = null;
        for (ColumnModel column : entity.table().columns()) {
            List<String> parts = NameCase.words(column.name());
            if (parts.stream().noneMatch(DELETED_WORDS::contains) || parts.stream().anyMatch(NOT_A_TIME::contains)
                    || column.type() == null) {
                continue;
            }
            if (isTime(column)) {
                return Optional.of(column); // a deletion time is what soft-delete asks for: it wins over a flag
            }
            if (flag == null && (column.type().isBoolean() || column.type().isIntegral())) {
                flag = column;
            }
        }
        return Optional.ofNullable(flag);
    }

    private void namePrefixes() {
        Tally index = new Tally();
        Tally unique = new Tally();
        Tally foreignKey = new Tally();
        Set<String> seen = new TreeSet<>();
        for (EntityModel entity : entities) {
            String table = entity.table().name();
            for (IndexModel named : entity.table().indexes()) {
                if (named.hasExplicitName() && seen.add(Names.key(table) + "/" + Names.key(named.name()))) {
                    boolean isUnique = named.unique() || named.kind() == IndexModel.Kind.UNIQUE_CONSTRAINT;
                    (isUnique ? unique : index).add(prefix(named.name(), table));
                }
            }
            for (ForeignKeyModel key : entity.table().foreignKeys()) {
                if (key.name() != null && !key.name().isBlank()
                        && seen.add(Names.key(table) + "/" + Names.key(key.name()))) {
                    foreignKey.add(prefix(key.name(), table));
                }
            }
        }
        prefixKey("names.index", "index", index, defaults.indexPrefix());
        prefixKey("names.unique", "unique constraint", unique, defaults.uniquePrefix());
        prefixKey("names.foreignKey", "foreign key", foreignKey, defaults.foreignKeyPrefix());
    }

    private void prefixKey(String key, String what, Tally prefixes, String fallback) {
        blank();
        if (prefixes.total() == 0) {
            comment(key + " — no " + what + " is named in the mapping; the default " + fallback + " stands");
            return;
        }
        String unit = "named " + (prefixes.total() == 1 ? what : what.endsWith("x") ? "indexes" : what + "s");
        convention(key, prefixes.majority().filter(p -> !p.equals(Tally.OTHER)).orElse(null), prefixes, 0,
                prefixes.total(), unit, "", fallback);
    }

    /** {@code idx_} of {@code idx_orders_status}; a name that starts with its table's name has none. */
    private static String prefix(String name, String table) {
        String plain = Names.key(name);
        int underscore = plain.indexOf('_');
        if (underscore <= 0 || underscore > 6 || plain.startsWith(Names.key(table) + "_")) {
            return Tally.OTHER;
        }
        String word = plain.substring(0, underscore);
        return word.chars().allMatch(c -> c >= 'a' && c <= 'z') ? word + "_" : Tally.OTHER;
    }

    /**
     * What explicit names reveal of the naming strategy: a multi-word attribute ({@code createdAt})
     * whose column name is left implicit relies on a strategy that turns it into snake_case.
     */
    private void naming() {
        int implicit = 0;
        int multiWord = 0;
        Set<String> seen = new TreeSet<>();
        for (EntityModel entity : entities) {
            for (AttributeModel attribute : entity.attributes()) {
                if (attribute.kind() != AttributeKind.BASIC || attribute.name().equals(attribute.name()
                        .toLowerCase(Locale.ROOT)) || !seen.add(attribute.declaringType().getQualifiedName() + "#"
                        + attribute.name())) {
                    continue;
                }
                multiWord++;
                if (attribute.column().name() == null || attribute.column().name().isBlank()) {
                    implicit++;
                }
            }
        }
        blank();
        String evidence = multiWord - implicit + " of " + multiWord + " multi-word attributes (such as createdAt) "
                + "name their column explicitly";
        if (multiWord > 0 && implicit * 2 > multiWord) {
            comment("naming — " + implicit + " of " + multiWord + " multi-word attributes leave their column name to "
                    + "the naming strategy and expect snake_case names from it (created_at)");
            key("naming", "snake_case");
        } else {
            comment("naming — " + (multiWord == 0 ? "no multi-word attribute shows it" : evidence)
                    + ", so explicit names cannot tell Spring Boot's snake_case from JPA's names-as-written; the "
                    + "default " + defaults.naming().optionValue() + " stands (write naming=jpa if Hibernate keeps "
                    + "names as written)");
        }
    }

    /** The case of the names written in the mapping: tables, columns, join columns, indexes, keys. */
    private void nameCase() {
        Map<String, String> written = new TreeMap<>();
        for (EntityModel entity : entities) {
            if (entity.table().explicitName() && entity.table().writtenName() != null) {
                written.put("table " + entity.qualifiedName(), entity.table().writtenName());
            }
            for (AttributeModel attribute : entity.attributes()) {
                String owner = attribute.declaringType().getQualifiedName() + "#" + attribute.name();
                putName(written, "column " + owner, attribute.column());
                for (int i = 0; i < attribute.joinColumns().size(); i++) {
                    putName(written, "join " + i + " " + owner, attribute.joinColumns().get(i));
                }
            }
            for (IndexModel index : entity.table().indexes()) {
                if (index.hasExplicitName()) {
                    written.put("index " + Names.key(entity.table().name()) + "/" + index.name(), index.name());
                }
            }
        }
        Tally cases = new Tally();
        for (String name : written.values()) {
            String plain = Names.unquote(name.trim());
            if (plain.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
                cases.add("lower_snake_case");
            } else if (plain.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
                cases.add("upper_snake_case");
            } else {
                cases.add(Tally.OTHER);
            }
        }
        blank();
        if (cases.total() == 0) {
            comment("namingConvention — the mapping writes no names");
            return;
        }
        Optional<String> top = cases.majority().filter(c -> !c.equals(Tally.OTHER));
        convention("namingConvention", top.orElse(null), cases, 0, cases.total(), "written names", "",
                "lower_snake_case");
    }

    private static void putName(Map<String, String> into, String key, ColumnSpec spec) {
        if (spec.name() != null && !spec.name().isBlank()) {
            into.put(key, spec.name());
        }
    }

    /**
     * Writes {@code key=top} with its evidence ({@code created_date in 180 of 224 entities
     * (created_at 20, none 24)}), or, without a majority, says that the default stands.
     */
    private void convention(String key, String top, Tally tally, int none, int of, String unit, String more,
            String fallback) {
        comment(key + " — " + evidence(top, tally, none, of, unit) + more
                + (top == null ? "; the default " + fallback + " stands" : ""));
        if (top != null) {
            key(key, top);
        }
    }

    private static String evidence(String top, Tally tally, int none, int of, String unit) {
        if (top == null) {
            return "no clear convention: " + tally.breakdown(none) + " of " + of + " " + unit;
        }
        String others = tally.breakdownWithout(top, none);
        return tally.label(top) + " in " + tally.count(top) + " of " + of + " " + unit
                + (others.isEmpty() ? "" : " (" + others + ")");
    }

    private void key(String key, String value) {
        text.append(Options.PREFIX).append(key).append('=').append(value).append('\n');
        count++;
    }

    private void comment(String comment) {
        line("# " + comment);
    }

    private void blank() {
        line("");
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    private static boolean isTime(ColumnModel column) {
        return column.type() != null && (column.type().isTimestamp()
                || LEGACY_TIME_TYPES.contains(column.type().name()));
    }

    /** Counts of values; breakdowns list them by count, then by name, so the text is stable. */
    private static final class Tally {
        static final String OTHER = "other";
        private final Map<String, Integer> counts = new TreeMap<>();
        private final Set<String> flags = new TreeSet<>();

        /** Marks a soft-delete column name as a flag (boolean or number), not a deletion time. */
        void flag(String value) {
            flags.add(value);
        }

        String label(String value) {
            return flags.contains(value) ? value + " (a flag)" : value;
        }

        void add(String value) {
            counts.merge(value, 1, Integer::sum);
        }

        int count(String value) {
            return counts.getOrDefault(value, 0);
        }

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The value more than half of the counted ones have, seen at least twice: one example is no convention. */
        Optional<String> majority() {
            int total = total();
            return counts.entrySet().stream().filter(e -> e.getValue() * 2 > total && e.getValue() >= 2)
                    .map(Map.Entry::getKey).findFirst();
        }

        String breakdown(int none) {
            return breakdownWithout(null, none);
        }

        String breakdownWithout(String skipped, int none) {
            List<String> parts = new ArrayList<>();
            counts.entrySet().stream()
                    .filter(e -> !e.getKey().equals(skipped))
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().equals(OTHER) ? 1 : 0)
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> parts.add(label(e.getKey()) + " " + e.getValue()));
            if (none > 0) {
                parts.add("none " + none);
            }
            return String.join(", ", parts);
        }
    }
}
