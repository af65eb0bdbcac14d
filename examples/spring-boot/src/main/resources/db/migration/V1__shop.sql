-- The shop's schema, for H2 and PostgreSQL alike. Hibernate validates the entities against it
-- (spring.jpa.hibernate.ddl-auto=validate); entitylint checked the entities when they compiled.

create table customers (
    id          uuid                     not null,
    tenant_id   varchar(40)              not null,
    email       varchar(200)             not null,
    name        varchar(120)             not null,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(80)              not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(80)              not null,
    deleted_at  timestamp with time zone,
    deleted_by  varchar(80),
    constraint pk_customers primary key (id),
    constraint uk_customers_tenant_id_email unique (tenant_id, email)
);
create index ix_customers_tenant_id_name on customers (tenant_id, name);

create table products (
    id          uuid                     not null,
    tenant_id   varchar(40)              not null,
    sku         varchar(40)              not null,
    name        varchar(120)             not null,
    unit_price  numeric(12, 2)           not null,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(80)              not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(80)              not null,
    deleted_at  timestamp with time zone,
    deleted_by  varchar(80),
    constraint pk_products primary key (id),
    constraint uk_products_tenant_id_sku unique (tenant_id, sku)
);

create table purchase_orders (
    id          uuid                     not null,
    tenant_id   varchar(40)              not null,
    customer_id uuid                     not null,
    placed_at   timestamp with time zone not null,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(80)              not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(80)              not null,
    deleted_at  timestamp with time zone,
    deleted_by  varchar(80),
    constraint pk_purchase_orders primary key (id),
    constraint fk_purchase_orders_customers foreign key (customer_id) references customers (id)
);
create index ix_purchase_orders_customer_id_placed_at on purchase_orders (customer_id, placed_at);

create table order_lines (
    id          uuid                     not null,
    tenant_id   varchar(40)              not null,
    order_id    uuid                     not null,
    product_id  uuid                     not null,
    line_number integer                  not null,
    quantity    integer                  not null,
    unit_price  numeric(12, 2)           not null,
    version     bigint                   not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(80)              not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(80)              not null,
    deleted_at  timestamp with time zone,
    deleted_by  varchar(80),
    constraint pk_order_lines primary key (id),
    constraint fk_order_lines_purchase_orders foreign key (order_id) references purchase_orders (id),
    constraint fk_order_lines_products foreign key (product_id) references products (id)
);
create index ix_order_lines_order_id_line_number on order_lines (order_id, line_number);
create index ix_order_lines_product_id on order_lines (product_id);
