package dev.entitylint.processor.config;

import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.rules.RuleDescriptor;
import dev.entitylint.processor.rules.RuleRegistry;
import dev.entitylint.processor.testing.Lint;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ProfileOptionTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.standard();

    private static Options options(String... keyValues) {
        Map<String, String> raw = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            raw.put(keyValues[i], keyValues[i + 1]);
        }
        return Options.parse(raw, REGISTRY.ids());
    }

    private static Severity severity(Options options, RuleDescriptor rule) {
        return REGISTRY.severity(rule.id(), options);
    }

    @Test
    void recommendedIsEachRulesDefault() {
        Options options = options();
        assertEquals(Profile.RECOMMENDED, options.profile());
        for (RuleDescriptor rule : REGISTRY.descriptors()) {
            assertEquals(rule.defaultSeverity(), severity(options, rule), rule.id());
        }
        assertEquals(Severity.OFF, severity(options, REGISTRY.descriptor("nullable-column").orElseThrow()));
        assertEquals(Severity.OFF, severity(options, REGISTRY.descriptor("tenant-column").orElseThrow()));
        assertEquals(Severity.ERROR, severity(options, REGISTRY.descriptor("fk-index").orElseThrow()));
    }

    @Test
    void strictMakesEveryRuleAtLeastAWarning() {
        Options options = options("entitylint.profile", "strict");
        for (RuleDescriptor rule : REGISTRY.descriptors()) {
            if (!rule.needsOption().isEmpty()) {
                continue; // tenant-column, schema-drift: need their option in every profile
            }
            Severity severity = severity(options, rule);
            assertTrue(severity == Severity.ERROR || severity == Severity.WARNING, rule.id() + " is " + severity);
        }
        assertEquals(Severity.WARNING, severity(options, REGISTRY.descriptor("nullable-column").orElseThrow()));
        assertEquals(Severity.ERROR, severity(options, REGISTRY.descriptor("enum-string").orElseThrow()));
    }

    @Test
    void relaxedKeepsOnlyWhatBreaksAtRunTime() {
        Options options = options("entitylint.profile", "relaxed");
        Set<String> on = REGISTRY.descriptors().stream()
                .filter(rule -> severity(options, rule) != Severity.OFF)
                .map(RuleDescriptor::id)
                .collect(Collectors.toSet());
        assertEquals(Set.of("primary-key", "index-column", "mapped-by", "reserved-word", "identifier-length",
                "sql-identifier", "suppression"), on);
    }

    @Test
    void rulesOptionStillOverridesTheProfile() {
        Options options = options("entitylint.profile", "relaxed", "entitylint.rules", "enum-string:warning");
        assertEquals(Severity.WARNING, severity(options, REGISTRY.descriptor("enum-string").orElseThrow()));
        Options strict = options("entitylint.profile", "strict", "entitylint.rules", "nullable-column:off");
        assertEquals(Severity.OFF, severity(strict, REGISTRY.descriptor("nullable-column").orElseThrow()));
    }

    @Test
    void tenantColumnTurnsItsRuleOn() {
        RuleDescriptor rule = REGISTRY.descriptor("tenant-column").orElseThrow();
        assertEquals(Severity.ERROR, severity(options("entitylint.tenantColumn", "tenant_id"), rule));
        assertEquals(Severity.ERROR,
                severity(options("entitylint.tenantColumn", "tenant_id", "entitylint.profile", "relaxed"), rule));
        assertEquals(Severity.ERROR,
                severity(options("entitylint.tenantColumn", "tenant_id", "entitylint.profile", "strict"), rule));
        assertEquals(Severity.WARNING, severity(options("entitylint.tenantColumn", "tenant_id",
                "entitylint.rules", "tenant-column:warning"), rule));
    }

    /** A tenant column that is not a column name is a [config] error; the rule does not guess one instead. */
    @Test
    void aRejectedTenantColumnLeavesItsRuleOff() {
        Options options = options("entitylint.tenantColumn", "tenant-id");
        assertEquals(1, options.problems().size(), options.problems()::toString);
        assertEquals(Severity.OFF, severity(options, REGISTRY.descriptor("tenant-column").orElseThrow()));
    }

    @Test
    void badValuesNameTheTokenAndTheValidOnes() {
        assertEquals(List.of("unknown value 'strcit' for -Aentitylint.profile — use one of: recommended, strict, "
                + "relaxed; did you mean 'strict'?"), options("entitylint.profile", "strcit").problems());
        assertEquals(List.of("unknown value 'postgres' for -Aentitylint.identifierLength; did you mean "
                + "'postgresql'? — use a database (db2, h2, mariadb, mysql, oracle, oracle11, postgresql, "
                + "sqlserver) or a positive number of bytes such as 63"),
                options("entitylint.identifierLength", "postgres").problems());
        assertTrue(options("entitylint.identifierLength", "0").problems().get(0).contains("'0'"));
        assertEquals(List.of("unknown reserved-word list 'oracle' in -Aentitylint.reservedWords — valid lists: "
                + "postgresql, h2, mysql, sql (comma-separated; the default is postgresql,h2, sql is standard "
                + "SQL's strict list)"),
                options("entitylint.reservedWords", "postgresql,oracle").problems());
        assertTrue(options("entitylint.reservedWords", "postgresql,h3").problems().get(0)
                .contains("'h3' in -Aentitylint.reservedWords; did you mean 'h2'?"));
        assertTrue(options("entitylint.reservedWords", " , ").problems().get(0)
                .contains("-Aentitylint.reservedWords is empty — name at least one of: postgresql, h2, mysql, sql"));
        assertEquals(Set.of("postgresql", "h2"), options().reservedWordSets());
        assertEquals(Set.of("h2"), options("entitylint.reservedWords", "H2").reservedWordSets());
        assertEquals(List.of("unknown value 'uper_snake_case' for -Aentitylint.namingConvention; did you mean "
                + "'upper_snake_case'? — use one of: lower_snake_case (the default), upper_snake_case"),
                options("entitylint.namingConvention", "uper_snake_case").problems());
        assertEquals(NamingConvention.LOWER_SNAKE_CASE, options().namingConvention());
        assertEquals(NamingConvention.UPPER_SNAKE_CASE,
                options("entitylint.namingConvention", " UPPER_SNAKE_CASE ").namingConvention());
        assertEquals(List.of("-Aentitylint.tenantColumn='tenant-id' is not a column name — write a plain SQL "
                + "identifier such as tenant_id"), options("entitylint.tenantColumn", "tenant-id").problems());
        Options good = options("entitylint.identifierLength", "MySQL", "entitylint.reservedWords", "mysql, sql");
        assertEquals(List.of(), good.problems());
        assertEquals(64, good.identifierLength());
        assertEquals(Set.of("mysql", "sql"), good.reservedWordSets());
    }

    private static final JavaFileObject ORDER = source("com.acme.Order", """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            class Order {
                Status status;
                String note;
            }

            enum Status { NEW, PAID }
            """);

    @Test
    void relaxedProfileInACompilation() {
        Compilation compilation = Lint.allRules("-Aentitylint.profile=relaxed").compile(ORDER);
        assertEquals(List.of("primary-key", "reserved-word"), ruleIds(compilation));
    }

    @Test
    void badProfileIsAConfigErrorAndTheDefaultsStay() {
        Compilation compilation = Lint.allRules("-Aentitylint.profile=lenient",
                "-Aentitylint.rules=all:off,primary-key:error").compile(ORDER);
        List<String> messages = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
        assertTrue(messages.contains("[config] unknown value 'lenient' for -Aentitylint.profile — use one of: "
                + "recommended, strict, relaxed"), messages.toString());
        assertEquals(List.of("config", "primary-key"), ruleIds(compilation));
    }

    private static List<String> ruleIds(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE || d.getMessage(Locale.ROOT).startsWith("["))
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("["))
                .map(m -> m.substring(1, m.indexOf(']')))
                .sorted()
                .toList();
    }
}
