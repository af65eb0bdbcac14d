package dev.entitylint.processor.report;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.type.MappingContext;
import org.hibernate.type.SqlTypes;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate ORM's own view of a set of entity classes: the boot metamodel's tables after the
 * session factory applied Bean Validation constraints to the DDL, exactly as an application's
 * {@code hbm2ddl} would see them, rendered as {@link SchemaLines}.
 */
public final class HibernateSchema {

    private HibernateSchema() {
    }

    /**
     * @param snakeCase {@code true} for {@code CamelCaseToUnderscoresNamingStrategy} (Spring
     *     Boot's physical strategy), {@code false} for Hibernate's defaults
     */
    static SchemaLines of(ClassLoader loader, List<String> classNames, boolean snakeCase) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try (ValidatorFactory validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder(bootstrap)
                    .applySetting("hibernate.dialect", "org.hibernate.dialect.H2Dialect")
                    .applySetting("jakarta.persistence.jdbc.url", "jdbc:h2:mem:differential;DB_CLOSE_DELAY=-1")
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    .applySetting("hibernate.hbm2ddl.auto", "none")
                    .applySetting("jakarta.persistence.validation.mode", "ddl")
                    .applySetting("jakarta.persistence.validation.factory", validation);
            if (snakeCase) {
                settings.applySetting("hibernate.physical_naming_strategy", new SpringBootSnakeCase());
            }
            StandardServiceRegistry registry = settings.build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                for (String name : classNames) {
                    sources.addAnnotatedClass(Class.forName(name, true, loader));
                }
                Metadata metadata = sources.buildMetadata();
                // Bean Validation's DDL constraints (@NotNull, @Size, @Digits) are applied while
                // the session factory is built, so build it.
                try (SessionFactory ignored = metadata.buildSessionFactory()) {
                    return render(metadata);
                }
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static SchemaLines render(Metadata metadata) {
        SchemaLines lines = new SchemaLines();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (!table.isPhysicalTable() || table.isAbstractUnionTable()) {
                    continue;
                }
                String name = table.getName();
                lines.table(name);
                for (Column column : table.getColumns()) {
                    lines.column(name, column.getName(), column.isNullable(), length(column, metadata),
                            column.getPrecision(), column.getScale());
                }
                if (table.getPrimaryKey() != null) {
                    lines.primaryKey(name, table.getPrimaryKey().getColumns().stream().map(Column::getName).toList());
                }
                for (ForeignKey foreignKey : table.getForeignKeyCollection()) {
                    if (!foreignKey.isCreationEnabled()) {
                        continue;
                    }
                    lines.foreignKey(name, explicit(foreignKey.getName(), "FK"),
                            foreignKey.getColumns().stream().map(Column::getName).toList(),
                            foreignKey.getReferencedTable().getName());
                }
                for (Index index : table.getIndexes().values()) {
                    lines.index(name, explicit(index.getName(), "IDX"), index.getColumns().stream().map(Column::getName).toList(),
                            index.isUnique());
                }
                for (UniqueKey key : table.getUniqueKeys().values()) {
                    lines.unique(name, explicit(key.getName(), "UK"),
                            key.getColumns().stream().map(Column::getName).toList());
                }
            }
        }
        return lines;
    }

    /**
     * The length of a character column (its DDL type is {@code varchar(n)}/{@code char(n)}):
     * Hibernate's explicit length, else its default of 255. {@code null} for other columns,
     * including LOBs, where Hibernate keeps a length (from {@code @Column}'s default) that the
     * DDL type ignores.
     */
    private static Integer length(Column column, Metadata metadata) {
        int code = column.getSqlTypeCode((MappingContext) metadata);
        boolean character = SqlTypes.isCharacterType(code) || code == SqlTypes.ENUM || code == SqlTypes.NAMED_ENUM;
        if (!character || column.isSqlTypeLob(metadata)) {
            return null;
        }
        return column.getLength() == null ? 255 : column.getLength().intValue();
    }

    /**
     * Spring Boot's physical naming as Spring Boot 2.6 to 3.x configure it: Hibernate 5.6/6's
     * {@code CamelCaseToUnderscoresNamingStrategy} (a copy of Spring Boot's earlier
     * {@code SpringPhysicalNamingStrategy}). The Hibernate 7 on this class path has replaced it
     * with {@code PhysicalNamingStrategySnakeCaseImpl}, which also puts an underscore after a
     * digit ({@code OAuth2ClientInfo}: {@code oauth2_client_info} there, {@code oauth2client_info}
     * in Spring Boot 3), so the rule is restated here, checked against Hibernate 6.6.15's
     * bytecode: dots become underscores, an underscore goes before an upper-case letter between
     * two lower-case letters, and the result is lower-cased (quoted names too).
     */
    public static final class SpringBootSnakeCase implements PhysicalNamingStrategy {
        @Override
        public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
            return apply(name);
        }

        @Override
        public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
            return apply(name);
        }

        @Override
        public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
            return apply(name);
        }

        @Override
        public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
            return apply(name);
        }

        @Override
        public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
            return apply(name);
        }

        private static Identifier apply(Identifier name) {
            if (name == null) {
                return null;
            }
            StringBuilder text = new StringBuilder(name.getText().replace('.', '_'));
            for (int i = 1; i + 1 < text.length(); i++) {
                if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                        && Character.isLowerCase(text.charAt(i + 1))) {
                    text.insert(i, '_');
                    i++;
                }
            }
            return new Identifier(text.toString().toLowerCase(Locale.ROOT), name.isQuoted());
        }
    }

    /** Hibernate invents names like {@code FKr2rmd2q1qs9e6e8dy5jfm6ncc}; only written names count. */
    private static String explicit(String name, String prefix) {
        return name == null || name.matches(prefix + "[a-z0-9]{20,}") ? null : name;
    }
}
