package org.jointcultivation.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jointcultivation.core.json.JsonFormatException;
import org.jointcultivation.core.json.PolicyPackFiles;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.RuleConfigurationException;
import org.jointcultivation.rules.RuleEngine;
import org.jspecify.annotations.Nullable;

/**
 * Regulation files read for a command: each pack with the file it came from, the vocabulary if
 * one is given, and every problem met, as {@code file:line:column: error: ...} lines.
 */
final class RegulationFiles {
  private final Map<String, Path> fileOfPack = new LinkedHashMap<>();
  private final Map<Path, FilePositions> positions = new LinkedHashMap<>();
  private final List<PolicyPack> packs = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private @Nullable Path vocabularyFile;
  private @Nullable Vocabulary vocabulary;

  private RegulationFiles() {}

  /** Reads every file; what cannot be read is an error, and the rest is still read. */
  static RegulationFiles read(List<Path> packFiles, @Nullable Path vocabularyFile) {
    RegulationFiles files = new RegulationFiles();
    if (vocabularyFile != null) {
      files.vocabularyFile = vocabularyFile;
      try {
        files.vocabulary = PolicyPackFiles.readVocabulary(vocabularyFile);
      } catch (JsonFormatException e) {
        files.errors.add(files.located(vocabularyFile, e));
      } catch (UncheckedIOException | IllegalArgumentException e) {
        files.errors.add(vocabularyFile + ": error: " + e.getMessage() + why(e.getCause()));
      }
    }
    for (Path file : packFiles) {
      try {
        PolicyPack pack = PolicyPackFiles.read(file);
        Path earlier = files.fileOfPack.putIfAbsent(pack.coordinates(), file);
        if (earlier != null) {
          files.errors.add(file + ": error: pack " + pack.coordinates() + " is also in " + earlier);
          continue;
        }
        files.packs.add(pack);
      } catch (JsonFormatException e) {
        files.errors.add(files.located(file, e));
      } catch (UncheckedIOException | IllegalArgumentException e) {
        files.errors.add(file + ": error: " + e.getMessage() + why(e.getCause()));
      }
    }
    return files;
  }

  /** Why a file could not be read, in words. */
  private static String why(@Nullable Throwable cause) {
    if (cause instanceof java.nio.file.NoSuchFileException) {
      return ": no such file";
    }
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return ": permission denied";
    }
    return cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
  }

  private String located(Path file, JsonFormatException e) {
    String where = e.line().isPresent() ? e.line().getAsInt() + ":" + e.column().orElse(1)
        : positions(file).of(pathOnly(e.path())).map(Object::toString).orElse("1:1");
    String hint = pathOnly(e.path()).equals("$.formatVersion") || pathOnly(e.path()).equals("$.pack")
        ? "; a regulation file is {formatVersion: 1, pack: {...}}, and a vocabulary is given with --vocabulary" : "";
    return file + ":" + where + ": error: " + e.reason() + " (at " + pathOnly(e.path()) + ")" + hint;
  }

  /** {@code $.pack.norms[2] (line 4, column 7)} as {@code $.pack.norms[2]}. */
  private static String pathOnly(String path) {
    int words = path.indexOf(" (");
    return words < 0 ? path : path.substring(0, words);
  }

  private FilePositions positions(Path file) {
    return positions.computeIfAbsent(file, FilePositions::of);
  }

  /** The packs read, in the order of their files. */
  List<PolicyPack> packs() {
    return packs;
  }

  /** The vocabulary read, if one was given and read. */
  Optional<Vocabulary> vocabulary() {
    return Optional.ofNullable(vocabulary);
  }

  /** Every problem met so far, one line each. */
  List<String> errors() {
    return errors;
  }

  /**
   * The engine of every pack read, in the vocabulary read or else {@code fallback}; empty if a file
   * could not be read, or if the engine cannot be built, its reason then an error at the place in
   * the pack's file it names.
   */
  Optional<RuleEngine> engine(Vocabulary fallback) {
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(RuleEngine.builder().vocabulary(vocabulary().orElse(fallback)).addPacks(packs).build());
    } catch (RuleConfigurationException e) {
      errors.add(locate(e) + ": error: " + e.getMessage());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      errors.add((packs.isEmpty() ? "<no packs>" : String.valueOf(fileOfPack.get(packs.get(0).coordinates())))
          + ": error: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** {@code file:line:column} of what {@code e} names: its pack, the norm or policy, the parameter. */
  private String locate(RuleConfigurationException e) {
    String coordinates = e.pack();
    PolicyPack pack = coordinates == null ? null
        : packs.stream().filter(p -> p.coordinates().equals(coordinates)).findFirst().orElse(null);
    if (pack == null || coordinates == null) {
      Path file = vocabularyFile != null && e.parameter().equals("vocabulary") ? vocabularyFile
          : packs.isEmpty() ? null : fileOfPack.get(packs.get(0).coordinates());
      return file == null ? "<packs>" : file + ":1:1";
    }
    String rule = e.ruleId();
    String base = "$.pack";
    if (rule != null) {
      int norm = indexOf(pack.norms().stream().map(n -> n.id()).toList(), rule);
      int sanction = indexOf(pack.sanctionPolicies().stream().map(p -> p.id()).toList(), rule);
      int reward = indexOf(pack.rewardPolicies().stream().map(p -> p.id()).toList(), rule);
      base = norm >= 0 ? base + ".norms[" + norm + "]" : sanction >= 0 ? base + ".sanctionPolicies[" + sanction + "]"
          : reward >= 0 ? base + ".rewardPolicies[" + reward + "]" : base;
    }
    return location(coordinates, List.of(base + ".parameters." + e.parameter(), base + "." + e.parameter(), base));
  }

  private static int indexOf(List<String> ids, String id) {
    return ids.indexOf(id);
  }

  /**
   * {@code file:line:column} of the first of {@code paths} found in the file of the pack with
   * {@code coordinates}, or of the vocabulary's file for {@code "vocabulary"}.
   */
  String location(String coordinates, List<String> paths) {
    Path file = coordinates.equals("vocabulary") ? vocabularyFile : fileOfPack.get(coordinates);
    if (file == null) {
      return coordinates;
    }
    FilePositions at = positions(file);
    for (String path : paths) {
      Optional<FilePositions.Position> exact = at.exactly(path);
      if (exact.isPresent()) {
        return file + ":" + exact.get();
      }
    }
    return file + ":" + at.of(paths.get(0)).map(Object::toString).orElse("1:1");
  }

  /** Prints every error; returns whether there was none. */
  boolean report(PrintWriter out) {
    errors.forEach(out::println);
    out.flush();
    return errors.isEmpty();
  }
}
