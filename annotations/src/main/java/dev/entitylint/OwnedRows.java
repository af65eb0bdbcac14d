package dev.entitylint;

/**
 * Rows an aggregate root owns (its {@code @OneToMany(mappedBy)} children with cascade {@code ALL}
 * or {@code REMOVE}, or {@code orphanRemoval}, and theirs in turn), soft-deleted and restored with
 * the root by a generated repository. The statements are constants of the generated class.
 *
 * <p>Generated code calls this class, so use {@code entitylint-annotations} of the same version as
 * the processor that generated it.
 *
 * @param entityType the child entity class
 * @param delete the JPQL update that stamps the live rows the root {@code :id} owns with {@code
 *     :now} (and {@code :by} when {@code stampsUser})
 * @param restore the JPQL update that clears the rows the root {@code :id} owns whose stamp is
 *     {@code :deletedAt}, the root's: the rows deleted with it, not those deleted earlier on their own
 * @param ids the JPQL query for the ids of every row the root {@code :id} owns, whose managed
 *     instances are refreshed after either update
 * @param deletedAtType the type of the child's soft-delete attribute
 * @param stampsUser whether {@code delete} takes {@code :by}, the current user
 */
public record OwnedRows(Class<?> entityType, String delete, String restore, String ids, Class<?> deletedAtType,
        boolean stampsUser) {

    /** Rejects missing statements. */
    public OwnedRows {
        RepositorySupport.checkNotNull(entityType, "entityType");
        RepositorySupport.checkNotNull(delete, "delete");
        RepositorySupport.checkNotNull(restore, "restore");
        RepositorySupport.checkNotNull(ids, "ids");
        RepositorySupport.checkNotNull(deletedAtType, "deletedAtType");
    }
}
