package dev.entitylint.example;

import dev.entitylint.CurrentTenant;
import dev.entitylint.CurrentUser;
import dev.entitylint.example.shop.CustomerStore;
import dev.entitylint.example.shop.OrderLineStore;
import dev.entitylint.example.shop.ProductStore;
import dev.entitylint.example.shop.PurchaseOrderStore;
import jakarta.persistence.EntityManager;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Hand-written glue, until framework detection lands (issue 15): one bean per generated
 * repository, each wrapped in a transaction. Once the processor generates Spring beans, this class
 * is deleted.
 */
@Configuration(proxyBeanMethods = false)
class GeneratedRepositoriesConfiguration {

    @Bean
    CustomerStore customerStore(EntityManager em, CurrentTenant<String> tenant, CurrentUser<String> user,
            PlatformTransactionManager transactions) {
        return transactional(new CustomerStore(em, tenant, user), transactions);
    }

    @Bean
    ProductStore productStore(EntityManager em, CurrentTenant<String> tenant, CurrentUser<String> user,
            PlatformTransactionManager transactions) {
        return transactional(new ProductStore(em, tenant, user), transactions);
    }

    @Bean
    PurchaseOrderStore purchaseOrderStore(EntityManager em, CurrentTenant<String> tenant, CurrentUser<String> user,
            PlatformTransactionManager transactions) {
        return transactional(new PurchaseOrderStore(em, tenant, user), transactions);
    }

    @Bean
    OrderLineStore orderLineStore(EntityManager em, CurrentTenant<String> tenant, CurrentUser<String> user,
            PlatformTransactionManager transactions) {
        return transactional(new OrderLineStore(em, tenant, user), transactions);
    }

    @SuppressWarnings("unchecked")
    private static <T> T transactional(T target, PlatformTransactionManager transactions) {
        ProxyFactory proxy = new ProxyFactory(target);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(transactions, new MatchAlwaysTransactionAttributeSource()));
        return (T) proxy.getProxy();
    }
}
