package dev.entitylint.processor.model;

import dev.entitylint.processor.model.QueryModel.Condition;
import dev.entitylint.processor.model.QueryModel.Operator;
import dev.entitylint.processor.model.QueryModel.Order;
import dev.entitylint.processor.model.QueryModel.Unresolved;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the queries a type declares, for {@link ModelBuilder#queries}: Spring Data repository
 * interfaces (recognised through their type hierarchy by qualified name, so Spring need not be on
 * the processor's class path), Jakarta Data repositories and {@code @NamedQuery}s. Properties a
 * derived method names are resolved the way Spring Data's {@code PropertyPath} resolves them: against
 * the Java properties (fields and getters) of the domain class, camel-case traversal and {@code _}
 * included, so that a name Spring Data accepts is never reported.
 */
final class QueryReader {

    static final String SPRING_REPOSITORY = "org.springframework.data.repository.Repository";
    private static final String NO_REPOSITORY_BEAN = "org.springframework.data.repository.NoRepositoryBean";
    private static final String SPRING_QUERY = "org.springframework.data.jpa.repository.Query";
    /** Annotations that give a method its query some other way than by its name. */
    private static final String[] NOT_DERIVED = {
        SPRING_QUERY, "org.springframework.data.jpa.repository.NativeQuery",
        "org.springframework.data.jpa.repository.Procedure", "org.springframework.data.repository.query.Query"};
    private static final String JAKARTA_REPOSITORY = "jakarta.data.repository.Repository";
    private static final String JAKARTA_DATA_REPOSITORY = "jakarta.data.repository.DataRepository";
    private static final String FIND = "jakarta.data.repository.Find";
    private static final String BY = "jakarta.data.repository.By";
    private static final String ORDER_BY = "jakarta.data.repository.OrderBy";
    private static final String ORDER_BY_LIST = "jakarta.data.repository.OrderBy.List";

    private final Elements elements;
    private final Types types;
    private final Annotations annotations;
    private final Function<String, Optional<EntityModel>> entities;
    private final Map<TypeElement, Map<String, TypeMirror>> properties = new HashMap<>();

    QueryReader(Elements elements, Types types, Annotations annotations,
            Function<String, Optional<EntityModel>> entities) {
        this.elements = elements;
        this.types = types;
        this.annotations = annotations;
        this.entities = entities;
    }

    /** The queries the type declares, if it is a repository or an entity with named queries. */
    Optional<RepositoryModel> read(TypeElement type, boolean entity) {
        if (entity) {
            return namedQueries(type);
        }
        if (type.getKind() != ElementKind.INTERFACE) {
            return Optional.empty();
        }
        if (annotations.find(type, JAKARTA_REPOSITORY) != null) {
            return Optional.of(jakartaData(type));
        }
        DeclaredType repository = supertype((DeclaredType) type.asType(), SPRING_REPOSITORY, new HashSet<>());
        if (repository == null || annotations.find(type, NO_REPOSITORY_BEAN) != null
                || repository.getTypeArguments().isEmpty()
                || !(repository.getTypeArguments().get(0) instanceof DeclaredType domain)) {
            return Optional.empty();
        }
        Optional<EntityModel> entityModel = entities.apply(qualifiedName(domain));
        if (entityModel.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(springData(type, domain, entityModel.get()));
    }

    private RepositoryModel springData(TypeElement type, DeclaredType domain, EntityModel entity) {
        Set<String> namedQueries = new HashSet<>();
        for (AnnotationMirror named : annotations.repeated(entity.type().element(), Annotations.JPA + "NamedQuery",
                Annotations.JPA + "NamedQueries")) {
            String name = annotations.string(named, "name");
            if (name != null) {
                namedQueries.add(name);
            }
        }
        Set<String> implemented = baseMethods(type);
        List<QueryModel> queries = new ArrayList<>();
        int[] unread = {0};
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD || !member.getModifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            ExecutableElement method = (ExecutableElement) member;
            String name = method.getSimpleName().toString();
            AnnotationMirror query = annotations.find(method, SPRING_QUERY);
            Optional<QueryModel> read;
            if (query != null) {
                read = jpql(query, "value", method, entity, QueryModel.Kind.QUERY, name);
            } else if (implemented.contains(name + "/" + method.getParameters().size())) {
                continue; // findById, deleteById... redeclared: Spring Data's base class implements it
            } else if (annotations.find(method, NOT_DERIVED) != null
                    || namedQueries.contains(entity.entityName() + "." + name)) {
                read = Optional.empty();
            } else {
                read = derived(method, domain, entity);
                if (read.isEmpty() && DerivedQueries.parse(name).isEmpty()) {
                    continue; // not a query method: a fragment implements it
                }
            }
            read.ifPresentOrElse(queries::add, () -> unread[0]++);
        }
        return new RepositoryModel(type, type.getQualifiedName().toString(), RepositoryModel.Kind.SPRING_DATA,
                entity.qualifiedName(), queries, unread[0]);
    }

    /** {@code name/arity} of every method the Spring Data interfaces above the repository declare. */
    private Set<String> baseMethods(TypeElement repository) {
        Set<String> methods = new HashSet<>();
        java.util.ArrayDeque<TypeMirror> pending = new java.util.ArrayDeque<>(repository.getInterfaces());
        Set<Element> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            if (!(pending.poll() instanceof DeclaredType declared) || !seen.add(declared.asElement())) {
                continue;
            }
            TypeElement parent = (TypeElement) declared.asElement();
            if (parent.getQualifiedName().toString().startsWith("org.springframework.data.")) {
                for (Element member : parent.getEnclosedElements()) {
                    if (member.getKind() == ElementKind.METHOD) {
                        methods.add(member.getSimpleName() + "/" + ((ExecutableElement) member).getParameters().size());
                    }
                }
            }
            pending.addAll(parent.getInterfaces());
        }
        return methods;
    }

    private Optional<QueryModel> derived(ExecutableElement method, DeclaredType domain, EntityModel entity) {
        String name = method.getSimpleName().toString();
        Optional<DerivedQueries.Parsed> parsed = DerivedQueries.parse(name);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        List<Unresolved> unresolved = new ArrayList<>();
        List<List<Condition>> disjuncts = new ArrayList<>();
        for (List<DerivedQueries.Part> conjunction : parsed.get().disjuncts()) {
            List<Condition> conditions = new ArrayList<>();
            for (DerivedQueries.Part part : conjunction) {
                Resolution path = camelCase(domain, part.property());
                if (path == null) {
                    return Optional.empty();
                }
                if (path.unresolved() != null) {
                    unresolved.add(new Unresolved(part.written(), path.unresolved().property(),
                            path.unresolved().type(), path.unresolved().candidates()));
                } else {
                    conditions.add(new Condition(path.path(), part.operator(), part.ignoreCase()));
                }
            }
            disjuncts.add(conditions);
        }
        List<Order> orders = new ArrayList<>();
        for (DerivedQueries.OrderPart order : parsed.get().orderBy()) {
            Resolution path = camelCase(domain, order.property());
            if (path == null) {
                return Optional.empty();
            }
            if (path.unresolved() != null) {
                unresolved.add(new Unresolved(order.written(), path.unresolved().property(), path.unresolved().type(),
                        path.unresolved().candidates()));
            } else {
                orders.add(new Order(path.path(), order.descending()));
            }
        }
        if (!unresolved.isEmpty()) {
            disjuncts = List.of(List.of());
            orders = List.of();
        }
        return Optional.of(new QueryModel(entity.qualifiedName(), entity.entityName(), QueryModel.Kind.DERIVED, name,
                disjuncts, orders, SourceRef.of(method), name, unresolved));
    }

    private Optional<QueryModel> jpql(AnnotationMirror annotation, String member, Element on, EntityModel entity,
            QueryModel.Kind kind, String method) {
        String text = annotations.string(annotation, member);
        if (text == null || text.isBlank() || Boolean.TRUE.equals(annotations.bool(annotation, "nativeQuery"))) {
            return Optional.empty();
        }
        Optional<SimpleJpql.Parsed> parsed = SimpleJpql.parse(text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String entityName = parsed.get().entityName();
        String owner = entity != null && entity.entityName().equals(entityName) ? entity.qualifiedName() : null;
        SourceRef source = SourceRef.of(on, annotation).member(member);
        return Optional.of(new QueryModel(owner, entityName, kind, text, List.of(parsed.get().conditions()),
                parsed.get().orderBy(), source, method, List.of()));
    }

    private Optional<RepositoryModel> namedQueries(TypeElement type) {
        List<AnnotationMirror> named = annotations.repeated(type, Annotations.JPA + "NamedQuery",
                Annotations.JPA + "NamedQueries");
        if (named.isEmpty()) {
            return Optional.empty();
        }
        EntityModel entity = entities.apply(type.getQualifiedName().toString()).orElse(null);
        List<QueryModel> queries = new ArrayList<>();
        int unread = 0;
        for (AnnotationMirror query : named) {
            Optional<QueryModel> read = jpql(query, "query", type, entity, QueryModel.Kind.NAMED_QUERY, null);
            if (read.isPresent()) {
                queries.add(read.get());
            } else {
                unread++;
            }
        }
        return Optional.of(new RepositoryModel(type, type.getQualifiedName().toString(),
                RepositoryModel.Kind.NAMED_QUERIES, entity == null ? null : entity.qualifiedName(), queries, unread));
    }

    // ---------------------------------------------------------------- Jakarta Data

    private RepositoryModel jakartaData(TypeElement type) {
        DeclaredType primary = supertype((DeclaredType) type.asType(), JAKARTA_DATA_REPOSITORY, new HashSet<>());
        String primaryEntity = primary != null && !primary.getTypeArguments().isEmpty()
                && primary.getTypeArguments().get(0) instanceof DeclaredType d ? qualifiedName(d) : null;
        List<QueryModel> queries = new ArrayList<>();
        int unread = 0;
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD || !member.getModifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            AnnotationMirror find = annotations.find(member, FIND);
            Optional<QueryModel> read = find == null ? Optional.empty()
                    : find((ExecutableElement) member, find, primaryEntity);
            if (read.isPresent()) {
                queries.add(read.get());
            } else if (annotations.find(member, "jakarta.data.repository.Query") != null || find != null) {
                unread++;
            }
        }
        return new RepositoryModel(type, type.getQualifiedName().toString(), RepositoryModel.Kind.JAKARTA_DATA,
                primaryEntity, queries, unread);
    }

    private Optional<QueryModel> find(ExecutableElement method, AnnotationMirror find, String primaryEntity) {
        TypeMirror written = annotations.type(find, "value");
        String entityName = written instanceof DeclaredType d && !qualifiedName(d).equals("void")
                && !qualifiedName(d).equals("java.lang.Void") ? qualifiedName(d) : null;
        if (entityName == null) {
            entityName = resultEntity(method.getReturnType()).orElse(primaryEntity);
        }
        Optional<EntityModel> entity = entities.apply(entityName);
        if (entity.isEmpty() || !(entity.get().type().element().asType() instanceof DeclaredType domain)) {
            return Optional.empty();
        }
        List<Condition> conditions = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            if (parameter.asType().getKind() == TypeKind.ERROR) {
                return Optional.empty();
            }
            if (parameter.asType() instanceof DeclaredType d && qualifiedName(d).startsWith("jakarta.data.")
                    || parameter.asType() instanceof ArrayType a && a.getComponentType() instanceof DeclaredType c
                            && qualifiedName(c).startsWith("jakarta.data.")) {
                continue; // Limit, Order, Sort, PageRequest: not a filter.
            }
            AnnotationMirror by = annotations.find(parameter, BY);
            String attribute = by != null ? annotations.string(by, "value") : parameter.getSimpleName().toString();
            if (attribute == null) {
                return Optional.empty();
            }
            if (attribute.equals("id(this)")) {
                if (entity.get().idAttributes().size() != 1) {
                    return Optional.empty();
                }
                attribute = entity.get().idAttributes().get(0).name();
            }
            Resolution path = dotted(domain, attribute);
            if (path == null) {
                return Optional.empty();
            }
            if (path.unresolved() != null) {
                if (by == null) {
                    return Optional.empty(); // A parameter's name can be lost in a class file: judge @By only.
                }
                unresolved.add(new Unresolved(attribute, path.unresolved().property(), path.unresolved().type(),
                        path.unresolved().candidates()));
            } else {
                conditions.add(new Condition(path.path(), Operator.EQUAL, false));
            }
        }
        List<Order> orders = new ArrayList<>();
        for (AnnotationMirror order : annotations.repeated(method, ORDER_BY, ORDER_BY_LIST)) {
            String attribute = annotations.string(order, "value");
            Resolution path = attribute == null ? null : dotted(domain, attribute);
            if (path == null || path.unresolved() != null) {
                return Optional.empty();
            }
            orders.add(new Order(path.path(), Boolean.TRUE.equals(annotations.bool(order, "descending"))));
        }
        String name = method.getSimpleName().toString();
        return Optional.of(new QueryModel(entity.get().qualifiedName(), entity.get().entityName(),
                QueryModel.Kind.JAKARTA_FIND, name, unresolved.isEmpty() ? List.of(conditions) : List.of(List.of()),
                unresolved.isEmpty() ? orders : List.of(), SourceRef.of(method, find), name, unresolved));
    }

    /** The entity a finder returns: the type itself, or the element of a list, stream, optional, page or array. */
    private Optional<String> resultEntity(TypeMirror result) {
        TypeMirror type = result;
        if (type instanceof ArrayType array) {
            type = array.getComponentType();
        } else if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            type = declared.getTypeArguments().get(0);
        }
        return type instanceof DeclaredType declared ? Optional.of(qualifiedName(declared)) : Optional.empty();
    }

    // ---------------------------------------------------------------- property paths

    /**
     * A resolved path ({@code address.zipCode}), or the property that was not found.
     *
     * @param path the property names separated by dots, or {@code null}
     * @param unresolved what was not found, or {@code null}
     * @param depth how many properties resolved before the one not found
     */
    private record Resolution(String path, Unresolved unresolved, int depth) {
    }

    /**
     * A derived method's property expression resolved as Spring Data's {@code PropertyPath.from}
     * does: split at {@code _} and {@code .}, each piece tried whole and then shorter from the right at
     * camel-case humps, the rest resolved against the found property's type. {@code null} when the
     * answer is not certain (a type javac could not resolve, a type variable).
     */
    private Resolution camelCase(DeclaredType domain, String expression) {
        List<String> pieces = new ArrayList<>();
        java.util.regex.Matcher splitter = java.util.regex.Pattern.compile("(?:[_.]?([_.]*?[^_.]+))")
                .matcher("_" + expression);
        while (splitter.find()) {
            pieces.add(splitter.group(1));
        }
        if (pieces.isEmpty()) {
            return null;
        }
        TypeMirror owner = domain;
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (String piece : pieces) {
            Resolution found = create(owner, piece, "", depth);
            if (found == null || found.unresolved() != null) {
                return found;
            }
            path.append(path.length() == 0 ? "" : ".").append(found.path());
            depth = found.depth();
            owner = typeOf(owner, found.path());
            if (owner == null) {
                return null;
            }
        }
        return new Resolution(path.toString(), null, depth);
    }

    private Resolution create(TypeMirror owner, String source, String tail, int depth) {
        Map<String, TypeMirror> known = properties(owner);
        if (known == null) {
            return null;
        }
        String name = DerivedQueries.decapitalize(source);
        TypeMirror type = known.get(name);
        if (type != null) {
            if (tail.isEmpty()) {
                return new Resolution(name, null, depth + 1);
            }
            TypeMirror actual = actual(type);
            if (actual == null) {
                return null;
            }
            Resolution rest = create(actual, tail, "", depth + 1);
            if (rest == null || rest.unresolved() != null) {
                return rest;
            }
            return new Resolution(name + "." + rest.path(), null, rest.depth());
        }
        Resolution missing = new Resolution(null, new Unresolved(source, name, simpleName(owner),
                List.copyOf(known.keySet())), depth);
        java.util.regex.Matcher hump = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}*$").matcher(source);
        if (hump.find() && hump.start() != 0) {
            Resolution shorter = create(owner, source.substring(0, hump.start()),
                    source.substring(hump.start()) + tail, depth);
            if (shorter == null) {
                return null;
            }
            return shorter.unresolved() == null || shorter.depth() > depth ? shorter : missing;
        }
        return missing;
    }

    /** A path written with dots ({@code @By("address.city")}), or with underscores, each piece a property name. */
    private Resolution dotted(DeclaredType domain, String written) {
        Resolution withDots = pieces(domain, written.split("\\.", -1));
        if (withDots != null && withDots.unresolved() != null && written.indexOf('_') > 0) {
            Resolution withUnderscores = pieces(domain, written.split("_", -1));
            if (withUnderscores == null || withUnderscores.unresolved() == null) {
                return withUnderscores;
            }
        }
        return withDots;
    }

    private Resolution pieces(DeclaredType domain, String[] pieces) {
        TypeMirror owner = domain;
        for (int i = 0; i < pieces.length; i++) {
            Map<String, TypeMirror> known = properties(owner);
            if (known == null) {
                return null;
            }
            TypeMirror type = known.get(pieces[i]);
            if (type == null) {
                return new Resolution(null, new Unresolved(pieces[i], pieces[i], simpleName(owner),
                        List.copyOf(known.keySet())), i);
            }
            owner = actual(type);
            if (owner == null && i < pieces.length - 1) {
                return null;
            }
        }
        return new Resolution(String.join(".", pieces), null, pieces.length);
    }

    private TypeMirror typeOf(TypeMirror owner, String path) {
        TypeMirror type = owner;
        for (String piece : path.split("\\.")) {
            Map<String, TypeMirror> known = properties(type);
            TypeMirror next = known == null ? null : known.get(piece);
            type = next == null ? null : actual(next);
            if (type == null) {
                return null;
            }
        }
        return type;
    }

    /** The type a path continues into: a collection's element, a map's value, an array's component. */
    private TypeMirror actual(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type;
        }
        if (type instanceof ArrayType array) {
            return array.getComponentType();
        }
        if (!(type instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement collection = elements.getTypeElement("java.util.Collection");
        TypeElement map = elements.getTypeElement("java.util.Map");
        TypeMirror erased = types.erasure(declared);
        if (map != null && types.isSubtype(erased, types.erasure(map.asType()))) {
            return declared.getTypeArguments().size() == 2 ? concrete(declared.getTypeArguments().get(1)) : null;
        }
        if (collection != null && types.isSubtype(erased, types.erasure(collection.asType()))) {
            return declared.getTypeArguments().size() == 1 ? concrete(declared.getTypeArguments().get(0)) : null;
        }
        return declared;
    }

    private static TypeMirror concrete(TypeMirror type) {
        return type instanceof DeclaredType ? type : null;
    }

    /**
     * The Java properties of a type as Spring Data sees them (fields, then getters, of the class and
     * its superclasses), by name; empty for a primitive; {@code null} when the type is not known.
     */
    private Map<String, TypeMirror> properties(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return Map.of();
        }
        if (!(type instanceof DeclaredType declared) || type.getKind() == TypeKind.ERROR
                || !(declared.asElement() instanceof TypeElement element)) {
            return null;
        }
        Map<String, TypeMirror> cached = properties.get(element);
        if (cached != null) {
            return cached;
        }
        Map<String, TypeMirror> found = new LinkedHashMap<>();
        Set<TypeElement> seen = new HashSet<>();
        for (TypeElement t = element; t != null && seen.add(t); t = superclass(t)) {
            for (Element member : t.getEnclosedElements()) {
                if (member.getKind() == ElementKind.FIELD && !member.getModifiers().contains(Modifier.STATIC)) {
                    found.putIfAbsent(member.getSimpleName().toString(), memberType(declared, member));
                }
            }
        }
        seen.clear();
        for (TypeElement t = element; t != null && seen.add(t); t = superclass(t)) {
            for (Element member : t.getEnclosedElements()) {
                if (member.getKind() != ElementKind.METHOD || member.getModifiers().contains(Modifier.STATIC)
                        || !((ExecutableElement) member).getParameters().isEmpty()) {
                    continue;
                }
                String name = member.getSimpleName().toString();
                String property = name.startsWith("get") && name.length() > 3 ? name.substring(3)
                        : name.startsWith("is") && name.length() > 2 ? name.substring(2) : null;
                if (property != null && ((ExecutableElement) member).getReturnType().getKind() != TypeKind.VOID) {
                    found.putIfAbsent(DerivedQueries.decapitalize(property), memberType(declared, member));
                }
            }
        }
        if (found.values().stream().anyMatch(t -> t.getKind() == TypeKind.ERROR)) {
            found = null; // Half-typed: Spring Data would see the generated or missing members we cannot.
        }
        properties.put(element, found);
        return found;
    }

    private TypeMirror memberType(DeclaredType owner, Element member) {
        try {
            TypeMirror type = types.asMemberOf(owner, member);
            return type instanceof ExecutableType method ? method.getReturnType() : type;
        } catch (IllegalArgumentException notAMember) {
            return member.asType() instanceof ExecutableType method ? method.getReturnType() : member.asType();
        }
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superType = type.getSuperclass();
        if (superType.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superType).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    private DeclaredType supertype(DeclaredType type, String qualifiedName, Set<String> seen) {
        if (qualifiedName(type).equals(qualifiedName)) {
            return type;
        }
        if (!seen.add(type.toString()) || seen.size() > 200) {
            return null;
        }
        for (TypeMirror parent : types.directSupertypes(type)) {
            if (parent instanceof DeclaredType declared) {
                DeclaredType found = supertype(declared, qualifiedName, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String qualifiedName(DeclaredType type) {
        return type.asElement() instanceof TypeElement element ? element.getQualifiedName().toString() : "";
    }

    private static String simpleName(TypeMirror type) {
        return type instanceof DeclaredType declared ? declared.asElement().getSimpleName().toString() : type.toString();
    }
}
