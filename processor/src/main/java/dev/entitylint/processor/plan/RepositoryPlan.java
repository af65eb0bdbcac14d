package dev.entitylint.processor.plan;

import dev.entitylint.processor.model.SoftDeleteStrategy;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the generator needs to write one repository, decided from the schema model alone.
 * Types are qualified source names ({@code java.lang.Long}, {@code com.acme.Member}); JPQL paths
 * are attribute paths of the entity ({@code id}, {@code address.city}).
 *
 * @param entity the entity class, the one originating element of the generated file
 * @param packageName the package of the entity and of the repository
 * @param repositoryName the simple name of the repository class ({@code OrderRepository})
 * @param entityName the JPQL entity name
 * @param id the identifier
 * @param softDelete how rows are soft-deleted
 * @param version the numeric {@code @Version} path bumped by soft delete and restore, or {@code null}
 * @param finders the index-backed finders, in index declaration order
 * @param skipped indexes that back no finder, each with the reason, for the class javadoc
 * @param tenant how the repository is bound to the current tenant, or {@code null} when the
 *     entity has no tenant column
 * @param deletedBy the attribute stamped with the current user on soft delete, or {@code null}
 * @param children the soft-deletable children the entity owns (its aggregate), deleted and
 *     restored with it; empty unless the soft delete is managed
 * @param notes what the class javadoc says about the aggregate (owned children that are not
 *     soft-deleted with the entity, and why)
 */
