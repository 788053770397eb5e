package dev.godwit.jpa;

import dev.godwit.spi.ModelRequest;
import dev.godwit.spi.ModelSource;
import dev.godwit.spi.ModelSourceProvider;

/** {@code model = "jpa:com.example.model"}: JPA entities, mapped by Hibernate ORM. */
public final class JpaModelProvider implements ModelSourceProvider {

    @Override
    public String scheme() {
        return "jpa";
    }

    @Override
    public ModelSource open(ModelRequest request) {
        return new JpaModelSource(request);
    }
}
