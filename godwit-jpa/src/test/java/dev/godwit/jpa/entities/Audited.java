package dev.godwit.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;

/** @MappedSuperclass with @Version and a Java time column with a default. */
@MappedSuperclass
public abstract class Audited {
    @Version
    private long version;

    @ColumnDefault("0")
    @Column(name = "edit_count", nullable = false)
    private int editCount;

    private Instant createdAt;
}
