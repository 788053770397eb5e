package dev.godwit.jpa;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's default implicit naming: JPA's rules, except that a join table is named after the
 * owning entity's table and the association's attribute ({@code ticket_watchers}) rather than after
 * both entities' tables.
 */
final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String table = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(table, source.getBuildingContext());
    }
}
