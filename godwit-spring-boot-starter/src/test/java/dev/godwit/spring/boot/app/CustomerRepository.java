package dev.godwit.spring.boot.app;

import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data repository of the test application (needs the EntityManagerFactory, so runs after Godwit). */
public interface CustomerRepository extends JpaRepository<Customer, Long> {
}
