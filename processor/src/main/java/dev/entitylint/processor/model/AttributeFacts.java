package dev.entitylint.processor.model;

/**
 * Facts about an attribute beyond its mapping annotations: how the rest of its class treats it
 * and which of its foreign keys the mapping asks the provider not to create.
 *
 * @param optionalGetter the getter of a field-access attribute that returns {@code java.util.Optional}
 *     ({@code Optional<String> getNickname()} for a field {@code nickname}), or {@code null}
 * @param joinColumnNoConstraint whether a {@code @JoinColumn} (or {@code @JoinColumns}) writes
 *     {@code foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)}
 * @param joinTableNoConstraint whether {@code @JoinTable} or {@code @CollectionTable} writes
 *     {@code foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)}
 * @param inverseNoConstraint whether {@code @JoinTable} writes
 *     {@code inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)}
 * @param onDeleteAction the {@code action} written on Hibernate's {@code @OnDelete}
 *     ({@code CASCADE}, {@code SET_NULL}, ...), {@code ""} when the annotation states none, or
 *     {@code null} without the annotation
 * @param namedEntity for a basic attribute named like a reference ({@code customerId}, a column
 *     {@code customer_id}), the qualified name of the entity of that name ({@code Customer} or
 *     {@code CustomerEntity}) in the declaring class's package, else {@code null}
 */
public record AttributeFacts(
        SourceRef optionalGetter,
        boolean joinColumnNoConstraint,
        boolean joinTableNoConstraint,
        boolean inverseNoConstraint,
        String onDeleteAction,
        String namedEntity) {

    public static final AttributeFacts NONE = new AttributeFacts(null, false, false, false, null, null);
}
