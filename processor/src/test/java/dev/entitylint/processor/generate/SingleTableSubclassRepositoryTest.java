package dev.entitylint.processor.generate;

import static dev.entitylint.processor.testing.Lint.source;
import static dev.entitylint.processor.testing.Reflect.call;
import static dev.entitylint.processor.testing.Reflect.construct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entitylint.processor.testing.CompiledSources;
import dev.entitylint.processor.testing.Database;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code @GenerateRepository} on a {@code SINGLE_TABLE} subclass whose root declares a unique
 * index on a column the subclass inherits: the repository is generated, compiles, and its finder
 * on that column works on H2, seeing only rows of the subclass.
 */
class SingleTableSubclassRepositoryTest {

    private static final String PACKAGE = "com.acme.fleet";

    @Test
    void theSubclassRepositoryFindsByTheRootsUniqueColumn() {
        CompiledSources compiled = CompiledSources.compile(Shop.OPTIONS, source(PACKAGE + ".Vehicle", """
                package com.acme.fleet;

                import jakarta.persistence.*;

                @Entity
                @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                @Table(name = "vehicle", indexes = @Index(name = "uq_vehicle_plate", columnList = "plate", unique = true))
                public class Vehicle {
                    @Id
                    @GeneratedValue
                    private Long id;

                    @Column(name = "plate", nullable = false, length = 12)
                    private String plate;

                    protected Vehicle() {
                    }

                    public Vehicle(String plate) {
                        this.plate = plate;
                    }

                    public Long getId() {
                        return id;
                    }

                    public String getPlate() {
                        return plate;
                    }
                }
                """), source(PACKAGE + ".Truck", """
                package com.acme.fleet;

                import dev.entitylint.GenerateRepository;
                import jakarta.persistence.*;

                @Entity
                @GenerateRepository
                public class Truck extends Vehicle {
                    @Column(name = "axles")
                    private Integer axles;

                    protected Truck() {
                    }

                    public Truck(String plate, int axles) {
                        super(plate);
                        this.axles = axles;
                    }
                }
                """), source(PACKAGE + ".Van", """
                package com.acme.fleet;

                import jakarta.persistence.*;

                @Entity
                public class Van extends Vehicle {
                    protected Van() {
                    }

                    public Van(String plate) {
                        super(plate);
                    }
                }
                """));
        Class<?> vehicle = compiled.load(PACKAGE + ".Vehicle");
        Class<?> truck = compiled.load(PACKAGE + ".Truck");
        Class<?> van = compiled.load(PACKAGE + ".Van");
        Class<?> repository = compiled.load(PACKAGE + ".TruckRepository");
        try (Database.Jpa jpa = Database.H2.start(compiled.loader(), List.of(vehicle, truck, van))) {
            jpa.run(em -> {
                Object trucks = construct(repository, em);
                call(trucks, "save", construct(truck, "AB-123", 3));
                em.persist(construct(van, "CD-456"));
            });
            jpa.run(em -> {
                Object trucks = repository(repository, em);
                Optional<?> found = (Optional<?>) call(trucks, "findByPlate", "AB-123");
                assertTrue(found.isPresent(), "the truck is found by its plate");
                assertEquals("AB-123", call(found.get(), "getPlate"));
                assertEquals(Optional.empty(), call(trucks, "findByPlate", "CD-456"),
                        "a van's plate is no truck's");
            });
        }
    }

    private static Object repository(Class<?> repository, EntityManager em) {
        return construct(repository, em);
    }
}
