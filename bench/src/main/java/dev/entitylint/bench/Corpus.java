package dev.entitylint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic but realistic model of N entities, the same for the same N and seed: a mapped
 * superclass with the audit and soft-delete columns, embeddables (money, address), to-one and
 * to-many relations, enums, money and string columns, and a sprinkling of real violations
 * (about one entity in seven misses an index, one in ten a string length, one in thirteen stores
 * money as double).
 */
final class Corpus {

    /** One source file: its qualified type name and its code. */
    record Source(String qualifiedName, String code) {
    }

    static final String PACKAGE = "com.bench.model";

    private Corpus() {
    }

    static List<Source> generate(int entities, long seed) {
        Random random = new Random(seed * 31 + entities);
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(PACKAGE + ".BaseEntity", """
                package com.bench.model;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class BaseEntity {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                    @Column(name = "created_at", nullable = false, updatable = false) private Instant createdAt;
                    @Column(name = "updated_at", nullable = false) private Instant updatedAt;
                    @Column(name = "deleted_at") private Instant deletedAt;
                    @Version private long version;

                    public Long getId() { return id; }
                    public Instant getCreatedAt() { return createdAt; }
                    public Instant getDeletedAt() { return deletedAt; }
                }
                """));
        sources.add(new Source(PACKAGE + ".Money", """
                package com.bench.model;

                import jakarta.persistence.*;
                import java.math.BigDecimal;

                @Embeddable
                public class Money {
                    @Column(precision = 19, scale = 2) private BigDecimal amount;
                    @Column(length = 3) private String currency;
                }
                """));
        sources.add(new Source(PACKAGE + ".Address", """
                package com.bench.model;

                import jakarta.persistence.*;

                @Embeddable
                public class Address {
                    @Column(length = 200) private String line1;
                    @Column(length = 200) private String line2;
                    @Column(length = 100) private String city;
                    @Column(name = "postal_code", length = 16) private String postalCode;
                    @Column(name = "country_code", length = 2) private String countryCode;
                }
                """));
        sources.add(new Source(PACKAGE + ".Status", """
                package com.bench.model;

                public enum Status { DRAFT, ACTIVE, ARCHIVED }
                """));
        for (int i = 0; i < entities; i++) {
            sources.add(entity(i, random));
        }
        return sources;
    }

    /** {@code @GenerateRepository} for every entity of the package. */
    static Source generateRepositories() {
        return new Source(PACKAGE + ".package-info",
                "@dev.entitylint.GenerateRepository\npackage com.bench.model;\n");
    }

    private static Source entity(int i, Random random) {
        String name = "Entity" + i;
        String table = "entity" + i;
        StringBuilder indexes = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        List<String> parents = new ArrayList<>();
        int relations = i == 0 ? 0 : 1 + random.nextInt(3);
        for (int r = 0; r < relations; r++) {
            int target = random.nextInt(i);
            String attribute = "parent" + r;
            parents.add("Entity" + target);
            fields.append("    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"").append(attribute)
                    .append("_id\") private Entity").append(target).append(' ').append(attribute).append(";\n");
            boolean missingIndex = (i + r) % 7 == 3;
            if (!missingIndex) {
                indexes.append(indexes.length() == 0 ? "" : ",\n        ")
                        .append("@Index(name = \"ix_").append(table).append('_').append(attribute)
                        .append("_id\", columnList = \"").append(attribute).append("_id, status\")");
            }
            accessors.append("    public Entity").append(target).append(" get").append(capitalize(attribute))
                    .append("() { return ").append(attribute).append("; }\n");
        }
        if (i > 0 && random.nextInt(4) == 0) {
            int child = random.nextInt(i);
            fields.append("    @OneToMany private java.util.List<Entity").append(child)
                    .append("> children = new java.util.ArrayList<>();\n");
        }
        fields.append("    @Column(nullable = false, length = 120) private String name;\n");
        fields.append(i % 10 == 4
                ? "    private String description;\n"
                : "    @Column(length = 2000) private String description;\n");
        fields.append("    @Column(name = \"email\", length = 320) private String email;\n");
        fields.append("    @Enumerated(EnumType.STRING) @Column(length = 16, nullable = false) private Status status;\n");
        fields.append("    @Embedded private Money price;\n");
        if (random.nextBoolean()) {
            fields.append("    @Embedded private Address address;\n");
        }
        fields.append(i % 13 == 6
                ? "    private double totalAmount;\n"
                : "    @Column(precision = 19, scale = 2) private java.math.BigDecimal totalAmount;\n");
        fields.append("    private double weightKg;\n");
        fields.append("    private long balanceCents;\n");
        fields.append("    private boolean active;\n");
        accessors.append("    public String getName() { return name; }\n");
        accessors.append("    public void setName(String name) { this.name = name; }\n");
        accessors.append("    public Status getStatus() { return status; }\n");

        String code = "package com.bench.model;\n\n"
                + "import jakarta.persistence.*;\n\n"
                + "@Entity\n"
                + "@Table(name = \"" + table + "\""
                + (indexes.length() == 0 ? "" : ", indexes = {\n        " + indexes + "}") + ")\n"
                + "public class " + name + " extends BaseEntity {\n"
                + fields
                + "\n"
                + accessors
                + "}\n";
        return new Source(PACKAGE + "." + name, code);
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
