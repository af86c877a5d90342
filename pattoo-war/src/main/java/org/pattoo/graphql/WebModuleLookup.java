package org.pattoo.graphql;

import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.spi.ManagedInstance;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

/**
 * How SmallRye GraphQL finds the {@code @GraphQLApi} beans, from this web module. SmallRye's own
 * lookup calls {@code CDI.current()} from its library jar; WildFly answers that with a bean archive
 * that cannot see the web module's classes in an EAR, so every operation failed with WELD-001334
 * (unsatisfied dependency). Called from here, both servers answer with the web module's. SmallRye
 * prefers a lookup service from outside its own packages.
 */
public class WebModuleLookup implements LookupService {

  @Override
  public String getName() {
    return "pattoo web module CDI";
  }

  @Override
  public <T> ManagedInstance<T> getInstance(Class<T> type) {
    Instance.Handle<T> handle = CDI.current().select(type).getHandle();
    return new ManagedInstance<>() {
      @Override
      public T get() {
        return handle.get();
      }

      @Override
      public void destroyIfNecessary() {
        if (handle.getBean().getScope().equals(Dependent.class)) {
          handle.destroy();
        }
      }
    };
  }

  @Override
  public boolean isResolvable(Class<?> type) {
    return CDI.current().select(type).isResolvable();
  }
}
