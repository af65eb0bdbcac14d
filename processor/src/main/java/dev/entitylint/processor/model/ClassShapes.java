package dev.entitylint.processor.model;

import static dev.entitylint.processor.model.Annotations.JPA;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads a class's {@link ClassShape}; part of {@link ModelBuilder}, the only code that reads the compiler. */
final class ClassShapes {

    private static final String LOMBOK = "lombok.";
    /** Lombok's marker on every member it writes (by default since Lombok 1.18.34). */
    private static final String LOMBOK_GENERATED = "lombok.Generated";
    private static final List<String> CLASS_LOMBOK = List.of("Data", "Value", "EqualsAndHashCode", "ToString",
            "Builder", "NoArgsConstructor", "AllArgsConstructor", "RequiredArgsConstructor");
    private static final String SUPER_BUILDER = "lombok.experimental.SuperBuilder";
    private static final List<String> WRITES_CONSTRUCTORS = List.of("Builder", "SuperBuilder", "AllArgsConstructor",
            "RequiredArgsConstructor", "NoArgsConstructor", "Data", "Value");

    private static final String[] READ_ONLY = {"org.hibernate.annotations.Immutable",
        "org.hibernate.annotations.Subselect", "org.eclipse.persistence.annotations.ReadOnly"};

    private final Annotations annotations;
    private final Elements elements;
    private final CallbackBodies bodies;

    ClassShapes(Annotations annotations, Elements elements, CallbackBodies bodies) {
        this.annotations = annotations;
        this.elements = elements;
        this.bodies = bodies;
    }

