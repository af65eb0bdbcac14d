package dev.entitylint.processor.rules;

import dev.entitylint.processor.model.AttributeModel;
import dev.entitylint.processor.model.ClassShape;
import dev.entitylint.processor.model.EntityModel;
import dev.entitylint.processor.model.IdGeneration;
import dev.entitylint.processor.model.ManagedType;
import dev.entitylint.processor.model.SchemaModel;

/** How an identifier attribute gets its values, looked up in the class that declares it. */
final class Identities {

    private Identities() {
    }

    /** The {@code @GeneratedValue} of an attribute of {@code entity} (own or inherited), or {@code null}. */
    static IdGeneration generation(AttributeModel attribute, ManagedType own, SchemaModel model) {
        ClassShape shape = null;
        if (attribute.declaringType().equals(own.element())) {
            shape = own.shape();
        } else {
            for (ManagedType type : model.references().types().values()) {
                if (type.element().equals(attribute.declaringType())) {
                    shape = type.shape();
                    break;
                }
            }
        }
        return shape == null ? null : shape.idGeneration(attribute.name());
    }

    static IdGeneration generation(AttributeModel attribute, EntityModel entity, SchemaModel model) {
        return generation(attribute, entity.type(), model);
    }
}
