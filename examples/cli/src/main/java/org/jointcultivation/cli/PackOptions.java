package org.jointcultivation.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The regulation files a command reads: packs, and the vocabulary they are written in. */
final class PackOptions {
  @Parameters(paramLabel = "PACK", arity = "1..*",
      description = "Regulation files (.json, .yaml or .yml), one pack each; versions of one pack may be given together.")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--vocabulary", paramLabel = "FILE",
      description = "The vocabulary file the packs are written in (declared attributes and event kinds).")
  @Nullable Path vocabulary;
}
