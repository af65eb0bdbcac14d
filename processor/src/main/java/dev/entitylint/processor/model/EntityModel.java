package dev.entitylint.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An entity resolved against its whole hierarchy.
 *
 * @param type the entity class and the attributes it declares itself
 * @param entityName the JPA entity name ({@code @Entity(name)} or the simple class name)
 * @param entityNameSource the written {@code name} of {@code @Entity}, else the annotation or the class
 * @param table the table this entity's own state goes to, with every column it maps there
 * @param attributes every persistent attribute the entity has: its own, those of mapped
 *     superclasses and those of entity superclasses
 * @param idAttributes the identifier attributes ({@code @Id} / {@code @EmbeddedId}), own or inherited
 * @param superEntity the qualified name of the nearest entity superclass, or {@code null} for a
 *     hierarchy root
 * @param inheritance the hierarchy's strategy, or {@code null} when no class of the hierarchy
 *     is an entity superclass of another
 * @param hibernateSoftDelete Hibernate's {@code @SoftDelete} on the entity or a superclass (the
 *     nearest), or {@code null}
 * @param generateRepository whether a repository was asked for (on the class or its package)
 * @param complete {@code false} when some attribute's type could not be resolved yet
 * @param discriminator the discriminator column the hierarchy root declares or implies, or
 *     {@code null}; set on the root only
 * @param secondaryTables the {@code @SecondaryTable}s of the entity
 * @param discriminatorColumn the physical name of the hierarchy's discriminator column (the
 *     implicit {@code DTYPE} of {@code SINGLE_TABLE}, or a written {@code @DiscriminatorColumn}),
 *     or {@code null} when there is none
 * @param callbacks the {@code @PrePersist}/{@code @PreUpdate} callbacks of the entity and its
 *     superclasses, root first, with those of their entity listeners
 * @param rowsFiltered whether an annotation on the entity or a superclass leaves rows out of its
 *     queries: Hibernate's {@code @SQLRestriction}, {@code @Where}, {@code @Filter}/{@code @FilterDef}
 *     or {@code @SoftDelete}, or EclipseLink's {@code @AdditionalCriteria}
 */
public record EntityModel(
        ManagedType type,
        String entityName,
        SourceRef entityNameSource,
        TableModel table,
        List<AttributeModel> attributes,
        List<AttributeModel> idAttributes,
        String superEntity,
        InheritanceStrategy inheritance,
        HibernateSoftDelete hibernateSoftDelete,
        boolean generateRepository,
        SourceRef generateRepositoryRef,
        boolean complete,
        Discriminator discriminator,
        List<SecondaryTable> secondaryTables,
        String discriminatorColumn,
        List<LifecycleCallback> callbacks,
        boolean rowsFiltered) {

    /**
     * A discriminator column.
     *
     * @param name the logical name ({@code @DiscriminatorColumn(name)} or {@code DTYPE})
     * @param type {@code STRING}, {@code CHAR} or {@code INTEGER}
     * @param length the written or default (31) length
     * @param explicit whether {@code @DiscriminatorColumn} is written
     * @param source the annotation, or the root entity
     */
    public record Discriminator(String name, DiscriminatorKind type, int length, boolean explicit, SourceRef source) {
    }

    /**
     * Hibernate's {@code @SoftDelete}.
     *
     * @param source the annotation
     * @param column the physical name of the column it adds ({@code deleted}, {@code active} or the
     *     written {@code columnName})
     * @param strategy what the column holds
     * @param converter the qualified name of the written {@code converter}, or {@code null} when
     *     its default boolean mapping applies
     * @param writtenColumn the {@code columnName} exactly as written, or {@code null}
     */
    public record HibernateSoftDelete(SourceRef source, String column, SoftDeleteStrategy strategy, String converter,
            String writtenColumn) {
    }

    /**
     * A {@code @SecondaryTable}.
     *
     * @param name the logical table name as written
     * @param pkJoinColumns the written {@code @PrimaryKeyJoinColumn} names, in order
     * @param foreignKeyName the name of {@code foreignKey = @ForeignKey(name)}, or {@code null}
     * @param source the annotation
     * @param noConstraint whether {@code foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)} is written
     */
    public record SecondaryTable(String name, List<String> pkJoinColumns, String foreignKeyName, SourceRef source,
            boolean noConstraint) {
    }

    public String qualifiedName() {
        return type.qualifiedName();
    }

    public String simpleName() {
        return type.simpleName();
    }

    public boolean isHierarchyRoot() {
        return superEntity == null;
    }

    public SourceRef ref() {
        return SourceRef.of(type.element());
    }

    /** The column with this name in the entity's table, compared case-insensitively. */
    public Optional<ColumnModel> column(String name) {
        return table.column(name);
    }

    /** The persistent attribute with this name, own or inherited. */
    public Optional<AttributeModel> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