public record RepositoryPlan(
        TypeElement entity,
        String packageName,
        String repositoryName,
        String entityName,
        IdPlan id,
        SoftDeletePlan softDelete,
        String version,
        List<FinderPlan> finders,
        List<String> skipped,
        TenantPlan tenant,
        StampPlan deletedBy,
        List<ChildPlan> children,
        List<String> notes) {

    public RepositoryPlan {
        finders = List.copyOf(finders);
        skipped = List.copyOf(skipped);
        children = List.copyOf(children);
        notes = List.copyOf(notes);
    }

    /** A plan without tenant, {@code deleted_by} or aggregate. */
    public RepositoryPlan(TypeElement entity, String packageName, String repositoryName, String entityName, IdPlan id,
            SoftDeletePlan softDelete, String version, List<FinderPlan> finders, List<String> skipped) {
        this(entity, packageName, repositoryName, entityName, id, softDelete, version, finders, skipped, null, null,
                List.of(), List.of());
    }

    /** The qualified name of the generated class. */
    public String qualifiedRepositoryName() {
        return packageName.isEmpty() ? repositoryName : packageName + "." + repositoryName;
    }

    /**
     * The identifier attribute.
     *
     * @param path its attribute name
     * @param type its boxed type ({@code java.lang.Long} for a {@code long} id)
     */
    public record IdPlan(String path, String type) {
    }

    /** How an entity's rows are soft-deleted. */
    public enum SoftDeleteMode {
        /** Rows are removed for real. */
        NONE,
        /** A nullable timestamp column (NULL means live) that the repository manages. */
        COLUMN,
        /** Hibernate's {@code @SoftDelete}: Hibernate rewrites removals and filters every read itself. */
        HIBERNATE
    }

    /**
     * How the entity's rows are soft-deleted.
     *
     * @param mode how rows are soft-deleted
     * @param path the attribute path of the timestamp ({@code deletedAt}), or {@code null}
     * @param type its qualified timestamp type ({@code java.time.Instant}), or {@code null}
     * @param column the physical soft-delete column (also Hibernate's), or {@code null}
     * @param hibernate how the repository reaches the rows Hibernate's {@code @SoftDelete} hides,
     *     or {@code null} unless the mode is {@code HIBERNATE}
     */
    public record SoftDeletePlan(SoftDeleteMode mode, String path, String type, String column,
            HibernateSoftDelete hibernate) {

        public static final SoftDeletePlan NONE = new SoftDeletePlan(SoftDeleteMode.NONE, null, null, null, null);

        /** Whether the repository filters and marks rows itself with JPQL. */
        public boolean managed() {
            return mode == SoftDeleteMode.COLUMN;
        }

        /** Whether the repository has the methods for deleted rows (managed or through Hibernate). */
        public boolean deletedRowMethods() {
            return managed() || (hibernate != null && hibernate.unsupported() == null);
        }
    }

    /**
     * Hibernate's {@code @SoftDelete}. Hibernate hides deleted rows from every JPQL query and turns
     * {@code remove} into an update, so the methods for deleted rows use native SQL on the table.
     *
     * @param table the physical table of the entity, as native SQL writes it (quoted when the
     *     mapping quotes it: {@code "order"})
     * @param idColumn its primary key column, as native SQL writes it
     * @param column the soft-delete column, as native SQL writes it
     * @param strategy {@code DELETED}, {@code ACTIVE} or {@code TIMESTAMP}
     * @param dependents the collection and join tables the entity owns, whose rows go before the
     *     entity's own when a row is removed for real
     * @param unsupported why the methods for deleted rows cannot be generated, or {@code null}
     */
    public record HibernateSoftDelete(String table, String idColumn, String column, SoftDeleteStrategy strategy,
            List<Dependent> dependents, String unsupported) {

        public HibernateSoftDelete {
            dependents = List.copyOf(dependents);
        }

        /** Whether the column holds the time of deletion (so purging by age is possible). */
        public boolean timestamp() {
            return strategy == SoftDeleteStrategy.TIMESTAMP;
        }

        /** The boolean stored for a deleted row: {@code false} for {@code ACTIVE}, else {@code true}. */
        public boolean deletedMark() {
            return strategy != SoftDeleteStrategy.ACTIVE;
        }
    }

    /**
     * A table whose rows reference the entity's rows and belong to them.
     *
     * @param table its physical name, as native SQL writes it
     * @param column the column that references the entity's primary key, as native SQL writes it
     */
    public record Dependent(String table, String column) {
    }

    /** How the repository knows the current tenant. */
    public enum TenantMode {
        /**
         * The repository filters every query by the tenant column itself, with the tenant a
         * {@code dev.entitylint.CurrentTenant} gives it.
         */
        COLUMN,
        /**
         * Hibernate's {@code @TenantId}: Hibernate sets the tenant on insert and filters every read
         * by the session's tenant identifier (its {@code CurrentTenantIdentifierResolver}).
         */
        HIBERNATE
    }

    /**
     * The tenant binding.
     *
     * @param mode who filters by tenant
     * @param path the tenant attribute's path ({@code tenantId})
     * @param type its boxed qualified type ({@code java.lang.String})
     * @param column the physical tenant column
     * @param association the entity a to-one tenant attribute references ({@code path} is then its
     *     id: {@code tenant.id}), or {@code null} for a basic tenant attribute
     * @param attribute the tenant attribute itself ({@code tenant} or {@code tenantId})
     */
    public record TenantPlan(TenantMode mode, String path, String type, String column, TypeElement association,
            String attribute) {

        /** A basic tenant attribute. */
        public TenantPlan(TenantMode mode, String path, String type, String column) {
            this(mode, path, type, column, null, path);
        }

        /** Whether the repository filters and checks the tenant itself. */
        public boolean managed() {
            return mode == TenantMode.COLUMN;
        }
    }

    /**
     * An attribute the repository stamps ({@code deletedBy}).
     *
     * @param path its attribute path
     * @param type its boxed qualified type
     * @param column its physical column
     */
    public record StampPlan(String path, String type, String column) {
    }

    /**
     * Soft-deletable rows that an entity owns through a {@code @OneToMany(mappedBy)} with
     * {@code cascade} {@code ALL} or {@code REMOVE}, or {@code orphanRemoval}: they are soft-deleted
     * with the owner (same time, same transaction) and restored with it.
     *
     * @param type the child entity class
     * @param entityName the child's JPQL entity name
     * @param simpleName the child's class name, for javadoc
     * @param attribute the owner's collection attribute ({@code lines})
     * @param parentPath the child's path to its owner's id ({@code order.id})
     * @param idPath the child's id attribute
     * @param deletedAt the child's soft-delete attribute
     * @param deletedAtType its qualified type (the owner's value is converted to it)
     * @param deletedBy the child's {@code deleted_by} attribute, or {@code null}
     * @param children what the child owns in turn
     */
    public record ChildPlan(TypeElement type, String entityName, String simpleName, String attribute, String parentPath, String idPath,
            String deletedAt, String deletedAtType, String deletedBy, List<ChildPlan> children) {

        public ChildPlan {
            children = List.copyOf(children);
        }
    }

    /**
     * One finder.
     *
     * @param name the method name ({@code findByWarehouseAndStatus})
     * @param unique whether at most one live row matches, so it returns {@code Optional}
     * @param parameters the parameters, in index column order
     * @param index what backs it, for its javadoc ({@code index ix_orders_warehouse_id_status})
     * @param order the attributes the rows are ordered by before the id: the index's columns after
     *     the finder's, as far as they are not null and comparable ({@code placedAt} for
     *     {@code findByCustomer} behind an index {@code (customer_id, placed_at)})
     */
    public record FinderPlan(String name, boolean unique, List<Parameter> parameters, String index,
            List<SortKey> order) {

        public FinderPlan {
            parameters = List.copyOf(parameters);
            order = List.copyOf(order);
        }

        /** A finder ordered by id alone. */
        public FinderPlan(String name, boolean unique, List<Parameter> parameters, String index) {
            this(name, unique, parameters, index, List.of());
        }
    }

    /**
     * An attribute a finder orders by.
     *
     * @param path its attribute path ({@code placedAt})
     * @param type its qualified type
     */
    public record SortKey(String path, String type) {
    }

    /**
     * One finder parameter.
     *
     * @param name the Java parameter name, also the JPQL parameter name
     * @param type the qualified source type, or a primitive name
     * @param path the attribute path compared with it
     * @param primitive whether the type is primitive (so it cannot be null)
     */
    public record Parameter(String name, String type, String path, boolean primitive) {
    }
}
