package dev.godwit.spi;

/**
 * A kind of model that lives outside the core, found through {@link java.util.ServiceLoader} only
 * when {@code model} names its scheme ({@code model = "jpa:com.example.model"}): the JPA model of
 * {@code godwit-jpa}, with Hibernate, is loaded only by projects that use it.
 */
public interface ModelSourceProvider {

    /** The prefix of {@code model} this provider reads, without the colon: {@code jpa}. */
    String scheme();

    /** The model {@code request} names; its statements are run on the scratch database like a DDL folder's. */
    ModelSource open(ModelRequest request);
}
