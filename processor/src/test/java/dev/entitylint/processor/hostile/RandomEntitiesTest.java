package dev.entitylint.processor.hostile;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.EntityLintProcessor;
import dev.entitylint.processor.compilers.Ecj;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of random entity models built from the JPA annotations in random, often contradictory
 * combinations (fixed seeds, so a failure names the seed that reproduces it). Whatever the model,
 * every compilation ends without an exception, an {@code [internal]} diagnostic or a stack trace.
 */
class RandomEntitiesTest {

    private static final int JAVAC_SEEDS = 300;
    private static final int ECJ_SEEDS = 60;

    @Test
    void javacSurvivesRandomModels() {
        for (int seed = 0; seed < JAVAC_SEEDS; seed++) {
            List<JavaFileObject> sources = new Generator(seed).sources();
            List<String> options = new ArrayList<>();
            if (seed % 3 == 0) {
                options.add("-XDshould-stop.ifError=FLOW"); // as IDEs do: processors see broken code too
            }
            if (seed % 4 == 1) {
                options.add("-Aentitylint.naming=jpa");
            }
            if (seed % 5 == 2) {
                options.add("-Aentitylint.softDelete=optional");
            }
            int s = seed;
            try {
                Hostile.healthy("javac, seed " + seed, Hostile.compile(sources, options).diagnostics());
            } catch (AssertionError e) {
                throw new AssertionError("seed " + s + ":\n" + Generator.show(sources), e);
            }
        }
    }

