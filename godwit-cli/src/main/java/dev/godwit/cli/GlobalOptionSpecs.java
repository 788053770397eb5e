package dev.godwit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * Adds the {@link GlobalOption}s to the top-level command's model when picocli builds it (the
 * {@code modelTransformer} of {@link GodwitCommand}): each is inherited by every subcommand, whose
 * copy shares the top-level option's value.
 */
final class GlobalOptionSpecs implements CommandLine.IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (GlobalOption option : GlobalOption.values()) {
            OptionSpec.Builder builder = OptionSpec.builder(option.names.toArray(new String[0]))
                    .type(option.type)
                    .description(option.description)
                    .scopeType(ScopeType.INHERIT);
            if (option.paramLabel != null) {
                builder.paramLabel(option.paramLabel);
            }
            spec.addOption(builder.build());
        }
        return spec;
    }

    /** The value picocli gave {@code option} in {@code spec} (the top-level command's), or null. */
    static Object value(CommandSpec spec, GlobalOption option) {
        OptionSpec found = spec.findOption(option.longName());
        return found == null ? null : found.getValue();
    }
}
