package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The shop whose schema the committed snapshot {@code src/test/resources/evolve/shop/V1__shop.schema.json}
 * records, for the unsafe-change rule tests: each test compiles it with one class changed (or
 * gone) against that snapshot. The directory is what {@code -Aentitylint.migrations.write=shop}
 * wrote for {@link #V1} into an empty one; write it again that way when the snapshot format changes.
 */
final class Evolution {

    private Evolution() {
    }

    /** The shop as the snapshot records it, by simple class name. */
    static final Map<String, String> V1 = new LinkedHashMap<>();

    static {
        V1.put("Customer", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                class Customer {
                    @Id Long id;
                    @Column(length = 120) String email;
                    @Column(length = 100) String name;
                    @Column(length = 30) String fax;
                }
                """);
        V1.put("Order", """
                package com.shop;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.util.Set;

                @Entity
                @Table(name = "orders")
                class Order {
                    @Id Long id;
                    @Column(length = 20) String reference;
                    @Column(precision = 12, scale = 2) BigDecimal total;
                    @Enumerated(EnumType.STRING) @Column(length = 16) State state;
                    @Enumerated(EnumType.ORDINAL) Status status;
                    @ManyToOne(fetch = FetchType.LAZY)
                    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer"))
                    Customer customer;
                    @ElementCollection
                    @CollectionTable(name = "order_tags", joinColumns = @JoinColumn(name = "order_id"))
                    @Column(name = "tag", length = 30)
                    Set<String> tags;
                }
                """);
        V1.put("Coupon", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "coupons")
                class Coupon {
                    @Id Long id;
                    @Column(length = 20) String code;
                }
                """);
        V1.put("FaxNumber", """
                package com.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "fax_numbers")
                class FaxNumber {
                    @Id Long id;
                    @Column(length = 30) String number;
                }
                """);
        V1.put("State", """
                package com.shop;

                enum State { OPEN, CLOSED }
                """);
        V1.put("Status", """
                package com.shop;

                enum Status { NEW, PAID, SHIPPED }
                """);
    }

    /** The committed snapshot's directory. */
    static Path migrations() {
        try {
            return Path.of(Evolution.class.getResource("/evolve/shop").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Only {@code ruleId}, against the committed snapshot. */
    static Lint only(String ruleId, String... extraOptions) {
        List<String> options = new ArrayList<>(List.of(extraOptions));
        options.add("-Aentitylint.migrations=" + migrations());
        return Lint.only(ruleId, options.toArray(String[]::new));
    }

    /**
     * The shop with classes replaced or added: pairs of simple name and source, a {@code null} source
     * removing the class.
     */
    static JavaFileObject[] shop(String... replaced) {
        Map<String, String> classes = new LinkedHashMap<>(V1);
        for (int i = 0; i < replaced.length; i += 2) {
            if (replaced[i + 1] == null) {
                classes.remove(replaced[i]);
            } else {
                classes.put(replaced[i], replaced[i + 1]);
            }
        }
        List<JavaFileObject> sources = new ArrayList<>();
        classes.forEach((name, code) -> sources.add(source("com.shop." + name, code)));
        return sources.toArray(JavaFileObject[]::new);
    }

    /** Compiles {@code sources} without the processor into {@code directory}: the class files an incremental build keeps. */
    static Path classFiles(Path directory, JavaFileObject... sources) throws java.io.IOException {
        com.google.testing.compile.Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withOptions("-proc:none").compile(sources);
        if (compilation.status() != com.google.testing.compile.Compilation.Status.SUCCESS) {
            throw new AssertionError(compilation.diagnostics().toString());
        }
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            Path target = directory.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
            java.nio.file.Files.createDirectories(target.getParent());
            try (java.io.InputStream in = file.openInputStream()) {
                java.nio.file.Files.write(target, in.readAllBytes());
            }
        }
        return directory;
    }
}
