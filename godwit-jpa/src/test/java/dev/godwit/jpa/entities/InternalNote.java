package dev.godwit.jpa.entities;

import jakarta.persistence.Entity;

@Entity
public class InternalNote extends Message {
    private boolean pinned;
}
