package dev.godwit.internal.render;

import dev.godwit.internal.diff.Op;

/**
 * Hands each operation to the {@link ScriptBuilder} method for its kind. Being an
 * {@link Op.Visitor}, it has a line for every kind of operation, so a new kind does not compile
 * until the scripts say how to render it.
 */
final class ScriptDispatch implements Op.Visitor<Void> {

    private final ScriptBuilder script;

    ScriptDispatch(ScriptBuilder script) {
        this.script = script;
    }

    @Override
    public Void visitCreateTable(Op.CreateTable op) {
        script.createTable(op);
        return null;
    }

    @Override
    public Void visitDropTable(Op.DropTable op) {
        script.dropTable(op);
        return null;
    }

    @Override
    public Void visitAddColumn(Op.AddColumn op) {
        script.addColumn(op);
        return null;
    }

    @Override
    public Void visitDropColumn(Op.DropColumn op) {
        script.dropColumn(op);
        return null;
    }

    @Override
    public Void visitAlterColumn(Op.AlterColumn op) {
        script.alterColumn(op);
        return null;
    }

    @Override
    public Void visitAddPrimaryKey(Op.AddPrimaryKey op) {
        script.addPrimaryKey(op);
        return null;
    }

    @Override
    public Void visitDropPrimaryKey(Op.DropPrimaryKey op) {
        script.dropPrimaryKey(op);
        return null;
    }

    @Override
    public Void visitAddForeignKey(Op.AddForeignKey op) {
        script.addForeignKey(op);
        return null;
    }

    @Override
    public Void visitDropForeignKey(Op.DropForeignKey op) {
        script.dropForeignKey(op);
        return null;
    }

    @Override
    public Void visitCreateIndex(Op.CreateIndex op) {
        script.createIndex(op);
        return null;
    }

    @Override
    public Void visitDropIndex(Op.DropIndex op) {
        script.dropIndex(op);
        return null;
    }

    @Override
    public Void visitAddUnique(Op.AddUnique op) {
        script.addUnique(op);
        return null;
    }

    @Override
    public Void visitDropUnique(Op.DropUnique op) {
        script.dropUnique(op);
        return null;
    }

    @Override
    public Void visitAddCheck(Op.AddCheck op) {
        script.addCheck(op);
        return null;
    }

    @Override
    public Void visitDropCheck(Op.DropCheck op) {
        script.dropCheck(op);
        return null;
    }

    @Override
    public Void visitAlterTableComment(Op.AlterTableComment op) {
        script.alterTableComment(op);
        return null;
    }

    @Override
    public Void visitAlterTableOptions(Op.AlterTableOptions op) {
        script.alterTableOptions(op);
        return null;
    }

    @Override
    public Void visitCreateEnum(Op.CreateEnum op) {
        script.createEnum(op);
        return null;
    }

    @Override
    public Void visitDropEnum(Op.DropEnum op) {
        script.dropEnum(op);
        return null;
    }

    @Override
    public Void visitAlterEnum(Op.AlterEnum op) {
        script.alterEnum(op);
        return null;
    }

    @Override
    public Void visitCreateSequence(Op.CreateSequence op) {
        script.createSequence(op);
        return null;
    }

    @Override
    public Void visitDropSequence(Op.DropSequence op) {
        script.dropSequence(op);
        return null;
    }

    @Override
    public Void visitAlterSequence(Op.AlterSequence op) {
        script.alterSequence(op);
        return null;
    }

    @Override
    public Void visitCreateView(Op.CreateView op) {
        script.createView(op);
        return null;
    }

    @Override
    public Void visitDropView(Op.DropView op) {
        script.dropView(op);
        return null;
    }
}
