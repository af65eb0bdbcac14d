package dev.entitylint.processor.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Lombok writes getters while the compilation runs, in the same round as entitylint and possibly
 * after it. A class JPA reads through its getters whose Lombok getters are not there yet is not
 * complete: like a type generated later, it is deferred to the next round, whichever processor
 * javac happens to run first.
 */
public final class GeneratedAccessors {

    private static final List<String> ON_CLASS = List.of("lombok.Getter", "lombok.Data", "lombok.Value");

    private GeneratedAccessors() {
    }

    /** Whether a property-access class still waits for getters Lombok has been asked to write. */
    static boolean pending(Annotations annotations, TypeElement type, boolean fieldAccess) {
        if (fieldAccess) {
            return false;
        }
        boolean onClass = annotations.find(type, ON_CLASS.toArray(String[]::new)) != null;
        Set<String> methods = new HashSet<>();
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && ((ExecutableElement) member).getParameters().isEmpty()) {
                methods.add(member.getSimpleName().toString());
            }
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.FIELD || member.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            if (!onClass && annotations.find(member, "lombok.Getter") == null) {
                continue;
            }
            String name = member.getSimpleName().toString();
            if (name.isEmpty()) {
                continue;
            }
            String capitalized = NameCase.capitalize(name);
            if (!methods.contains("get" + capitalized) && !methods.contains("is" + capitalized)
                    && !methods.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
