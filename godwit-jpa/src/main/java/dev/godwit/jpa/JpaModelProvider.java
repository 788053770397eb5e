package dev.godwit.jpa;

import dev.godwit.model.ModelRequest;
import dev.godwit.model.ModelSource;
import dev.godwit.model.ModelSourceProvider;

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
