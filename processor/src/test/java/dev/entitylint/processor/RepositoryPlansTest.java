package dev.entitylint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.entitylint.processor.testing.Lint.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.config.Severity;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.plan.RepositoryPlan;
import dev.entitylint.processor.plan.RepositoryPlanner;
import dev.entitylint.processor.rules.Rule;
import dev.entitylint.processor.rules.RuleContext;
import dev.entitylint.processor.rules.RuleInfo;
import dev.entitylint.processor.rules.RuleRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An entity's repository is planned once per round, from one set of inputs: the plan the rules
 * see is the plan the generator writes.
 */
class RepositoryPlansTest {

    /** Records the plans a rule is handed, asking twice per entity. */
    @RuleInfo(id = "plan-recording", severity = Severity.NOTE, summary = "records repository plans")
    static final class PlanRecordingRule implements Rule {
        final List<RepositoryPlanner.Result> seen = new ArrayList<>();

        @Override
        public void checkEntity(EntityModel entity, RuleContext context) {
            if (entity.generateRepository()) {
                seen.add(context.repositoryPlan(entity));
                seen.add(context.repositoryPlan(entity));
            }
        }
    }

    @Test
    void theRulesSeeThePlanTheGeneratorWrites() throws IOException {
        PlanRecordingRule rule = new PlanRecordingRule();
        Compilation compilation = javac()
                .withProcessors(new EntityLintProcessor(new RuleRegistry(List.of(RuleRegistry.rule(rule)))))
                .compile(source("com.acme.Animal", """
                        package com.acme;

                        import dev.entitylint.GenerateRepository;
                        import jakarta.persistence.*;
                        import java.util.Set;
                        import org.hibernate.annotations.SoftDelete;

                        @Entity
                        @GenerateRepository
                        @SoftDelete
                        @Table(name = "animal")
                        public class Animal {
                            @Id Long id;

                            @ManyToMany
                            @JoinTable(name = "animal_keeper", joinColumns = @JoinColumn(name = "animal_id"),
                                    inverseJoinColumns = @JoinColumn(name = "keeper_id"))
                            Set<Keeper> keepers;
                        }

                        @Entity
                        @Table(name = "keeper")
                        class Keeper {
                            @Id Long id;
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(2, rule.seen.size(), "asked twice for Animal");
        assertSame(rule.seen.get(0), rule.seen.get(1), "planned once");
        RepositoryPlan plan = rule.seen.get(0).plan();
        // The join table's rows go before the entity's when a row is removed for real: the rule's
        // plan knows the tables the entity owns, as the generator's does.
        assertEquals(List.of(new RepositoryPlan.Dependent("animal_keeper", "animal_id")),
                plan.softDelete().hibernate().dependents());
        JavaFileObject repository = compilation.generatedSourceFile("com.acme.AnimalRepository").orElseThrow();
        String text = repository.getCharContent(true).toString();
        assertTrue(text.contains("delete from animal_keeper where animal_id"), text);
    }
}
