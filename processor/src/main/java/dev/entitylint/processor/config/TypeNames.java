package dev.entitylint.processor.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Which types the compilation and its class path already have, so a generated repository never
 * takes a name that is in use (Spring's getting-started layout puts {@code CustomerRepository
 * extends CrudRepository} beside the entity). Read through javac here, in {@code config/}, so that
 * the planner asks a question and reads no compiler types.
 */
public interface TypeNames {

    /** Knows of no type (what a test of a rule alone sees). */
    TypeNames NONE = (name, entity) -> null;

    /**
     * The type that has {@code qualifiedName}, unless there is none or it is the repository
     * entitylint generated for {@code entity} in an earlier build (a class file of it on the class
     * path is replaced by the new source).
     *
     * @param qualifiedName the name the repository would take
     * @param entity the entity's qualified name
     * @return what holds the name ({@code interface CustomerRepository, a Spring Data repository}),
     *     or {@code null} when the name is free
     */
    String taken(String qualifiedName, String entity);

    /** The names as javac sees them. */
    static TypeNames of(Elements elements) {
        Map<String, Optional<ModuleElement>> modules = new HashMap<>();
        return (name, entity) -> {
            TypeElement type;
            try {
                type = lookUp(elements, modules, name, entity);
            } catch (RuntimeException ambiguousOrBroken) {
                return null;
            }
            if (type == null || generatedFor(type, entity)) {
                return null;
            }
            String kind = switch (type.getKind()) {
                case INTERFACE -> "interface";
                case ENUM -> "enum";
                case ANNOTATION_TYPE -> "annotation type";
                case RECORD -> "record";
                default -> "class";
            };
            return kind + " " + type.getQualifiedName() + (springDataRepository(type, 0) ? ", a Spring Data repository" : "");
        };
    }

    /**
     * The type named {@code name}, looked up in the entity's module. {@code getTypeElement(name)}
     * searches every module of the platform for a name that no module has, and a free name is the
     * common answer here: with one repository per entity that search was the planner's whole cost.
     */
    private static TypeElement lookUp(Elements elements, Map<String, Optional<ModuleElement>> modules, String name,
            String entity) {
        int dot = entity.lastIndexOf('.');
        String packageName = dot < 0 ? "" : entity.substring(0, dot);
        Optional<ModuleElement> module = modules.computeIfAbsent(packageName, p -> {
            TypeElement entityType = elements.getTypeElement(entity);
            return Optional.ofNullable(entityType == null ? null : elements.getModuleOf(entityType));
        });
        return module.isPresent() ? elements.getTypeElement(module.get(), name) : elements.getTypeElement(name);
    }

    /** The base classes generated repositories extend, in this and earlier versions. */
    Set<String> BASES = Set.of("dev.entitylint.EntityRepository", "dev.entitylint.SoftDeleteRepository",
            "dev.entitylint.spring.SpringEntityRepository", "dev.entitylint.spring.SpringSoftDeleteRepository");

    /**
     * Whether {@code type} is a repository entitylint generated for {@code entity}: it extends one
     * of entitylint's base classes with the entity as first type argument, or (generated before
     * there were base classes) it holds a {@code RepositorySupport} of the entity.
     */
    private static boolean generatedFor(TypeElement type, String entity) {
        if (type.getKind() != ElementKind.CLASS) {
            return false;
        }
        for (TypeMirror superclass = type.getSuperclass(); superclass.getKind() == TypeKind.DECLARED; ) {
            DeclaredType declared = (DeclaredType) superclass;
            TypeElement element = (TypeElement) declared.asElement();
            if (BASES.contains(element.getQualifiedName().toString())) {
                return firstArgumentIs(declared, entity);
            }
            superclass = element.getSuperclass();
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && member.asType() instanceof DeclaredType declared
                    && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("dev.entitylint.RepositorySupport")
                    && member instanceof VariableElement) {
                return firstArgumentIs(declared, entity);
            }
        }
        return false;
    }

    private static boolean firstArgumentIs(DeclaredType type, String entity) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        return !arguments.isEmpty() && arguments.get(0) instanceof DeclaredType argument
                && ((TypeElement) argument.asElement()).getQualifiedName().contentEquals(entity);
    }

    private static boolean springDataRepository(TypeElement type, int depth) {
        if (type.getQualifiedName().contentEquals("org.springframework.data.repository.Repository")) {
            return true;
        }
        if (depth > 20) {
            return false;
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent instanceof DeclaredType declared && springDataRepository((TypeElement) declared.asElement(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
