package dev.entitylint.processor.model;

import static dev.entitylint.processor.model.Annotations.JPA;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The only code that reads JPA annotations. It resolves what JPA leaves implicit (access type,
 * inherited state, embedded columns and overrides, default join column names, inheritance
 * strategies, physical naming) into plain {@link EntityModel}s.
 */
public final class ModelBuilder {

    private static final String SOFT_DELETE = "org.hibernate.annotations.SoftDelete";
    /** Hibernate's derived, read-only value: an SQL expression, not a column. */
    private static final String FORMULA = "org.hibernate.annotations.Formula";
    /** Annotations that leave rows out of an entity's queries. */
    private static final String[] ROW_FILTERS = {
        SOFT_DELETE, "org.hibernate.annotations.SQLRestriction", "org.hibernate.annotations.Where",
        "org.hibernate.annotations.Filter", "org.hibernate.annotations.Filters",
        "org.hibernate.annotations.FilterDef", "org.hibernate.annotations.FilterDefs",
        "org.eclipse.persistence.annotations.AdditionalCriteria"};
    private static final String GENERATE_REPOSITORY = "dev.entitylint.GenerateRepository";
    private static final String MONEY = "dev.entitylint.Money";
    private static final List<String> NOT_NULL = List.of(
            "jakarta.validation.constraints.NotNull", "javax.validation.constraints.NotNull",
            "jakarta.validation.constraints.NotBlank", "javax.validation.constraints.NotBlank",
            "jakarta.validation.constraints.NotEmpty", "javax.validation.constraints.NotEmpty");
    private static final String[] SIZE = {
        "jakarta.validation.constraints.Size", "javax.validation.constraints.Size",
        "org.hibernate.validator.constraints.Length"};
    private static final String[] DIGITS = {
        "jakarta.validation.constraints.Digits", "javax.validation.constraints.Digits"};

    private final Elements elements;
    private final Types types;
    private final NamingStrategy naming;
    private final Suppressions suppressions;
    private final CallbackBodies callbackBodies;
    /** The round's annotation reader: its caches live exactly as long as this builder. */
    private final Annotations annotations;
    private final Map<TypeElement, ManagedType> managedTypes = new HashMap<>();
    private final Map<TypeElement, EntityModel> entities = new HashMap<>();
    private final Set<TypeElement> building = new LinkedHashSet<>();
    /** Entities referenced while being built (a cycle of references), modelled by their key alone. */
    private final Map<TypeElement, EntityModel> keyOnlyEntities = new HashMap<>();
    private final Set<TypeElement> buildingKeys = new HashSet<>();
    private final Set<Element> resolvingTypeVariables = new HashSet<>();
    private final Map<String, TypeMirror> erasedTypes;
    private final Map<String, Optional<TypeElement>> typeElements = new HashMap<>();
    /** javac builds a new list on every {@code getEnclosedElements()}; the model reads each type's often. */
    private final Map<TypeElement, List<? extends Element>> members = new HashMap<>();
    /**
     * The attributes of a mapped superclass that is not generic, by field access then property
     * access: the same for every entity below it, so modelled once per round, not once per entity.
     */
    private final List<Map<TypeElement, List<AttributeModel>>> inheritedAttributes = List.of(new HashMap<>(),
            new HashMap<>());

    public ModelBuilder(Elements elements, Types types, NamingStrategy naming, Suppressions suppressions) {
        this(elements, types, naming, suppressions, new HashMap<>());
    }

    /**
     * @param jdkErasures the erasures of JDK types ({@code java.util.Collection}), kept by the
     *     caller for the whole compilation: they do not change between rounds, and looking one up
     *     costs every round a search through the compiler's modules
     */
    public ModelBuilder(Elements elements, Types types, NamingStrategy naming, Suppressions suppressions,
            Map<String, TypeMirror> jdkErasures) {
        this(elements, types, naming, suppressions, jdkErasures, CallbackBodies.NONE);
    }

    /**
     * @param callbackBodies reads which attributes a lifecycle callback assigns (javac's trees), or
     *     {@link CallbackBodies#NONE}
     */
    public ModelBuilder(Elements elements, Types types, NamingStrategy naming, Suppressions suppressions,
            Map<String, TypeMirror> jdkErasures, CallbackBodies callbackBodies) {
        this(elements, types, naming, suppressions, jdkErasures, callbackBodies, new Annotations(0));
    }

    /** @param annotations the round's annotation reader (sized for the round's types) */
    public ModelBuilder(Elements elements, Types types, NamingStrategy naming, Suppressions suppressions,
            Map<String, TypeMirror> jdkErasures, CallbackBodies callbackBodies, Annotations annotations) {
        this.annotations = annotations;
        this.callbackBodies = callbackBodies;
        this.erasedTypes = jdkErasures;
        this.elements = elements;
        this.types = types;
        this.naming = naming;
        this.suppressions = suppressions;
    }

    /**
     * Remembers a type of the round under its qualified name, so that resolving the name later
     * (association targets, embeddables) needs no lookup through the compiler's modules.
     *
     * @return the qualified name
     */
    public String remember(TypeElement type) {
        String name = type.getQualifiedName().toString();
        typeElements.putIfAbsent(name, Optional.of(type));
        return name;
    }

    /** The type's members, read once per round. */
    public List<? extends Element> members(TypeElement type) {
        List<? extends Element> found = this.members.get(type);
        if (found == null) {
            found = type.getEnclosedElements();
            this.members.put(type, found);
        }
        return found;
    }

