package dev.entitylint.processor.config;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the compile class path holds, read once per compilation, so rules can propose fixes that
 * work with the libraries the application really has and speak of the provider it really runs.
 *
 * @param provider the JPA provider: {@code -Aentitylint.provider}, else the one on the class path
 * @param hibernateAnnotations whether {@code org.hibernate.annotations} (Hibernate ORM) is there:
 *     {@code @CreationTimestamp}, {@code @UpdateTimestamp}
 * @param hibernateTimestampSoftDelete whether Hibernate's {@code @SoftDelete} has the
 *     {@code TIMESTAMP} strategy (Hibernate 7+)
 * @param springData whether Spring Data's auditing annotations ({@code @CreatedDate}) are there
 * @param generatedAnnotation whether {@code @javax.annotation.processing.Generated} is there for
 *     generated code to carry (not under {@code --release 8})
 * @param types the types of the compilation and its class path, by name (a generated repository
 *     must not take a name in use)
 * @param repositories the framework generated repositories fit
 */
public record Environment(Provider provider, boolean hibernateAnnotations, boolean hibernateTimestampSoftDelete,
        boolean springData, boolean generatedAnnotation, TypeNames types, RepositoryFramework repositories) {

    /** Nothing known: no provider, no optional library (what a test of a rule alone sees). */
    public static final Environment UNKNOWN = new Environment(Provider.UNKNOWN, false, false, false, true,
            TypeNames.NONE, RepositoryFramework.NONE);

    /** Reads the class path; the provider option, when set, wins over what the class path shows. */
    public static Environment detect(Elements elements, Options options) {
        boolean hibernate = present(elements, "org.hibernate.annotations.CreationTimestamp");
        Provider provider = options.provider();
        if (provider == null) {
            provider = hibernate || present(elements, "org.hibernate.SessionFactory") ? Provider.HIBERNATE
                    : present(elements, "org.eclipse.persistence.jpa.PersistenceProvider") ? Provider.ECLIPSELINK
                    : present(elements, "org.apache.openjpa.persistence.PersistenceProviderImpl") ? Provider.OPENJPA
                    : Provider.UNKNOWN;
        }
        return new Environment(provider, hibernate, hasTimestampStrategy(elements),
                present(elements, "org.springframework.data.annotation.CreatedDate"),
                present(elements, "javax.annotation.processing.Generated"), TypeNames.of(elements),
                RepositoryFramework.detect(options.repositoryFramework(), name -> present(elements, name)));
    }

    private static boolean present(Elements elements, String name) {
        try {
            return elements.getTypeElement(name) != null;
        } catch (RuntimeException ambiguousOrBroken) {
            return false;
        }
    }

    private static boolean hasTimestampStrategy(Elements elements) {
        try {
            TypeElement type = elements.getTypeElement("org.hibernate.annotations.SoftDeleteType");
            return type != null && type.getEnclosedElements().stream()
                    .anyMatch(e -> e.getKind() == ElementKind.ENUM_CONSTANT
                            && e.getSimpleName().contentEquals("TIMESTAMP"));
        } catch (RuntimeException ambiguousOrBroken) {
            return false;
        }
    }
}
