package dev.godwit.maven;

import dev.godwit.Godwit;
import dev.godwit.api.RevisionInfo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the heads of the revision graph (from the files; no connection). */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class HeadsMojo extends GodwitMojo {

    @Override
    void run(Godwit godwit, Output out) {
        for (RevisionInfo r : godwit.heads()) {
            out.info(r.id() + " (head)" + (r.branchLabels().isEmpty() ? "" : " [" + String.join(", ", r.branchLabels())
                    + "]") + "  " + r.message());
        }
    }
}
