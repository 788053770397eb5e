package dev.godwit.internal.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects operations into the phases of a change set and lists them phase by phase, each phase
 * in the order its operations were added. The phases, in the order they run, are what makes a
 * change set executable in one pass; {@link ChangeSet} documents why each sits where it does.
 */
final class OpOrder {

    /** The phases of a change set, in the order they run. */
    enum Phase {
        /** CreateEnum, CreateSequence, AlterEnum that only adds values, AlterSequence. */
        TYPES,
        /** DropView: dropped, changed and dependent views, readers before what they read. */
        DROP_VIEWS,
        /** AlterEnum that removes or reorders values (a rebuild of the type), once no view is in the way. */
        REBUILD_ENUMS,
        /** DropForeignKey: removed and changed keys, and unchanged keys in the way of a later change. */
        DROP_FOREIGN_KEYS,
        /** DropIndex, DropUnique, DropCheck, DropPrimaryKey of the surviving tables. */
        DROP_STRUCTURE,
        /** DropTable, referencing tables first. */
        DROP_TABLES,
        /** CreateTable, referenced tables first. */
        CREATE_TABLES,
        /** AddColumn, AlterColumn, DropColumn. */
        COLUMNS,
        /** AddPrimaryKey, AddUnique, AddCheck, CreateIndex of the surviving tables. */
        ADD_STRUCTURE,
        /** AddForeignKey. */
        ADD_FOREIGN_KEYS,
        /** AlterTableComment, AlterTableOptions. */
        TABLE_ATTRIBUTES,
        /** DropEnum, DropSequence. */
        DROP_TYPES,
        /** CreateView: new, changed and dependent views, what is read before its readers. */
        CREATE_VIEWS
    }

    private final Map<Phase, List<Op>> phases = new EnumMap<>(Phase.class);

    void add(Phase phase, Op op) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(op);
    }

    void addAll(Phase phase, List<? extends Op> ops) {
        for (Op op : ops) {
            add(phase, op);
        }
    }

    List<Op> phase(Phase phase) {
        return List.copyOf(phases.getOrDefault(phase, List.of()));
    }

    /** Every operation, phase by phase. */
    List<Op> ops() {
        List<Op> all = new ArrayList<>();
        for (List<Op> ops : phases.values()) {
            all.addAll(ops);
        }
        return all;
    }
}
