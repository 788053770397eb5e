package dev.godwit.examples.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an agent works. */
@Embeddable
public class Address {
    @Column(length = 120)
    private String street;

    @Column(length = 60)
    private String city;

    @Column(length = 2)
    private String country;
}
