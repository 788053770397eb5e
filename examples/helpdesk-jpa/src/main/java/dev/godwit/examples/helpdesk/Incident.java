package dev.godwit.examples.helpdesk;

import jakarta.persistence.Entity;

@Entity
public class Incident extends Ticket {
    private String affectedService;
}
