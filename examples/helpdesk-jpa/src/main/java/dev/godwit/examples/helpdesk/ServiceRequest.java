package dev.godwit.examples.helpdesk;

import jakarta.persistence.Entity;
import java.time.LocalDate;

@Entity
public class ServiceRequest extends Ticket {
    private LocalDate wantedBy;
}
