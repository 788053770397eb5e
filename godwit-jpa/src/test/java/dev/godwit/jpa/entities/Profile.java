package dev.godwit.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** @OneToOne with @JoinColumn and @ForeignKey, @Convert, a JSON column, a LocalTime. */
@Entity
public class Profile {
    @Id
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "agent_id", foreignKey = @ForeignKey(name = "fk_profile_agent"))
    private Agent agent;

    @Convert(converter = TagsConverter.class)
    @Column(length = 500)
    private List<String> tags;

    @JdbcTypeCode(SqlTypes.JSON)
    private String preferences;

    private LocalTime workdayStart;
}