    ClassShape read(TypeElement type, List<? extends Element> members, List<AttributeModel> declared) {
        List<ClassShape.LombokAnnotation> lombok = new ArrayList<>();
        for (String name : CLASS_LOMBOK) {
            AnnotationMirror mirror = annotations.find(type, LOMBOK + name);
            if (mirror != null) {
                lombok.add(lombok(type, name, mirror));
            }
        }
        AnnotationMirror superBuilder = annotations.find(type, SUPER_BUILDER);
        if (superBuilder != null) {
            lombok.add(lombok(type, "SuperBuilder", superBuilder));
        }
        ClassShape.LombokAnnotation value = lombok.stream().filter(l -> l.name().equals("Value")).findFirst()
                .orElse(null);
        boolean writtenFinal = type.getModifiers().contains(Modifier.FINAL);
        boolean valueFinal = value != null && annotations.find(type, "lombok.experimental.NonFinal") == null;

        List<ExecutableElement> finals = new ArrayList<>();
        List<ExecutableElement> constructors = new ArrayList<>();
        Map<String, Set<String>> fieldLombok = new LinkedHashMap<>();
        List<String> instanceFields = new ArrayList<>();
        ExecutableElement equals = null;
        ExecutableElement hashCode = null;
        boolean finalFields = false;
        for (Element member : members) {
            if (annotations.find(member, LOMBOK_GENERATED) != null) {
                continue;
            }
            Set<Modifier> modifiers = member.getModifiers();
            if (member.getKind() == ElementKind.FIELD && !modifiers.contains(Modifier.STATIC)) {
                String name = member.getSimpleName().toString();
                instanceFields.add(name);
                finalFields |= modifiers.contains(Modifier.FINAL)
                        || annotations.find(member, "lombok.NonNull") != null;
                Set<String> found = new LinkedHashSet<>();
                for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
                    String qualified = annotations.canonicalName(mirror);
                    if (qualified.startsWith(LOMBOK)) {
                        found.add(qualified);
                    }
                }
                if (!found.isEmpty()) {
                    fieldLombok.put(name, Set.copyOf(found));
                }
            } else if (member.getKind() == ElementKind.CONSTRUCTOR) {
                constructors.add((ExecutableElement) member);
            } else if (member.getKind() == ElementKind.METHOD && !modifiers.contains(Modifier.STATIC)) {
                ExecutableElement method = (ExecutableElement) member;
                String name = method.getSimpleName().toString();
                if (modifiers.contains(Modifier.FINAL) && !modifiers.contains(Modifier.PRIVATE)) {
                    finals.add(method);
                }
                if (modifiers.contains(Modifier.ABSTRACT)) {
                    continue;
                }
                if (name.equals("equals") && method.getParameters().size() == 1
                        && method.getParameters().get(0).asType().toString().equals("java.lang.Object")) {
                    equals = method;
                } else if (name.equals("hashCode") && method.getParameters().isEmpty()) {
                    hashCode = method;
                }
            }
        }
        Set<String> fields = Set.copyOf(instanceFields);
        ClassShape.EqualityMethod equalsMethod = equals == null ? null : EqualityBodies.read(bodies, equals, fields);
        ClassShape.EqualityMethod hashCodeMethod = hashCode == null ? null
                : EqualityBodies.read(bodies, hashCode, fields);
        List<ClassShape.FinalMethod> finalMethods = new ArrayList<>();
        for (ExecutableElement method : finals) {
            Set<String> read = EqualityBodies.direct(bodies, method);
            finalMethods.add(new ClassShape.FinalMethod(method.getSimpleName().toString(), SourceRef.of(method),
                    read == null ? null : Set.copyOf(read.stream().filter(instanceFields::contains).toList())));
        }
        return new ClassShape(writtenFinal || valueFinal,
                writtenFinal || value == null ? SourceRef.of(type) : value.ref(),
                List.copyOf(finalMethods),
                noArgConstructor(type, constructors, lombok, finalFields, instanceFields.isEmpty()),
                List.copyOf(lombok), Map.copyOf(fieldLombok), List.copyOf(instanceFields), equalsMethod,
                hashCodeMethod, idGenerations(type, declared), annotations.find(type, READ_ONLY) != null);
    }

    private ClassShape.LombokAnnotation lombok(TypeElement type, String name, AnnotationMirror mirror) {
        return new ClassShape.LombokAnnotation(name, SourceRef.of(type, mirror),
                Boolean.TRUE.equals(annotations.bool(mirror, "onlyExplicitlyIncluded")),
                List.copyOf(annotations.strings(mirror, "of")), List.copyOf(annotations.strings(mirror, "exclude")),
                annotations.enumConstant(mirror, "access"));
    }

    /**
     * The most accessible constructor without parameters, in the class as it stands once Lombok has run:
     * the hand-written ones, the one Lombok writes, or the implicit one javac adds to a class without
     * constructors (which Lombok takes away when it writes a constructor).
     */
    private ClassShape.NoArgConstructor noArgConstructor(TypeElement type, List<ExecutableElement> constructors,
            List<ClassShape.LombokAnnotation> lombok, boolean finalFields, boolean noFields) {
        List<ExecutableElement> written = constructors.stream()
                .filter(c -> elements.getOrigin(c) != Elements.Origin.MANDATED).toList();
        Map<String, ClassShape.LombokAnnotation> byName = new LinkedHashMap<>();
        lombok.forEach(l -> byName.put(l.name(), l));
        List<String> writers = WRITES_CONSTRUCTORS.stream().filter(byName::containsKey).toList();
        boolean argsAnnotation = byName.containsKey("NoArgsConstructor") || byName.containsKey("AllArgsConstructor")
                || byName.containsKey("RequiredArgsConstructor");
        boolean lombokWrites = argsAnnotation || byName.containsKey("SuperBuilder")
                || (written.isEmpty() && (byName.containsKey("Builder") || byName.containsKey("Data")
                        || byName.containsKey("Value")));

        ClassShape.Access best = null;
        SourceRef bestRef = null;
        boolean known = true;
        for (ExecutableElement constructor : written) {
            if (constructor.getParameters().isEmpty()) {
                ClassShape.Access access = access(constructor.getModifiers());
                if (best == null || access.ordinal() < best.ordinal()) {
                    best = access;
                    bestRef = SourceRef.of(constructor);
                }
            }
        }
        if (written.isEmpty() && !lombokWrites) {
            ClassShape.Access access = access(type.getModifiers());
            if (best == null || access.ordinal() < best.ordinal()) {
                best = access;
                bestRef = SourceRef.of(type);
            }
        }
        ClassShape.LombokAnnotation noArgs = byName.get("NoArgsConstructor");
        // Lombok's required-arguments constructor (its own, or @Data's when nothing else writes one) takes
        // the final and @NonNull fields: none, and it takes no arguments.
        ClassShape.LombokAnnotation requiredArgs = byName.get("RequiredArgsConstructor");
        if (requiredArgs == null && written.isEmpty() && !argsAnnotation && byName.containsKey("Data")) {
            requiredArgs = byName.get("Data");
        }
        ClassShape.LombokAnnotation allArgs = byName.get("AllArgsConstructor");
        if (allArgs == null && written.isEmpty() && !argsAnnotation && byName.containsKey("Value")) {
            allArgs = byName.get("Value");
        }
        List<ClassShape.LombokAnnotation> lombokNoArgs = new ArrayList<>();
        if (noArgs != null) {
            lombokNoArgs.add(noArgs);
        }
        if (requiredArgs != null) {
            if (finalFields) {
                known = false; // whether they are initialised (and so not required) is not read
            } else {
                lombokNoArgs.add(requiredArgs);
            }
        }
        if (allArgs != null && noFields) {
            lombokNoArgs.add(allArgs);
        }
        for (ClassShape.LombokAnnotation annotation : lombokNoArgs) {
            String level = annotation.name().equals("Data") || annotation.name().equals("Value") ? "PUBLIC"
                    : annotation.access() == null ? "PUBLIC" : annotation.access();
            ClassShape.Access access = switch (level) {
                case "PUBLIC" -> ClassShape.Access.PUBLIC;
                case "PROTECTED" -> ClassShape.Access.PROTECTED;
                case "PACKAGE", "MODULE" -> ClassShape.Access.PACKAGE;
                case "PRIVATE" -> ClassShape.Access.PRIVATE;
                default -> null; // NONE: no constructor
            };
            if (access != null && (best == null || access.ordinal() < best.ordinal())) {
                best = access;
                bestRef = annotation.ref().member("access");
            }
        }
        if (best != null && best.reachable()) {
            known = true;
        }
        if (bestRef == null) {
            ClassShape.LombokAnnotation blamed = null;
            for (String name : List.of("Builder", "SuperBuilder", "AllArgsConstructor", "Value",
                    "RequiredArgsConstructor", "Data", "NoArgsConstructor")) {
                if (blamed == null && byName.containsKey(name)) {
                    blamed = byName.get(name);
                }
            }
            bestRef = blamed != null ? (blamed.name().equals("NoArgsConstructor") ? blamed.ref().member("access")
                    : blamed.ref()) : written.isEmpty() ? SourceRef.of(type) : SourceRef.of(written.get(0));
        }
        return new ClassShape.NoArgConstructor(best, known, bestRef, writers);
    }

    private static ClassShape.Access access(Set<Modifier> modifiers) {
        return modifiers.contains(Modifier.PUBLIC) ? ClassShape.Access.PUBLIC
                : modifiers.contains(Modifier.PROTECTED) ? ClassShape.Access.PROTECTED
                : modifiers.contains(Modifier.PRIVATE) ? ClassShape.Access.PRIVATE : ClassShape.Access.PACKAGE;
    }

    private List<IdGeneration> idGenerations(TypeElement type, List<AttributeModel> declared) {
        List<IdGeneration> found = new ArrayList<>();
        for (AttributeModel attribute : declared) {
            Element member = attribute.element();
            AnnotationMirror generated = annotations.jpa(member, "GeneratedValue");
            if (generated == null) {
                continue;
            }
            String written = annotations.enumConstant(generated, "strategy");
            GenerationStrategy strategy = written == null ? GenerationStrategy.AUTO : GenerationStrategy.of(written);
            if (strategy == null) {
                continue;
            }
            String generator = annotations.string(generated, "generator");
            generator = generator == null || generator.isBlank() ? null : generator;
            SourceRef sequence = null;
            Integer allocationSize = null;
            if (strategy == GenerationStrategy.SEQUENCE || strategy == GenerationStrategy.AUTO) {
                for (Element holder : List.of(member, type)) {
                    for (AnnotationMirror mirror : annotations.repeated(holder, JPA + "SequenceGenerator",
                            JPA + "SequenceGenerators")) {
                        String name = annotations.string(mirror, "name");
                        boolean matches = generator == null
                                ? holder == member && (name == null || name.isBlank())
                                : generator.equals(name);
                        if (matches && sequence == null) {
                            sequence = SourceRef.of(holder, mirror);
                            Integer size = annotations.integer(mirror, "allocationSize");
                            allocationSize = size == null ? 50 : size;
                        }
                    }
                }
            }
            found.add(new IdGeneration(attribute.name(), strategy, SourceRef.of(member, generated), generator,
                    sequence, allocationSize));
        }
        return List.copyOf(found);
    }

}