    /**
     * The class of that name, or {@code null}; never throws for blank or odd names (ecj does).
     * Remembered for the round: rules ask for the same association targets again and again, and
     * the compiler resolves the name through every module on each call.
     */
    private TypeElement typeElement(String qualifiedName) {
        if (qualifiedName == null || qualifiedName.isBlank()) {
            return null;
        }
        return typeElements.computeIfAbsent(qualifiedName, name -> {
            try {
                return Optional.ofNullable(elements.getTypeElement(name));
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    public NamingStrategy naming() {
        return naming;
    }

    /** The JPA role of a class, if it has one. */
    /** Whether a class (compiled in this round or earlier) is complete: no getters a processor is still to write. */
    public boolean accessorsPending(TypeElement type, boolean fieldAccess) {
        return GeneratedAccessors.pending(annotations, type, fieldAccess);
    }

    public Optional<ManagedTypeKind> kindOf(Element element) {
        if (!(element instanceof TypeElement type)) {
            return Optional.empty();
        }
        // JPA annotations on interfaces, enums, annotation types (and records, except as
        // embeddables) are mistakes javac does not catch; they describe no table.
        boolean isClass = type.getKind() == ElementKind.CLASS;
        if (!isClass && type.getKind() != ElementKind.RECORD) {
            return Optional.empty();
        }
        if (!isClass) {
            return annotations.hasJpa(type, "Embeddable") ? Optional.of(ManagedTypeKind.EMBEDDABLE) : Optional.empty();
        }
        if (annotations.hasJpa(type, "Entity")) {
            return Optional.of(ManagedTypeKind.ENTITY);
        }
        if (annotations.hasJpa(type, "MappedSuperclass")) {
            return Optional.of(ManagedTypeKind.MAPPED_SUPERCLASS);
        }
        if (annotations.hasJpa(type, "Embeddable")) {
            return Optional.of(ManagedTypeKind.EMBEDDABLE);
        }
        return Optional.empty();
    }

    /** The class with the attributes it declares itself; its own generic types stay unresolved. */
    public ManagedType managedType(TypeElement type) {
        ManagedType cached = managedTypes.get(type);
        if (cached != null) {
            return cached;
        }
        ManagedTypeKind kind = kindOf(type).orElse(ManagedTypeKind.EMBEDDABLE);
        boolean fieldAccess = fieldAccess(type);
        List<AttributeModel> attributes = declaredAttributes(type, (DeclaredType) type.asType(), fieldAccess);
        List<Suppression> found = new ArrayList<>(suppressions.on(type, annotations));
        for (Element member : members(type)) {
            if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD) {
                found.addAll(suppressions.on(member, annotations));
            }
        }
        boolean legacyJpa = type.getAnnotationMirrors().stream()
                .anyMatch(m -> Annotations.nameOf(m).startsWith(Annotations.LEGACY_JPA));
        ManagedType managed = new ManagedType(type, type.getQualifiedName().toString(),
                type.getSimpleName().toString(), type.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT),
                kind, fieldAccess, attributes, List.copyOf(found), callbacks(type), legacyJpa,
                new ClassShapes(annotations, elements, callbackBodies).read(type, members(type), attributes));
        managedTypes.put(type, managed);
        return managed;
    }

    /**
     * The {@code @PrePersist}/{@code @PreUpdate} methods the class declares, then those of the
     * listener classes its {@code @EntityListeners} names (Spring Data's
     * {@code AuditingEntityListener} aside: it fills only attributes its annotations mark).
     */
    private List<LifecycleCallback> callbacks(TypeElement type) {
        List<LifecycleCallback> found = new ArrayList<>();
        addCallbacks(type, false, found);
        AnnotationMirror listeners = annotations.jpa(type, "EntityListeners");
        for (javax.lang.model.element.AnnotationValue value : annotations.list(listeners, "value")) {
            if (value.getValue() instanceof DeclaredType listener
                    && listener.asElement() instanceof TypeElement listenerType
                    && !listenerType.getQualifiedName().contentEquals(
                            "org.springframework.data.jpa.domain.support.AuditingEntityListener")) {
                addCallbacks(listenerType, true, found);
            }
        }
        return List.copyOf(found);
    }

    private void addCallbacks(TypeElement type, boolean listener, List<LifecycleCallback> into) {
        for (Element member : members(type)) {
            if (member.getKind() != ElementKind.METHOD) {
                continue;
            }
            boolean prePersist = annotations.hasJpa(member, "PrePersist");
            boolean preUpdate = annotations.hasJpa(member, "PreUpdate");
            if (prePersist || preUpdate) {
                into.add(new LifecycleCallback(prePersist, preUpdate, member.getSimpleName().toString(),
                        listener ? null : callbackBodies.assigned((ExecutableElement) member), type, listener,
                        SourceRef.of(member)));
            }
        }
    }

    /** Any entity, mapped superclass or embeddable by qualified name, from sources or the class path. */
    public Optional<ManagedType> managedType(String qualifiedName) {
        TypeElement type = typeElement(qualifiedName);
        return type == null || kindOf(type).isEmpty() ? Optional.empty() : Optional.of(managedType(type));
    }

    /** Whether a qualified name names an enum. */
    boolean isEnum(String qualifiedName) {
        TypeElement type = typeElement(qualifiedName);
        return type != null && type.getKind() == ElementKind.ENUM;
    }

    /** Any entity by qualified name, from sources or the class path. */
    public Optional<EntityModel> entity(String qualifiedName) {
        TypeElement type = typeElement(qualifiedName);
        if (type == null || !annotations.hasJpa(type, "Entity")) {
            return Optional.empty();
        }
        return Optional.ofNullable(entity(type));
    }

    /**
     * Everything {@code entities} and {@code types} reach, resolved now: entity superclasses,
     * mapped superclasses, association targets and embeddables, transitively. The rules, reports
     * and generators read these instead of asking the compiler later.
     */
    public References references(Collection<EntityModel> entities, Collection<ManagedType> types) {
        Map<String, EntityModel> foundEntities = new LinkedHashMap<>();
        Map<String, ManagedType> foundTypes = new LinkedHashMap<>();
        java.util.ArrayDeque<ManagedType> pendingTypes = new java.util.ArrayDeque<>(types);
        java.util.ArrayDeque<EntityModel> pendingEntities = new java.util.ArrayDeque<>(entities);
        while (!pendingEntities.isEmpty() || !pendingTypes.isEmpty()) {
            if (!pendingEntities.isEmpty()) {
                EntityModel entity = pendingEntities.poll();
                if (foundEntities.putIfAbsent(entity.qualifiedName(), entity) != null) {
                    continue;
                }
                pendingTypes.add(entity.type());
                entity(entity.superEntity()).ifPresent(pendingEntities::add);
                for (AttributeModel attribute : entity.attributes()) {
                    knownType(attribute.declaringType()).ifPresent(pendingTypes::add);
                }
                continue;
            }
            ManagedType type = pendingTypes.poll();
            if (foundTypes.putIfAbsent(type.qualifiedName(), type) != null) {
                continue;
            }
            if (type.kind() == ManagedTypeKind.ENTITY) {
                Optional.ofNullable(entity(type.element())).ifPresent(pendingEntities::add);
            }
            for (AttributeModel attribute : type.declaredAttributes()) {
                if (attribute.association() != null) {
                    entity(attribute.association().target()).ifPresent(pendingEntities::add);
                }
                if (attribute.facts().namedEntity() != null) {
                    entity(attribute.facts().namedEntity()).ifPresent(pendingEntities::add);
                }
                String held = attribute.kind() == AttributeKind.ELEMENT_COLLECTION
                        ? attribute.type().elementName() : attribute.type().name();
                if (attribute.kind() == AttributeKind.EMBEDDED || attribute.kind() == AttributeKind.EMBEDDED_ID
                        || attribute.kind() == AttributeKind.ELEMENT_COLLECTION) {
                    managedType(held).ifPresent(pendingTypes::add);
                }
            }
        }
        return new References(foundEntities, foundTypes);
    }

    private Optional<ManagedType> knownType(TypeElement type) {
        return type == null || kindOf(type).isEmpty() ? Optional.empty() : Optional.of(managedType(type));
    }

    /** The entity resolved against its hierarchy, or {@code null} if it refers to itself while building. */
    public EntityModel entity(TypeElement type) {
        EntityModel cached = entities.get(type);
        if (cached != null) {
            return cached;
        }
        if (!building.add(type)) {
            return null;
        }
        try {
            EntityModel entity = buildEntity(type, false);
            entities.put(type, entity);
            return entity;
        } finally {
            building.remove(type);
        }
    }

    /**
     * The entity; while it is being built (entities that reference each other, A → B → A), a
     * model of its key alone: its table built from its id attributes, which is all a foreign key
     * to it or a subclass's key needs. {@code null} only for a key that refers to itself.
     */
    private EntityModel entityOrKey(TypeElement type) {
        EntityModel entity = entity(type);
        if (entity != null) {
            return entity;
        }
        EntityModel cached = keyOnlyEntities.get(type);
        if (cached != null || !buildingKeys.add(type)) {
            return cached;
        }
        try {
            EntityModel key = buildEntity(type, true);
            keyOnlyEntities.put(type, key);
            return key;
        } finally {
            buildingKeys.remove(type);
        }
    }

    // ---------------------------------------------------------------- access and attributes

    private boolean fieldAccess(TypeElement type) {
        Set<TypeElement> seen = new HashSet<>();
        for (TypeElement t = type; t != null && seen.add(t); t = superclass(t)) {
            AnnotationMirror access = annotations.jpa(t, "Access");
            String explicit = annotations.enumConstant(access, "value");
            if (explicit != null) {
                return !explicit.equals("PROPERTY");
            }
            for (Element member : members(t)) {
                if (annotations.hasJpa(member, "Id") || annotations.hasJpa(member, "EmbeddedId")) {
                    return member.getKind() == ElementKind.FIELD;
                }
            }
        }
        for (Element member : members(type)) {
            if (member.getKind() == ElementKind.METHOD && hasJpaAnnotation(member)) {
                boolean fieldAnnotated = members(type).stream()
                        .anyMatch(m -> m.getKind() == ElementKind.FIELD && hasJpaAnnotation(m));
                return fieldAnnotated;
            }
        }
        return true;
    }

    private boolean hasJpaAnnotation(Element element) {
        return element.getAnnotationMirrors().stream()
                .anyMatch(m -> annotations.canonicalName(m).startsWith(JPA));
    }

    private TypeElement superclass(TypeElement type) {
        TypeMirror superType = type.getSuperclass();
        if (superType.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement superElement = (TypeElement) ((DeclaredType) superType).asElement();
        return superElement.getQualifiedName().contentEquals("java.lang.Object") ? null : superElement;
    }

    private List<AttributeModel> declaredAttributes(TypeElement type, DeclaredType viewedFrom, boolean fieldAccess) {
        List<AttributeModel> attributes = new ArrayList<>();
        for (Element member : members(type)) {
            String name = persistentName(member, fieldAccess);
            if (name != null) {
                attributes.add(attribute(name, member, type, viewedFrom));
            }
        }
        return List.copyOf(attributes);
    }

    /** The attributes a class inherits from {@code superclass}, seen from the class. */
    private List<AttributeModel> inheritedAttributes(TypeElement superclass, DeclaredType viewedFrom,
            boolean fieldAccess) {
        boolean generic = !superclass.getTypeParameters().isEmpty()
                || (superclass.getNestingKind() != javax.lang.model.element.NestingKind.TOP_LEVEL
                        && !superclass.getModifiers().contains(Modifier.STATIC));
        if (generic) {
            return declaredAttributes(superclass, viewedFrom, fieldAccess); // types depend on the type arguments
        }
        Map<TypeElement, List<AttributeModel>> cache = inheritedAttributes.get(fieldAccess ? 0 : 1);
        List<AttributeModel> found = cache.get(superclass);
        if (found == null) {
            found = declaredAttributes(superclass, viewedFrom, fieldAccess);
            cache.put(superclass, found);
        }
        return found;
    }

    private String persistentName(Element member, boolean fieldAccess) {
        Set<Modifier> modifiers = member.getModifiers();
        if (modifiers.contains(Modifier.STATIC) || annotations.hasJpa(member, "Transient")
                || annotations.find(member, FORMULA) != null) {
            return null;
        }
        if (fieldAccess) {
            if (member.getKind() != ElementKind.FIELD || modifiers.contains(Modifier.TRANSIENT)) {
                return null;
            }
            return member.getSimpleName().toString();
        }
        if (member.getKind() != ElementKind.METHOD) {
            return null;
        }
        ExecutableElement method = (ExecutableElement) member;
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return null;
        }
        String methodName = method.getSimpleName().toString();
        String property;
        if (methodName.startsWith("get") && methodName.length() > 3) {
            property = methodName.substring(3);
        } else if (methodName.startsWith("is") && methodName.length() > 2
                && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            property = methodName.substring(2);
        } else {
            return null;
        }
        return NameCase.propertyName(property);
    }

    /** The basic key of a {@code Map}-valued attribute; empty for entity, embeddable or unknown keys. */
    private Optional<MapKey> mapKey(Element member, TypeMirror type) {
        if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().size() != 2) {
            return Optional.empty();
        }
        TypeInfo key = typeInfo(declared.getTypeArguments().get(0));
        if (key.isError() || (key.kind() != TypeInfo.Kind.DECLARED && key.kind() != TypeInfo.Kind.ENUM)) {
            return Optional.empty();
        }
        TypeElement keyType = typeElement(key.name());
        if (keyType != null && kindOf(keyType).isPresent()) {
            return Optional.empty(); // an entity or embeddable key: @MapKeyJoinColumn and friends
        }
        AnnotationMirror enumerated = annotations.jpa(member, "MapKeyEnumerated");
        return Optional.of(new MapKey(key.name(), key.kind() == TypeInfo.Kind.ENUM,
                columnSpec(member, annotations.jpa(member, "MapKeyColumn")),
                enumerated == null ? null
                        : EnumStorage.of(true, annotations.enumConstant(enumerated, "value"))));
    }

    private TypeMirror memberType(Element member, DeclaredType viewedFrom) {
        TypeMirror type;
        try {
            type = types.asMemberOf(viewedFrom, member);
        } catch (IllegalArgumentException notAMember) {
            type = member.asType();
        }
        return type instanceof javax.lang.model.type.ExecutableType method ? method.getReturnType() : type;
    }

    private AttributeModel attribute(String name, Element member, TypeElement declaringType, DeclaredType viewedFrom) {
        TypeMirror javaType = memberType(member, viewedFrom);
        TypeInfo type = typeInfo(javaType);
        if (annotations.hasErroneousValue(member)) {
            // Half-typed annotations: the compiler reports them; the attribute is judged once it compiles.
            type = new TypeInfo(type.name(), type.elementName(), type.sourceName(), TypeInfo.Kind.ERROR);
        }

        AnnotationMirror manyToOne = annotations.jpa(member, "ManyToOne");
        AnnotationMirror oneToOne = annotations.jpa(member, "OneToOne");
        AnnotationMirror oneToMany = annotations.jpa(member, "OneToMany");
        AnnotationMirror manyToMany = annotations.jpa(member, "ManyToMany");
        AttributeKind kind;
        AnnotationMirror associationAnnotation = null;
        if (annotations.hasJpa(member, "EmbeddedId")) {
            kind = AttributeKind.EMBEDDED_ID;
        } else if (manyToOne != null) {
            kind = AttributeKind.MANY_TO_ONE;
            associationAnnotation = manyToOne;
        } else if (oneToOne != null) {
            kind = AttributeKind.ONE_TO_ONE;
            associationAnnotation = oneToOne;
        } else if (oneToMany != null) {
            kind = AttributeKind.ONE_TO_MANY;
            associationAnnotation = oneToMany;
        } else if (manyToMany != null) {
            kind = AttributeKind.MANY_TO_MANY;
            associationAnnotation = manyToMany;
        } else if (annotations.hasJpa(member, "ElementCollection")) {
            kind = AttributeKind.ELEMENT_COLLECTION;
        } else if (annotations.hasJpa(member, "Embedded") || isEmbeddable(javaType)) {
            kind = AttributeKind.EMBEDDED;
        } else {
            kind = AttributeKind.BASIC;
        }

        AssociationSpec association = null;
        if (associationAnnotation != null) {
            TypeMirror targetEntity = annotations.type(associationAnnotation, "targetEntity");
            String target = targetEntity != null && targetEntity.getKind() == TypeKind.DECLARED
                    && !targetEntity.toString().equals("void")
                    ? qualifiedName(targetEntity)
                    : (kind.isToMany() ? type.elementName() : type.name());
            association = new AssociationSpec(
                    target,
                    annotations.string(associationAnnotation, "mappedBy"),
                    FetchType.of(annotations.enumConstant(associationAnnotation, "fetch")),
                    cascadeTypes(annotations.enumConstants(associationAnnotation, "cascade")),
                    annotations.bool(associationAnnotation, "optional"),
                    annotations.hasJpa(member, "JoinTable"),
                    annotations.hasJpa(member, "OrderColumn"),
                    associationAnnotation,
                    member,
                    annotations.written(associationAnnotation),
                    Boolean.TRUE.equals(annotations.bool(associationAnnotation, "orphanRemoval")));
        }

        List<ColumnSpec> joinColumns = new ArrayList<>();
        for (AnnotationMirror joinColumn : annotations.repeated(member, JPA + "JoinColumn", JPA + "JoinColumns")) {
            joinColumns.add(columnSpec(member, joinColumn));
        }

        AnnotationMirror size = annotations.find(member, SIZE);
        Long sizeMax = annotations.longValue(size, "max");
        AnnotationMirror digits = annotations.find(member, DIGITS);
        Integer digitsInteger = annotations.integer(digits, "integer");
        Integer digitsFraction = annotations.integer(digits, "fraction");
        AnnotationMirror enumerated = annotations.jpa(member, "Enumerated");
        EnumStorage enumeratedValue = EnumStorage.of(enumerated != null,
                annotations.enumConstant(enumerated, "value"));
        AnnotationMirror mapsId = annotations.jpa(member, "MapsId");

        Set<String> annotationNames = new LinkedHashSet<>();
        boolean notNull = false;
        for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
            String annotationName = annotations.canonicalName(mirror);
            annotationNames.add(annotationName);
            notNull |= NOT_NULL.contains(annotationName);
        }
        AnnotationMirror basic = annotations.jpa(member, "Basic");
        notNull |= Boolean.FALSE.equals(annotations.bool(basic, "optional"));

        return new AttributeModel(
                name,
                member,
                declaringType,
                type,
                kind,
                annotations.hasJpa(member, "Id") || kind == AttributeKind.EMBEDDED_ID,
                annotations.hasJpa(member, "Version"),
                columnSpec(member, annotations.jpa(member, "Column")),
                List.copyOf(joinColumns),
                association,
                annotations.hasJpa(member, "Lob"),
                enumeratedValue,
                sizeMax == null || sizeMax >= Integer.MAX_VALUE ? null : sizeMax.intValue(),
                size == null ? null : SourceRef.of(member, size, annotations.value(size, "max")),
                digitsInteger == null || digitsFraction == null
                        ? null : new AttributeModel.Digits(digitsInteger, digitsFraction),
                notNull,
                annotations.find(member, MONEY) != null,
                mapsId != null,
                overrides(member),
                Set.copyOf(annotationNames),
                columnSpec(member, annotations.jpa(member, "OrderColumn")),
                joinTableSpec(member),
                enumValueMapped(javaType),
                currentTimestampEvents(member),
                type.kind() == TypeInfo.Kind.MAP ? mapKey(member, javaType).orElse(null) : null,
                facts(name, member, kind, declaringType));
    }

