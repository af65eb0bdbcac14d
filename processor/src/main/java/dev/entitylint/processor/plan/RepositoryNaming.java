package dev.entitylint.processor.plan;

import dev.entitylint.processor.config.Options;
import dev.entitylint.processor.config.TypeNames;

/**
 * Where a generated repository goes and what it is called: {@code -Aentitylint.repositories.name}
 * and {@code -Aentitylint.repositories.package}, and the types already there, so that a name in use
 * is reported instead of written over.
 *
 * @param namePattern the simple name, {@code {Entity}} standing for the entity's ({@code {Entity}Repository})
 * @param packagePattern the package, {@code {package}} standing for the entity's ({@code {package}})
 * @param types the types of the compilation and its class path
 */
public record RepositoryNaming(String namePattern, String packagePattern, TypeNames types) {

    /** {@code {Entity}Repository} beside the entity, knowing of no other type (tests of a rule alone). */
    public static final RepositoryNaming DEFAULT = new RepositoryNaming(Options.DEFAULT_REPOSITORY_NAME,
            Options.DEFAULT_REPOSITORY_PACKAGE, TypeNames.NONE);

    /** The repository's simple name for an entity's simple name. */
    String name(String entitySimpleName) {
        return namePattern.replace("{Entity}", entitySimpleName);
    }

    /** The repository's package for the entity's ({@code ""} for the unnamed package). */
    String packageName(String entityPackage) {
        String name = packagePattern.replace("{package}", entityPackage);
        // {package}.generated for an entity of the unnamed package: generated
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.replace("..", ".");
    }

    /** Whether the options name other than the default. */
    boolean customised() {
        return !namePattern.equals(Options.DEFAULT_REPOSITORY_NAME)
                || !packagePattern.equals(Options.DEFAULT_REPOSITORY_PACKAGE);
    }
}
