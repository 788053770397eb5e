package dev.godwit.cli;

import dev.godwit.Godwit;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create godwit.toml and an empty migrations folder.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Where to create the project (default: here).")
    Path dir;

    @Override
    public Integer call() {
        Path target = dir == null ? parent.baseDirectory() : parent.baseDirectory().resolve(dir).normalize();
        Path config = Godwit.init(target);
        var out = parent.spec.commandLine().getOut();
        out.println("Created " + config);
        out.println("Created " + target.resolve("migrations").resolve("versions") + "/");
        out.println("Next: `godwit revision -m \"create first table\"`, write its SQL, then `godwit upgrade`.");
        return 0;
    }
}