    private static final Set<String> OPTIONALS = Set.of(
            "java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble");

    /** What the rest of the class says about an attribute, and the foreign keys its mapping turns off. */
    private AttributeFacts facts(String name, Element member, AttributeKind kind, TypeElement declaringType) {
        SourceRef optionalGetter = null;
        if (member.getKind() == ElementKind.FIELD && member.getEnclosingElement() instanceof TypeElement owner) {
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Set<String> getterNames = Set.of("get" + capitalized, "is" + capitalized, name);
            for (Element candidate : members(owner)) {
                if (candidate.getKind() == ElementKind.METHOD
                        && getterNames.contains(candidate.getSimpleName().toString())
                        && ((ExecutableElement) candidate).getParameters().isEmpty()
                        && !candidate.getModifiers().contains(Modifier.STATIC)
                        && ((ExecutableElement) candidate).getReturnType() instanceof DeclaredType returned
                        && returned.asElement() instanceof TypeElement returnedType
                        && OPTIONALS.contains(returnedType.getQualifiedName().toString())
                        && !overridesInherited((ExecutableElement) candidate, owner)) {
                    // A getter an interface imposes (Spring Data's Auditable) says nothing of the column.
                    optionalGetter = SourceRef.of(candidate);
                    break;
                }
            }
        }
        boolean joinColumnNoConstraint = false;
        for (AnnotationMirror joinColumn : annotations.repeated(member, JPA + "JoinColumn", JPA + "JoinColumns")) {
            joinColumnNoConstraint |= noConstraint(annotations.annotation(joinColumn, "foreignKey"));
        }
        joinColumnNoConstraint |= noConstraint(
                annotations.annotation(annotations.jpa(member, "JoinColumns"), "foreignKey"));
        AnnotationMirror table = annotations.jpa(member, "JoinTable");
        if (table == null) {
            table = annotations.jpa(member, "CollectionTable");
        }
        AnnotationMirror onDelete = annotations.find(member, "org.hibernate.annotations.OnDelete");
        String action = null;
        if (onDelete != null) {
            String written = annotations.enumConstant(onDelete, "action");
            action = written == null ? "" : written;
        }
        String namedEntity = kind == AttributeKind.BASIC ? namedEntity(name, member, declaringType) : null;
        if (optionalGetter == null && !joinColumnNoConstraint && table == null && action == null
                && namedEntity == null) {
            return AttributeFacts.NONE;
        }
        return new AttributeFacts(optionalGetter, joinColumnNoConstraint,
                noConstraint(annotations.annotation(table, "foreignKey")),
                noConstraint(annotations.annotation(table, "inverseForeignKey")), action, namedEntity);
    }

