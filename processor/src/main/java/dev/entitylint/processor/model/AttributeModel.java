package dev.entitylint.processor.model;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One persistent attribute as declared in its class (field or getter, depending on access type).
 *
 * @param name the attribute name ({@code unitPrice})
 * @param element the field or getter that declares it; findings point here
 * @param declaringType the class that declares it (an entity, mapped superclass or embeddable)
 * @param type its Java type, resolved as a member of the class being mapped
 * @param kind how JPA maps it
 * @param id whether it is (part of) the identifier ({@code @Id} or {@code @EmbeddedId})
 * @param version whether it is the {@code @Version} attribute
 * @param column what {@code @Column} states, or {@link ColumnSpec#NONE}
 * @param joinColumns what each {@code @JoinColumn} states, in order; empty when none is written
 * @param association association facts, or {@code null} for basic and embedded attributes
 * @param lob whether it is annotated {@code @Lob}
 * @param enumerated what {@code @Enumerated} states, or {@code null} without the annotation
 * @param sizeMax the {@code max} of Bean Validation {@code @Size} or Hibernate {@code @Length},
 *     or {@code null}
 * @param sizeRef where that {@code max} was written
 * @param digits the {@code (integer, fraction)} of Bean Validation {@code @Digits}, or {@code null}
 * @param notNull whether Bean Validation or another nullness annotation forbids null
 * @param money whether it is annotated {@code @dev.entitylint.Money}
 * @param mapsId whether {@code @MapsId} makes this association supply the identifier
 * @param overrides the {@code @AttributeOverride}s written on this (embedded) attribute
 * @param annotations qualified names of every annotation on the element
 * @param orderColumn what {@code @OrderColumn} states, or {@link ColumnSpec#NONE}
 * @param joinTable what {@code @JoinTable} or {@code @CollectionTable} states, or {@code null}
 * @param enumValueMapped whether its type is an enum with a field annotated
 *     {@code @EnumeratedValue}, so JPA stores that field's value rather than the position
 * @param currentTimestampEvents the events written on Hibernate's {@code @CurrentTimestamp}
 *     ({@code event}'s {@code INSERT}/{@code UPDATE}, or the older {@code timing}'s
 *     {@code INSERT}/{@code UPDATE}/{@code ALWAYS}), or {@code null} when it states none (its
 *     default: insert and update) or is absent
 * @param mapKey the basic key of a {@code Map}-valued attribute, or {@code null} (not a map, or
 *     keyed by an entity or embeddable)
 * @param facts how the rest of its class treats it, and the foreign keys its mapping turns off
 */
public record AttributeModel(
        String name,
        Element element,
        TypeElement declaringType,
        TypeInfo type,
        AttributeKind kind,
        boolean id,
        boolean version,
        ColumnSpec column,
        List<ColumnSpec> joinColumns,
        AssociationSpec association,
        boolean lob,
        EnumStorage enumerated,
        Integer sizeMax,
        SourceRef sizeRef,
        Digits digits,
        boolean notNull,
        boolean money,
        boolean mapsId,
        List<AttributeOverride> overrides,
        Set<String> annotations,
        ColumnSpec orderColumn,
        JoinTableSpec joinTable,
        boolean enumValueMapped,
        List<String> currentTimestampEvents,
        MapKey mapKey,
        AttributeFacts facts) {

    /** Bean Validation {@code @Digits(integer, fraction)}, which Hibernate applies to the column. */
    public record Digits(int integer, int fraction) {
    }

    /** An {@code @AttributeOverride(name, column)}. */
    public record AttributeOverride(String name, ColumnSpec column) {
    }

    /**
     * A written {@code @JoinTable} or {@code @CollectionTable}.
     *
     * @param name the written table name, or {@code null}
     * @param joinColumns the written {@code joinColumns}, which reference the owner
     * @param inverseJoinColumns the written {@code inverseJoinColumns} ({@code @JoinTable} only)
     * @param foreignKeyName the name of {@code foreignKey = @ForeignKey(name)}, or {@code null}
     * @param inverseForeignKeyName the name of {@code inverseForeignKey}, or {@code null}
     * @param source the annotation
     */
    public record JoinTableSpec(
            String name,
            List<ColumnSpec> joinColumns,
            List<ColumnSpec> inverseJoinColumns,
            String foreignKeyName,
            String inverseForeignKeyName,
            SourceRef source) {

        /** The written join columns of both sides. */
        public List<ColumnSpec> allJoinColumns() {
            List<ColumnSpec> all = new java.util.ArrayList<>(joinColumns);
            all.addAll(inverseJoinColumns);
            return all;
        }
    }

    public SourceRef ref() {
        return SourceRef.of(element);
    }

    public boolean hasAnnotation(String qualifiedName) {
        return annotations.contains(qualifiedName);
    }
}
