package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.AttributeKind;
import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.CascadeType;
import dev.entitylint.processor.model.ColumnModel;
import dev.entitylint.processor.model.ColumnSpec;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IndexModel;
import dev.entitylint.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

final class RuleSupport {

    private RuleSupport() {
    }

    /**
     * The cascade types to keep once removal is taken out, in the order written: {@code ALL} stands
     * for {@code PERSIST, MERGE} beside the others written with it.
     */
    static List<String> cascadeWithoutRemove(Set<CascadeType> cascade) {
        List<String> kept = new ArrayList<>();
        if (cascade.contains(CascadeType.ALL)) {
            kept.add("PERSIST");
            kept.add("MERGE");
        }
        for (CascadeType constant : cascade) {
            if (constant != CascadeType.ALL && constant != CascadeType.REMOVE && !kept.contains(constant.name())) {
                kept.add(constant.name());
            }
        }
        return kept;
    }

    /** {@code cascade = {CascadeType.PERSIST, CascadeType.MERGE}}. */
    static String cascadeAttribute(List<String> types) {
        return "cascade = {" + String.join(", ", types.stream().map(c -> "CascadeType." + c).toList()) + "}";
    }

    /** The annotation that maps an attribute of this kind, as messages write it: {@code @ManyToOne}. */
    static String annotationName(AttributeKind kind) {
        return switch (kind) {
            case MANY_TO_ONE -> "@ManyToOne";
            case ONE_TO_ONE -> "@OneToOne";
            case ONE_TO_MANY -> "@OneToMany";
            case MANY_TO_MANY -> "@ManyToMany";
            case EMBEDDED -> "@Embedded";
            case EMBEDDED_ID -> "@EmbeddedId";
            case ELEMENT_COLLECTION -> "@ElementCollection";
            case BASIC -> "@Basic";
        };
    }

    static String simpleName(String qualifiedName) {
        if (qualifiedName == null) {
            return "?";
        }
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? qualifiedName : qualifiedName.substring(dot + 1);
    }

    /** Whether the index was written on this entity's own class (not inherited from a table owner). */
    static boolean declaredOn(IndexModel index, EntityModel entity) {
        return index.declaredOn() != null && index.declaredOn().equals(entity.type().element());
    }

    /** Whether the element behind {@code where} belongs to another class than the entity itself. */
    static boolean writtenElsewhere(SourceRef where, EntityModel entity) {
        TypeElement owner = owningType(where.element());
        return owner != null && !owner.equals(entity.type().element());
    }

    static TypeElement owningType(Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type) {
                return type;
            }
        }
        return null;
    }

    /**
     * Reports a table-level finding: at {@code where} when the entity's own class holds it,
     * otherwise at the entity, excused by a suppression on the inherited element as well.
     */
    static void reportForTable(RuleContext context, EntityModel entity, SourceRef where, String problem, String fix) {
        if (writtenElsewhere(where, entity)) {
            context.report(entity.ref(), problem, fix, where.element());
        } else {
            context.report(where, problem, fix);
        }
    }

    /** Whether the entity's class writes the table's mapping itself (not a single-table subclass). */
    static boolean ownsTable(EntityModel entity) {
        return !writtenElsewhere(entity.table().source(), entity);
    }

    /**
     * Where a column's name is written: the {@code name} value of its {@code @Column} or
     * {@code @JoinColumn} when there is one, else where the column was defined.
     */
    static SourceRef nameRef(ColumnModel column) {
        SourceRef source = column.source();
        AttributeModel attribute = column.attribute();
        if (attribute == null || source.annotation() == null) {
            return source;
        }
        List<ColumnSpec> specs = new ArrayList<>();
        specs.add(attribute.column());
        specs.addAll(attribute.joinColumns());
        attribute.overrides().forEach(o -> specs.add(o.column()));
        for (ColumnSpec spec : specs) {
            if (spec.annotation() == source.annotation()) {
                return spec.ref("name");
            }
        }
        return source;
    }

    /** {@code "a", "b"} for messages and fixes. */
    static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    /** How a message names an index: its name, or its kind and columns. */
    static String describe(IndexModel index) {
        String columns = "(" + String.join(", ", index.columns()) + ")";
        if (index.hasExplicitName()) {
            return "'" + index.name() + "' " + columns;
        }
        return switch (index.kind()) {
            case INDEX -> (index.unique() ? "unique @Index " : "@Index ") + columns;
            case UNIQUE_CONSTRAINT -> "@UniqueConstraint " + columns;
            case UNIQUE_COLUMN -> "unique column " + columns;
        };
    }

    /** The member of the index's annotation that lists its columns. */
    static String columnsMember(IndexModel index) {
        return index.kind() == IndexModel.Kind.UNIQUE_CONSTRAINT ? "columnNames" : "columnList";
    }

    /** Whether an entity superclass declares the attribute. */
    static boolean inheritedFromEntity(AttributeModel attribute, EntityModel entity, RuleContext context) {
        if (attribute.declaringType() == null || attribute.declaringType().equals(entity.type().element())) {
            return false;
        }
        return context.model().references().type(attribute.declaringType().getQualifiedName().toString())
                .filter(t -> t.kind() == dev.entitylint.processor.model.ManagedTypeKind.ENTITY).isPresent();
    }
}