    /**
     * The entity a basic attribute's name says it refers to: {@code customerId} (or a column written
     * {@code customer_id}) and an entity class {@code Customer} or {@code CustomerEntity} in the
     * package of the class that declares it. Looked up by name, so the answer is the same whichever
     * classes the round compiles.
     */
    private String namedEntity(String name, Element member, TypeElement declaringType) {
        List<String> words = NameCase.words(name);
        String written = annotations.string(annotations.jpa(member, "Column"), "name");
        if ((words.size() < 2 || !words.get(words.size() - 1).equals("id")) && written != null) {
            words = NameCase.words(written);
        }
        if (words.size() < 2 || !words.get(words.size() - 1).equals("id") || declaringType == null) {
            return null;
        }
        String base = NameCase.pascal(String.join("_", words.subList(0, words.size() - 1)));
        String pkg = elements.getPackageOf(declaringType).getQualifiedName().toString();
        for (String candidate : List.of(base, base + "Entity")) {
            TypeElement found = typeElement(pkg.isEmpty() ? candidate : pkg + "." + candidate);
            if (found != null && !found.equals(declaringType) && annotations.hasJpa(found, "Entity")) {
                return found.getQualifiedName().toString();
            }
        }
        return null;
    }

    /**
     * Whether the method implements or overrides one of a supertype of {@code owner} (or may: it
     * says {@code @Override}, or a supertype cannot be resolved).
     */
    private boolean overridesInherited(ExecutableElement method, TypeElement owner) {
        if (annotations.find(method, "java.lang.Override") != null) {
            return true;
        }
        java.util.Deque<TypeMirror> pending = new java.util.ArrayDeque<>(types.directSupertypes(owner.asType()));
        pending.add(owner.getSuperclass());
        owner.getInterfaces().forEach(pending::add);
        Set<TypeElement> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            TypeMirror superType = pending.poll();
            if (superType.getKind() == TypeKind.ERROR) {
                return true; // a supertype javac cannot see may declare it: when unsure, say nothing
            }
            if (!(superType instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement type)
                    || !seen.add(type) || type.getQualifiedName().contentEquals("java.lang.Object")) {
                continue;
            }
            for (Element member : members(type)) {
                if (member.getKind() == ElementKind.METHOD
                        && member.getSimpleName().contentEquals(method.getSimpleName())
                        && elements.overrides(method, (ExecutableElement) member, owner)) {
                    return true;
                }
            }
            pending.addAll(types.directSupertypes(superType));
            pending.add(type.getSuperclass());
            type.getInterfaces().forEach(pending::add);
        }
        return false;
    }

    /** Whether a {@code @ForeignKey} writes {@code ConstraintMode.NO_CONSTRAINT}. */
    private boolean noConstraint(AnnotationMirror foreignKey) {
        return "NO_CONSTRAINT".equals(annotations.enumConstant(foreignKey, "value"));
    }

    /** The written {@code event} (or older {@code timing}) of Hibernate's {@code @CurrentTimestamp}, else {@code null}. */
    private List<String> currentTimestampEvents(Element member) {
        AnnotationMirror current = annotations.find(member, "org.hibernate.annotations.CurrentTimestamp");
        if (current == null) {
            return null;
        }
        Map<String, javax.lang.model.element.AnnotationValue> written = annotations.written(current);
        if (written.containsKey("event")) {
            return annotations.enumConstants(current, "event");
        }
        if (written.containsKey("timing")) {
            String timing = annotations.enumConstant(current, "timing");
            return timing == null ? null : List.of(timing);
        }
        return null;
    }

    private AttributeModel.JoinTableSpec joinTableSpec(Element member) {
        AnnotationMirror table = annotations.jpa(member, "JoinTable");
        if (table == null) {
            table = annotations.jpa(member, "CollectionTable");
        }
        if (table == null) {
            return null;
        }
        List<ColumnSpec> joinColumns = new ArrayList<>();
        for (AnnotationMirror column : annotations.annotations(table, "joinColumns")) {
            joinColumns.add(columnSpec(member, column));
        }
        List<ColumnSpec> inverseJoinColumns = new ArrayList<>();
        for (AnnotationMirror column : annotations.annotations(table, "inverseJoinColumns")) {
            inverseJoinColumns.add(columnSpec(member, column));
        }
        return new AttributeModel.JoinTableSpec(blankToNull(annotations.string(table, "name")),
                List.copyOf(joinColumns), List.copyOf(inverseJoinColumns),
                blankToNull(annotations.string(annotations.annotation(table, "foreignKey"), "name")),
                blankToNull(annotations.string(annotations.annotation(table, "inverseForeignKey"), "name")),
                SourceRef.of(member, table));
    }

    private EntityModel.Discriminator discriminator(TypeElement root, InheritanceStrategy inheritance) {
        AnnotationMirror column = annotations.jpa(root, "DiscriminatorColumn");
        if (column == null && inheritance != InheritanceStrategy.SINGLE_TABLE) {
            return null;
        }
        String name = blankToNull(annotations.string(column, "name"));
        DiscriminatorKind type = DiscriminatorKind.of(annotations.enumConstant(column, "discriminatorType"));
        Integer length = annotations.integer(column, "length");
        return new EntityModel.Discriminator(name == null ? "DTYPE" : name, type, length == null ? 31 : length,
                column != null, column == null ? SourceRef.of(root) : SourceRef.of(root, column));
    }

    private List<EntityModel.SecondaryTable> secondaryTables(TypeElement type) {
        List<EntityModel.SecondaryTable> tables = new ArrayList<>();
        for (AnnotationMirror table : annotations.repeated(type, JPA + "SecondaryTable", JPA + "SecondaryTables")) {
            String name = blankToNull(annotations.string(table, "name"));
            if (name == null) {
                continue;
            }
            List<String> pkJoinColumns = new ArrayList<>();
            for (AnnotationMirror column : annotations.annotations(table, "pkJoinColumns")) {
                String columnName = blankToNull(annotations.string(column, "name"));
                if (columnName != null) {
                    pkJoinColumns.add(columnName);
                }
            }
            tables.add(new EntityModel.SecondaryTable(name, List.copyOf(pkJoinColumns),
                    blankToNull(annotations.string(annotations.annotation(table, "foreignKey"), "name")),
                    SourceRef.of(type, table), noConstraint(annotations.annotation(table, "foreignKey"))));
        }
        return List.copyOf(tables);
    }

    /** Whether an enum type marks a field {@code @EnumeratedValue} (Jakarta Persistence 3.2). */
    private boolean enumValueMapped(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        Element element = ((DeclaredType) type).asElement();
        if (element.getKind() != ElementKind.ENUM) {
            return false;
        }
        return element.getEnclosedElements().stream()
                .anyMatch(m -> m.getKind() == ElementKind.FIELD && annotations.hasJpa(m, "EnumeratedValue"));
    }

    private boolean isEmbeddable(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && annotations.hasJpa(((DeclaredType) type).asElement(), "Embeddable");
    }

    private List<AttributeModel.AttributeOverride> overrides(Element element) {
        List<AttributeModel.AttributeOverride> overrides = new ArrayList<>();
        for (AnnotationMirror override :
                annotations.repeated(element, JPA + "AttributeOverride", JPA + "AttributeOverrides")) {
            String name = annotations.string(override, "name");
            AnnotationMirror column = annotations.annotation(override, "column");
            if (name != null) {
                overrides.add(new AttributeModel.AttributeOverride(name, columnSpec(element, column)));
            }
        }
        for (AnnotationMirror override :
                annotations.repeated(element, JPA + "AssociationOverride", JPA + "AssociationOverrides")) {
            String name = annotations.string(override, "name");
            List<AnnotationMirror> joinColumns = annotations.annotations(override, "joinColumns");
            if (name != null && !joinColumns.isEmpty()) {
                overrides.add(new AttributeModel.AttributeOverride(name, columnSpec(element, joinColumns.get(0))));
            }
        }
        return List.copyOf(overrides);
    }

    ColumnSpec columnSpec(Element on, AnnotationMirror column) {
        if (column == null) {
            return ColumnSpec.NONE;
        }
        AnnotationMirror foreignKey = annotations.annotation(column, "foreignKey");
        String foreignKeyName = annotations.string(foreignKey, "name");
        return new ColumnSpec(
                blankToNull(annotations.string(column, "name")),
                annotations.integer(column, "length"),
                annotations.integer(column, "precision"),
                annotations.integer(column, "scale"),
                annotations.bool(column, "nullable"),
                annotations.bool(column, "unique"),
                blankToNull(annotations.string(column, "columnDefinition")),
                blankToNull(annotations.string(column, "table")),
                blankToNull(annotations.string(column, "referencedColumnName")),
                blankToNull(foreignKeyName),
                on,
                column,
                annotations.written(column));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    // ---------------------------------------------------------------- types

    TypeInfo typeInfo(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE:
                return new TypeInfo(type.getKind().name().toLowerCase(Locale.ROOT), null, type.toString(),
                        TypeInfo.Kind.PRIMITIVE);
            case ARRAY: {
                TypeInfo component = typeInfo(((ArrayType) type).getComponentType());
                return new TypeInfo(component.name() + "[]", component.name(), type.toString(),
                        component.isError() ? TypeInfo.Kind.ERROR : TypeInfo.Kind.ARRAY);
            }
            case TYPEVAR: {
                // A bound may mention the variable itself (T extends Comparable<T>, L extends List<L>):
                // inside its own bound the variable is read as its erasure.
                Element variable = ((TypeVariable) type).asElement();
                if (!resolvingTypeVariables.add(variable)) {
                    return typeInfo(types.erasure(type));
                }
                try {
                    return typeInfo(((TypeVariable) type).getUpperBound());
                } finally {
                    resolvingTypeVariables.remove(variable);
                }
            }
            case INTERSECTION:
                return typeInfo(types.erasure(type));
            case DECLARED:
                return declaredTypeInfo((DeclaredType) type);
            case ERROR:
                return new TypeInfo(type.toString(), null, type.toString(), TypeInfo.Kind.ERROR);
            default:
                return new TypeInfo(type.toString(), null, type.toString(), TypeInfo.Kind.DECLARED);
        }
    }

    private TypeInfo declaredTypeInfo(DeclaredType type) {
        TypeInfo info = declaredTypeInfoWithoutBinaryName(type);
        if (info.isError() || !type.getTypeArguments().isEmpty()) {
            return info;
        }
        return info.withBinaryName(elements.getBinaryName((TypeElement) type.asElement()).toString());
    }

    private TypeInfo declaredTypeInfoWithoutBinaryName(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        String source = sourceName(type, name);
        if (hasErrorArgument(type)) {
            return new TypeInfo(name, null, source, TypeInfo.Kind.ERROR);
        }
        if (element.getKind() == ElementKind.ENUM) {
            return new TypeInfo(name, null, source, TypeInfo.Kind.ENUM);
        }
        if (name.startsWith("java.lang.") || name.startsWith("java.time.") || name.startsWith("java.math.")) {
            // The common basic types: no collection or map among them, no subtype test needed.
            return new TypeInfo(name, null, source, TypeInfo.Kind.DECLARED);
        }
        if (kindOf(element).isPresent()) {
            return new TypeInfo(name, null, source, TypeInfo.Kind.DECLARED); // an entity or embeddable: no collection
        }
        if (isSubtypeOf(type, "java.util.Collection")) {
            TypeInfo elementType = type.getTypeArguments().isEmpty() ? null : typeInfo(type.getTypeArguments().get(0));
            return new TypeInfo(name, elementType == null ? null : elementType.name(), source,
                    TypeInfo.Kind.COLLECTION, elementType == null ? null : elementType.kind());
        }
        if (isSubtypeOf(type, "java.util.Map")) {
            TypeInfo valueType = type.getTypeArguments().size() < 2 ? null : typeInfo(type.getTypeArguments().get(1));
            return new TypeInfo(name, valueType == null ? null : valueType.name(), source, TypeInfo.Kind.MAP,
                    valueType == null ? null : valueType.kind());
        }
        return new TypeInfo(name, null, source, TypeInfo.Kind.DECLARED);
    }

    private static boolean hasErrorArgument(DeclaredType type) {
        for (TypeMirror argument : type.getTypeArguments()) {
            if (argument.getKind() == TypeKind.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** The type as source spells it; the qualified name unless it has type arguments or an enclosing instance. */
    private static String sourceName(DeclaredType type, String qualifiedName) {
        return type.getTypeArguments().isEmpty() && type.getEnclosingType().getKind() == TypeKind.NONE
                ? qualifiedName : type.toString();
    }

    private boolean isSubtypeOf(DeclaredType type, String qualifiedName) {
        // Looked up once per round: getTypeElement converts the name on every call.
        TypeMirror target = erasedTypes.computeIfAbsent(qualifiedName, name -> {
            TypeElement element = jdkType(name);
            return element == null ? null : types.erasure(element.asType());
        });
        return target != null && types.isAssignable(types.erasure(type), target);
    }

    /**
     * A {@code java.base} type, looked up in that module: a lookup by name alone searches every
     * module of the compilation, which costs a small compile more than modelling its entities.
     */
    private TypeElement jdkType(String qualifiedName) {
        try {
            javax.lang.model.element.ModuleElement base = elements.getModuleElement("java.base");
            TypeElement found = base == null ? null : elements.getTypeElement(base, qualifiedName);
            return found != null ? found : typeElement(qualifiedName);
        } catch (RuntimeException | LinkageError noModules) {
            return typeElement(qualifiedName); // a compiler without modules (source 8, some ecj versions)
        }
    }

    private static String qualifiedName(TypeMirror type) {
        return type instanceof DeclaredType declared
                ? ((TypeElement) declared.asElement()).getQualifiedName().toString()
                : type.toString();
    }

    // ---------------------------------------------------------------- entities

    private EntityModel buildEntity(TypeElement type, boolean keyOnly) {
        ManagedType managed = managedType(type);
        DeclaredType viewedFrom = (DeclaredType) type.asType();
        boolean fieldAccess = managed.fieldAccess();

        // The hierarchy from the root down to this class, with mapped superclasses in between.
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = type; t != null && !chain.contains(t); t = superclass(t)) {
            chain.add(0, t); // a cyclic hierarchy (a compile error) stops where it comes round
        }
        TypeElement superEntity = null;
        TypeElement rootEntity = type;
        for (TypeElement t : chain) {
            if (t != type && annotations.hasJpa(t, "Entity")) {
                superEntity = t;
                if (rootEntity == type) {
                    rootEntity = t;
                }
            }
        }
        InheritanceStrategy inheritance = inheritanceOf(rootEntity, superEntity != null);

        List<AttributeModel> attributes = new ArrayList<>();
        List<AttributeModel> tableAttributes = new ArrayList<>();
        for (TypeElement t : chain) {
            Optional<ManagedTypeKind> kind = kindOf(t);
            if (kind.isEmpty() || kind.get() == ManagedTypeKind.EMBEDDABLE) {
                continue;
            }
            List<AttributeModel> declared = t == type
                    ? managed.declaredAttributes()
                    : inheritedAttributes(t, viewedFrom, fieldAccess);
            attributes.addAll(declared);
            boolean belowSuperEntity = superEntity == null || chain.indexOf(t) > chain.indexOf(superEntity);
            if (belowSuperEntity || inheritance == InheritanceStrategy.TABLE_PER_CLASS) {
                tableAttributes.addAll(declared);
            }
        }
        List<AttributeModel> idAttributes = attributes.stream().filter(AttributeModel::id).toList();
        if (keyOnly) {
            // Basic columns too: a join column may name one in referencedColumnName.
            tableAttributes.removeIf(a -> !a.id() && a.kind() != AttributeKind.BASIC
                    && !(a.mapsId() && a.kind().isToOne()));
        }

        AnnotationMirror entityAnnotation = annotations.jpa(type, "Entity");
        String entityName = Optional.ofNullable(annotations.string(entityAnnotation, "name"))
                .filter(n -> !n.isBlank())
                .orElse(type.getSimpleName().toString());

        TypeElement tableOwner = superEntity != null && inheritance == InheritanceStrategy.SINGLE_TABLE
                ? rootEntity : type;
        TableModel table = new TableBuilder(type, tableOwner, entityName(tableOwner), tableAttributes,
                idAttributes, superEntity == null || inheritance == InheritanceStrategy.TABLE_PER_CLASS,
                superEntity == null ? null : entityOrKey(superEntity)).build();

        SourceRef generate = generateRepository(type);
        boolean complete = attributes.stream().noneMatch(a -> a.type().isError())
                && chain.stream().noneMatch(t -> t.getSuperclass().getKind() == TypeKind.ERROR)
                && chain.stream().noneMatch(t -> GeneratedAccessors.pending(annotations, t, fieldAccess));
        List<LifecycleCallback> callbacks = new ArrayList<>();
        for (TypeElement t : chain) {
            Optional<ManagedTypeKind> kind = kindOf(t);
            if (kind.isPresent() && kind.get() != ManagedTypeKind.EMBEDDABLE) {
                callbacks.addAll(t == type ? managed.callbacks() : managedType(t).callbacks());
            }
        }
        return new EntityModel(managed, entityName, SourceRef.of(type, entityAnnotation).member("name"), table, List.copyOf(attributes), idAttributes,
                superEntity == null ? null : superEntity.getQualifiedName().toString(),
                inheritance, hibernateSoftDelete(chain), generate != null, generate, complete,
                superEntity == null ? discriminator(type, inheritance) : null,
                secondaryTables(type),
                discriminatorColumn(rootEntity, inheritance), List.copyOf(callbacks),
                chain.stream().anyMatch(t -> annotations.find(t, ROW_FILTERS) != null));
    }

    /** The discriminator column: written, or Hibernate's implicit {@code DTYPE} for a single table. */
    private String discriminatorColumn(TypeElement root, InheritanceStrategy inheritance) {
        AnnotationMirror discriminator = annotations.jpa(root, "DiscriminatorColumn");
        String written = annotations.string(discriminator, "name");
        if (written != null && !written.isBlank()) {
            return physical(written);
        }
        if (discriminator != null || inheritance == InheritanceStrategy.SINGLE_TABLE) {
            return physical("DTYPE");
        }
        return null;
    }

    /** Hibernate's {@code @SoftDelete} nearest the entity: its column, strategy and written converter. */
    private EntityModel.HibernateSoftDelete hibernateSoftDelete(List<TypeElement> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            AnnotationMirror mirror = annotations.find(chain.get(i), SOFT_DELETE);
            if (mirror != null) {
                SoftDeleteStrategy strategy = SoftDeleteStrategy.of(annotations.enumConstant(mirror, "strategy"));
                String column = blankToNull(annotations.string(mirror, "columnName"));
                TypeMirror converter = annotations.type(mirror, "converter");
                String converterName = converter == null || converter.toString().endsWith(".UnspecifiedConversion")
                        ? null : converter.toString();
                return new EntityModel.HibernateSoftDelete(SourceRef.of(chain.get(i), mirror),
                        physical(column == null ? strategy.defaultColumn() : column), strategy, converterName, column);
            }
        }
        return null;
    }

    private String entityName(TypeElement type) {
        return Optional.ofNullable(annotations.string(annotations.jpa(type, "Entity"), "name"))
                .filter(n -> !n.isBlank())
                .orElse(type.getSimpleName().toString());
    }

    private InheritanceStrategy inheritanceOf(TypeElement root, boolean hasSuperEntity) {
        AnnotationMirror inheritance = annotations.jpa(root, "Inheritance");
        InheritanceStrategy strategy = InheritanceStrategy.of(annotations.enumConstant(inheritance, "strategy"));
        if (strategy != null) {
            return strategy;
        }
        return inheritance != null || hasSuperEntity ? InheritanceStrategy.SINGLE_TABLE : null;
    }

    private static java.util.Set<CascadeType> cascadeTypes(List<String> written) {
        java.util.Set<CascadeType> cascade = new LinkedHashSet<>(); // in written order, for messages
        for (String constant : written) {
            CascadeType type = CascadeType.of(constant);
            if (type != null) {
                cascade.add(type);
            }
        }
        return java.util.Collections.unmodifiableSet(cascade);
    }

    private SourceRef generateRepository(TypeElement type) {
        AnnotationMirror onType = annotations.find(type, GENERATE_REPOSITORY);
        if (onType != null) {
            return SourceRef.of(type, onType);
        }
        Element enclosing = type.getEnclosingElement();
        while (enclosing != null && !(enclosing instanceof PackageElement)) {
            enclosing = enclosing.getEnclosingElement();
        }
        if (enclosing != null) {
            AnnotationMirror onPackage = annotations.find(enclosing, GENERATE_REPOSITORY);
            if (onPackage != null) {
                return SourceRef.of(enclosing, onPackage);
            }
        }
        return null;
    }

    /** The physical name for a written or derived logical name. */
    String physical(String logical) {
        return naming.physicalOf(logical);
    }

    /** Builds one entity's table: columns, primary key, foreign keys and indexes. */
    private final class TableBuilder {
        private final TypeElement entity;
        private final TypeElement tableOwner;
        private final String defaultName;
        private final List<AttributeModel> tableAttributes;
        private final List<AttributeModel> idAttributes;
        private final boolean ownsPrimaryKey;
        private final EntityModel parentEntity;
        private final Map<String, ColumnSpec> classOverrides = new LinkedHashMap<>();
        private final List<ColumnModel> columns = new ArrayList<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<ForeignKeyModel> foreignKeys = new ArrayList<>();
        private final List<IndexModel> indexes = new ArrayList<>();

        TableBuilder(TypeElement entity, TypeElement tableOwner, String defaultName,
                List<AttributeModel> tableAttributes, List<AttributeModel> idAttributes,
                boolean ownsPrimaryKey, EntityModel parentEntity) {
            this.entity = entity;
            this.tableOwner = tableOwner;
            this.defaultName = defaultName;
            this.tableAttributes = tableAttributes;
            this.idAttributes = idAttributes;
            this.ownsPrimaryKey = ownsPrimaryKey;
            this.parentEntity = parentEntity;
            for (AttributeModel.AttributeOverride override : overrides(entity)) {
                classOverrides.put(override.name(), override.column());
            }
        }

        TableModel build() {
            AnnotationMirror tableAnnotation = annotations.jpa(tableOwner, "Table");
            String writtenName = annotations.string(tableAnnotation, "name");
            boolean explicit = writtenName != null && !writtenName.isBlank();
            String logical = explicit ? writtenName : defaultName;
            String name = physical(logical);

            if (!ownsPrimaryKey && parentEntity != null && tableOwner == entity) {
                addJoinedPrimaryKey();
            }
            for (AttributeModel attribute : tableAttributes) {
                addAttribute(attribute, attribute.name(), classOverrides, List.of());
            }
            if (tableOwner != entity && parentEntity != null) {
                primaryKey.addAll(parentEntity.table().primaryKey());
            } else if (ownsPrimaryKey && primaryKey.size() > 1) {
                // Hibernate orders the attributes of an @IdClass or @EmbeddedId by name.
                Map<String, String> paths = new HashMap<>();
                columns.forEach(c -> paths.putIfAbsent(c.name(), c.attributePath()));
                primaryKey.sort(java.util.Comparator.comparing(n -> paths.getOrDefault(n, n)));
            }
            addIndexes(tableAnnotation, name);
            SourceRef source = tableAnnotation != null ? SourceRef.of(tableOwner, tableAnnotation) : SourceRef.of(entity);
            SourceRef nameSource = source.narrowedTo(annotations.value(tableAnnotation, "name"));
            return new TableModel(name, Names.isQuoted(logical), explicit, List.copyOf(columns),
                    List.copyOf(primaryKey), List.copyOf(indexes), List.copyOf(foreignKeys), source,
                    explicit ? writtenName : null, nameSource);
        }

        /** A JOINED subclass's own table is keyed by columns that reference its parent's key. */
        private void addJoinedPrimaryKey() {
            List<AnnotationMirror> pkJoinColumns = annotations.repeated(entity,
                    JPA + "PrimaryKeyJoinColumn", JPA + "PrimaryKeyJoinColumns");
            List<ColumnModel> parentKey = parentEntity.table().primaryKey().stream()
                    .map(n -> parentEntity.table().column(n).orElse(null))
                    .filter(c -> c != null)
                    .toList();
            for (int i = 0; i < parentKey.size(); i++) {
                ColumnModel parentColumn = parentKey.get(i);
                String written = i < pkJoinColumns.size() ? annotations.string(pkJoinColumns.get(i), "name") : null;
                String name = written == null || written.isBlank() ? parentColumn.name() : physical(written);
                columns.add(new ColumnModel(name, false, parentColumn.attributePath(), parentColumn.attribute(),
                        parentColumn.type(), false, false, parentColumn.length(), parentColumn.precision(),
                        parentColumn.scale(), true, true, SourceRef.of(entity)));
                primaryKey.add(name);
            }
            if (!parentKey.isEmpty()) {
                foreignKeys.add(new ForeignKeyModel(null, List.copyOf(primaryKey), parentEntity.table().name(),
                        parentEntity.qualifiedName(), parentKey.get(0).attribute(), entity, SourceRef.of(entity)));
            }
        }

        private void addAttribute(AttributeModel attribute, String path, Map<String, ColumnSpec> overrides,
                List<AttributeModel> enclosing) {
            if (attribute.type().isError() || mappedByMapsId(attribute, enclosing)) {
                return;
            }
            ColumnSpec override = overrides.get(path);
            switch (attribute.kind()) {
                case BASIC -> addBasic(attribute, path, override, enclosing);
                case EMBEDDED, EMBEDDED_ID -> addEmbedded(attribute, path, overrides, enclosing);
                case MANY_TO_ONE, ONE_TO_ONE -> addToOne(attribute, path, override, enclosing);
                default -> {
                    // Collections live in other tables (join tables, collection tables, the target's table).
                }
            }
        }

        private void addBasic(AttributeModel attribute, String path, ColumnSpec override,
                List<AttributeModel> enclosing) {
            ColumnSpec column = override != null && override.present() ? override : attribute.column();
            if (column.table() != null) {
                return;
            }
            String logical = column.name() != null ? column.name() : attribute.name();
            String name = physical(logical);
            boolean id = attribute.id() || enclosing.stream().anyMatch(AttributeModel::id);
            if (attribute.id() && mapsIdReplacesIdColumn()) {
                return;
            }
            // Hibernate applies Bean Validation to the DDL after the mapping annotations, so
            // @Size/@Digits win over @Column; inside an embeddable only when every embedding
            // attribute is @Valid. Its NOT NULL applies to the entity's own attributes only
            // (an embedded value may itself be null), and never in a SINGLE_TABLE subclass,
            // whose rows share the table with the other subclasses. A @Version column is NOT NULL.
            // A primitive's implicit column
            // is NOT NULL, but an explicit @Column (nullable defaults to true) leaves it nullable.
            boolean validated = validated(enclosing);
            boolean nullable = !id && !attribute.version() && !Boolean.FALSE.equals(column.nullable())
                    && (singleTableSubclass() || (!(attribute.type().isPrimitive() && !column.present())
                            && !(enclosing.isEmpty() && attribute.notNull())));
            Integer length = column.length();
            if (validated && attribute.sizeMax() != null && attribute.type().isString()) {
                length = attribute.sizeMax();
            } else if (length == null && attribute.type().isString() && !attribute.lob()) {
                length = 255;
            }
            Integer precision = column.precision() != null && column.precision() > 0 ? column.precision() : null;
            // With a precision, Hibernate keeps @Column's scale, 0 unless written.
            Integer scale = precision != null ? (column.scale() != null ? column.scale() : 0) : null;
            if (validated && attribute.digits() != null) {
                precision = attribute.digits().integer() + attribute.digits().fraction();
                scale = attribute.digits().fraction();
            }
            boolean unique = Boolean.TRUE.equals(column.unique());
            columns.add(new ColumnModel(name, Names.isQuoted(logical), path, attribute, attribute.type(), nullable,
                    unique, length, precision, scale, id, false, column.present() ? column.ref() : attribute.ref()));
            if (id && primaryKey.stream().noneMatch(k -> Names.same(k, name))) {
                primaryKey.add(name);
            }
            if (unique) {
                indexes.add(new IndexModel(null, List.of(name), true, IndexModel.Kind.UNIQUE_COLUMN, entity,
                        column.ref("unique")));
            }
        }

        /** Whether this entity is a SINGLE_TABLE subclass, mapping into its root's table. */
        private boolean singleTableSubclass() {
            return tableOwner != entity;
        }

        /** Whether Hibernate applies Bean Validation to a column reached through {@code enclosing}. */
        private boolean validated(List<AttributeModel> enclosing) {
            return enclosing.stream().allMatch(e -> e.hasAnnotation("jakarta.validation.Valid")
                    || e.hasAnnotation("javax.validation.Valid"));
        }

        /**
         * Whether a component of the {@code @EmbeddedId} is mapped by a {@code @MapsId} to-one
         * instead ({@code @MapsId("authorCode")}, or {@code @MapsId} for the whole id): the
         * to-one's join columns are then the key, and the component has no column of its own.
         */
        private boolean mappedByMapsId(AttributeModel component, List<AttributeModel> enclosing) {
            if (enclosing.size() != 1 || enclosing.get(0).kind() != AttributeKind.EMBEDDED_ID) {
                return false;
            }
            for (AttributeModel attribute : tableAttributes) {
                if (attribute.mapsId() && attribute.kind().isToOne()) {
                    String value = annotations.string(annotations.jpa(attribute.element(), "MapsId"), "value");
                    if (value == null || value.isBlank() || value.equals(component.name())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether the key is one {@code @EmbeddedId}. */
        private boolean embeddedId() {
            return idAttributes.size() == 1 && idAttributes.get(0).kind() == AttributeKind.EMBEDDED_ID;
        }

        private boolean mapsIdReplacesIdColumn() {
            return idAttributes.size() == 1 && idAttributes.get(0).kind() == AttributeKind.BASIC
                    && tableAttributes.stream().anyMatch(a -> a.mapsId() && a.kind().isToOne());
        }

        private void addEmbedded(AttributeModel attribute, String path, Map<String, ColumnSpec> overrides,
                List<AttributeModel> enclosing) {
            TypeElement embeddable = typeElement(attribute.type().name());
            if (embeddable == null || enclosing.stream().anyMatch(e -> e.type().name().equals(attribute.type().name()))) {
                return;
            }
            Map<String, ColumnSpec> nested = new LinkedHashMap<>(overrides);
            for (AttributeModel.AttributeOverride override : attribute.overrides()) {
                nested.putIfAbsent(path + "." + override.name(), override.column());
            }
            List<AttributeModel> inner = new ArrayList<>(enclosing);
            inner.add(attribute);
            ManagedType managed = managedType(embeddable);
            for (AttributeModel component : managed.declaredAttributes()) {
                addAttribute(component, path + "." + component.name(), nested, inner);
            }
        }

        private void addToOne(AttributeModel attribute, String path, ColumnSpec override,
                List<AttributeModel> enclosing) {
            AssociationSpec association = attribute.association();
            if (!association.owning() || association.joinTable()) {
                return;
            }
            TypeElement targetType = typeElement(association.target());
            if (targetType != null && !targetType.equals(entity) && !annotations.hasJpa(targetType, "Entity")) {
                return; // not an entity (a mapping mistake, or a type still being written): no known key
            }
            EntityModel target = targetType == null || targetType.equals(entity) ? null : entityOrKey(targetType);
            List<KeyColumn> referencedKey = new ArrayList<>();
            String referencedTable;
            if (target != null) {
                for (String pk : target.table().primaryKey()) {
                    referencedKey.add(new KeyColumn(pk, target.table().column(pk).orElse(null)));
                }
                referencedTable = target.table().name();
            } else if (targetType != null && targetType.equals(entity)) {
                // Self reference: the key is this table's own, resolved from the id attributes.
                for (AttributeModel id : idAttributes) {
                    if (id.kind() == AttributeKind.BASIC) {
                        referencedKey.add(new KeyColumn(
                                physical(id.column().name() != null ? id.column().name() : id.name()), id.type()));
                    }
                }
                AnnotationMirror tableAnnotation = annotations.jpa(tableOwner, "Table");
                String written = annotations.string(tableAnnotation, "name");
                referencedTable = physical(written != null && !written.isBlank() ? written : defaultName);
            } else {
                return;
            }
            List<ColumnSpec> joinColumns = override != null && override.present()
                    ? List.of(override) : attribute.joinColumns();
            int count = Math.max(joinColumns.size(), referencedKey.size());
            List<String> fkColumns = new ArrayList<>();
            String foreignKeyName = null;
            boolean partOfKey = attribute.id() || enclosing.stream().anyMatch(AttributeModel::id)
                    || (attribute.mapsId() && (mapsIdReplacesIdColumn() || embeddedId()));
            boolean required = partOfKey || (!singleTableSubclass() && (Boolean.FALSE.equals(association.optional())
                    || (attribute.notNull() && enclosing.isEmpty())));
            SourceRef source = attribute.ref();
            for (int i = 0; i < count; i++) {
                ColumnSpec joinColumn = i < joinColumns.size() ? joinColumns.get(i) : ColumnSpec.NONE;
                KeyColumn key = i < referencedKey.size() ? referencedKey.get(i) : null;
                String referenced = key == null ? "id" : key.name();
                TypeInfo type = key == null ? null : key.type();
                ColumnModel referencedColumn = key == null ? null : key.column();
                if (joinColumn.referencedColumnName() != null) {
                    // Joined on a named column: JPA's default is <attribute>_<that column>.
                    referenced = physical(joinColumn.referencedColumnName());
                    String named = referenced;
                    Optional<ColumnModel> column = target != null ? target.table().column(named)
                            : columns.stream().filter(c -> Names.same(c.name(), named)).findFirst();
                    referencedColumn = column.orElse(null);
                    type = column.map(ColumnModel::type).orElse(null);
                }
                String logical = joinColumn.name() != null
                        ? joinColumn.name()
                        : attribute.name() + "_" + referenced;
                String name = physical(logical);
                boolean nullable = !required && !Boolean.FALSE.equals(joinColumn.nullable());
                boolean unique = Boolean.TRUE.equals(joinColumn.unique());
                if (joinColumn.foreignKeyName() != null) {
                    foreignKeyName = joinColumn.foreignKeyName();
                }
                if (joinColumn.present() && i == 0) {
                    source = joinColumn.ref();
                }
                if (joinColumn.table() != null) {
                    continue;
                }
                // A foreign key column has the referenced column's length, precision and scale.
                columns.add(new ColumnModel(name, Names.isQuoted(logical), path, attribute, type, nullable, unique,
                        referencedColumn == null ? null : referencedColumn.length(),
                        referencedColumn == null ? null : referencedColumn.precision(),
                        referencedColumn == null ? null : referencedColumn.scale(),
                        partOfKey, true, joinColumn.present() ? joinColumn.ref() : attribute.ref()));
                fkColumns.add(name);
                if (partOfKey && primaryKey.stream().noneMatch(k -> Names.same(k, name))) {
                    primaryKey.add(name);
                }
                if (unique) {
                    indexes.add(new IndexModel(null, List.of(name), true, IndexModel.Kind.UNIQUE_COLUMN, entity,
                            joinColumn.ref("unique")));
                }
            }
            if (!fkColumns.isEmpty()) {
                foreignKeys.add(new ForeignKeyModel(foreignKeyName, List.copyOf(fkColumns), referencedTable,
                        association.target(), attribute, attribute.declaringType(), source));
            }
        }

        /**
         * A column of the key a foreign key references: its name and type, and its model when the
         * referenced table is known (a self reference's key is still being built).
         */
        private record KeyColumn(String name, TypeInfo type, ColumnModel column) {

            KeyColumn(String name, ColumnModel column) {
                this(name, column == null ? null : column.type(), column);
            }

            KeyColumn(String name, TypeInfo type) {
                this(name, type, null);
            }
        }

        private void addIndexes(AnnotationMirror tableAnnotation, String tableName) {
            if (tableAnnotation == null) {
                return;
            }
            for (AnnotationMirror index : annotations.annotations(tableAnnotation, "indexes")) {
                if (annotations.erroneous(index)) {
                    continue; // half-typed: the compiler reports it
                }
                String columnList = annotations.string(index, "columnList");
                List<String> indexColumns = new ArrayList<>();
                List<String> writtenColumns = new ArrayList<>();
                if (columnList != null) {
                    for (String part : columnList.split(",")) {
                        String column = Names.withoutOrder(part.trim());
                        if (!column.isEmpty()) {
                            indexColumns.add(physical(column));
                            if (!column.startsWith("(")) {
                                writtenColumns.add(column); // an expression is Hibernate's to take as it is
                            }
                        }
                    }
                }
                indexes.add(new IndexModel(blankToNull(annotations.string(index, "name")), List.copyOf(indexColumns),
                        Boolean.TRUE.equals(annotations.bool(index, "unique")), IndexModel.Kind.INDEX, tableOwner,
                        SourceRef.of(tableOwner, index), annotations.written(index), List.copyOf(writtenColumns)));
            }
            for (AnnotationMirror constraint : annotations.annotations(tableAnnotation, "uniqueConstraints")) {
                if (annotations.erroneous(constraint)) {
                    continue;
                }
                List<String> writtenColumns = annotations.strings(constraint, "columnNames");
                List<String> constraintColumns = writtenColumns.stream()
                        .map(String::trim)
                        .filter(c -> !c.isEmpty())
                        .map(ModelBuilder.this::physical)
                        .toList();
                indexes.add(new IndexModel(blankToNull(annotations.string(constraint, "name")), constraintColumns,
                        true, IndexModel.Kind.UNIQUE_CONSTRAINT, tableOwner, SourceRef.of(tableOwner, constraint),
                        annotations.written(constraint), List.copyOf(writtenColumns)));
            }
        }
    }

    // ---------------------------------------------------------------- queries

    /** Reads repositories and named queries; made on first use. */
    private QueryReader queryReader;

    /**
     * The queries a type of the round declares: a Spring Data repository interface (one extending
     * {@code org.springframework.data.repository.Repository}, however indirectly), a Jakarta Data
     * {@code @Repository}, or an entity with {@code @NamedQuery}s. The entity a repository manages
     * is read from sources or class files alike.
     */
    public Optional<RepositoryModel> queries(TypeElement type) {
        if (queryReader == null) {
            queryReader = new QueryReader(elements, types, annotations, this::entity);
        }
        boolean entity = kindOf(type).filter(k -> k == ManagedTypeKind.ENTITY).isPresent();
        if (!entity && type.getKind() != ElementKind.INTERFACE) {
            return Optional.empty();
        }
        return queryReader.read(type, entity);
    }

    // ---------------------------------------------------------------- schema evolution

    private static final String RENAMED_FROM = "dev.entitylint.RenamedFrom";
    private static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";

    /**
     * What schema evolution reads beyond the physical schema, for these entities and every
     * attribute they map (own, inherited and embedded): rename intents, column defaults, enum
     * constants, {@code @Temporal} and identifier generation. Asked only with
     * {@code -Aentitylint.migrations}.
     */
    public EvolutionFacts evolution(Collection<EntityModel> entities, References references) {
        Map<Element, EvolutionFacts.AttributeFacts> attributeFacts = new HashMap<>();
        Map<String, EvolutionFacts.EntityFacts> entityFacts = new HashMap<>();
        java.util.ArrayDeque<AttributeModel> pending = new java.util.ArrayDeque<>();
        for (EntityModel entity : entities) {
            TypeElement type = entity.type().element();
            AnnotationMirror renamed = annotations.find(type, RENAMED_FROM);
            String from = renamed == null ? null : blankToNull(annotations.string(renamed, "value"));
            entityFacts.put(entity.qualifiedName(), new EvolutionFacts.EntityFacts(from,
                    renamed == null ? null : SourceRef.of(type, renamed).member("value")));
            pending.addAll(entity.attributes());
        }
        for (ManagedType managed : references.types().values()) {
            if (managed.kind() == ManagedTypeKind.EMBEDDABLE) {
                pending.addAll(managed.declaredAttributes());
            }
        }
        Map<String, List<String>> enums = new HashMap<>();
        while (!pending.isEmpty()) {
            AttributeModel attribute = pending.poll();
            if (attribute.element() == null || attributeFacts.containsKey(attribute.element())) {
                continue;
            }
            EvolutionFacts.AttributeFacts facts = attributeFacts(attribute);
            attributeFacts.put(attribute.element(), facts);
            String valueEnum = attribute.type().kind() == TypeInfo.Kind.ENUM ? attribute.type().name()
                    : attribute.type().elementIsEnum() ? attribute.type().elementName() : null;
            if (valueEnum != null && !facts.enumConstants().isEmpty()) {
                enums.putIfAbsent(valueEnum, facts.enumConstants());
            }
            if (attribute.mapKey() != null && attribute.mapKey().enumType() && !enums.containsKey(attribute.mapKey().type())) {
                enums.put(attribute.mapKey().type(), enumConstants(attribute.mapKey().type()));
            }
        }
        return new EvolutionFacts(attributeFacts, entityFacts, enums);
    }

    private List<String> enumConstants(String enumName) {
        List<String> constants = new ArrayList<>();
        TypeElement enumType = enumName == null ? null : typeElement(enumName);
        if (enumType != null && enumType.getKind() == ElementKind.ENUM) {
            for (Element member : enumType.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(member.getSimpleName().toString());
                }
            }
        }
        return constants;
    }

    private EvolutionFacts.AttributeFacts attributeFacts(AttributeModel attribute) {
        Element element = attribute.element();
        AnnotationMirror renamed = annotations.find(element, RENAMED_FROM);
        String from = renamed == null ? null : blankToNull(annotations.string(renamed, "value"));
        AnnotationMirror columnDefault = annotations.find(element, COLUMN_DEFAULT);
        String defaultValue = columnDefault == null ? null : blankToNull(annotations.string(columnDefault, "value"));
        String enumName = attribute.type().kind() == TypeInfo.Kind.ENUM ? attribute.type().name()
                : attribute.type().elementIsEnum() ? attribute.type().elementName() : null;
        List<String> constants = enumConstants(enumName);
        AnnotationMirror temporal = annotations.jpa(element, "Temporal");
        return new EvolutionFacts.AttributeFacts(from, renamed == null ? null : SourceRef.of(element, renamed).member("value"),
                defaultValue, constants, temporal == null ? null : annotations.enumConstant(temporal, "value"),
                attribute.id() ? generation(attribute) : null);
    }

    private EvolutionFacts.Generation generation(AttributeModel attribute) {
        Element element = attribute.element();
        AnnotationMirror generated = annotations.jpa(element, "GeneratedValue");
        if (generated == null) {
            return null;
        }
        String strategy = annotations.enumConstant(generated, "strategy");
        String generator = blankToNull(annotations.string(generated, "generator"));
        AnnotationMirror sequence = annotations.jpa(element, "SequenceGenerator");
        if (sequence == null && attribute.declaringType() != null) {
            sequence = annotations.jpa(attribute.declaringType(), "SequenceGenerator");
        }
        if (sequence != null && generator != null && !generator.equals(annotations.string(sequence, "name"))) {
            sequence = null;
        }
        String sequenceName = null;
        int allocation = 50;
        int initial = 1;
        if (sequence != null) {
            sequenceName = blankToNull(annotations.string(sequence, "sequenceName"));
            if (sequenceName == null) {
                sequenceName = blankToNull(annotations.string(sequence, "name"));
            }
            Integer size = annotations.integer(sequence, "allocationSize");
            allocation = size == null ? 50 : size;
            Integer start = annotations.integer(sequence, "initialValue");
            initial = start == null ? 1 : start;
        }
        return new EvolutionFacts.Generation(strategy == null ? "AUTO" : strategy, generator, sequenceName,
                allocation, initial, SourceRef.of(element, generated));
    }
}