    @Test
    void ecjSurvivesRandomModels() {
        for (int seed = 1000; seed < 1000 + ECJ_SEEDS; seed++) {
            List<JavaFileObject> sources = new Generator(seed).sources();
            Ecj.Result result = Ecj.compile(sources, List.of(), new EntityLintProcessor());
            for (String problem : result.problems()) {
                try {
                    Hostile.noInternalFailure("ecj, seed " + seed, problem);
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + seed + ":\n" + Generator.show(sources), e);
                }
            }
        }
    }

    /** One random model: a few classes in one package that refer to each other. */
    static final class Generator {
        private static final String[] TYPES = {
            "String", "java.math.BigDecimal", "double", "Double", "float", "long", "Long", "int", "Integer",
            "boolean", "Boolean", "java.time.Instant", "java.time.LocalDateTime", "java.time.LocalDate",
            "java.util.UUID", "byte[]", "char[]", "Status", "java.util.List<String>", "java.util.Set<%s>",
            "java.util.Map<String, %s>", "%s", "%s", "%s", "NoSuchType", "java.util.List<NoSuchType>", "Object",
            "java.io.Serializable", "T"};
        private static final String[] NAMES = {
            "id", "name", "email", "price", "totalAmount", "unitPrice", "shippingFee", "balance", "createdAt",
            "updatedAt", "deletedAt", "owner", "parent", "children", "address", "status", "code", "weightKg",
            "priceCents", "tax", "items", "tags", "version", "description", "url", "phone", "country", "currency"};
        private static final String[] KINDS = {"@Entity", "@Entity", "@Entity", "@MappedSuperclass", "@Embeddable", ""};

        private final Random random;
        private final int classCount;
        private final List<String> classNames = new ArrayList<>();

        Generator(long seed) {
            random = new Random(seed);
            classCount = 2 + random.nextInt(5);
            for (int i = 0; i < classCount; i++) {
                classNames.add("C" + i);
            }
        }

        List<JavaFileObject> sources() {
            List<JavaFileObject> sources = new ArrayList<>();
            for (String name : classNames) {
                sources.add(source("com.fuzz." + name, classSource(name)));
            }
            sources.add(source("com.fuzz.Status", "package com.fuzz;\npublic enum Status { NEW, DONE }\n"));
            if (random.nextInt(4) == 0) {
                sources.add(source("com.fuzz.package-info",
                        "@dev.entitylint.GenerateRepository\npackage com.fuzz;\n"));
            }
            return sources;
        }

        static String show(List<JavaFileObject> sources) {
            StringBuilder text = new StringBuilder();
            for (JavaFileObject source : sources) {
                try {
                    text.append("// ").append(source.getName()).append('\n').append(source.getCharContent(true));
                } catch (java.io.IOException e) {
                    text.append(e);
                }
            }
            return text.toString();
        }

        private String other() {
            return classNames.get(random.nextInt(classNames.size()));
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private String classSource(String name) {
            StringBuilder code = new StringBuilder("package com.fuzz;\n\nimport jakarta.persistence.*;\n"
                    + "import dev.entitylint.*;\nimport java.util.*;\n\n");
            code.append(pick(KINDS)).append('\n');
            if (chance(20)) {
                code.append("@Access(AccessType.").append(chance(50) ? "PROPERTY" : "FIELD").append(")\n");
            }
            if (chance(40)) {
                code.append(table(name)).append('\n');
            }
            if (chance(15)) {
                code.append("@Inheritance(strategy = InheritanceType.")
                        .append(pick(new String[] {"SINGLE_TABLE", "JOINED", "TABLE_PER_CLASS"})).append(")\n");
            }
            if (chance(10)) {
                code.append("@org.hibernate.annotations.SoftDelete\n");
            }
            if (chance(10)) {
                code.append("@SuppressWarnings(\"entitylint").append(chance(50) ? "" : ":fk-index").append("\")\n");
            }
            if (chance(10)) {
                code.append("@Allow(value = \"soft-delete\", reason = \"").append(chance(50) ? "" : "log")
                        .append("\")\n");
            }
            if (chance(10)) {
                code.append("@AttributeOverride(name = \"").append(pick(NAMES))
                        .append("\", column = @Column(name = \"over\"))\n");
            }
            if (chance(10)) {
                code.append("@IdClass(").append(other()).append(".class)\n");
            }
            code.append("public ").append(chance(20) ? "abstract " : "").append("class ").append(name)
                    .append(chance(30) ? "<T extends Comparable<T>>" : "");
            if (chance(40)) {
                String parent = other();
                code.append(" extends ").append(parent.equals(name) ? "NoSuchBase" : parent);
                if (chance(30)) {
                    code.append("<String>");
                }
            }
            code.append(" {\n");
            int attributes = random.nextInt(12);
            for (int i = 0; i < attributes; i++) {
                code.append(attribute(i));
            }
            code.append("}\n");
            return code.toString();
        }

        private String table(String name) {
            StringBuilder table = new StringBuilder("@Table(");
            if (chance(50)) {
                table.append("name = \"").append(chance(20) ? "`Quoted`" : name.toLowerCase()).append("\", ");
            }
            table.append("indexes = {");
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                table.append(i == 0 ? "" : ", ").append("@Index(");
                if (chance(50)) {
                    table.append("name = \"ix_").append(i).append("\", ");
                }
                table.append("columnList = \"").append(columnList()).append("\"");
                if (chance(20)) {
                    table.append(", unique = true");
                }
                table.append(")");
            }
            table.append("}");
            if (chance(30)) {
                table.append(", uniqueConstraints = @UniqueConstraint(columnNames = {\"")
                        .append(pick(NAMES)).append("\"})");
            }
            return table.append(")").toString();
        }

        private String columnList() {
            StringBuilder list = new StringBuilder();
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                list.append(i == 0 ? "" : ", ").append(pick(NAMES)).append(chance(30) ? "_id" : "")
                        .append(chance(10) ? " desc" : "");
            }
            return list.toString();
        }

        private String attribute(int index) {
            StringBuilder field = new StringBuilder();
            String type = String.format(pick(TYPES), other());
            String name = pick(NAMES) + (chance(30) ? index : "");
            int annotations = random.nextInt(5);
            for (int i = 0; i < annotations; i++) {
                field.append("    ").append(annotation(type)).append('\n');
            }
            boolean property = chance(25);
            if (property) {
                String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                field.append("    public ").append(type).append(type.equals("boolean") && chance(50) ? " is" : " get")
                        .append(capitalized).append("() { return ").append(defaultValue(type)).append("; }\n");
            } else {
                field.append("    ").append(chance(10) ? "static " : chance(10) ? "transient " : "")
                        .append(type).append(' ').append(name).append(";\n");
            }
            return field.toString();
        }

        private static String defaultValue(String type) {
            return switch (type) {
                case "double", "float", "long", "int" -> "0";
                case "boolean" -> "false";
                default -> "null";
            };
        }

        private String annotation(String type) {
            return switch (random.nextInt(24)) {
                case 0, 1 -> "@Id";
                case 2 -> "@EmbeddedId";
                case 3, 4 -> column("Column");
                case 5 -> "@ManyToOne" + (chance(30) ? "(optional = false, fetch = FetchType.LAZY)" : "");
                case 6 -> "@OneToOne" + (chance(40) ? "(mappedBy = \"" + pick(NAMES) + "\")" : "");
                case 7 -> "@OneToMany" + (chance(50) ? "(mappedBy = \"" + pick(NAMES) + "\")" : "");
                case 8 -> "@ManyToMany";
                case 9 -> column("JoinColumn");
                case 10 -> "@JoinColumns({" + column("JoinColumn") + ", " + column("JoinColumn") + "})";
                case 11 -> "@Embedded";
                case 12 -> "@ElementCollection";
                case 13 -> "@Transient";
                case 14 -> "@Lob";
                case 15 -> "@Enumerated(EnumType.STRING)";
                case 16 -> "@MapsId";
                case 17 -> "@AttributeOverride(name = \"" + pick(NAMES) + "\", column = " + column("Column") + ")";
                case 18 -> "@Version";
                case 19 -> "@jakarta.validation.constraints.Size(max = " + (random.nextInt(3) * 100) + ")";
                case 20 -> "@Money";
                case 21 -> "@SuppressWarnings(\"entitylint:" + pick(new String[] {"string-length", "nope", "all"})
                        + "\")";
                case 22 -> "@ManyToOne(targetEntity = " + other() + ".class)";
                default -> "@JoinTable(name = \"jt\")";
            };
        }

        private String column(String annotation) {
            StringBuilder column = new StringBuilder("@").append(annotation).append("(");
            List<String> members = new ArrayList<>();
            if (chance(50)) {
                members.add("name = \"" + (chance(20) ? "" : pick(NAMES) + (chance(30) ? "_id" : "")) + "\"");
            }
            if (annotation.equals("Column")) {
                if (chance(40)) {
                    members.add("length = " + (random.nextInt(3) - 1) * 100);
                }
                if (chance(30)) {
                    members.add("precision = " + random.nextInt(25));
                }
                if (chance(30)) {
                    members.add("scale = " + random.nextInt(5));
                }
                if (chance(10)) {
                    members.add("columnDefinition = \"text\"");
                }
                if (chance(10)) {
                    members.add("table = \"other\"");
                }
            } else {
                if (chance(30)) {
                    members.add("referencedColumnName = \"" + pick(NAMES) + "\"");
                }
                if (chance(20)) {
                    members.add("foreignKey = @ForeignKey(name = \"fk_x\")");
                }
            }
            if (chance(30)) {
                members.add("nullable = " + chance(50));
            }
            if (chance(20)) {
                members.add("unique = " + chance(50));
            }
            return column.append(String.join(", ", members)).append(")").toString();
        }
    }
}
