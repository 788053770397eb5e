package dev.godwit.jpa.entities;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class RatingId implements Serializable {
    private long ticketId;
    private long agentId;
}
